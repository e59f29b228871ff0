import type { Access } from 'payload'
import { hasRole } from './roles'

export const staffOrVolunteer: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'volunteer')
