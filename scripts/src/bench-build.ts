/**
 * npm run bench:build [-- --docs 10000 --edit-docs 1000 --photos 120 --no-stock]
 * npm run bench:build -- --library [--photos 120] [--no-stock]
 *
 * --library: part 2 only, on the whole library of ../shared/laws/ (about 300 laws, 22,000 articles) and
 * 1,000 news items.
 *
 * Publish-to-live on real content: whole laws from ../shared/laws/ imported into the law library with the
 * staff's importer (about 95 % of the documents are articles, each its own page), explainers on every 50th
 * article and 5 % news, in a fresh SQLite database; then, through the CMS's own pipeline (site-builds row →
 * Payload job → snapshot → Astro + search index → validation → atomic switch):
 *   1. the first publish of an EDIT_DOCS-document site, then one article corrected (update → live);
 *   2. the first publish of a DOCS-document site (cold: a fresh builds folder, no caches, no previous
 *      build to link from), then the same again unchanged, then one edit;
 *   3. the same content with stock tools: `astro build` without our integration, then the
 *      `pagefind` CLI.
 * Media: PHOTOS phone-camera pictures (2400×1600 JPEG) uploaded through Payload (which makes the site's sizes),
 * in recaps of twelve photos each and as news covers; after each edit of an article, one photo is replaced and
 * published (update → live).
 * Wall time and peak memory (RSS summed over the process tree, sampled every 200 ms) for each.
 * Prints a Markdown table to paste into docs/benchmarks.md.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { explainers, lawFolder, news } from './lib/bench-corpus'
import { benchPhoto } from './lib/bench-photos'
import { env } from './lib/env'
import { repoRoot } from './lib/processes'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const DOCS = arg('docs', 10_000)
const EDIT_DOCS = Math.min(arg('edit-docs', 1000), DOCS)
const STOCK = !process.argv.includes('--no-stock')
const LIBRARY = process.argv.includes('--library')
const PHOTOS = arg('photos', 120)

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-bench-'))
// The CMS's configuration for this run. Set before the CMS modules are imported: the CMS reads its
// environment once, at import (cms/src/env.ts), so nothing set later reaches it.
const buildsDir = path.join(work, 'site-builds')
process.env.DATABASE_URL = `file:${path.join(work, 'bench.db')}`
process.env.SITE_BUILDS_DIR = buildsDir
process.env.JOBS_AUTORUN = 'false'
process.env.MEDIA_DIR = path.join(work, 'media')
process.env.PAYLOAD_SECRET ??= 'bench-secret'

const { localPayload } = await import('@lawpoint/cms/lib/localPayload')
const { requestBuild } = await import('@lawpoint/cms/publishing/queue')
const { stopWarmServer } = await import('@lawpoint/cms/publishing/warm')
const { exportSnapshot } = await import('@lawpoint/cms/publishing/snapshot')
const { importLaws } = await import('@lawpoint/cms/lawLibrary/import')

// ---- memory: RSS of this process and all its descendants ----
function treeRss(root = process.pid): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const status = fs.readFileSync(`/proc/${d}/status`, 'utf8')
      rss.set(Number(d), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024)
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)])
    } catch {
      /* gone */
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length) {
    const p = stack.pop()!
    total += rss.get(p) ?? 0
    stack.push(...(children.get(p) ?? []))
  }
  return total
}

type Measured<T> = { label: string; seconds: number; peakMB: number; buildPeakMB: number; baseMB: number; result: T }
async function measure<T>(label: string, work: () => Promise<T>): Promise<Measured<T>> {
  const baseMB = treeRss() / 2 ** 20
  let peak = 0
  // The build processes alone (the warm build server or astro build): the tree without this process (the CMS).
  let buildPeak = 0
  const timer = setInterval(() => {
    const tree = treeRss()
    peak = Math.max(peak, tree)
    buildPeak = Math.max(buildPeak, tree - process.memoryUsage.rss())
  }, 200)
  const t = performance.now()
  try {
    const result = await work()
    const seconds = (performance.now() - t) / 1000
    console.log(`✔ ${label}: ${seconds.toFixed(1)} s, peak ${(peak / 2 ** 20).toFixed(0)} MB (build processes ${(buildPeak / 2 ** 20).toFixed(0)} MB)`)
    return { label, seconds, peakMB: peak / 2 ** 20, buildPeakMB: buildPeak / 2 ** 20, baseMB, result }
  } finally {
    clearInterval(timer)
  }
}

