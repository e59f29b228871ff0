/**
 * Content collections, all fed from the one SiteSnapshot (see lib/snapshot-source.ts). Every document is
 * validated against the shared snapshot schemas (@lawpoint/content-types) before a page is built; the store
 * keeps only its id and digest, and pages read the validated snapshot through lib/content.ts (Astro would
 * otherwise bundle every document's full content into the page build as one module).
 *
 * The loaders validate, not Astro: the shared schemas are zod 4, and Astro 5's collection `schema` takes its own
 * bundled zod 3 (it also turns that schema into JSON schema and types). So each collection's Astro schema
 * describes only what the store holds.
 */
import { createHash } from 'node:crypto'
import { defineCollection, z } from 'astro:content'
import type { Loader } from 'astro/loaders'
import { lawSchema, siteSnapshotSchema, snapshotSchemas, type SiteSnapshot } from '@lawpoint/content-types'
import { prettifyError, type ZodType } from 'zod'
import { loadSnapshot } from './lib/snapshot-source'

type Doc = { id: number | string }

function snapshotLoader(name: string, schema: ZodType, pick: (s: SiteSnapshot) => Doc[]): Loader {
  return {
    name: `snapshot-${name}`,
    load: async ({ store }) => {
      const docs = pick(await loadSnapshot())
      store.clear()
      for (const doc of docs) {
        const id = String(doc.id)
        const checked = schema.safeParse(doc)
        if (!checked.success) throw new Error(`[snapshot] ${name} → ${id} does not match the snapshot schema:\n${prettifyError(checked.error)}`)
        store.set({ id, data: { id }, digest: createHash('sha1').update(JSON.stringify(doc)).digest('hex') })
      }
    },
  }
}

const stored = z.object({ id: z.string() })
const listed = (key: keyof typeof snapshotSchemas) =>
  defineCollection({ loader: snapshotLoader(key, snapshotSchemas[key], (s) => s[key]), schema: stored })
const siteSchema = siteSnapshotSchema.pick({ settings: true, synonyms: true, generatedAt: true })

export const collections = {
  news: listed('news'),
  explainers: listed('explainers'),
  // The library (a snapshot from before it has none): each law with all its articles.
  laws: defineCollection({ loader: snapshotLoader('laws', lawSchema, (s) => s.laws ?? []), schema: stored }),
  lectures: listed('lectures'),
  squareEvents: listed('squareEvents'),
  recaps: listed('recaps'),
  consultations: listed('consultations'),
  collectionPoints: listed('collectionPoints'),
  site: defineCollection({
    loader: snapshotLoader('site', siteSchema, (s) => [{ id: 'settings', settings: s.settings, synonyms: s.synonyms ?? [], generatedAt: s.generatedAt }]),
    schema: stored,
  }),
}
