'use client'
/**
 * At the top of a recap's form: where it stands in the review, the editor's comment when it was returned (what the
 * volunteer must see first), what each button does and what the public will see. Staff reviewing a submitted recap
 * return it from here with a required comment (endpoints.ts); they publish with Payload's own button.
 */
import { Button, useAuth, useDocumentInfo, useForm, useFormFields, useFormProcessing } from '@payloadcms/ui'
import React, { useState } from 'react'
import { formatDateTimeBrief } from '@lawpoint/content-types/dates'
import { labelOf, reviewStates } from '@lawpoint/content-types/options'
import { apiRoutes } from '@lawpoint/content-types/urls'
import { isStaffUser } from '../../../access/roles'
import { COMMENT_MAX } from '../review'

/** 2026年12月5日 15:00, Beijing time; nothing for no date. */
const when = (d: string | null | undefined) => (d ? formatDateTimeBrief(d) : '')

const tone: Record<string, { border: string; background: string }> = {
  writing: { border: 'var(--theme-elevation-250)', background: 'var(--theme-elevation-50)' },
  submitted: { border: 'var(--theme-success-500)', background: 'var(--theme-success-50)' },
  returned: { border: 'var(--theme-warning-500)', background: 'var(--theme-warning-100)' },
  published: { border: 'var(--theme-success-500)', background: 'var(--theme-elevation-50)' },
}

const box = (state: string) =>
  ({ border: `2px solid ${tone[state]?.border}`, background: tone[state]?.background, borderRadius: 6, padding: '1rem 1.25rem', marginBottom: '1.5rem', display: 'grid', gap: '0.6rem' }) as const

const useValue = (path: string) => useFormFields(([fields]) => fields[path]?.value as string | null | undefined)

function Help({ staff }: { staff: boolean }) {
  return (
    <ul style={{ margin: 0, paddingLeft: '1.2rem', fontSize: 13, lineHeight: 1.7, color: 'var(--theme-elevation-800)' }}>
      {staff ? (
        <>
          <li>“发布修改”：立即发布到网站（网站几分钟内更新），同时结束审核。</li>
          <li>“退回修改”：必须写明意见；志愿者打开这篇回顾时，会在最上方看到您的意见。</li>
        </>
      ) : (
        <>
          <li>“保存草稿”：只有您和编辑能看到，网站上不会出现。</li>
          <li>“提交审核”：保存并交给编辑，编辑会在后台的“待审核”里看到它。审核期间您仍可修改并保存草稿。</li>
          <li>发布由编辑完成。发布后，您就不能再修改这篇回顾；如需改动，请联系编辑。</li>
        </>
      )}
      <li>公开的内容：标题、摘要、活动照片、正文和署名。审核状态、审核意见和撰写账号不会公开。</li>
    </ul>
  )
}

/** Staff: the comment a return needs, sent through the document's form so the page shows the result at once. */
function ReturnForm() {
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const processing = useFormProcessing()
  const [comment, setComment] = useState('')
  const [error, setError] = useState('')

  const send = async () => {
    if (!comment.trim()) {
      setError('请填写退回意见，告诉志愿者需要修改什么。')
      return
    }
    setError('')
    const result = await submit({ action: apiRoutes.recapReturn(id!), method: 'POST', overrides: { comment }, skipValidation: true })
    if (result && result.res.ok) setComment('')
  }

  return (
    <div style={{ display: 'grid', gap: '0.4rem' }}>
      <label htmlFor="review-comment" style={{ fontWeight: 600 }}>
        退回意见（必填，志愿者会看到）
      </label>
      <textarea
        id="review-comment"
        rows={3}
        maxLength={COMMENT_MAX}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        placeholder="例如：请补充活动时间和参加人数；第二张照片有居民正脸，请换一张。"
        style={{ width: '100%', padding: '0.5rem', font: 'inherit', borderRadius: 4, border: '1px solid var(--theme-elevation-250)' }}
      />
      {error && (
        <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </span>
      )}
      <div>
        <Button id="action-return-recap" buttonStyle="secondary" size="medium" margin={false} disabled={processing} onClick={() => void send()}>
          退回修改
        </Button>
      </div>
    </div>
  )
}

export function ReviewPanel() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const staff = isStaffUser(user as never)
  const state = useValue('reviewState') ?? 'writing'
  const comment = useValue('reviewComment')
  const submittedAt = useValue('submittedAt')
  const reviewedAt = useValue('reviewedAt')
  const label = labelOf(reviewStates, state)

  const at = submittedAt ? `于 ${when(submittedAt)} ` : ''
  let lead: string
  if (state === 'submitted')
    lead = staff
      ? `志愿者已${at}提交审核。请检查内容和照片：可以直接点右上角“发布修改”，也可以写明意见退回修改。`
      : `已${at}提交审核，正在等待编辑审核。`
  else if (state === 'returned') lead = staff ? '已退回志愿者修改，等待志愿者修改后再次提交。' : '编辑退回了这篇回顾，请按下面的意见修改，然后再次点击右上角的“提交审核”。'
  else if (state === 'published') lead = staff ? '已发布。再次修改后点“发布修改”即可更新网站。' : '已由编辑发布，公众可以在网站上看到。'
  else lead = staff ? '尚未提交审核。编辑也可以直接撰写并发布。' : '还没有提交。写好并上传活动照片后，点击右上角的“提交审核”。'

  return (
    <section aria-label="审核" id="recap-review-panel" data-review-state={state} style={box(state)}>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'baseline', flexWrap: 'wrap' }}>
        <strong style={{ fontSize: 16 }}>审核状态：{label}</strong>
        <span>{lead}</span>
      </div>
      {state === 'returned' && comment && (
        <div id="recap-review-comment" style={{ background: 'var(--theme-bg)', border: '1px solid var(--theme-warning-500)', borderRadius: 4, padding: '0.75rem 1rem' }}>
          <div style={{ fontWeight: 600, marginBottom: '0.3rem' }}>编辑的退回意见{reviewedAt ? `（${when(reviewedAt)}）` : ''}：</div>
          <div style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>{comment}</div>
        </div>
      )}
      {staff && state === 'submitted' && id ? <ReturnForm /> : null}
      <Help staff={staff} />
    </section>
  )
}
