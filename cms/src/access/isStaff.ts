import type { Access, FieldAccess } from 'payload'
import { isStaffUser } from './roles'

/** Admin or editor. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)
