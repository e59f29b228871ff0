/**
 * Where the build gets its SiteSnapshot: SNAPSHOT_FILE (lib/env.ts), else the CMS REST API when CMS_URL
 * is set, else the test fixture (with a loud warning, so a fresh checkout still builds). SNAPSHOT_STRICT
 * turns that last fallback into an error.
 * Whatever the source, personal fields (content-types/personal-data.ts) are stripped here once more: the site
 * must never show them.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { apiRoutes, personalFields, snapshotCollections, stripPersonal } from '@lawpoint/content-types'
import { collectMedia } from './media/collect'
import type { PublicCollectionPoint, PublicConsultation, PublicLecture, SiteSnapshot } from '@lawpoint/content-types'
import { env, internalHandoff, onReleaseBuild, perBuild } from './env'

// Builds run in the site folder (npm scripts, the CMS pipeline); this module is also bundled into Astro's
// page chunks, where import.meta.url no longer points into src/.
const siteRoot = process.cwd()
const fixture = resolve(siteRoot, 'test/fixtures/snapshot.json')

export const loadSnapshot: () => Promise<SiteSnapshot> = perBuild(() => sharedSnapshot())

/**
 * Astro loads this module up to three times in one build (content config, integrations, page bundle).
 * Each copy of a 10,000-document snapshot is about 100 MB of objects, so one parse of a given file is shared
 * through a process-wide cache, keyed by the file's path, size and modification time.
 */
const SHARED = Symbol.for('lawpoint.snapshot')
type Shared = { [SHARED]?: { key: string; snapshot: Promise<SiteSnapshot> } }
onReleaseBuild(() => delete (globalThis as Shared)[SHARED])

async function sharedSnapshot(): Promise<SiteSnapshot> {
  const file = resolve(siteRoot, internalHandoff.snapshotFile())
  await waitForFile(file, env.SNAPSHOT_WAIT_MS)
  const stat = existsSync(file) ? statSync(file) : undefined
  const key = stat ? `${file}:${stat.size}:${stat.mtimeMs}` : ''
  const g = globalThis as Shared
  if (key && g[SHARED]?.key === key) return g[SHARED].snapshot
  const snapshot = readSnapshot().then(sanitize)
  if (key) g[SHARED] = { key, snapshot }
  return snapshot
}

/** The publishing pipeline starts the build while the CMS still exports; the file then appears whole (rename). */
async function waitForFile(file: string, ms: number): Promise<void> {
  const until = Date.now() + ms
  while (!existsSync(file) && Date.now() < until) await new Promise((r) => setTimeout(r, 25))
}

/**
 * Reads the snapshot once per build. Astro loads this module twice (the content config, then the bundled
 * pages), so whatever source was used, the pages get the same snapshot: a fetched one is written to a file
 * which the other copies then read (internalHandoff.snapshotFile).
 */
async function readSnapshot(): Promise<SiteSnapshot> {
  const file = resolve(siteRoot, internalHandoff.snapshotFile())
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as SiteSnapshot
  const cms = env.CMS_URL
  if (cms) {
    const snapshot = await fetchSnapshot(cms)
    const fetched = join(mkdtempSync(join(tmpdir(), 'lawpoint-snapshot-')), 'snapshot.json')
    writeFileSync(fetched, JSON.stringify(snapshot))
    internalHandoff.setSnapshotFile(fetched)
    return snapshot
  }
  if (env.SNAPSHOT_STRICT) throw new Error(`[snapshot] ${file} not found and CMS_URL not set`)
  console.warn(`[snapshot] ${file} not found and CMS_URL not set: building from the TEST FIXTURE ${fixture}`)
  internalHandoff.setSnapshotFile(fixture)
  return JSON.parse(readFileSync(fixture, 'utf8')) as SiteSnapshot
}

async function getJson<T>(url: string): Promise<T | null> {
  const res = await fetch(url, { headers: { accept: 'application/json' } })
  if (res.status === 404) return null
  if (!res.ok) throw new Error(`[snapshot] GET ${url} → ${res.status}`)
  return (await res.json()) as T
}

type Stats = {
  lectures?: Record<string, { seatsLeft?: number | null; waitlistCount?: number }>
  consultations?: Record<string, { participants?: number; opinionCount?: number }>
}

