/**
 * Incremental publishing: after one edit, only that page is rendered again; the others are the previous
 * build's files (hard links), a removed document's page is gone, and the sitemap and search index still
 * cover every page.
 */
import { readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteSnapshot } from '@lawpoint/content-types'
import { buildFixtureSite, siteRoot } from './build-site'

let first = ''
let second = ''
let edited: SiteSnapshot['explainers'][number]
let removed: SiteSnapshot['news'][number]
let unchanged = ''
const tmpSnapshot = join(siteRoot, 'test/fixtures/.snapshot-incremental.json')
const page = (dist: string, url: string) => join(dist, url, 'index.html')

beforeAll(async () => {
  first = await buildFixtureSite()
  const snapshot = JSON.parse(readFileSync(join(siteRoot, 'test/fixtures/snapshot.json'), 'utf8')) as SiteSnapshot
  const civil = snapshot.explainers.filter((e) => e.lawKey === 'civil-code')
  edited = civil[0]!
  unchanged = `/civil-code/${civil.find((e) => e.articleNumber !== edited.articleNumber && !(edited.relatedArticles ?? []).includes(e.articleNumber))!.articleNumber}/`
  edited.title = `${edited.title}（增量发布测试）`
  removed = snapshot.news.pop()!
  writeFileSync(tmpSnapshot, JSON.stringify(snapshot))
  second = await buildFixtureSite({ SNAPSHOT_FILE: tmpSnapshot, PREVIOUS_DIST: first })
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

  it('indexes linked pages for search too', () => {
    const manifest = JSON.parse(readFileSync(join(second, '_lawpoint/pages.json'), 'utf8')) as Record<string, string>
    expect(Object.keys(manifest)).toContain(unchanged)
    expect(readFileSync(join(second, 'pagefind/pagefind-entry.json'), 'utf8')).toMatch(/"page_count":\s*\d+/)
    const pages = (d: string) => (JSON.parse(readFileSync(join(d, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages
    const total = (d: string) => Object.values(pages(d)).reduce((n, l) => n + l.page_count, 0)
    expect(total(second)).toBe(total(first) - 1)
  })
})
