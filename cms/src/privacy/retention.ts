/**
 * Retention: personal fields of submissions older than RETENTION_DAYS (default 730) are erased — every field
 * the personal-data registry marks `erasedByRetention` (names, phones, attachments, notes). What was said and
 * the figures stay; the record notes when the erasure happened. An erased upload's file is deleted with it.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { personalData, retainedCollections, retentionErasure, type PersonalRegistry } from '@lawpoint/content-types'
import { env } from '../env'

export const retentionDays = () => env.RETENTION_DAYS

/** The upload collection a field points at, when it is an upload field (its file goes too). */
function uploadTarget(payload: Payload, collection: CollectionSlug, field: string): CollectionSlug | undefined {
  const f = payload.collections[collection]?.config.flattenedFields.find((x) => x.name === field)
  return f?.type === 'upload' && typeof f.relationTo === 'string' ? f.relationTo : undefined
}

export async function eraseExpiredPersonalData(payload: Payload, days = retentionDays(), now = new Date(), registry: PersonalRegistry = personalData) {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
  const erasedAt = now.toISOString()
  const old: Where = { and: [{ createdAt: { less_than: cutoff } }, { personalDataErasedAt: { exists: false } }] }
  const counts: Record<string, number> = {}
  for (const slug of retainedCollections(registry)) {
    const collection = slug as CollectionSlug
    const data = retentionErasure(slug, erasedAt, registry)
    const uploads = Object.keys(data).flatMap((field) => {
      const target = uploadTarget(payload, collection, field)
      return target ? [{ field, target }] : []
    })
    const { docs } = await payload.find({
      collection,
      where: old,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: Object.fromEntries(['createdAt', ...uploads.map((u) => u.field)].map((f) => [f, true])),
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      // Erasing a sign-up moves nobody up the waitlist: only its personal fields change.
      await payload.update({ collection, id: doc.id as number, data, overrideAccess: true, depth: 0, context: { skipPromotion: true } })
      for (const { field, target } of uploads) {
        const file = doc[field] && typeof doc[field] === 'object' ? (doc[field] as { id: number }).id : (doc[field] as number | undefined)
        if (file) await payload.delete({ collection: target, id: file, overrideAccess: true }).catch(() => {})
      }
    }
    counts[slug] = docs.length
  }
  return { cutoff, opinions: counts.opinions ?? 0, registrations: counts.registrations ?? 0, counts }
}
