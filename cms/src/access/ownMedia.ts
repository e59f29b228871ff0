import type { Access } from 'payload'
import { hasRole, isStaffUser } from './roles'

/** Volunteers upload recap photos and may change only what they uploaded. */
export const updateOwnMedia: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'volunteer')) return { uploadedBy: { equals: req.user!.id } }
  return false
}
