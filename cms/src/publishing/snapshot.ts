import type { Payload, PayloadRequest, Where } from 'payload'
import { personalData, snapshotCollections, stripPersonal, type LibraryArticle, type PersonalRegistry, type PublicLaw, type SiteSnapshot } from '@lawpoint/content-types'
import { publicStats } from '../intake/stats'
import { drizzleOf, rows, sql } from '../lib/sql'

type Reader = { overrideAccess: boolean; user?: PayloadRequest['user']; draft?: boolean }

type Articles = PublicLaw['articles']
/**
 * Each law's articles as last read, with the law's stamp then (its article count and latest update), per
 * database: a publish re-reads only the articles of laws whose stamp moved. Every write of an article sets its
 * updatedAt (Local API and lawLibrary/write.ts alike), so an edit or an addition moves the latest update and a
 * deletion the count. The stamps are read before the articles: a write between the two leaves a stamp older than
 * the articles, which the next publish reads again.
 */
const articleCache = new WeakMap<object, Map<number, { stamp: string; articles: Articles }>>()

async function articleStamps(payload: Payload, lawIds: number[]): Promise<Map<number, string>> {
  const db = await drizzleOf(payload)
  const found = await rows<{ law: number; n: number | string; last: unknown }>(
    db,
    sql`SELECT law_id AS law, count(*) AS n, max(updated_at) AS last FROM law_articles WHERE law_id IN (${sql.join(lawIds.map((id) => sql`${id}`), sql`, `)}) GROUP BY law_id`,
  )
  const stamps = new Map(lawIds.map((id) => [id, '0']))
  for (const r of found) stamps.set(Number(r.law), `${r.n}:${r.last instanceof Date ? r.last.toISOString() : String(r.last)}`)
  return stamps
}

/**
 * Laws of the library with their articles nested in order, shaped as the snapshot's lawSchema: the laws as
 * `reader` may see them (the export: anonymous, so published laws only), then the articles of exactly those laws,
 * only the fields the site uses — of the laws whose articles changed since this process last read them.
 *
 * The articles are read through the database adapter: the Local API walks every document after reading it, and
 * its access rule for the public (articles of a published law) is a join per row; together 8 s for the 22,000
 * articles of the national corpus, against 1.5 s here, and 0.6 s of every publish at that size before the cache.
 * Nothing is lost: law-articles has no field access and no read hooks, and its read rule is the law's, which the
 * first query applies.
 */
export async function lawsForSnapshot(payload: Payload, reader: Reader, where?: Where): Promise<PublicLaw[]> {
  const { docs: laws } = await payload.find({
    collection: 'laws',
    ...reader,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    joins: false,
    sort: 'id',
    select: { key: true, title: true, shortTitle: true, category: true, history: true, effectiveAt: true, amendedAt: true, source: true, createdAt: true, updatedAt: true, _status: true },
  })
  if (!laws.length) return []
  let cache = articleCache.get(payload.db)
  if (!cache) articleCache.set(payload.db, (cache = new Map()))
  const stamps = await articleStamps(payload, laws.map((l) => l.id))
  const stale = laws.filter((l) => cache.get(l.id)?.stamp !== stamps.get(l.id)).map((l) => l.id)
  if (stale.length) {
    const { docs } = await payload.db.find({
      collection: 'law-articles',
      where: { law: { in: stale } },
      limit: 0,
      pagination: false,
      select: { law: true, number: true, label: true, book: true, part: true, chapter: true, section: true, text: true, position: true },
    })
    // Sorted here: the database's sort of 25,000 filtered rows took longer than the read itself.
    const articles = (docs as unknown as LibraryArticle[]).sort((a, b) => a.position - b.position)
    const byLaw = new Map<number, Articles>(stale.map((id) => [id, []]))
    for (const a of articles) {
      const law = typeof a.law === 'object' ? a.law.id : a.law
      byLaw.get(law)?.push({ number: a.number, label: a.label, book: a.book, part: a.part, chapter: a.chapter, section: a.section, text: a.text })
    }
    for (const [id, list] of byLaw) cache.set(id, { stamp: stamps.get(id)!, articles: list })
  }
  return laws.map((l) => ({ ...l, shortTitle: l.shortTitle || l.title, articles: cache.get(l.id)!.articles }))
}

type Cited = { lawKey?: string | null; articles?: number[] | null }[] | null | undefined

/** A lecture's or consultation's cited articles in the snapshot; a law the reader cannot see has no key and is left out. */
export const citedForSnapshot = (cited: Cited) =>
  (cited ?? []).flatMap((c) => (c.lawKey ? [{ lawKey: c.lawKey, articles: c.articles ?? [] }] : []))

/**
 * Everything the public site is built from, read as an anonymous visitor would (overrideAccess: false,
 * no user): published documents only, staff-only fields already removed by field access.
 */
export async function exportSnapshot(payload: Payload, registry: PersonalRegistry = personalData): Promise<SiteSnapshot> {
  const anonymous = { overrideAccess: false, depth: 1, limit: 0, pagination: false } as const
  const read = async <K extends keyof typeof snapshotCollections>(key: K) => {
    const collection = snapshotCollections[key]
    const { docs } = await payload.find({ collection, ...anonymous })
    // Field access already hides personal fields from an anonymous reader; the registry makes sure.
    return docs.map((d) => stripPersonal(collection, d, registry))
  }
  const [news, explainers, laws, lectures, squareEvents, recaps, consultations, collectionPoints, stats] = await Promise.all([
    read('news'),
    read('explainers'),
    lawsForSnapshot(payload, { overrideAccess: false }),
    read('lectures'),
    read('squareEvents'),
    read('recaps'),
    read('consultations'),
    read('collectionPoints'),
    publicStats(payload),
  ])
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 1 })
  const synonyms = await payload.findGlobal({ slug: 'search-synonyms', overrideAccess: false, depth: 0 })
  return {
    generatedAt: new Date().toISOString(),
    settings,
    synonyms: synonyms.entries ?? [],
    news: news as SiteSnapshot['news'],
    explainers: explainers as SiteSnapshot['explainers'],
    laws,
    lectures: (lectures as unknown as (SiteSnapshot['lectures'][number] & { citedArticles?: Cited })[]).map((l) => {
      const s = stats.lectures[String(l.id)]
      return { ...l, citedArticles: citedForSnapshot(l.citedArticles), seatsLeft: s?.seatsLeft ?? l.capacity, waitlistCount: s?.waitlistCount ?? 0 }
    }),
    squareEvents: squareEvents as SiteSnapshot['squareEvents'],
    recaps: recaps as SiteSnapshot['recaps'],
    consultations: (consultations as unknown as (SiteSnapshot['consultations'][number] & { citedArticles?: Cited })[]).map((c) => ({
      ...c,
      citedArticles: citedForSnapshot(c.citedArticles),
      participants: stats.consultations[String(c.id)]?.participants ?? 0,
      opinionCount: stats.consultations[String(c.id)]?.opinionCount ?? 0,
    })),
    collectionPoints: collectionPoints as SiteSnapshot['collectionPoints'],
  }
}
