/**
 * Content collections, all fed from the one SiteSnapshot (see lib/snapshot-source.ts).
 * One base schema for every CMS document, extended per type with the fields pages rely on
 * (the rest passes through untouched). Every document is validated here before a page is built; the
 * store keeps only its id and digest, and pages read the validated snapshot through lib/content.ts
 * (Astro would otherwise bundle every document's full content into the page build as one module).
 */
import { createHash } from 'node:crypto'
import { defineCollection, z } from 'astro:content'
import type { Loader } from 'astro/loaders'
import type { SiteSnapshot } from '@lawpoint/content-types'
import { loadSnapshot } from './lib/snapshot-source'

const base = z
  .object({
    id: z.number(),
    slug: z.string().nullish(),
    createdAt: z.string(),
    updatedAt: z.string(),
    _status: z.enum(['draft', 'published']).nullish(),
  })
  .passthrough()

const lexical = z.object({ root: z.object({ children: z.array(z.any()) }).passthrough() }).passthrough()
const titled = base.extend({ title: z.string() })
const published = titled.extend({ publishedAt: z.string().nullish() })
const place = z.object({ name: z.string(), address: z.string().nullish() })

function snapshotLoader(name: string, pick: (s: SiteSnapshot) => { id: number | string }[]): Loader {
  return {
    name: `snapshot-${name}`,
    load: async ({ store, parseData }) => {
      const docs = pick(await loadSnapshot())
      store.clear()
      for (const doc of docs) {
        const id = String(doc.id)
        const json = JSON.stringify(doc)
        await parseData({ id, data: JSON.parse(json) as Record<string, unknown> })
        store.set({ id, data: { id }, digest: createHash('sha1').update(json).digest('hex') })
      }
    },
  }
}

export const collections = {
  news: defineCollection({
    loader: snapshotLoader('news', (s) => s.news),
    schema: published.extend({ category: z.string(), body: lexical, summary: z.string().nullish() }),
  }),
  explainers: defineCollection({
    loader: snapshotLoader('explainers', (s) => s.explainers),
    schema: published.extend({
      law: z.string(),
      lawKey: z.string().regex(/^[a-z0-9-]+$/),
      articleNumber: z.number().int().positive(),
      articleNumberEnd: z.number().int().positive().nullish(),
      articleText: z.string(),
      explanation: lexical,
    }),
  }),
  lectures: defineCollection({
    loader: snapshotLoader('lectures', (s) => s.lectures),
    schema: titled.extend({
      kind: z.string(),
      state: z.enum(['scheduled', 'cancelled', 'finished']),
      startsAt: z.string(),
      endsAt: z.string(),
      venue: place,
      capacity: z.number(),
      seatsLeft: z.number().nullable(),
      waitlistCount: z.number(),
    }),
  }),
  squareEvents: defineCollection({
    loader: snapshotLoader('squareEvents', (s) => s.squareEvents),
    schema: titled.extend({ kind: z.string(), startsAt: z.string(), place }),
  }),
  recaps: defineCollection({
    loader: snapshotLoader('recaps', (s) => s.recaps),
    schema: published.extend({ body: lexical }),
  }),
  consultations: defineCollection({
    loader: snapshotLoader('consultations', (s) => s.consultations),
    schema: titled.extend({
      opensAt: z.string(),
      closesAt: z.string(),
      summary: z.string(),
      articles: z.array(z.object({ number: z.number(), label: z.string(), text: z.string() }).passthrough()).nullish(),
      participants: z.number(),
      opinionCount: z.number(),
    }),
  }),
  collectionPoints: defineCollection({
    loader: snapshotLoader('collectionPoints', (s) => s.collectionPoints),
    // Liaison fields are stripped by the source; refuse them outright should they come back.
    schema: base.extend({ name: z.string(), kind: z.string(), liaisonName: z.undefined(), liaisonPhone: z.undefined() }),
  }),
  site: defineCollection({
    loader: snapshotLoader('site', (s) => [{ id: 'settings', settings: s.settings, synonyms: s.synonyms ?? [], generatedAt: s.generatedAt }]),
    schema: z.object({ settings: z.object({ siteName: z.string() }).passthrough(), synonyms: z.array(z.any()), generatedAt: z.string() }),
  }),
}
