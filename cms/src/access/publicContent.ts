import type { CollectionConfig } from 'payload'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** Every public content type: drafts, versions and scheduled publishing; staff write, the public reads what is published. */
export const publicContentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
  readVersions: isStaff,
}

export const draftVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 30,
}
