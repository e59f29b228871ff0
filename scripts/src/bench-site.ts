/**
 * npm run bench:site — the public site's budgets, measured on the built site (site/dist, or SITE_DIR):
 *  - bytes transferred for an article page (HTML + CSS + JS it loads; raw and gzip, as nginx would send);
 *  - Lighthouse 12 mobile performance and accessibility (Debian chromium) on the home, article,
 *    lecture, consultation and search pages;
 *  - time to the first search result after the index has loaded: our search (through the page, as a
 *    resident types) beside stock Pagefind's `search()` + first `data()` for the same queries.
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
const pages = {
  home: '/',
  article,
  lecture: firstPage('lectures'),
  consultation: firstPage('consultations'),
  search: '/search/?q=' + encodeURIComponent('高空抛物'),
}
const queries = ['高空抛物', '彩礼', '第1165条', '居住权', '广场报名', '离婚 冷静期']

const server = createSiteServer(dir).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
console.log(`网站目录 ${dir}，临时服务 ${base}\n`)

// 1. Transfer size of the article page.
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags })
const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
const bodies: { url: string; raw: number; gzip: number }[] = []
page.on('response', async (res) => {
  try {
    const buf = await res.body()
    bodies.push({ url: res.url(), raw: buf.length, gzip: gzipSync(buf, { level: 6 }).length })
  } catch {}
})
await page.goto(base + pages.article, { waitUntil: 'networkidle' })
const raw = bodies.reduce((n, b) => n + b.raw, 0)
const gz = bodies.reduce((n, b) => n + b.gzip, 0)
const scripts = await page.evaluate(() => [...document.scripts].map((s) => (s.src ? s.src : `inline ${s.textContent?.length ?? 0} B`)))
console.log(`文章页 ${pages.article}：${bodies.length} 个请求，原始 ${(raw / 1024).toFixed(1)} KB，gzip 后 ${(gz / 1024).toFixed(1)} KB（预算 ≤ 30 KB）`)
console.log(`  页面脚本：${scripts.join('；') || '无'}\n`)

// 2. Lighthouse, mobile (its default form factor and simulated throttling).
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags })
console.log('Lighthouse 12 移动端（预算：性能 ≥ 0.98，无障碍 = 1.0）')
const scores: Record<string, { performance: number; accessibility: number }> = {}
for (const [name, p] of Object.entries(pages)) {
  const result = await lighthouse(base + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
  const c = result!.lhr.categories
  scores[name] = { performance: c.performance!.score!, accessibility: c.accessibility!.score! }
  console.log(`  ${name.padEnd(13)} 性能 ${scores[name]!.performance.toFixed(2)}  无障碍 ${scores[name]!.accessibility.toFixed(2)}  ${p}`)
}
await chrome.kill()

// 3. Time to first result after the index has loaded.
console.log('\n搜索：索引加载后到第一条结果显示的时间（毫秒）')
await page.goto(`${base}/search/`, { waitUntil: 'networkidle' })
const stockLoad = await page.evaluate(async () => {
  const t = performance.now()
  const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)
  await pf.init()
  // a large site's index comes in shards: stock merges them as the site's search does
  for (const s of (await fetch('/pagefind/shards.json').then((r) => (r.ok ? r.json() : { shards: [] })))?.shards ?? []) await pf.mergeIndex(s.path)
  await pf.search('法') // first call loads the index
  ;(window as unknown as { pf: unknown }).pf = pf
  return performance.now() - t
})
const ours = async (q: string) => {
  await page.fill('#q', q)
  const t = Date.now()
  await page.evaluate(() => document.getElementById('search-results')!.replaceChildren())
  await page.click('#search-form button[type=submit], #search-form [type=submit]')
  await page.waitForFunction(() => document.querySelector('#search-results li') || /没有找到/.test(document.getElementById('search-status')!.textContent ?? ''), null, { timeout: 20_000 })
  return Date.now() - t
}
await ours('法律') // warm: loads the index through the page's own engine
const stock = (q: string) =>
  page.evaluate(async (query) => {
    const pf = (window as unknown as { pf: { search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> } }).pf
    const t = performance.now()
    const r = await pf.search(query)
    if (r.results[0]) await r.results[0].data()
    return { ms: performance.now() - t, n: r.results.length }
  }, q)
console.log(`  （stock Pagefind 首次加载引擎与索引 ${stockLoad.toFixed(0)} ms）`)
console.log(`  ${'查询'.padEnd(10)} ${'本站'.padStart(6)} ${'stock'.padStart(8)} ${'stock 结果数'.padStart(10)}`)
const oursAll: number[] = []
for (const q of queries) {
  const a = await ours(q)
  const s = await stock(q)
  oursAll.push(a)
  console.log(`  ${q.padEnd(10)} ${String(a).padStart(6)} ${s.ms.toFixed(0).padStart(8)} ${String(s.n).padStart(10)}`)
}
oursAll.sort((x, y) => x - y)
console.log(`  本站中位数 ${oursAll[Math.floor(oursAll.length / 2)]} ms，最慢 ${oursAll.at(-1)} ms（预算 < 300 ms）`)

await browser.close()
server.close()
process.exit(0)
