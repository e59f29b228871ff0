/**
 * npm run bench:site [-- --runs 5] [-- --pages search,recap] — the public site's budgets, measured on the built site (site/dist, or SITE_DIR):
 *  - bytes transferred for an article page with an explainer, one without, and the Civil Code's table of
 *    contents (HTML + CSS + JS each loads; raw and gzip, as nginx would send);
 *  - the same for the recap with the most photos (the fixture's has twelve), its images counted apart: each
 *    image loaded at phone width, largest file (budget ≤ 120 KB each);
 *  - Lighthouse 12 mobile performance, accessibility and layout shift (Debian chromium) on the home, article
 *    (with and without an explainer), table of contents, lecture, consultation, recap and search pages;
 *  - time to the first search result after the index has loaded: our search, through the page, as a
 *    resident types (the comparison with stock Pagefind on the same pages: npm run search:eval -- --browser).
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { env, siteDist } from './lib/env'
import { createSiteServer } from './serve-site'

const chromePath = env.CHROMIUM_PATH
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const dir = env.SITE_DIR ?? siteDist
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`没有找到已构建的网站 ${dir}：先运行 npm run build:site（或设置 SITE_DIR）`)
  process.exit(1)
}
/** A detail page of a section that carries a form (a lecture with sign-up, an open consultation). */
const firstPage = (section: string) => {
  const utility = new Set(['cancel', 'cancelled', 'result'])
  const sub = fs
    .readdirSync(path.join(dir, section), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !utility.has(d.name) && fs.existsSync(path.join(dir, section, d.name, 'index.html')))
    .find((d) => fs.readFileSync(path.join(dir, section, d.name, 'index.html'), 'utf8').includes('<form'))
  return sub ? `/${section}/${sub.name}/` : `/${section}/`
}
const article = fs.existsSync(path.join(dir, 'civil-code/1165/index.html')) ? '/civil-code/1165/' : firstPage('civil-code')
/** An article of the library without an explainer: the text of the law and its neighbours. */
const lawArticle = fs.existsSync(path.join(dir, 'civil-code/1164/index.html')) ? '/civil-code/1164/' : article
/** The recap whose page shows the most photos (gallery thumbnails). */
const recap = (() => {
  const root = path.join(dir, 'recaps')
  if (!fs.existsSync(root)) return '/recaps/'
  const photos = (d: string) => (fs.readFileSync(path.join(root, d, 'index.html'), 'utf8').match(/class="gallery-thumb"/g) ?? []).length
  const best = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'index.html'))).sort((a, b) => photos(b) - photos(a))[0]
  return best ? `/recaps/${best}/` : '/recaps/'
})()
const pages = {
  home: '/',
  article,
  'law-article': lawArticle,
  // The largest table of contents: all 1,260 articles of the Civil Code.
  toc: '/civil-code/',
  lecture: firstPage('lectures'),
  consultation: firstPage('consultations'),
  recap,
  search: '/search/?q=' + encodeURIComponent('高空抛物'),
}
const queries = ['高空抛物', '彩礼', '第1165条', '居住权', '广场报名', '离婚 冷静期']

const server = createSiteServer(dir).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
console.log(`网站目录 ${dir}，临时服务 ${base}\n`)

// 1. Transfer size of the article pages (with and without an explainer) and of the largest table of contents.
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags })
const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
let bodies: { url: string; raw: number; gzip: number; image: boolean }[] = []
page.on('response', async (res) => {
  try {
    const buf = await res.body()
    const image = (res.headers()['content-type'] ?? '').startsWith('image/')
    bodies.push({ url: res.url(), raw: buf.length, gzip: image ? buf.length : gzipSync(buf, { level: 6 }).length, image })
  } catch {}
})
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
for (const [name, budget] of [['article', '（预算 ≤ 30 KB）'], ['law-article', '（预算 ≤ 30 KB）'], ['toc', ''], ['recap', '（图片以外预算 ≤ 30 KB）']] as const) {
  bodies = []
  await page.goto(base + pages[name], { waitUntil: 'networkidle' })
  // Lazy photos further down load as a resident scrolls: scroll to the end, then count what arrived.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y)
      await new Promise((r) => setTimeout(r, 60))
    }
  })
  await page.waitForLoadState('networkidle')
  const [images, rest] = [bodies.filter((b) => b.image), bodies.filter((b) => !b.image)]
  const raw = rest.reduce((n, b) => n + b.raw, 0)
  const gz = rest.reduce((n, b) => n + b.gzip, 0)
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => (s.src ? s.src : `inline ${s.textContent?.length ?? 0} B`)))
  console.log(`${name} ${pages[name]}：图片以外 ${rest.length} 个请求，原始 ${kb(raw)}，gzip 后 ${kb(gz)}${budget}`)
  if (images.length) {
    const largest = Math.max(...images.map((b) => b.raw))
    console.log(`  图片 ${images.length} 个（宽 390 CSS 像素），共 ${kb(images.reduce((n, b) => n + b.raw, 0))}，最大 ${kb(largest)}（预算每张 ≤ 120 KB）`)
  }
  console.log(`  页面脚本：${scripts.join('；') || '无'}\n`)
}

