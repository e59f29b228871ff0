/**
 * What pages read: the snapshot the content collections validated (content.config.ts), typed by the shared
 * snapshot schemas. Read from the snapshot itself rather than Astro's data store, because Astro bundles the whole
 * data store into its page build as one JavaScript module — with thousands of documents that bundling
 * step alone took most of the build (docs/benchmarks.md).
 */
import type { PublicSettings, SiteSnapshot, snapshotCollections } from '@lawpoint/content-types'
import { perBuild } from './env'
import { loadSnapshot } from './snapshot-source'
import { buildLibrary, type Library } from './laws'

type Listed = keyof typeof snapshotCollections
const all = async <K extends Listed>(name: K): Promise<SiteSnapshot[K]> => [...(await loadSnapshot())[name]] as SiteSnapshot[K]

const time = (d?: string | null) => (d ? new Date(d).getTime() : 0)
const newestFirst = <T extends { publishedAt?: string | null; createdAt: string }>(a: T, b: T) =>
  time(b.publishedAt ?? b.createdAt) - time(a.publishedAt ?? a.createdAt)

export const getNews = async () => (await all('news')).sort(newestFirst)
export const getExplainers = async () => (await all('explainers')).sort((a, b) => a.lawKey.localeCompare(b.lawKey) || a.articleNumber - b.articleNumber)
export const getLectures = async () => (await all('lectures')).sort((a, b) => time(a.startsAt) - time(b.startsAt))
export const getSquareEvents = async () => (await all('squareEvents')).sort((a, b) => time(a.startsAt) - time(b.startsAt))
export const getRecaps = async () => (await all('recaps')).sort(newestFirst)
export const getConsultations = async () => (await all('consultations')).sort((a, b) => time(b.opensAt) - time(a.opensAt))
/** The law library (a snapshot from before the library carries no laws: then only explained articles have pages). */
export const getLaws = async () => ((await loadSnapshot()).laws ?? []).filter((l) => l._status !== 'draft')

/** Laws, articles and what cites them, indexed once per build for every law page (lib/laws.ts). */
export const getLibrary: () => Promise<Library> = perBuild(async () =>
  buildLibrary({ laws: await getLaws(), explainers: await getExplainers(), lectures: await getLectures(), consultations: await getConsultations() }),
)
export const getCollectionPoints = async () => (await all('collectionPoints')).sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || a.id - b.id)

export async function getSite(): Promise<{ settings: PublicSettings; synonyms: SiteSnapshot['synonyms']; generatedAt: string }> {
  const s = await loadSnapshot()
  return { settings: s.settings, synonyms: s.synonyms ?? [], generatedAt: s.generatedAt }
}

/** A recap's related lecture or event may arrive as an id or, at depth 1, as the document. */
export const refId = (ref: number | { id: number } | null | undefined) => (ref == null ? null : typeof ref === 'number' ? ref : ref.id)
