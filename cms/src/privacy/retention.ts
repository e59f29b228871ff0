/**
 * Retention: personal fields of submissions older than RETENTION_DAYS (default 730) are erased — every field
 * the personal-data registry marks `erasedByRetention` (names, phones, attachments, notes). What was said and
 * the figures stay; the record notes when the erasure happened. An erased upload's file is deleted with it.
 */
import type { CollectionSlug, Payload, TaskConfig, Where } from 'payload'
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

/**
 * Opinion attachments no opinion points at: left by a crash between storing the file and the opinion. Only
 * files older than an hour, so an upload whose opinion is being written right now is never taken.
 */
export async function deleteOrphanAttachments(payload: Payload, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - 3_600_000).toISOString()
  const files = await payload.find({ collection: 'opinion-attachments', where: { createdAt: { less_than: before } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { createdAt: true } })
  if (!files.docs.length) return 0
  const used = await payload.find({ collection: 'opinions', where: { attachment: { in: files.docs.map((f) => f.id) } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { attachment: true } })
  const kept = new Set(used.docs.map((o) => (o.attachment && typeof o.attachment === 'object' ? o.attachment.id : o.attachment)))
  let deleted = 0
  for (const f of files.docs)
    if (!kept.has(f.id)) {
      await payload.delete({ collection: 'opinion-attachments', id: f.id, overrideAccess: true })
      deleted++
    }
  return deleted
}

/** Audit entries past the retention period: they hold masked phones and receipts, which expire with the rest. */
export async function pruneAuditLog(payload: Payload, days = retentionDays(), now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
  const { docs } = await payload.delete({ collection: 'audit-log', where: { createdAt: { less_than: cutoff } }, overrideAccess: true, depth: 0 })
  return docs.length
}

/** Daily, inside the CMS (no outside cron): erase what is past the retention period, sweep orphaned files. */
export const retentionTask: TaskConfig<{ input: object; output: { opinions: number; registrations: number; orphanAttachments: number } }> = {
  slug: 'retention',
  label: '个人信息到期删除',
  outputSchema: [
    { name: 'opinions', type: 'number' },
    { name: 'registrations', type: 'number' },
    { name: 'orphanAttachments', type: 'number' },
  ],
  // 03:30 Beijing time (19:30 UTC), when nobody submits.
  schedule: [{ cron: '0 30 19 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    const erased = await eraseExpiredPersonalData(req.payload)
    const orphanAttachments = await deleteOrphanAttachments(req.payload)
    await pruneAuditLog(req.payload)
    req.payload.logger.info(`保存期限 ${retentionDays()} 天：已删除 ${erased.opinions} 条意见、${erased.registrations} 条报名中的个人信息，清理无主附件 ${orphanAttachments} 个`)
    return { output: { opinions: erased.opinions, registrations: erased.registrations, orphanAttachments } }
  },
}
