import type { Access } from 'payload'
import { isStaffUser } from './roles'

/** Staff read drafts; everyone else (anonymous, volunteers, liaisons) sees published documents only. */
export const publishedOrStaff: Access = ({ req }) =>
  isStaffUser(req.user) ? true : { _status: { equals: 'published' } }
