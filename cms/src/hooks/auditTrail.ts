/**
 * Every change someone makes to a submission (create, update, delete — in the admin or over the API) leaves an
 * audit-log entry: who (account and role), when, which document, which fields from what to what (masked).
 * Writes without a logged-in user are the system's (the intake writer, retention, the seed) and are not logged.
 * The entry is written in the change's own transaction: no change without its entry.
 */
import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'
import type { AuditAction } from '@lawpoint/content-types'
import { roleOf } from '../access/roles'
import { auditChanges, referenceField, type AuditChange } from '../privacy/auditValues'

export const auditedCollections = [
  { value: 'opinions', label: '意见建议' },
  { value: 'registrations', label: '讲座报名' },
  { value: 'opinion-attachments', label: '意见附件' },
] as const

type Audited = (typeof auditedCollections)[number]['value']
type Doc = Record<string, unknown> & { id: number | string }

/**
 * The document as stored, every field: the `doc` Payload hands to afterChange has been read as the user (a
 * volunteer's copy has no phone, a liaison's a masked one), which would show up as changes.
 */
const storedDoc = async (req: PayloadRequest, collection: string, id: number | string) =>
  (await req.payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: true, req, disableErrors: true })) as Doc | null

async function record(req: PayloadRequest, collection: string, action: AuditAction, doc: Doc, changes: AuditChange[]) {
  const role = roleOf(req.user)
  if (!role || !req.user) return
  const reference = referenceField[collection] ? doc[referenceField[collection]] : undefined
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action,
      targetCollection: collection as Audited,
      documentId: String(doc.id),
      // SQLite may give a deleted document's id to the next one: the creation time tells them apart.
      documentCreatedAt: typeof doc.createdAt === 'string' ? doc.createdAt : undefined,
      reference: typeof reference === 'string' ? reference : undefined,
      user: req.user.id as number,
      accountId: req.user.id as number,
      role,
      changes,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

const logChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (!roleOf(req.user)) return doc
  const stored = (await storedDoc(req, collection.slug, doc.id)) ?? doc
  const changes = auditChanges(collection.slug, collection.flattenedFields, operation === 'create' ? undefined : previousDoc, stored)
  if (operation === 'create' || changes.length) await record(req, collection.slug, operation, stored, changes)
  return doc
}

/** Before the delete (access already checked), while the document can still be read in full; same transaction. */
const logDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!roleOf(req.user)) return
  const stored = await storedDoc(req, collection.slug, id)
  if (stored) await record(req, collection.slug, 'delete', stored, auditChanges(collection.slug, collection.flattenedFields, stored, undefined))
}

/** The collection with the audit hooks added after its own (so the entry shows what was finally stored). */
export function withAuditTrail(config: CollectionConfig): CollectionConfig {
  if (!auditedCollections.some((c) => c.value === config.slug)) return config
  const hooks = config.hooks ?? {}
  return { ...config, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), logChange], beforeDelete: [...(hooks.beforeDelete ?? []), logDelete] } }
}
