/**
 * Retention: personal fields of submissions older than RETENTION_DAYS (default 730) are erased — names,
 * phones and attachments of opinions; names, phones and notes of lecture sign-ups. What was said and the
 * figures stay; the record notes when the erasure happened.
 */
import type { Payload, Where } from 'payload'

export const retentionDays = () => {
  const n = Number(process.env.RETENTION_DAYS)
  return Number.isFinite(n) && n >= 0 ? n : 730
}

export async function eraseExpiredPersonalData(payload: Payload, days = retentionDays(), now = new Date()) {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
  const erasedAt = now.toISOString()
  const old: Where = { and: [{ createdAt: { less_than: cutoff } }, { personalDataErasedAt: { exists: false } }] }

  const opinions = await payload.find({ collection: 'opinions', where: old, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { attachment: true } })
  for (const o of opinions.docs) {
    const attachment = o.attachment && typeof o.attachment === 'object' ? o.attachment.id : o.attachment
    await payload.update({
      collection: 'opinions',
      id: o.id,
      data: { name: null, phone: null, attachment: null, personalDataErasedAt: erasedAt },
      overrideAccess: true,
      depth: 0,
    })
    if (attachment) await payload.delete({ collection: 'opinion-attachments', id: attachment, overrideAccess: true }).catch(() => {})
  }
  const registrations = await payload.find({ collection: 'registrations', where: old, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { createdAt: true } })
  for (const r of registrations.docs)
    await payload.update({
      collection: 'registrations',
      id: r.id,
      data: { name: null, phone: null, note: null, personalDataErasedAt: erasedAt },
      overrideAccess: true,
      depth: 0,
      context: { skipPromotion: true },
    })
  return { cutoff, opinions: opinions.docs.length, registrations: registrations.docs.length }
}
