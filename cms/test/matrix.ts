import type { CollectionSlug, Payload } from 'payload'
import { sample } from './fixtures'
import type { Actor } from './helpers'

/** Who may do what, per collection: the expectations both the Local API and REST suites check. */
export type ReadRule = 'all' | 'published' | 'none'
export type Rule = { create: boolean; read: ReadRule; update: boolean; delete: boolean }

const staff: Rule = { create: true, read: 'all', update: true, delete: true }
const reader: Rule = { create: false, read: 'published', update: false, delete: false }
const none: Rule = { create: false, read: 'none', update: false, delete: false }

const publicContent: Record<Actor, Rule> = { anonymous: reader, admin: staff, editor: staff, volunteer: reader, liaison: reader }
const staffOnly: Record<Actor, Rule> = { anonymous: none, admin: staff, editor: staff, volunteer: none, liaison: none }

export const matrix: Partial<Record<CollectionSlug, Record<Actor, Rule>>> = {
  news: publicContent,
  'law-explainers': publicContent,
  laws: publicContent,
  lectures: publicContent,
  'square-events': publicContent,
  consultations: publicContent,
  'collection-points': publicContent,
  experts: staffOnly,
  registrations: staffOnly,
}

export const hasDrafts = (c: CollectionSlug) => !['experts', 'registrations'].includes(c)

/** One published document and one draft (or, without drafts, a second document) to test reads against. */
export async function publishedAndDraft(payload: Payload, collection: CollectionSlug) {
  const published = (await payload.create({ collection, data: sample(collection, { _status: 'published' }) as never })).id
  const draft = (
    await payload.create({
      collection,
      data: sample(collection, hasDrafts(collection) ? { _status: 'draft' } : {}) as never,
      draft: hasDrafts(collection),
    })
  ).id
  return { published, draft }
}
