import type { Access, FieldAccess, Where } from 'payload'
import type { User } from '@lawpoint/content-types'
import { hasRole, isStaffUser } from './roles'

const pointOf = (user: Pick<User, 'collectionPoint'> | null | undefined): number | undefined => {
  const point = user?.collectionPoint
  return point && typeof point === 'object' ? point.id : (point ?? undefined)
}

/**
 * Staff read every opinion; legal volunteers read them to sort and summarise (personal fields are
 * hidden from them field by field); a liaison reads only what their own collection point gathered offline
 * (an online opinion staff filed under the point is not theirs: its sender never met them).
 */
const offlineAtPoint = (point: number): Where => ({ and: [{ collectionPoint: { equals: point } }, { channel: { equals: 'offline' } }] })

export const readOpinions: Access = ({ req }) => {
  if (isStaffUser(req.user) || hasRole(req.user, 'volunteer')) return true
  if (hasRole(req.user, 'liaison')) {
    const point = pointOf(req.user)
    return point === undefined ? false : offlineAtPoint(point)
  }
  return false
}

/** Staff and liaisons enter opinions in the admin; the public sends theirs through the intake endpoint. */
export const createOpinions: Access = ({ req }) =>
  isStaffUser(req.user) || (hasRole(req.user, 'liaison') && pointOf(req.user) !== undefined)

/** Staff and volunteers (who may only classify, field by field); a liaison only what was gathered offline at their point. */
export const updateOpinions: Access = ({ req }) => {
  if (isStaffUser(req.user) || hasRole(req.user, 'volunteer')) return true
  if (hasRole(req.user, 'liaison')) {
    const point = pointOf(req.user)
    return point === undefined ? false : offlineAtPoint(point)
  }
  return false
}

/** Names, phones and attachments: staff, and the liaison who typed them in. Never volunteers. */
export const personalFieldAccess: FieldAccess = ({ req }) => isStaffUser(req.user) || hasRole(req.user, 'liaison')

/** Sorting an opinion (field of law, summary): staff, legal volunteers, and the liaison who entered it. */
export const classifyOpinionField: FieldAccess = ({ req }) => isStaffUser(req.user) || hasRole(req.user, 'volunteer', 'liaison')

/** Details of the offline entry itself (when it was gathered): staff and the liaison. */
export const offlineEntryField: FieldAccess = ({ req }) => isStaffUser(req.user) || hasRole(req.user, 'liaison')

export { pointOf as collectionPointOf }
