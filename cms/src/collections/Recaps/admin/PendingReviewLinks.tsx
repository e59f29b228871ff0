/**
 * Above the recaps list: for editors, 待审核（N） and 退回修改中（N）, each a link to the list filtered on it; for a
 * volunteer, how many of their own recaps are in each state, and a link to only their own.
 */
import type { Payload } from 'payload'
import React from 'react'
import { roleOf } from '../../../access/roles'
import { recapsIn, recapsListUrl } from './pending'
import { labelOf, reviewStates } from '@lawpoint/content-types'

// Inside the list's gutters (Payload's Gutter classes), above its heading.
const bar = { display: 'flex', gap: '1.25rem', alignItems: 'center', flexWrap: 'wrap', margin: '1rem 0 0', fontSize: 15 } as const
const pill = (strong: boolean) =>
  ({
    padding: '0.3rem 0.8rem',
    borderRadius: 999,
    border: `1px solid ${strong ? 'var(--theme-success-500)' : 'var(--theme-elevation-250)'}`,
    background: strong ? 'var(--theme-success-50)' : 'transparent',
    fontWeight: strong ? 600 : 400,
    textDecoration: 'none',
  }) as const

export async function PendingReviewLinks({ payload, user }: { payload: Payload; user?: unknown }) {
  const role = roleOf(user as never)
  const admin = payload.config.routes.admin
  if (role === 'admin' || role === 'editor') {
    const [submitted, returned] = await Promise.all([recapsIn(payload, 'submitted', { staff: true }), recapsIn(payload, 'returned', { staff: true })])
    return (
      <nav aria-label="审核" className="gutter gutter--left gutter--right" style={bar}>
        <a id="recaps-pending-link" href={recapsListUrl(admin, { reviewState: { equals: 'submitted' } })} style={pill(submitted.totalDocs > 0)}>
          待审核（{submitted.totalDocs}）
        </a>
        <a href={recapsListUrl(admin, { reviewState: { equals: 'returned' } })} style={pill(false)}>
          退回修改中（{returned.totalDocs}）
        </a>
        <a href={recapsListUrl(admin)} style={pill(false)}>
          全部
        </a>
      </nav>
    )
  }
  if (role !== 'volunteer') return null
  const me = { staff: false as const, user }
  const [writing, submitted, returned] = await Promise.all([recapsIn(payload, 'writing', me), recapsIn(payload, 'submitted', me), recapsIn(payload, 'returned', me)])
  return (
    <nav aria-label="我的活动回顾" className="gutter gutter--left gutter--right" style={bar}>
      <span>
        我写的：{labelOf(reviewStates, 'writing')} {writing.totalDocs} 篇，{labelOf(reviewStates, 'submitted')} {submitted.totalDocs} 篇，{labelOf(reviewStates, 'returned')} <strong>{returned.totalDocs}</strong> 篇
      </span>
      <a href={recapsListUrl(admin, { author: { equals: (user as { id: number }).id } })} style={pill(returned.totalDocs > 0)}>
        只看我写的
      </a>
    </nav>
  )
}
