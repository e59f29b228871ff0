import { randomInt } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import { collectionPointOf } from '../access/opinions'
import { hasRole } from '../access/roles'

/** Receipt numbers: date plus random digits, so they are short to read out yet not guessable in sequence. */
export function newReceipt(now = new Date()): string {
  const day = now.toISOString().slice(2, 10).replaceAll('-', '')
  return `YJ${day}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
}

/** Opinions entered in the admin get a receipt too; a number already taken is drawn again, as the public writer does. */
export const assignReceipt: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.receipt) return data
  for (let attempt = 0; attempt < 5; attempt++) {
    data.receipt = newReceipt()
    const { totalDocs } = await req.payload.count({ collection: 'opinions', where: { receipt: { equals: data.receipt } }, req })
    if (totalDocs === 0) break
  }
  return data
}

/** What a liaison types in was gathered offline, at their own point. */
export const stampOfflineEntry: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.enteredBy = req.user.id
  if (hasRole(req.user, 'liaison')) {
    data.channel = 'offline'
    data.collectionPoint = collectionPointOf(req.user)
    data.gatheredAt ??= new Date().toISOString()
  }
  return data
}
