/** Typed access to the collections: pages work with the shared CMS types, not Astro's inferred ones. */
import { getCollection, getEntry } from 'astro:content'
import type { CollectionPoint, LawExplainer, News, PublicConsultation, PublicLecture, Recap, SiteSetting, SiteSnapshot, SquareEvent } from '@lawpoint/content-types'

const all = async <T>(name: 'news' | 'explainers' | 'lectures' | 'squareEvents' | 'recaps' | 'consultations' | 'collectionPoints') =>
  (await getCollection(name)).map((e) => e.data as unknown as T)

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
  const entry = await getEntry('site', 'settings')
  return entry!.data as never
}

/** A recap's related lecture or event may arrive as an id or, at depth 1, as the document. */
export const refId = (ref: number | { id: number } | null | undefined) => (ref == null ? null : typeof ref === 'number' ? ref : ref.id)
