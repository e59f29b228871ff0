import type { CollectionBeforeChangeHook } from 'payload'
import { publicError } from '../../../lib/publicError'
import { hasRole, isStaffUser } from '../../../access/roles'
import type { Recap } from '@lawpoint/content-types'
import { reviewMessages } from '../review'

/** The account that creates a recap owns it (a volunteer cannot file one under another's name); volunteers may edit only what they own. */
export const recordAuthor: CollectionBeforeChangeHook<Recap> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && (!data.author || !isStaffUser(req.user))) data.author = req.user.id
  return data
}

/** Volunteers submit for review; publishing is an editor's decision. */
export const keepVolunteersFromPublishing: CollectionBeforeChangeHook<Recap> = ({ data, req }) => {
  if (hasRole(req.user, 'volunteer') && data._status === 'published') {
    throw publicError(reviewMessages.volunteerPublish, 403, 'volunteer-cannot-publish')
  }
  return data
}