// 2. Lighthouse, mobile (its default form factor and simulated throttling), RUNS times per page: the budget holds
// only if every run meets it. For the slowest run of each page, where its main thread went (what blocks).
const runs = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 1) || 1)
// --pages search,recap: only those (while working on one page's budget).
const only = process.argv.includes('--pages') ? new Set(process.argv[process.argv.indexOf('--pages') + 1]?.split(',')) : undefined
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags })
console.log(`Lighthouse 12 移动端，每页 ${runs} 次（预算：每次性能 ≥ 0.98，无障碍 = 1.0，布局偏移 CLS 0）`)
const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return { min: sorted[0]!, median: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted.at(-1)! }
}
type Audits = Record<string, { numericValue?: number; details?: { items?: { groupLabel?: string; duration?: number; url?: string; startTime?: number }[] } }>
for (const [name, p] of Object.entries(pages)) {
  if (only && !only.has(name)) continue
  const perf: number[] = []
  const tbt: number[] = []
  let accessibility = 1
  let cls = 0
  let worst: { score: number; audits: Audits } | undefined
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(base + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
    const c = result!.lhr.categories
    const audits = result!.lhr.audits as Audits
    perf.push(c.performance!.score!)
    tbt.push(audits['total-blocking-time']?.numericValue ?? NaN)
    accessibility = Math.min(accessibility, c.accessibility!.score!)
    cls = Math.max(cls, audits['cumulative-layout-shift']?.numericValue ?? NaN)
    if (!worst || c.performance!.score! < worst.score) worst = { score: c.performance!.score!, audits }
  }
  const s = stats(perf)
  const t = stats(tbt)
  const met = perf.filter((x) => x >= 0.98).length
  console.log(
    `  ${name.padEnd(13)} 性能 ${s.min.toFixed(2)} / ${s.median.toFixed(2)} / ${s.max.toFixed(2)}（${met}/${runs} 次 ≥ 0.98）  TBT ${t.min.toFixed(0)} / ${t.median.toFixed(0)} / ${t.max.toFixed(0)} ms  无障碍 ${accessibility.toFixed(2)}  CLS ${cls.toFixed(3)}  ${p}`,
  )
  const work = (worst!.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => `${i.groupLabel} ${(i.duration ?? 0).toFixed(0)}`).join('，')
  const long = (worst!.audits['long-tasks']?.details?.items ?? []).map((i) => `${(i.duration ?? 0).toFixed(0)} ms ${i.url?.replace(base, '') ?? ''}`).join('，')
  console.log(`    最慢一次（${worst!.score.toFixed(2)}）主线程 ms：${work}；长任务：${long || '无'}`)
}
await chrome.kill()

// 3. Time to first result after the index has loaded.
console.log('\n搜索：索引加载后到第一条结果显示的时间（毫秒）')
await page.goto(`${base}/search/`, { waitUntil: 'networkidle' })
const ours = async (q: string) => {
  await page.fill('#q', q)
  const t = Date.now()
  await page.evaluate(() => document.getElementById('search-results')!.replaceChildren())
  await page.click('#search-form button[type=submit], #search-form [type=submit]')
  await page.waitForFunction(() => document.querySelector('#search-results li') || /没有找到/.test(document.getElementById('search-status')!.textContent ?? ''), null, { timeout: 20_000 })
  return Date.now() - t
}
await ours('法律') // warm: loads the index through the page's own engine
console.log(`  ${'查询'.padEnd(10)} ${'本站'.padStart(6)}`)
const oursAll: number[] = []
for (const q of queries) {
  const a = await ours(q)
  oursAll.push(a)
  console.log(`  ${q.padEnd(10)} ${String(a).padStart(6)}`)
}
oursAll.sort((x, y) => x - y)
console.log(`  本站中位数 ${oursAll[Math.floor(oursAll.length / 2)]} ms，最慢 ${oursAll.at(-1)} ms（目标 < 150 ms）`)

await browser.close()
server.close()
process.exit(0)
