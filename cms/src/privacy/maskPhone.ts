import type { FieldHook } from 'payload'
import { maskPhone } from '@lawpoint/content-types'
import { isStaffUser } from '../access/roles'

/**
 * Phones read in lists (find) are masked, for everyone; the full number only when an admin or
 * editor opens the document. Only reads made on someone's behalf (overrideAccess false: REST, admin)
 * are masked (REST passes no overrideAccess, the admin false) — Payload's own internal reads (the original document during an update, with
 * overrideAccess) must see the real value, or a volunteer's edit would write the mask back.
 * Server code that reads on someone's behalf yet needs full numbers sets context.fullPhones.
 */
export const maskPhoneInLists: FieldHook = ({ value, req, findMany, context, overrideAccess }) => {
  if (typeof value !== 'string' || !value) return value
  if (context?.fullPhones || overrideAccess === true) return value
  if (findMany || !isStaffUser(req.user)) return maskPhone(value)
  return value
}
