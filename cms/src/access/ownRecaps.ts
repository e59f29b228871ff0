import type { Access, FieldAccess, Where } from 'payload'
import { hasRole, isStaffUser } from './roles'

/** Staff: every recap. Volunteers: their own, drafts included, plus what is published. Others: published. */
export const readRecaps: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'volunteer'))
    return { or: [{ author: { equals: req.user!.id } }, { _status: { equals: 'published' } }] } satisfies Where as Where
  return { _status: { equals: 'published' } }
}

/**
 * Staff edit every recap; a volunteer only the ones they wrote and that are not published yet: once an
 * editor has published a recap, changing it (even as a draft over it, even after an editor saved a draft over it:
 * its review state stays 已发布) is the editor's call.
 */
export const updateRecaps: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'volunteer'))
    return {
      and: [{ author: { equals: req.user!.id } }, { _status: { not_equals: 'published' } }, { reviewState: { not_equals: 'published' } }],
    } satisfies Where as Where
  return false
}

/** A recap's review state: staff and volunteers (the people in the review); not the public. */
export const readReviewState: FieldAccess = ({ req }) => isStaffUser(req.user) || hasRole(req.user, 'volunteer')

/** The review's comment, times and reviewer: staff, and the volunteer who wrote the recap. */
export const readReviewNotes: FieldAccess = ({ req, doc, data }) => {
  if (isStaffUser(req.user)) return true
  const author = (doc ?? data)?.author as { id?: unknown } | number | string | null | undefined
  return hasRole(req.user, 'volunteer') && (typeof author === 'object' && author ? author.id : author) === req.user!.id
}

/** The versions tab: versions keep the document's fields under `version.`, so ownership is `version.author`. */
export const readRecapVersions: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'volunteer')) return { 'version.author': { equals: req.user!.id } }
  return false
}
