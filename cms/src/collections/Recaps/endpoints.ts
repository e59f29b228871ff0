/**
 * The review actions of a recap, under /api/recaps (apiRoutes.recapSubmit, apiRoutes.recapReturn):
 *
 * - POST /api/recaps/submit, POST /api/recaps/:id/submit — the 提交审核 button: saves the form's content as a draft
 *   and submits it, in one write. Body: the document's fields as JSON, or the admin form's multipart `_payload`.
 *   The author or staff only (Payload's update access: a volunteer may change only their own unpublished recaps),
 *   only from 撰写中 or 退回修改, and never publishing.
 * - POST /api/recaps/:id/return — 退回修改, staff only, from 已提交审核, with a required comment: `{ "comment": "…" }`.
 *
 * Both answer like Payload's own update (`{ doc, message }`), so the admin form takes the saved document back, and
 * refuse in Chinese (401, 403, 404, 409, 423). The state rules themselves are checked by hooks/review.ts.
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { isStaffUser } from '../../access/roles'
import { publicError } from '../../lib/publicError'
import { canReturnFrom, canSubmitFrom, checkComment, reviewFields, reviewMessages, stateOf, type ReviewAction } from './review'

const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)

/** Another editor's lock (the admin locks a document someone is editing) in Chinese. */
async function respectingLocks<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op()
  } catch (error) {
    if ((error as { status?: number }).status === 423) throw publicError(reviewMessages.locked, 423, 'review-locked')
    throw error
  }
}

/** The request's body; an unreadable one (multipart `_payload` that is not JSON) is the client's mistake: 400. */
async function readBody(req: PayloadRequest): Promise<void> {
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    if (error instanceof SyntaxError) throw publicError('提交的内容格式有误，请刷新页面后重试。', 400, 'bad-body')
    throw error
  }
}

/** The fields the request may write: never the review fields, the publication state or the id. */
async function contentOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  await readBody(req)
  const data = { ...((req.data ?? {}) as Record<string, unknown>) }
  for (const f of [...reviewFields, '_status', 'id', 'createdAt', 'updatedAt']) delete data[f]
  return data
}

async function submitForReview(req: PayloadRequest): Promise<Response> {
  if (!req.user) throw publicError(reviewMessages.login, 401, 'login')
  const id = req.routeParams?.id as string | undefined
  const data = { ...(await contentOf(req)), _status: 'draft' as const }
  const context = { reviewAction: { kind: 'submit' } satisfies ReviewAction }
  const message = '已提交审核。编辑审核期间，您仍可修改并保存草稿。'
  if (id === undefined) {
    const doc = await req.payload.create({ collection: 'recaps', data: data as never, draft: true, overrideAccess: false, req, context, depth: 0 })
    return Response.json({ doc, message }, { status: 201 })
  }
  const existing = await req.payload.findByID({ collection: 'recaps', id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!existing) throw publicError(reviewMessages.notFound, 404, 'not-found')
  if (!isStaffUser(req.user) && idOf(existing.author) !== req.user.id) throw publicError(reviewMessages.notAuthor, 403, 'review-not-author')
  // Said before access is asked: a volunteer may no longer change a published recap, and would only hear "no access".
  const state = stateOf(existing)
  if (!canSubmitFrom(state)) throw publicError(state === 'published' ? reviewMessages.alreadyPublished : reviewMessages.alreadySubmitted, 409, 'review-not-submittable')
  const doc = await respectingLocks(() =>
    req.payload.update({ collection: 'recaps', id, data: data as never, draft: true, overrideAccess: false, overrideLock: false, req, context, depth: 0 }),
  )
  return Response.json({ doc, message })
}

async function returnForChanges(req: PayloadRequest): Promise<Response> {
  if (!req.user) throw publicError(reviewMessages.login, 401, 'login')
  if (!isStaffUser(req.user)) throw publicError(reviewMessages.returnStaffOnly, 403, 'review-return-staff-only')
  await readBody(req)
  const checked = checkComment((req.data as { comment?: unknown } | undefined)?.comment)
  if ('error' in checked) throw publicError(checked.error, 400, 'review-comment')
  const id = req.routeParams!.id as string
  const existing = await req.payload.findByID({ collection: 'recaps', id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!existing) throw publicError(reviewMessages.notFound, 404, 'not-found')
  if (!canReturnFrom(stateOf(existing))) throw publicError(reviewMessages.returnNotSubmitted, 409, 'review-not-returnable')
  const context = { reviewAction: { kind: 'return', comment: checked.comment } satisfies ReviewAction }
  const doc = await respectingLocks(() =>
    req.payload.update({ collection: 'recaps', id, data: {}, draft: true, overrideAccess: false, overrideLock: false, req, context, depth: 0 }),
  )
  return Response.json({ doc, message: '已退回修改。志愿者打开这篇回顾时会看到您的意见。' })
}

export const reviewEndpoints: Endpoint[] = [
  { path: '/submit', method: 'post', handler: submitForReview },
  { path: '/:id/submit', method: 'post', handler: submitForReview },
  { path: '/:id/return', method: 'post', handler: returnForChanges },
]
