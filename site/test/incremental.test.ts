/**
 * Incremental publishing: after one edit, only that page is rendered again; the others are the previous
 * build's files (hard links), a removed document's page is gone, and the sitemap and search index still
 * cover every page.
 */
import { readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteSnapshot } from '@lawpoint/content-types'
import { loadPagefind } from '../src/lib/search/pagefind-node'
import { buildFixtureSite, siteRoot } from './build-site'
import { htmlPages } from '../src/integrations/search-index/indexer'

let first = ''
let second = ''
let edited: SiteSnapshot['explainers'][number]
let removed: SiteSnapshot['news'][number]
let unchanged = ''
const tmpSnapshot = join(siteRoot, 'test/fixtures/.snapshot-incremental.json')
const page = (dist: string, url: string) => join(dist, url, 'index.html')

// The fixture is small: shard its search index anyway, a few pages per shard.
const shardEnv = { PAGEFIND_SHARD_FROM: '1', PAGEFIND_SHARD_PAGES: '2' }
type Shards = { shards: { path: string; pages: number }[] }
const shardsOf = (dist: string) => JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as Shards
const entry = (dist: string, bundle: string) => join(dist, bundle, 'pagefind-entry.json')
/** Pages in the main bundle and all shards, as Pagefind counts them. */
const indexedPages = (d: string) =>
  ['/pagefind/', ...shardsOf(d).shards.map((s) => s.path)].reduce((n, b) => n + Object.values((JSON.parse(readFileSync(entry(d, b), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).reduce((m, l) => m + l.page_count, 0), 0)

beforeAll(async () => {
  first = await buildFixtureSite(shardEnv)
  const snapshot = JSON.parse(readFileSync(join(siteRoot, 'test/fixtures/snapshot.json'), 'utf8')) as SiteSnapshot
  const civil = snapshot.explainers.filter((e) => e.lawKey === 'civil-code')
  edited = civil[0]!
  unchanged = `/civil-code/${civil.find((e) => e.articleNumber !== edited.articleNumber && !(edited.relatedArticles ?? []).includes(e.articleNumber))!.articleNumber}/`
  edited.title = `${edited.title}（增量发布测试 Qzincremental）`
  removed = snapshot.news.pop()!
  writeFileSync(tmpSnapshot, JSON.stringify(snapshot))
  second = await buildFixtureSite({ ...shardEnv, SNAPSHOT_FILE: tmpSnapshot, PREVIOUS_DIST: first })
}, 300_000)

afterAll(() => {
  rmSync(tmpSnapshot, { force: true })
  for (const d of [first, second]) if (d) rmSync(dirname(d), { recursive: true, force: true })
})

describe('incremental build', () => {
  it('renders the edited page again and links the unchanged ones from the previous build', () => {
    const url = `/civil-code/${edited.articleNumber}/`
    expect(readFileSync(page(second, url), 'utf8')).toContain('增量发布测试')
    expect(statSync(page(second, url)).ino).not.toBe(statSync(page(first, url)).ino)
    const other = unchanged
    expect(readFileSync(page(second, other), 'utf8')).toBe(readFileSync(page(first, other), 'utf8'))
    expect(statSync(page(second, other)).ino).toBe(statSync(page(first, other)).ino)
  })

  it('drops the page of a removed document and lists every remaining page in the sitemap', () => {
    expect(existsSync(page(first, `/news/${removed.slug}/`))).toBe(true)
    expect(existsSync(page(second, `/news/${removed.slug}/`))).toBe(false)
    const sitemap = readFileSync(join(second, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain(unchanged)
    expect(sitemap).toContain(`/civil-code/${edited.articleNumber}/`)
    expect(sitemap).not.toContain(`/news/${removed.slug}/`)
    const count = (s: string) => (s.match(/<loc>/g) ?? []).length
    expect(count(sitemap)).toBe(count(readFileSync(join(first, 'sitemap-0.xml'), 'utf8')) - 1)
  })

  it('indexes every page with searchable content exactly once, in both builds', () => {
    // Pages reach Pagefind while they render (and, unchanged, from the previous build's files): none may be
    // missed or read twice.
    const searchable = (d: string) => [...htmlPages(d).values()].filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body')).length
    for (const d of [first, second]) expect(indexedPages(d)).toBe(searchable(d))
    // Shards are per route: the explainers of the Civil Code and the news each have their own.
    const paths = shardsOf(first).shards.map((s) => s.path)
    expect(paths.some((p) => p.startsWith('/pagefind-shards/civil-code-'))).toBe(true)
    expect(paths.some((p) => p.startsWith('/pagefind-shards/news-'))).toBe(true)
  })

  it('re-indexes only the search shards with changed pages, and finds the edit across shards', async () => {
    const shards = shardsOf(second).shards
    expect(shards.length).toBeGreaterThan(2)
    const relinked = shards.filter((s) => statSync(entry(second, s.path)).ino === statSync(entry(first, s.path)).ino)
    // The edited explainer's shard and the removed news item's shard are new; the others are the previous files.
    expect(relinked.length).toBeGreaterThanOrEqual(shards.length - 2)
    expect(relinked.length).toBeLessThan(shards.length)
    expect(indexedPages(second)).toBe(indexedPages(first) - 1)

    const realFetch = globalThis.fetch
    try {
      const pf = await loadPagefind(join(second, 'pagefind'))
      const found = await pf.search('qzincremental')
      const urls = await Promise.all((found?.results ?? []).map(async (r) => (await r.data()).url))
      expect(urls).toEqual([`/civil-code/${edited.articleNumber}/`])
      const other = await pf.search('qzincremental', { filters: { type: '新闻' } })
      expect(other?.results ?? []).toHaveLength(0)
    } finally {
      globalThis.fetch = realFetch
    }
  })
})
