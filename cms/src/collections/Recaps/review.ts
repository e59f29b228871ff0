/**
 * The review of a recap (活动回顾) in one place: which action moves it from which state, who may take it, and
 * the Chinese every refusal is worded in. The hooks (hooks/review.ts) and the endpoints (endpoints.ts) apply it.
 *
 *   撰写中 / 退回修改 ──提交审核 (author or staff)──▶ 已提交审核 ──退回修改 + comment (staff)──▶ 退回修改
 *   any state ──发布 (staff)──▶ 已发布
 */
import type { ReviewState } from '@lawpoint/content-types'

/** What the review endpoints ask the recap hooks to do (passed as `context.reviewAction`). */
export type ReviewAction = { kind: 'submit' } | { kind: 'return'; comment: string }

/** The fields only the review actions (and publishing) write; nobody types them in. */
export const reviewFields = ['reviewState', 'submittedAt', 'reviewComment', 'reviewedBy', 'reviewedAt'] as const

export const COMMENT_MAX = 1000

/** The state a recap is in; a recap stored before the review existed counts as being written. */
export const stateOf = (doc: { reviewState?: string | null } | null | undefined): ReviewState =>
  (doc?.reviewState as ReviewState | null | undefined) ?? 'writing'

export const canSubmitFrom = (state: ReviewState) => state === 'writing' || state === 'returned'
export const canReturnFrom = (state: ReviewState) => state === 'submitted'

export const reviewMessages = {
  notAuthor: '只能提交自己撰写的活动回顾。',
  alreadySubmitted: '这篇活动回顾已经提交审核，正在等待编辑审核，无需再次提交。',
  alreadyPublished: '这篇活动回顾已经发布，不能再提交审核。如需修改，请联系编辑。',
  incomplete: '提交审核前请填写标题和正文。',
  returnStaffOnly: '只有编辑和管理员可以退回修改。',
  returnNotSubmitted: '只有“已提交审核”的活动回顾可以退回修改。',
  commentMissing: '请填写退回意见，告诉志愿者需要修改什么。',
  commentTooLong: `退回意见最多 ${COMMENT_MAX} 字。`,
  handEdited: '审核状态和审核意见只能通过“提交审核”“退回修改”和发布来改变，不能直接修改。如果页面打开期间状态已有变化，请刷新页面后再保存。',
  volunteerPublish: '志愿者不能直接发布。请点击“提交审核”，由编辑审核后发布。',
  locked: '另一位用户正在编辑这篇活动回顾，请稍后再试。',
  notFound: '找不到这篇活动回顾。',
  login: '请先登录管理后台。',
} as const

/** A returned comment as stored: trimmed; refused (with the message) when empty or too long. */
export function checkComment(raw: unknown): { comment: string } | { error: string } {
  const comment = typeof raw === 'string' ? raw.trim() : ''
  if (!comment) return { error: reviewMessages.commentMissing }
  if (comment.length > COMMENT_MAX) return { error: reviewMessages.commentTooLong }
  return { comment }
}

/** Whether a Lexical body holds any text (an empty editor still stores a paragraph). */
export function hasText(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  const n = node as { text?: unknown; root?: unknown; children?: unknown }
  if (typeof n.text === 'string' && n.text.trim()) return true
  if (n.root) return hasText(n.root)
  return Array.isArray(n.children) && n.children.some(hasText)
}
