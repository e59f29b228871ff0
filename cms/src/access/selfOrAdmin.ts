import type { Access } from 'payload'
import { hasRole } from './roles'

/** Admins manage every account; everyone else sees and edits only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
