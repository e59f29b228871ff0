import type { Access } from 'payload'
import { isStaffUser } from './roles'

/** The text of a law is public once the law is: staff read every article, everyone else those of published laws. */
export const articlesOfPublishedLaws: Access = ({ req }) =>
  isStaffUser(req.user) ? true : { 'law._status': { equals: 'published' } }