const run = (cmd: string, args: string[], cwd: string, extraEnv: Record<string, string | undefined> = {}) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} → ${code}`))))
  })

// ---- content ----
const payload = await localPayload()
/** Title → key of every law imported so far (explainers need the library's keys). */
const keyOf = new Map<string, string>()
let loadedNews = 0
const loadedExplainers = new Set<string>()
/** Whole laws until about 95 % of `total` are articles (all of them for Infinity), 5 % news, explainers on every 50th article. */
async function loadUpTo(total: number) {
  const t = performance.now()
  const { folder } = lawFolder(Number.isFinite(total) ? total * 0.95 : Infinity, path.join(work, 'laws'))
  const imported = await importLaws(payload, folder, { queueBuild: false, by: '基准测试' })
  for (const l of imported.laws) if (l.key) keyOf.set(l.title, l.key)
  const ctx = { skipSiteBuild: true }
  const wantNews = Number.isFinite(total) ? Math.round(total * 0.05) : 1000
  const items = news(wantNews)
  for (; loadedNews < wantNews; loadedNews++) await payload.create({ collection: 'news', data: items[loadedNews] as never, context: ctx, depth: 0 })
  for (const e of explainers(folder, keyOf)) {
    if (loadedExplainers.has(e.slug)) continue
    loadedExplainers.add(e.slug)
    await payload.create({ collection: 'law-explainers', data: e as never, context: ctx, depth: 0 })
  }
  const articles = (await payload.count({ collection: 'law-articles' })).totalDocs
  console.log(`已载入 ${keyOf.size} 部法律 ${articles} 条法条 + ${loadedExplainers.size} 条解读 + ${loadedNews} 条新闻（${((performance.now() - t) / 1000).toFixed(0)} 秒）`)
  return articles + loadedExplainers.size + loadedNews
}

const photoIds: (number | string)[] = []
/** PHOTOS pictures: recaps of twelve, the rest as covers of the first news items. Once. */
async function loadPhotos() {
  if (photoIds.length || !PHOTOS) return
  const t = performance.now()
  const ctx = { skipSiteBuild: true }
  for (let i = 0; i < PHOTOS; i++) {
    const data = await benchPhoto(i)
    const doc = await payload.create({ collection: 'media', data: { alt: `基准测试照片 ${i + 1}：活动现场` }, file: { data, mimetype: 'image/jpeg', name: `bench-${i + 1}.jpg`, size: data.length }, context: ctx, depth: 0 })
    photoIds.push(doc.id)
  }
  const recaps = Math.floor(PHOTOS / 12)
  for (let r = 0; r < recaps; r++)
    await payload.create({ collection: 'recaps', data: { title: `基准测试活动回顾 ${r + 1}`, slug: `bench-recap-${r + 1}`, _status: 'published', body: news(1)[0]!.body, gallery: photoIds.slice(r * 12, r * 12 + 12) } as never, context: ctx, depth: 0, overrideAccess: true })
  const covers = photoIds.slice(recaps * 12)
  // (limit 0 would mean every news item)
  const { docs } = covers.length ? await payload.find({ collection: 'news', limit: covers.length, depth: 0, sort: 'id' }) : { docs: [] }
  for (const [i, n] of docs.entries()) await payload.update({ collection: 'news', id: n.id, data: { cover: covers[i] } as never, context: ctx, depth: 0 })
  const mb = fs.readdirSync(process.env.MEDIA_DIR!).reduce((sum, f) => sum + fs.statSync(path.join(process.env.MEDIA_DIR!, f)).size, 0) / 2 ** 20
  console.log(`已上传 ${PHOTOS} 张照片（${recaps} 篇十二图活动回顾，${docs.length} 张新闻封面；连同 CMS 生成的尺寸共 ${mb.toFixed(0)} MB，${((performance.now() - t) / 1000).toFixed(0)} 秒）`)
}

/** One photo of a recap replaced by staff (a new file on the same media document): its sizes are made again. */
let replaced = 0
const replacePhoto = async (label: string) => {
  if (!photoIds.length) return
  const id = photoIds[1]!
  const data = await benchPhoto(10_000 + ++replaced)
  results.push(
    await measure(`${label}：更换活动回顾中的 1 张照片后上线（含 ${env.SITE_BUILD_DEBOUNCE_MS} ms 去抖）`, async () => {
      const before = new Date().toISOString()
      await payload.update({ collection: 'media', id, data: {}, file: { data, mimetype: 'image/jpeg', name: `bench-replaced-${replaced}.jpg`, size: data.length }, depth: 0 })
      const { docs } = await payload.find({ collection: 'site-builds', where: { requestedAt: { greater_than_equal: before } }, limit: 1, depth: 0 })
      if (!docs[0]) throw new Error('更换照片后没有排队发布')
      return waitBuilt(docs[0].id)
    }),
  )
}

async function waitBuilt(id: number | string) {
  for (;;) {
    const b = await payload.findByID({ collection: 'site-builds', id, depth: 0 })
    if (b.status === 'failed') throw new Error(`构建失败：${b.error}`)
    if (b.status === 'live' || b.status === 'superseded') return b
    await new Promise((r) => setTimeout(r, 100))
  }
}

const publish = async () => waitBuilt(await requestBuild(payload, { action: '基准测试发布' }, { immediate: true }))

const results: Awaited<ReturnType<typeof measure>>[] = []

/** One article corrected and published as an editor would: the hook queues the build, debounce included. */
const editOne = async (label: string) => {
  const target = (await payload.find({ collection: 'law-articles', where: { label: { equals: '第一千一百六十五条' } }, limit: 1, depth: 0 })).docs[0]!
  return measure(`${label}：更正 1 条法条后上线（含 ${env.SITE_BUILD_DEBOUNCE_MS} ms 去抖）`, async () => {
    const before = new Date().toISOString()
    await payload.update({ collection: 'law-articles', id: target.id, data: { text: `${target.text}（校对）` } })
    const { docs } = await payload.find({ collection: 'site-builds', where: { requestedAt: { greater_than_equal: before } }, limit: 1, depth: 0 })
    if (!docs[0]) throw new Error('更正法条后没有排队发布')
    return waitBuilt(docs[0].id)
  })
}
const docsLabel = (n: number) => `${n.toLocaleString('en')} 篇${LIBRARY ? '（全库）' : ''}`

// 1. EDIT_DOCS site: first publish, then one edit (not for --library).
if (!LIBRARY) {
  const n = await loadUpTo(EDIT_DOCS)
  await loadPhotos()
  results.push(await measure(`${docsLabel(n)}：首次发布`, publish))
  results.push(await editOne(docsLabel(n)))
  await replacePhoto(docsLabel(n))
}

// 2. DOCS site (or the whole library), cold, then unchanged, then one edit.
if (LIBRARY || DOCS > EDIT_DOCS) {
  const n = await loadUpTo(LIBRARY ? Infinity : DOCS)
  await loadPhotos()
  // Truly cold: an empty builds folder, so no caches and no previous build to link pages from. The CMS keeps
  // the folder it read at import, so the first part's builds are moved aside (kept with BENCH_KEEP).
  if (fs.existsSync(buildsDir)) fs.renameSync(buildsDir, path.join(work, `site-builds-${EDIT_DOCS}`))
  // And a new build process: the warm one of the first part holds its bundle and the texts of its pages.
  stopWarmServer()
  results.push(await measure(`${docsLabel(n)}：发布（冷，无缓存）`, publish))
  results.push(await measure(`${docsLabel(n)}：不改内容再发布一次（有缓存）`, publish))
  results.push(await editOne(docsLabel(n)))
  await replacePhoto(docsLabel(n))
}

// 3. Stock tools on the same content.
if (STOCK) {
  const snapshotFile = path.join(work, 'snapshot.json')
  fs.writeFileSync(snapshotFile, JSON.stringify(await exportSnapshot(payload)))
  const out = path.join(work, 'stock-dist')
  const site = path.join(repoRoot, 'site')
  const stockEnv = { SNAPSHOT_FILE: snapshotFile, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(work, 'stock-cache'), NODE_ENV: 'production' }
  results.push(
    await measure(`同一内容：stock astro build`, () =>
      run(process.execPath, [path.join(repoRoot, 'node_modules/astro/astro.js'), 'build', '--config', '../scripts/src/bench/astro.stock.config.mjs'], site, stockEnv),
    ),
  )
  results.push(
    await measure(`同一内容：stock pagefind CLI`, () =>
      run(process.execPath, [path.join(repoRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', out, '--force-language', 'zh-cn'], site),
    ),
  )
}

console.log(`\n机器：${os.cpus().length} 核，${(os.totalmem() / 2 ** 30).toFixed(0)} GB，Node ${process.versions.node}；负载 ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`)
console.log('\n| 场景 | 用时 | 峰值内存（进程树 RSS） | 其中构建进程 | 开始时的进程树（含空闲的热构建进程） |\n|---|---|---|---|---|')
for (const r of results) console.log(`| ${r.label} | ${r.seconds.toFixed(1)} s | ${r.peakMB.toFixed(0)} MB | ${r.buildPeakMB.toFixed(0)} MB | ${r.baseMB.toFixed(0)} MB |`)
await payload.destroy()
if (!env.BENCH_KEEP) fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
