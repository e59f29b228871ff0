import type { CollectionBeforeChangeHook } from 'payload'
import { publicError } from '../../../lib/publicError'
import type { User } from '@lawpoint/content-types'

/** The account created on an empty install (the admin's "create first user") administers it. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) data.role = 'admin'
  return data
}

export const liaisonNeedsPoint: CollectionBeforeChangeHook<User> = ({ data, originalDoc }) => {
  const role = data.role ?? originalDoc?.role
  const point = data.collectionPoint ?? originalDoc?.collectionPoint
  if (role === 'liaison' && !point) throw publicError('联络员账号必须指定所属信息采集点', 400, 'liaison-needs-point')
  return data
}
