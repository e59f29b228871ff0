import type { Access, Where } from 'payload'
import { hasRole, isStaffUser } from './roles'

/** Staff: every recap. Volunteers: their own, drafts included, plus what is published. Others: published. */
export const readRecaps: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'volunteer'))
    return { or: [{ author: { equals: req.user!.id } }, { _status: { equals: 'published' } }] } satisfies Where as Where
  return { _status: { equals: 'published' } }
}

/** Staff edit every recap; a volunteer only the ones they wrote. */
export const updateRecaps: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'volunteer')) return { author: { equals: req.user!.id } }
  return false
}
