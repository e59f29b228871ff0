/**
 * Every change someone makes to a submission (create, update, delete — in the admin or over the API) leaves an
 * audit-log entry: who (account and role), when, which document, which fields from what to what (masked).
 * Writes without a logged-in user are the system's (the intake writer, retention, the seed) and are not logged.
 * The entry is written in the change's own transaction: no change without its entry.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'
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
  const changes = auditChanges(collection.slug, collection.flattenedFields, operation === 'create' ? undefined : previousDoc, doc)
  if (operation === 'create' || changes.length) await record(req, collection.slug, operation, doc, changes)
  return doc
}

const logDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await record(req, collection.slug, 'delete', doc, auditChanges(collection.slug, collection.flattenedFields, doc, undefined))
  return doc
}

/** The collection with the audit hooks added after its own (so the entry shows what was finally stored). */
export function withAuditTrail(config: CollectionConfig): CollectionConfig {
  if (!auditedCollections.some((c) => c.value === config.slug)) return config
  const hooks = config.hooks ?? {}
  return { ...config, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), logChange], afterDelete: [...(hooks.afterDelete ?? []), logDelete] } }
}
