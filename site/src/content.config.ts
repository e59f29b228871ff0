/**
 * Content collections, all fed from the one SiteSnapshot (see lib/snapshot-source.ts). Every document is
 * validated against the shared snapshot schemas (lib/snapshot-check.ts) before a page is built; the store
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
import { checkDoc, checkedParts, snapshotParts } from './lib/snapshot-check'
import { loadSnapshot } from './lib/snapshot-source'

type Part = keyof typeof snapshotParts

function snapshotLoader(name: Part): Loader {
  const { schema, docs } = snapshotParts[name]
  return {
    name: `snapshot-${name}`,
    load: async ({ store }) => {
      store.clear()
      for (const doc of docs(await loadSnapshot())) {
        checkDoc(name, schema, doc)
        const id = String(doc.id)
        store.set({ id, data: { id }, digest: createHash('sha1').update(JSON.stringify(doc)).digest('hex') })
      }
      checkedParts().add(name)
    },
  }
}

const stored = z.object({ id: z.string() })
const collection = (name: Part) => defineCollection({ loader: snapshotLoader(name), schema: stored })

export const collections = {
  news: collection('news'),
  explainers: collection('explainers'),
  laws: collection('laws'),
  lectures: collection('lectures'),
  squareEvents: collection('squareEvents'),
  recaps: collection('recaps'),
  consultations: collection('consultations'),
  collectionPoints: collection('collectionPoints'),
  site: collection('site'),
}
