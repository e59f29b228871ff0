/**
 * Incremental publishing: after one edit, only that page is rendered again; the others are the previous
 * build's files (hard links), a removed document's page is gone, and the sitemap and search index still
 * cover every page. The search index of the incremental build (unchanged pages' text from the cache) is byte
 * for byte the one a cold build of the same content writes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteSnapshot } from '@lawpoint/content-types'
import { extractPage } from '../src/lib/search/extract'
import { htmlPages, loadLocalIndex } from '../src/lib/search/local'
import { runSearch } from '../src/lib/search/run'
import { buildFixtureSite, siteRoot } from './build-site'

let first = ''
let second = ''
let cold = ''
let edited: SiteSnapshot['explainers'][number]
let removed: SiteSnapshot['news'][number]
let unchanged = ''
const tmpSnapshot = join(siteRoot, 'test/fixtures/.snapshot-incremental.json')
const page = (dist: string, url: string) => join(dist, url, 'index.html')

// The search's text cache lives in Astro's cache folder: the incremental build gets the first build's.
const cacheDir = mkdtempSync(join(tmpdir(), 'lawpoint-site-cache-'))
/** Every file of the search output, relative path → bytes. */
function searchFiles(dist: string, dir = join(dist, 'search'), out = new Map<string, Buffer>()) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const f = join(dir, e.name)
    if (e.isDirectory()) searchFiles(dist, f, out)
    else if (e.name !== 'index.html') out.set(relative(dist, f), readFileSync(f))
  }
  return out
}
const manifestOf = (dist: string) => JSON.parse(readFileSync(join(dist, 'search/manifest.json'), 'utf8')) as { pages: number }

beforeAll(async () => {
  first = await buildFixtureSite({ ASTRO_CACHE_DIR: cacheDir })
  const snapshot = JSON.parse(readFileSync(join(siteRoot, 'test/fixtures/snapshot.json'), 'utf8')) as SiteSnapshot
  const civil = snapshot.explainers.filter((e) => e.lawKey === 'civil-code')
  edited = civil[0]!
  unchanged = `/civil-code/${civil.find((e) => e.articleNumber !== edited.articleNumber && !(edited.relatedArticles ?? []).includes(e.articleNumber))!.articleNumber}/`
  edited.title = `${edited.title}（增量发布测试 Qzincremental）`
  removed = snapshot.news.pop()!
  // Staff correct one photo's alt text: the pages showing it change, its file does not.
  const photo = snapshot.recaps[0]!.gallery![1] as { alt: string }
  photo.alt = `${photo.alt}（已更正）`
  writeFileSync(tmpSnapshot, JSON.stringify(snapshot))
  second = await buildFixtureSite({ SNAPSHOT_FILE: tmpSnapshot, PREVIOUS_DIST: first, ASTRO_CACHE_DIR: cacheDir })
  cold = await buildFixtureSite({ SNAPSHOT_FILE: tmpSnapshot })
}, 450_000)

afterAll(() => {
  rmSync(tmpSnapshot, { force: true })
  for (const d of [first, second, cold]) if (d) rmSync(dirname(d), { recursive: true, force: true })
  rmSync(cacheDir, { recursive: true, force: true })
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

  it('indexes every page with a searchable area exactly once, in both builds', () => {
    const searchable = (d: string) => [...htmlPages(d).values()].filter((f) => extractPage(readFileSync(f))).length
    for (const d of [first, second]) expect(manifestOf(d).pages).toBe(searchable(d))
    expect(manifestOf(second).pages).toBe(manifestOf(first).pages - 1)
  })

  it('writes the same search index as a cold build of the same content, byte for byte', () => {
    const [inc, fresh] = [searchFiles(second), searchFiles(cold)]
    expect([...inc.keys()].sort()).toEqual([...fresh.keys()].sort())
    for (const [name, bytes] of inc) expect(bytes.equals(fresh.get(name)!), name).toBe(true)
  })

  it('publishes the same media files as a cold build, the unchanged ones linked, not processed again', () => {
    const media = (d: string) => new Map(readdirSync(join(d, 'media')).map((f) => [f, readFileSync(join(d, 'media', f))]))
    const [inc, fresh] = [media(second), media(cold)]
    // 16 images in three sizes each and 2 PDFs, less the cover of the removed news item: it leaves with its page.
    expect(inc.size).toBe(50 - 3)
    expect(readdirSync(join(first, 'media'))).toHaveLength(50)
    expect([...inc.keys()].sort()).toEqual([...fresh.keys()].sort())
    for (const [name, bytes] of inc) expect(bytes.equals(fresh.get(name)!), name).toBe(true)
    for (const name of inc.keys()) expect(statSync(join(second, 'media', name)).ino, name).toBe(statSync(join(first, 'media', name)).ino)
    expect(readFileSync(page(second, '/recaps/recap-high-altitude-objects/'), 'utf8')).toContain('居民坐满社区多功能厅听讲（已更正）')
  })

  it('finds the edit, and only with its kind', async () => {
    const index = await loadLocalIndex(second)
    expect((await runSearch(index, '增量发布测试')).hits.map((h) => h.url)).toEqual([`/civil-code/${edited.articleNumber}/`])
    expect((await runSearch(index, 'Qzincremental', { filters: { type: '新闻' } })).hits).toHaveLength(0)
    expect((await runSearch(index, removed.title)).hits.map((h) => h.url)).not.toContain(`/news/${removed.slug}/`)
  })
})
