import type { Access, Where } from 'payload'
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
 * editor has published a recap, changing it (even as a draft over it) is the editor's call.
 */
export const updateRecaps: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'volunteer'))
    return { and: [{ author: { equals: req.user!.id } }, { _status: { not_equals: 'published' } }] } satisfies Where as Where
  return false
}

/** The versions tab: versions keep the document's fields under `version.`, so ownership is `version.author`. */
export const readRecapVersions: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'volunteer')) return { 'version.author': { equals: req.user!.id } }
  return false
}
