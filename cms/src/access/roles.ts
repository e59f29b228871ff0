import type { Role } from '@lawpoint/content-types'
import type { PayloadRequest } from 'payload'

type MaybeUser = PayloadRequest['user'] | null | undefined

/** The role of whoever makes the request; only the users collection logs in. */
export const roleOf = (user: MaybeUser): Role | undefined =>
  user && user.collection === 'users' ? ((user as { role?: Role }).role ?? undefined) : undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const role = roleOf(user)
  return role !== undefined && roles.includes(role)
}

/** Admins and editors (publicity staff) run the contact point's content and submissions. */
export const isStaffUser = (user: MaybeUser) => hasRole(user, 'admin', 'editor')