/** Anonymous REST reads return published documents only. */
export async function fetchSnapshot(cms: string): Promise<SiteSnapshot> {
  const list = async <T>(slug: string, query = 'depth=1') => (await getJson<{ docs: T[] }>(`${cms}${apiRoutes.collection(slug)}?limit=0&${query}`))?.docs ?? []
  const c = snapshotCollections
  const [settings, synonyms, news, explainers, lectures, squareEvents, recaps, consultations, collectionPoints, stats, laws] = await Promise.all([
    getJson<SiteSnapshot['settings']>(`${cms}${apiRoutes.global('site-settings')}`),
    getJson<{ entries?: SiteSnapshot['synonyms'] }>(`${cms}${apiRoutes.global('search-synonyms')}`),
    list<SiteSnapshot['news'][number]>(c.news),
    list<SiteSnapshot['explainers'][number]>(c.explainers),
    list<PublicLecture>(c.lectures),
    list<SiteSnapshot['squareEvents'][number]>(c.squareEvents),
    list<SiteSnapshot['recaps'][number]>(c.recaps),
    list<PublicConsultation>(c.consultations),
    list<PublicCollectionPoint>(c.collectionPoints),
    getJson<Stats>(`${cms}${apiRoutes.stats}`).catch(() => null),
    fetchLaws(list),
  ])
  // The site's name and contact details are what staff set in the CMS, never a default in code.
  if (!settings) throw new Error(`[snapshot] ${cms}${apiRoutes.global('site-settings')} not found: the CMS has no site settings`)
  return {
    generatedAt: new Date().toISOString(),
    settings,
    synonyms: synonyms?.entries ?? [],
    news,
    explainers,
    laws,
    lectures: lectures.map((l) => ({
      ...l,
      citedArticles: cited(l.citedArticles),
      seatsLeft: stats?.lectures?.[String(l.id)]?.seatsLeft ?? null,
      waitlistCount: stats?.lectures?.[String(l.id)]?.waitlistCount ?? 0,
    })),
    squareEvents,
    recaps,
    consultations: consultations.map((k) => ({
      ...k,
      citedArticles: cited(k.citedArticles),
      participants: stats?.consultations?.[String(k.id)]?.participants ?? 0,
      opinionCount: stats?.consultations?.[String(k.id)]?.opinionCount ?? 0,
    })),
    collectionPoints,
  }
}

/** Cited articles as REST sends them (the law as a relation, its key beside it): the snapshot keeps the key. */
const cited = (list: { lawKey?: string | null; articles?: number[] | null }[] | null | undefined) =>
  (list ?? []).flatMap((c) => (c.lawKey ? [{ lawKey: c.lawKey, articles: c.articles ?? [] }] : []))

type LibraryArticle = SiteSnapshot['laws'][number]['articles'][number] & { law: number | { id: number }; position?: number | null }

/** The library over REST: the laws, and their articles (a collection of their own) nested in them, in order. */
async function fetchLaws(list: <T>(slug: string, query?: string) => Promise<T[]>): Promise<SiteSnapshot['laws']> {
  const [laws, articles] = await Promise.all([
    list<Omit<SiteSnapshot['laws'][number], 'articles'> & { articleList?: unknown; imports?: unknown }>('laws', 'depth=0'),
    list<LibraryArticle>('law-articles', 'depth=0&sort=position'),
  ])
  const byLaw = new Map<number, SiteSnapshot['laws'][number]['articles']>()
  for (const { law, position: _p, ...article } of articles) {
    const id = typeof law === 'number' ? law : law.id
    const list = byLaw.get(id)
    if (list) list.push(article)
    else byLaw.set(id, [article])
  }
  // The join of its articles and the import log are the admin's, not the site's.
  return laws.map(({ articleList: _a, imports: _i, ...law }) => ({ ...law, articles: byLaw.get(law.id) ?? [] }))
}

/** Drops what must never be published, whatever the source sent: drafts and personal fields. */
export function sanitize(s: SiteSnapshot): SiteSnapshot {
  const out = { ...s }
  for (const [key, collection] of Object.entries(snapshotCollections) as [keyof typeof snapshotCollections, string][]) {
    const docs = (s[key] ?? []) as { _status?: string | null }[]
    out[key] = docs.filter((d) => d._status !== 'draft').map((d) => stripPersonal(collection, d)) as never
  }
  // Uploads populated inside documents (a preview reads them as staff, with their uploader): their personal fields too.
  for (const media of collectMedia(out)) for (const f of personalFields('media')) delete (media as Record<string, unknown>)[f]
  // A recap's review state is staff workflow, not content.
  out.recaps = out.recaps.map((r) => {
    const { reviewState: _r, ...rest } = r as typeof r & { reviewState?: unknown }
    return rest
  })
  return out
}
