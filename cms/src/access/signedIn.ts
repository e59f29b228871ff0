import type { FieldAccess } from 'payload'

/** Field access: any logged-in account (staff, volunteers, liaisons), never the public. */
export const signedIn: FieldAccess = ({ req }) => Boolean(req.user)
