/**
 * Hook factory: public content and site-wide globals request a site build when what the public sees
 * changes — a publish, an edit of a published document, an unpublish, a delete, a scheduled
 * publish firing. Saving a draft on top of a published document changes nothing public: no build.
 * Pass context.skipSiteBuild (seeds, bulk imports) to stay silent; SITE_BUILD_HOOKS=false turns it off.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, CollectionSlug, GlobalAfterChangeHook, GlobalConfig, PayloadRequest } from 'payload'
import { requestBuild, type BuildChange } from './queue'
import { env } from '../env'
import { apiRoutes } from '@lawpoint/content-types'

const disabled = (req: PayloadRequest) => !env.SITE_BUILD_HOOKS || Boolean(req.context?.skipSiteBuild || req.context?.seeding)

const who = (req: PayloadRequest) => {
  const u = req.user as { name?: string; email?: string } | null
  if (u) return u.name || u.email
  return req.payloadAPI === 'local' ? '系统（定时发布或脚本）' : undefined
}

const titleOf = (doc: Record<string, unknown>) => {
  for (const k of ['title', 'name', 'articleLabel']) if (typeof doc[k] === 'string' && doc[k]) return doc[k] as string
  return undefined
}

async function request(req: PayloadRequest, change: BuildChange) {
  try {
    await requestBuild(req.payload, { ...change, by: who(req) }, { req })
  } catch (error) {
    // Publishing must not fail because the build queue did: the next change or "rebuild now" catches up.
    req.payload.logger.error({ err: error, msg: '无法加入网站构建队列' })
  }
}

export const siteBuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  if (disabled(req)) return doc
  const isPublished = doc._status === 'published'
  const wasPublished = previousDoc?._status === 'published'
  if (!isPublished && !wasPublished) return doc
  if (!isPublished) {
    // Unpublish, or a draft saved over a published document (which leaves the published row as it is)?
    const main = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: doc.id } }, req })) as {
      _status?: string
    } | null
    if (main?._status === 'published') return doc
  }
  const action = !isPublished ? '撤回发布' : wasPublished ? '更新' : '发布'
  await request(req, { action, collection: collection.slug, id: doc.id, title: titleOf(doc) })
  return doc
}

export const siteBuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (disabled(req) || doc?._status !== 'published') return doc
  await request(req, { action: '删除', collection: collection.slug, id: doc.id, title: titleOf(doc) })
  return doc
}

/** A replaced image or a new alt text shows on every page that uses it; a new upload shows nowhere yet. */
export const siteBuildAfterMediaChange: CollectionAfterChangeHook = async ({ doc, operation, req, collection }) => {
  if (disabled(req) || operation !== 'update') return doc
  await request(req, { action: '更新', collection: collection.slug, id: doc.id, title: doc.filename ?? undefined })
  return doc
}

export const siteBuildAfterMediaDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (disabled(req)) return doc
  await request(req, { action: '删除', collection: collection.slug, id: doc.id, title: doc?.filename ?? undefined })
  return doc
}

export const siteBuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req, global }) => {
  if (disabled(req)) return doc
  await request(req, { action: `修改${typeof global.label === 'string' ? global.label : global.slug}` })
  return doc
}

/**
 * Hooks for documents that are parts of a public document stored on their own (a law's articles): a change or a
 * delete queues a build when the parent is published. Bulk writers (the law importer) pass context.skipSiteBuild
 * and queue one build themselves.
 */
export function siteBuildThroughParent({
  field,
  collection: parent,
  describe,
}: {
  field: string
  collection: CollectionSlug
  describe?: (doc: Record<string, unknown>) => string | undefined
}): { afterChange: CollectionAfterChangeHook[]; afterDelete: CollectionAfterDeleteHook[] } {
  const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string | null | undefined))
  const onChange = async (req: PayloadRequest, action: string, ...docs: (Record<string, unknown> | undefined)[]) => {
    if (disabled(req)) return
    const ids = [...new Set(docs.map((d) => idOf(d?.[field])).filter((id) => id != null))]
    for (const id of ids) {
      const owner = (await req.payload.db.findOne({ collection: parent, where: { id: { equals: id } }, req })) as Record<string, unknown> | null
      if (owner?._status !== 'published') continue
      const part = docs[0] && describe?.(docs[0])
      await request(req, { action, collection: parent, id: id!, title: [titleOf(owner), part].filter(Boolean).join(' ') || undefined })
    }
  }
  return {
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        await onChange(req, '更新', doc, previousDoc)
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, req }) => {
        await onChange(req, '更新', doc)
        return doc
      },
    ],
  }
}

/** Adds the hooks to a public content collection, and the 预览 button (cms/src/publishing/preview.ts). */
export function withSiteBuild(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    admin: {
      ...config.admin,
      preview: (doc, { req }) => `${req.payload.config.serverURL || ''}${apiRoutes.preview(config.slug, doc.id as number)}`,
    },
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), siteBuildAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), siteBuildAfterDelete],
    },
  }
}

export function withSiteBuildGlobal(config: GlobalConfig): GlobalConfig {
  return { ...config, hooks: { ...config.hooks, afterChange: [...(config.hooks?.afterChange ?? []), siteBuildAfterGlobalChange] } }
}
