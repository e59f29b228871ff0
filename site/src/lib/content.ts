/**
 * What pages read: the snapshot the content collections validated (content.config.ts), with the shared
 * CMS types. Read from the snapshot itself rather than Astro's data store, because Astro bundles the whole
 * data store into its page build as one JavaScript module — with thousands of documents that bundling
 * step alone took most of the build (docs/benchmarks.md).
 */
import type { CollectionPoint, LawExplainer, News, PublicConsultation, PublicLecture, Recap, SiteSetting, SiteSnapshot, SquareEvent } from '@lawpoint/content-types'
import { loadSnapshot } from './snapshot-source'

type Listed = 'news' | 'explainers' | 'lectures' | 'squareEvents' | 'recaps' | 'consultations' | 'collectionPoints'
const all = async <T>(name: Listed) => [...((await loadSnapshot())[name] as unknown as T[])]

const time = (d?: string | null) => (d ? new Date(d).getTime() : 0)
const newestFirst = <T extends { publishedAt?: string | null; createdAt: string }>(a: T, b: T) =>
  time(b.publishedAt ?? b.createdAt) - time(a.publishedAt ?? a.createdAt)

export const getNews = async () => (await all<News>('news')).sort(newestFirst)
export const getExplainers = async () => (await all<LawExplainer>('explainers')).sort((a, b) => a.lawKey.localeCompare(b.lawKey) || a.articleNumber - b.articleNumber)
export const getLectures = async () => (await all<PublicLecture>('lectures')).sort((a, b) => time(a.startsAt) - time(b.startsAt))
export const getSquareEvents = async () => (await all<SquareEvent>('squareEvents')).sort((a, b) => time(a.startsAt) - time(b.startsAt))
export const getRecaps = async () => (await all<Recap>('recaps')).sort(newestFirst)
export const getConsultations = async () => (await all<PublicConsultation>('consultations')).sort((a, b) => time(b.opensAt) - time(a.opensAt))
export const getCollectionPoints = async () => (await all<CollectionPoint>('collectionPoints')).sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || a.id - b.id)

export async function getSite(): Promise<{ settings: SiteSetting; synonyms: SiteSnapshot['synonyms']; generatedAt: string }> {
  const s = await loadSnapshot()
  return { settings: s.settings, synonyms: s.synonyms ?? [], generatedAt: s.generatedAt }
}

/** A recap's related lecture or event may arrive as an id or, at depth 1, as the document. */
export const refId = (ref: number | { id: number } | null | undefined) => (ref == null ? null : typeof ref === 'number' ? ref : ref.id)
