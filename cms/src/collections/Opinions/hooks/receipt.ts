import type { CollectionBeforeChangeHook } from 'payload'
import { collectionPointOf } from '../../../access/opinions'
import { hasRole } from '../../../access/roles'
import { receiptFormat, type Opinion } from '@lawpoint/content-types'

/** Opinions entered in the admin get a receipt too; a number already taken is drawn again, as the public writer does. */
export const assignReceipt: CollectionBeforeChangeHook<Opinion> = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.receipt) return data
  for (let attempt = 0; attempt < 5; attempt++) {
    data.receipt = receiptFormat.generate()
    const { totalDocs } = await req.payload.count({ collection: 'opinions', where: { receipt: { equals: data.receipt } }, req })
    if (totalDocs === 0) break
  }
  return data
}

/** What a liaison types in was gathered offline, at their own point. */
export const stampOfflineEntry: CollectionBeforeChangeHook<Opinion> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.enteredBy = req.user.id
  if (hasRole(req.user, 'liaison')) {
    data.channel = 'offline'
    data.collectionPoint = collectionPointOf(req.user)
    if (operation === 'create') data.gatheredAt ??= new Date().toISOString()
  }
  return data
}
