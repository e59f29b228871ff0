/**
 * On the admin dashboard. Editors: the recaps waiting for review (待审核), oldest first, each a link to review it.
 * Volunteers: their own recaps an editor returned, with a link to read the comment.
 */
import type { Payload } from 'payload'
import React from 'react'
import { formatDateTimeBrief } from '@lawpoint/content-types'
import { roleOf } from '../../../access/roles'
import { recapsIn, recapsListUrl } from './pending'

/** 2026年12月5日 15:00, Beijing time; nothing for no date. */
const when = (d: string | null | undefined) => (d ? formatDateTimeBrief(d) : '')

const SHOWN = 10
const cell = { padding: '0.4rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' } as const
const nameOf = (author: unknown) => (author && typeof author === 'object' ? ((author as { name?: string; email?: string }).name ?? (author as { email?: string }).email) : '') ?? ''

export async function ReviewDashboard({ payload, user }: { payload: Payload; user?: unknown }) {
  const role = roleOf(user as never)
  const admin = payload.config.routes.admin
  const docUrl = (id: number | string) => `${admin}/collections/recaps/${id}`
  if (role === 'admin' || role === 'editor') {
    const pending = await recapsIn(payload, 'submitted', { staff: true }, SHOWN)
    return (
      <section id="recaps-pending" style={{ margin: '2rem 0' }}>
        <h2>待审核的活动回顾（{pending.totalDocs}）</h2>
        {pending.totalDocs === 0 ? (
          <p>目前没有等待审核的活动回顾。</p>
        ) : (
          <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '0.5rem' }}>
            <thead>
              <tr>
                <th style={cell}>标题</th>
                <th style={cell}>撰写人</th>
                <th style={cell}>提交时间</th>
              </tr>
            </thead>
            <tbody>
              {pending.docs.map((r) => (
                <tr key={r.id}>
                  <td style={cell}>
                    <a href={docUrl(r.id)}>{r.title}</a>
                  </td>
                  <td style={cell}>{nameOf(r.author)}</td>
                  <td style={cell}>{when(r.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pending.totalDocs > SHOWN && (
          <p>
            <a href={recapsListUrl(admin, { reviewState: { equals: 'submitted' } })}>查看全部 {pending.totalDocs} 篇待审核</a>
          </p>
        )}
      </section>
    )
  }
  if (role !== 'volunteer') return null
  const returned = await recapsIn(payload, 'returned', { staff: false, user }, SHOWN)
  if (returned.totalDocs === 0) return null
  return (
    <section id="recaps-returned" style={{ margin: '2rem 0', padding: '1rem 1.25rem', border: '2px solid var(--theme-warning-500)', borderRadius: 6, background: 'var(--theme-warning-100)' }}>
      <h2 style={{ marginTop: 0 }}>编辑退回、需要您修改的活动回顾（{returned.totalDocs}）</h2>
      <ul>
        {returned.docs.map((r) => (
          <li key={r.id}>
            <a href={docUrl(r.id)}>{r.title}</a>
            {r.reviewedAt ? `（${when(r.reviewedAt)} 退回）` : ''}：打开后在最上方查看编辑的意见。
          </li>
        ))}
      </ul>
    </section>
  )
}
