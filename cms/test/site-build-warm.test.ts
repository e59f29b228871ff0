/**
 * The warm build server (site/src/build-server.mjs) against a cold `astro build`: after edits published one after
 * another through the runner (a document corrected, one removed, one added, a photo's alt text fixed, another
 * document corrected: its search index patched), the live site is byte for byte what a cold build of the same
 * content writes — every page, the search index, the sitemap, the media — while only the changed pages were
 * rendered, without Astro starting again.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteSnapshot } from '@lawpoint/content-types'

const siteRoot = path.resolve(__dirname, '../../site')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-warm-'))
// The CMS reads its settings once, at import: these must be set before the runner is loaded.
process.env.MEDIA_DIR = path.join(siteRoot, 'test/fixtures/media')
process.env.SITE_NOW = '2026-11-28T10:00:00+08:00'
process.env.SITE_URL = 'https://lifa.jianghai.example'

const fixture = () => JSON.parse(fs.readFileSync(path.join(siteRoot, 'test/fixtures/snapshot.json'), 'utf8')) as SiteSnapshot
type Runner = typeof import('../src/publishing/runner')
let runner: Runner
let stopWarmServer: () => void

/** Every file under dir, relative path → bytes. */
function tree(dir: string, out = new Map<string, Buffer>(), base = dir): Map<string, Buffer> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name)
    if (e.isDirectory()) tree(f, out, base)
    else out.set(path.relative(base, f), fs.readFileSync(f))
  }
  return out
}

const edits: ((s: SiteSnapshot) => void)[] = [
  (s) => {
    s.explainers[0]!.title = `${s.explainers[0]!.title}（热构建更正）`
  },
  (s) => {
    s.news.pop()
    const photo = s.recaps[0]!.gallery![1] as { alt: string }
    photo.alt = `${photo.alt}（已更正）`
  },
  (s) => {
    s.news.unshift({ ...s.news[0]!, id: 9901, slug: 'warm-build-new-item', title: '热构建新增的一条新闻' })
  },
  // Last, so that the comparison with the cold build below covers a patched search index.
  (s) => {
    s.explainers[1]!.title = `${s.explainers[1]!.title}（再次更正）`
  },
]

const warmBuilds: Awaited<ReturnType<Runner['runSiteBuild']>>[] = []
let cold: Awaited<ReturnType<Runner['runSiteBuild']>>
let final: SiteSnapshot

beforeAll(async () => {
  runner = await import('../src/publishing/runner')
  stopWarmServer = (await import('../src/publishing/warm')).stopWarmServer
  const snapshot = fixture()
  warmBuilds.push(await runner.runSiteBuild({ snapshot: structuredClone(snapshot), root: path.join(work, 'warm') }))
  for (const edit of edits) {
    edit(snapshot)
    warmBuilds.push(await runner.runSiteBuild({ snapshot: structuredClone(snapshot), root: path.join(work, 'warm') }))
  }
  final = snapshot
  const astro = path.join(siteRoot, '../node_modules/astro/astro.js')
  cold = await runner.runSiteBuild({ snapshot: structuredClone(snapshot), root: path.join(work, 'cold'), command: `"${process.execPath}" "${astro}" build` })
}, 600_000)

afterAll(() => {
  stopWarmServer?.()
  fs.rmSync(work, { recursive: true, force: true })
})

const log = (b: { dir: string }) => fs.readFileSync(path.join(b.dir, 'build.log'), 'utf8')

describe('warm builds', () => {
  it('publish every edit, each after the first without starting Astro or bundling again', () => {
    for (const b of [...warmBuilds, cold]) expect(b.ok, b.error).toBe(true)
    for (const b of warmBuilds) expect(log(b)).not.toContain('热构建失败')
    for (const b of warmBuilds.slice(1)) {
      expect(log(b)).not.toMatch(/Syncing content|Building static entrypoints/)
      expect(log(b)).toMatch(/rendered \d+ changed pages, linked \d+ unchanged pages/)
    }
    expect(log(warmBuilds[0]!)).toContain('Building static entrypoints')
    // The page list stayed the same in the first and last edits: their search index was patched, not rebuilt.
    for (const b of [warmBuilds[1]!, warmBuilds.at(-1)!]) expect(log(b)).toMatch(/patched: [1-9]\d* pages changed/)
    for (const b of [warmBuilds[2]!, warmBuilds[3]!]) expect(log(b)).not.toMatch(/patched:/)
    // The index takes its page list from the incremental step, never from a walk of the output.
    for (const b of warmBuilds) expect(log(b)).toContain("the build's page list")
  })

  it('show the edits on the live site', () => {
    const live = path.join(work, 'warm', 'live')
    const page = (url: string) => fs.readFileSync(path.join(live, url, 'index.html'), 'utf8')
    expect(page(`/civil-code/${final.explainers[0]!.articleNumber}/`)).toContain('热构建更正')
    expect(page('/news/warm-build-new-item/')).toContain('热构建新增的一条新闻')
    expect(page('/')).toContain('热构建新增的一条新闻')
    expect(page(`/civil-code/${final.explainers[1]!.articleNumber}/`)).toContain('再次更正')
    expect(fs.existsSync(path.join(live, `/news/${fixture().news.at(-1)!.slug}/index.html`))).toBe(false)
  })

  it('write the same site as a cold build of the same content, file for file and byte for byte', () => {
    const warm = tree(fs.realpathSync(path.join(work, 'warm', 'live')))
    const fresh = tree(fs.realpathSync(path.join(work, 'cold', 'live')))
    expect([...warm.keys()].sort()).toEqual([...fresh.keys()].sort())
    const different = [...warm].filter(([name, bytes]) => !bytes.equals(fresh.get(name)!)).map(([name]) => name)
    expect(different).toEqual([])
    // Pages, index, sitemap and media are all there to compare.
    for (const file of ['index.html', 'search/manifest.json', 'sitemap-0.xml', '_lawpoint/pages.json']) expect(warm.has(file), file).toBe(true)
    expect([...warm.keys()].filter((f) => f.startsWith('media/')).length).toBeGreaterThan(40)
  })

  it('refuse a snapshot that does not match the shared schemas, and leave the live site as it was', async () => {
    const live = fs.realpathSync(path.join(work, 'warm', 'live'))
    const broken = structuredClone(final)
    ;(broken.news[0] as { slug: unknown }).slug = 42
    const outcome = await runner.runSiteBuild({ snapshot: broken, root: path.join(work, 'warm') })
    expect(outcome.ok).toBe(false)
    expect(log(outcome)).toMatch(/news → \d+ does not match the snapshot schema/)
    expect(fs.realpathSync(path.join(work, 'warm', 'live'))).toBe(live)
  }, 120_000)
})
