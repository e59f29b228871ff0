import type { CollectionBeforeChangeHook, FieldHook } from 'payload'
import type { Recap } from '@lawpoint/content-types'
import { isStaffUser } from '../../../access/roles'
import { publicError } from '../../../lib/publicError'
import { canReturnFrom, canSubmitFrom, hasText, reviewFields, reviewMessages, stateOf, type ReviewAction } from '../review'

const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)

/** Two stored values of a review field are the same: empty is empty, a relation is its id, a date its instant. */
function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => {
    if (v === undefined || v === null || v === '') return null
    const id = idOf(v)
    if (typeof id === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(id)) return new Date(id).getTime()
    return id
  }
  return String(norm(a)) === String(norm(b))
}

/**
 * On every review field: a person (REST, the admin, the Local API without overrideAccess) cannot type it in; only
 * the review actions (endpoints.ts) and publishing change it. The admin sends the value it shows, which is the stored
 * one; anything else is refused with a Chinese 403 rather than quietly dropped.
 */
export const refuseHandEdit: FieldHook<Recap> = ({ value, originalDoc, field, req, context, overrideAccess }) => {
  if (overrideAccess || !req.user || context.reviewAction || context.isRestoringVersion || value === undefined) return value
  const name = (field as { name: string }).name
  const stored = originalDoc?.[name as keyof Recap] ?? (name === 'reviewState' ? 'writing' : null)
  if (!same(value, stored)) throw publicError(reviewMessages.handEdited, 403, 'review-field-hand-edited')
  return value
}

/** A copy of a recap (the admin's 复制) starts its own review: being written, no comment, nobody reviewed it. */
export const startReviewAfresh: FieldHook<Recap> = ({ field }) => ((field as { name: string }).name === 'reviewState' ? 'writing' : null)

/**
 * Applies a review action (passed by the endpoints as `context.reviewAction`) and publishing to the review fields,
 * checking that the recap is in a state the action may leave. Restoring an old version keeps today's review.
 */
export const applyReview: CollectionBeforeChangeHook<Recap> = ({ data, originalDoc, operation, req, context }) => {
  const action = context.reviewAction as ReviewAction | undefined
  const current = operation === 'create' ? 'writing' : stateOf(originalDoc)
  const now = new Date().toISOString()
  const fields = data as Record<string, unknown>
  if (context.isRestoringVersion && originalDoc) {
    for (const f of reviewFields) fields[f] = originalDoc[f] ?? null
  }
  if (action?.kind === 'submit') {
    if (!canSubmitFrom(current)) {
      throw publicError(current === 'published' ? reviewMessages.alreadyPublished : reviewMessages.alreadySubmitted, 409, 'review-not-submittable')
    }
    if (!data.title?.trim() || !hasText(data.body)) throw publicError(reviewMessages.incomplete, 400, 'review-incomplete')
    data.reviewState = 'submitted'
    data.submittedAt = now
  }
  if (action?.kind === 'return') {
    if (!isStaffUser(req.user)) throw publicError(reviewMessages.returnStaffOnly, 403, 'review-return-staff-only')
    if (!canReturnFrom(current)) throw publicError(reviewMessages.returnNotSubmitted, 409, 'review-not-returnable')
    data.reviewState = 'returned'
    data.reviewComment = action.comment
    data.reviewedBy = req.user!.id as number
    data.reviewedAt = now
  }
  // Publishing ends the review, whatever state it was in (editors also write and publish recaps themselves).
  if (data._status === 'published') {
    if (current !== 'published' && req.user) {
      data.reviewedBy = req.user.id as number
      data.reviewedAt = now
    }
    data.reviewState = 'published'
  }
  return data
}
