/**
 * npm run search:eval [-- --dist DIR] [--seed N] [--queries N] [--no-stock] [--browser] [--browser-queries N] [--json FILE]
 *
 * Evaluates the site search on a BUILT site (default: the site's OUT_DIR, site/dist), against stock Pagefind on
 * the same pages.
 *  1. Every page's text is read with the site's own extraction (site/src/lib/search/extract.ts): what a
 *     resident reads inside the page's searchable area. That text is the ground truth.
 *  2. Queries, drawn with a fixed, printed seed:
 *     - phrase: 2–8 Han characters from a random page's text;
 *     - multi: 2–3 phrases from one page's text, separated by spaces;
 *     - article: article pages' numbers written every way residents write them (第1032条, 第 1032 条, 1032条,
 *       1032, １０３２, 第一千零三十二条; for other laws also with the law's short title in front: 劳动合同法第十条,
 *       劳动合同法 第10条);
 *     - dictionary: every entry of the built-in dictionary (content-types/src/search-dictionary.ts), its term as
 *       the query.
 *     Truth for phrase, multi and article queries: the pages whose text satisfies the query plan (query.ts
 *     textMatches, synonyms on); for article and dictionary queries also: is the article's page in the top 3.
 *  3. Ours: the site's runtime (engine.ts, run.ts) in Node over the built index files. Stock: the `pagefind`
 *     package's Node API indexes the same dist (a bundle in a temp folder), its browser runtime (pagefind.js +
 *     wasm) runs in Node, queries typed as residents would (unquoted).
 *  Prints macro precision (over queries that returned something), macro recall, top-3 hits, per kind and
 *  overall, and timings.
 *  4. --browser: serves the dist with the project's static server (serve-site.ts) plus the stock bundle, and in
 *     Debian chromium (playwright-core, CHROMIUM_PATH) runs a sample of the queries through the real /search/
 *     page: time from submit to rendered results with the index loaded (p50 / p95), bytes transferred by the
 *     first search from a cold cache; and stock Pagefind's runtime on the same pages (search + the top 10's data).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'
import { articleLabel } from '@lawpoint/content-types/chinese-numerals'
import { searchDictionary } from '@lawpoint/content-types/search-dictionary'
import { articlePath } from '@lawpoint/content-types/urls'
import { searchPlan, type SearchIndex } from '@lawpoint/site/lib/search/engine'
import { extractPage, matchingText } from '@lawpoint/site/lib/search/extract'
import { htmlPages, loadLocalIndex } from '@lawpoint/site/lib/search/local'
import { planQuery, textMatches } from '@lawpoint/site/lib/search/query'
import { env, siteDist } from './lib/env'
import { loadPagefind, type LoadedPagefind } from './lib/pagefind-node'

const args = process.argv.slice(2)
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const dist = path.resolve(arg('dist') ?? siteDist)
const seed = Number(arg('seed') ?? 20261201)
const queryCount = Number(arg('queries') ?? 600)
const stock = !args.includes('--no-stock')
const browser = args.includes('--browser')
const browserQueries = Number(arg('browser-queries') ?? 100)
const ourOnly = args.includes('--browser-ours-only')
const jsonOut = arg('json')

type Kind = 'phrase' | 'multi' | 'article' | 'dictionary'
interface Page {
  url: string
  title: string
  /** NFKC: what matching reads. */
  text: string
}
interface Query {
  kind: Kind
  q: string
  /** The article page a resident expects in the top 3 (article and dictionary queries). */
  target?: string
}

/** mulberry32: a small seeded generator, the same sequence on every machine. */
function rng(s: number) {
  let a = s >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hanRun = /[\p{Script=Han}〇]+/gu
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

function readPages(): Page[] {
  const pages: Page[] = []
  for (const [url, file] of htmlPages(dist)) {
    const p = extractPage(fs.readFileSync(file))
    if (p) pages.push({ url, title: p.title, text: matchingText(p).text })
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
}

/** The article a page is: /civil-code/<n>/ or /laws/<key>/<n>/. */
const articleOf = (url: string) => {
  const m = /^\/(?:civil-code|laws\/([^/]+))\/(\d+)\/$/.exec(url)
  return m ? { lawKey: m[1] ?? 'civil-code', number: Number(m[2]) } : null
}

/** The law's short title as the page shows it: 《劳动合同法》 in its place line, else the title before 第…条. */
function shortTitle(p: Page): string | null {
  const quoted = /《([^》]+)》/.exec(p.text)?.[1]
  const fromTitle = /^(.+?)第[零〇一二三四五六七八九十百千]+条/.exec(p.title)?.[1]
  const t = (quoted ?? fromTitle ?? '').replace(/^中华人民共和国/, '').trim()
  return t && /^[\p{Script=Han}]+$/u.test(t) ? t : null
}

function generate(pages: Page[]): Query[] {
  const rand = rng(seed)
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!
  const phraseFrom = (p: Page, min: number, max: number): string | null => {
    const runs = (p.text.match(hanRun) ?? []).map((r) => [...r]).filter((r) => r.length >= min)
    if (!runs.length) return null
    const run = pick(runs)
    const len = min + Math.floor(rand() * (Math.min(max, run.length) - min + 1))
    const start = Math.floor(rand() * (run.length - len + 1))
    return run.slice(start, start + len).join('')
  }
  const out: Query[] = []
  const seen = new Set<string>()
  const add = (q: Query) => {
    if (seen.has(q.q)) return
    seen.add(q.q)
    out.push(q)
  }
  const phrases = Math.round(queryCount * 0.4)
  const multis = Math.round(queryCount * 0.25)
  for (let tries = 0; out.filter((q) => q.kind === 'phrase').length < phrases && tries < phrases * 20; tries++) {
    const q = phraseFrom(pick(pages), 2, 8)
    if (q) add({ kind: 'phrase', q })
  }
  for (let tries = 0; out.filter((q) => q.kind === 'multi').length < multis && tries < multis * 20; tries++) {
    const p = pick(pages)
    const parts = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => phraseFrom(p, 2, 6))
    if (parts.every(Boolean)) add({ kind: 'multi', q: parts.join(' ') })
  }
  const articles = pages.filter((p) => articleOf(p.url))
  const wantArticle = queryCount - phrases - multis
  for (let tries = 0; articles.length && out.filter((q) => q.kind === 'article').length < wantArticle && tries < wantArticle * 5; tries++) {
    const p = pick(articles)
    const { lawKey, number } = articleOf(p.url)!
    const d = String(number)
    // Without a law's name an article number means the Civil Code's (the site's focus): only those forms of a
    // Civil Code article, and forms naming the law, have one right page for the top 3.
    const bare = [`第${d}条`, `第 ${d} 条`, `${d}条`, d, toFullWidth(d), articleLabel(number)]
    const civil = lawKey === 'civil-code'
    for (const q of bare) add({ kind: 'article', q, target: civil ? p.url : undefined })
    const law = civil ? '民法典' : shortTitle(p)
    if (law) for (const q of [`${law}${articleLabel(number)}`, `${law} 第${d}条`]) add({ kind: 'article', q, target: p.url })
  }
  for (const e of searchDictionary) add({ kind: 'dictionary', q: e.term, target: articlePath(e.target.lawKey, e.target.article) })
  return out
}

interface Outcome {
  kind: Kind
  q: string
  relevant: number
  found: number
  tp: number
  top3: boolean | null
  ms: number
}

const pct = (x: number | null) => (x === null || Number.isNaN(x) ? '    –  ' : `${(x * 100).toFixed(1).padStart(6)}%`)
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null)
const quantile = (xs: number[], f: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * f))]! : NaN
}

function summarise(label: string, rows: Outcome[]) {
  const kinds: (Kind | 'all generated')[] = ['phrase', 'multi', 'article', 'all generated', 'dictionary']
  console.log(`\n${label}`)
  console.log('kind            queries  macro P  (over)  macro R   top-3    empty   p50 ms  p95 ms')
  const table: Record<string, unknown> = {}
  for (const k of kinds) {
    const rs = k === 'all generated' ? rows.filter((r) => r.kind !== 'dictionary') : rows.filter((r) => r.kind === k)
    if (!rs.length) continue
    const withResults = rs.filter((r) => r.found > 0)
    const p = k === 'dictionary' ? null : mean(withResults.map((r) => r.tp / r.found))
    const rec = k === 'dictionary' ? null : mean(rs.filter((r) => r.relevant > 0).map((r) => r.tp / r.relevant))
    const t3 = rs.filter((r) => r.top3 !== null)
    const top3 = t3.length ? t3.filter((r) => r.top3).length / t3.length : null
    const ms = rs.map((r) => r.ms)
    table[k] = { queries: rs.length, precision: p, recall: rec, top3, top3Of: t3.length, empty: rs.length - withResults.length, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95) }
    console.log(
      `${k.padEnd(15)} ${String(rs.length).padStart(7)} ${pct(p)} ${String(withResults.length).padStart(6)} ${pct(rec)} ${pct(top3)} ${String(rs.length - withResults.length).padStart(7)} ${quantile(ms, 0.5).toFixed(1).padStart(8)} ${quantile(ms, 0.95).toFixed(1).padStart(7)}`,
    )
  }
  return table
}

async function runOurs(index: SearchIndex, pages: Page[], queries: Query[], truth: Set<string>[]): Promise<Outcome[]> {
  const out: Outcome[] = []
  for (const [i, q] of queries.entries()) {
    const t = performance.now()
    const candidates = await searchPlan(index, planQuery(q.q, index.synonyms))
    const ms = performance.now() - t
    const urls = candidates.map((c) => pages[c.id]!.url)
    const tp = urls.filter((u) => truth[i]!.has(u)).length
    out.push({ kind: q.kind, q: q.q, relevant: truth[i]!.size, found: urls.length, tp, top3: q.target ? urls.slice(0, 3).includes(q.target) : null, ms })
  }
  return out
}

async function runStock(pf: LoadedPagefind, queries: Query[], truth: Set<string>[]): Promise<Outcome[]> {
  const urlOf = new Map<string, string>()
  const out: Outcome[] = []
  for (const [i, q] of queries.entries()) {
    const t = performance.now()
    const results = (await pf.search(q.q))?.results ?? []
    // What a resident sees first: the top results' data (the search page renders ten).
    await Promise.all(results.slice(0, 10).map((r) => r.data()))
    const ms = performance.now() - t
    const urls: string[] = []
    for (const r of results) {
      let u = urlOf.get(r.id)
      if (!u) urlOf.set(r.id, (u = (await r.data()).url))
      urls.push(u)
    }
    const tp = urls.filter((u) => truth[i]!.has(u)).length
    out.push({ kind: q.kind, q: q.q, relevant: truth[i]!.size, found: urls.length, tp, top3: q.target ? urls.slice(0, 3).includes(q.target) : null, ms })
  }
  return out
}

function dirBytes(d: string): number {
  let n = 0
  for (const e of fs.readdirSync(d, { withFileTypes: true })) n += e.isDirectory() ? dirBytes(path.join(d, e.name)) : fs.statSync(path.join(d, e.name)).size
  return n
}

async function main() {
  const t0 = Date.now()
  if (!fs.existsSync(path.join(dist, 'search/manifest.json'))) throw new Error(`${dist} 不是已构建的网站（没有 search/manifest.json）：先构建，或用 --dist 指定`)
  console.log(`dist ${dist}; seed ${seed}; machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.versions.node}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`)
  let t = Date.now()
  const pages = readPages()
  console.log(`read ${pages.length} searchable pages (${((Date.now() - t) / 1000).toFixed(1)} s)`)
  const index = await loadLocalIndex(dist)
  if (index.pageCount !== pages.length) throw new Error(`index has ${index.pageCount} pages, the dist ${pages.length}: rebuild the site`)
  const queries = generate(pages)
  const count = (k: Kind) => queries.filter((q) => q.kind === k).length
  console.log(`queries: ${queries.length} (phrase ${count('phrase')}, multi ${count('multi')}, article ${count('article')}, dictionary ${count('dictionary')}); synonyms shipped: ${index.synonyms.length}`)

  t = Date.now()
  const truth = queries.map((q) => {
    const plan = planQuery(q.q, index.synonyms)
    return new Set(pages.filter((p) => textMatches(plan, p.text)).map((p) => p.url))
  })
  console.log(`ground truth in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  const urls = new Set(pages.map((p) => p.url))
  const missingTargets = queries.filter((q) => q.kind === 'dictionary' && !urls.has(q.target!))
  if (missingTargets.length) console.log(`dictionary entries whose article has no page in this build (counted as misses): ${missingTargets.length} — ${missingTargets.slice(0, 8).map((q) => `${q.q} → ${q.target}`).join('; ')}${missingTargets.length > 8 ? ' …' : ''}`)
  const unreachable = queries.filter((q, i) => q.kind === 'dictionary' && urls.has(q.target!) && !truth[i]!.has(q.target!))
  if (unreachable.length) console.log(`dictionary entries whose article's text holds neither the term nor an expansion: ${unreachable.length} — ${unreachable.slice(0, 8).map((q) => q.q).join('、')}${unreachable.length > 8 ? ' …' : ''}`)

  const ours = await runOurs(index, pages, queries, truth)
  const report: Record<string, unknown> = { dist, seed, pages: pages.length, queries: queries.length, ours: summarise('OURS (site runtime in Node over the built index)', ours) }
  const missed = ours.filter((r) => r.kind !== 'dictionary' && (r.tp !== r.relevant || r.tp !== r.found))
  if (missed.length) console.log(`ours, generated queries not exact: ${missed.slice(0, 10).map((r) => `${r.q} (${r.tp}/${r.found} of ${r.relevant})`).join('; ')}`)
  const present = new Set(queries.filter((q) => q.kind === 'dictionary' && urls.has(q.target!)).map((q) => q.q))
  const dictMiss = ours.filter((r) => r.kind === 'dictionary' && !r.top3 && present.has(r.q))
  console.log(`ours, dictionary entries whose article is in this build: ${present.size}, in the top 3: ${present.size - dictMiss.length} (${pct((present.size - dictMiss.length) / present.size)})${dictMiss.length ? ` — not: ${dictMiss.slice(0, 15).map((r) => r.q).join('、')}` : ''}`)

  let bundle = ''
  if (stock || (browser && !ourOnly)) {
    bundle = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-stock-pagefind-'))
    t = Date.now()
    const { index: pfIndex, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
    if (!pfIndex) throw new Error(errors.join('; '))
    const added = await pfIndex.addDirectory({ path: dist })
    if (added.errors.length) throw new Error(added.errors.join('; '))
    const written = await pfIndex.writeFiles({ outputPath: path.join(bundle, 'pagefind') })
    if (written.errors.length) throw new Error(written.errors.join('; '))
    await pagefind.close()
    console.log(`\nstock Pagefind indexed ${added.page_count} pages in ${((Date.now() - t) / 1000).toFixed(1)} s; bundle ${(dirBytes(path.join(bundle, 'pagefind')) / 1e6).toFixed(1)} MB (our /search/: ${(dirBytes(path.join(dist, 'search')) / 1e6).toFixed(1)} MB)`)
  }
  if (stock) {
    const pf = await loadPagefind(path.join(bundle, 'pagefind'))
    report.stock = summarise('STOCK Pagefind 1.6 (its runtime + wasm in Node, unquoted queries)', await runStock(pf, queries, truth))
  }
  if (browser) report.browser = await measureBrowser(queries, bundle)
  console.log(`\ntotal ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(report, null, 2))
  if (bundle && !env.BENCH_KEEP) fs.rmSync(bundle, { recursive: true, force: true })
}

/** The dist as `npm run serve:site` serves it, plus the stock bundle, from a child process (lib/eval-server.ts). */
async function serveBoth(bundle: string): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL('./lib/eval-server.ts', import.meta.url)), dist, bundle], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()))
    child.once('exit', (code) => reject(new Error(`eval server exited (${code})`)))
  })
  return { url, close: async () => void child.kill() }
}

async function measureBrowser(queries: Query[], bundle: string) {
  const { chromium } = await import('playwright-core')
  const rand = rng(seed + 1)
  const generated = queries.filter((q) => q.kind !== 'dictionary')
  const sample = Array.from({ length: Math.min(browserQueries, generated.length) }, () => generated[Math.floor(rand() * generated.length)]!)
  const server = await serveBoth(bundle)
  const b = await chromium.launch({
    executablePath: env.CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const result: Record<string, unknown> = {}
  try {
    // Ours: the real /search/ page. A fresh context: cold cache.
    const context = await b.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    let bytes = 0
    const byKind = { page: 0, index: 0, records: 0, other: 0 }
    const urlOf = new Map<string, string>()
    cdp.on('Network.responseReceived', (e: { requestId: string; response: { url: string } }) => urlOf.set(e.requestId, e.response.url))
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      bytes += e.encodedDataLength
      const u = urlOf.get(e.requestId) ?? ''
      const k = u.includes('/search/records/') ? 'records' : u.includes('/search/index/') || u.endsWith('/search/manifest.json') ? 'index' : u.includes('/_astro/') || /\/search\/(\?|$)/.test(u) ? 'page' : 'other'
      byKind[k] += e.encodedDataLength
    })
    const first = sample[0]!
    let t = performance.now()
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(first.q)}`, { waitUntil: 'load' })
    await page.waitForFunction(() => !!document.querySelector('#search-status')?.textContent && !document.querySelector('#search-status')!.textContent!.startsWith('正在'), null, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    const firstMs = performance.now() - t
    const firstBytes = { total: bytes, ...byKind }
    console.log(`\nbrowser (Chromium ${b.version()}, over HTTP from serve-site): first search from a cold cache — page load to results ${firstMs.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB transferred (page + scripts ${(byKind.page / 1024).toFixed(0)} KB, index ${(byKind.index / 1024).toFixed(0)} KB, records ${(byKind.records / 1024).toFixed(0)} KB, other ${(byKind.other / 1024).toFixed(0)} KB)`)
    const times: number[] = []
    const perQueryBytes: number[] = []
    const parts = { match: [] as number[], records: [] as number[] }
    for (const q of sample.slice(1)) {
      const before = bytes
      const r = await page.evaluate(async (query) => {
        const form = document.getElementById('search-form') as HTMLFormElement
        const input = form.querySelector<HTMLInputElement>('input[name=q]')!
        const status = document.getElementById('search-status')!
        input.value = query
        const done = new Promise<void>((resolve) => {
          const obs = new MutationObserver(() => {
            if (status.textContent && !status.textContent.startsWith('正在')) {
              obs.disconnect()
              resolve()
            }
          })
          obs.observe(status, { childList: true, characterData: true, subtree: true })
        })
        performance.clearMeasures()
        const t0 = performance.now()
        form.requestSubmit()
        await done
        const ms = performance.now() - t0
        return { ms, match: performance.getEntriesByName('search:match').at(-1)?.duration ?? 0, records: performance.getEntriesByName('search:records').at(-1)?.duration ?? 0 }
      }, q.q)
      times.push(r.ms)
      parts.match.push(r.match)
      parts.records.push(r.records)
      perQueryBytes.push(bytes - before)
    }
    await new Promise((r) => setTimeout(r, 200))
    console.log(`ours, ${times.length} queries with the index loaded: first results p50 ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms; transferred per query p50 ${(quantile(perQueryBytes, 0.5) / 1024).toFixed(0)} KB, p95 ${(quantile(perQueryBytes, 0.95) / 1024).toFixed(0)} KB`)
    console.log(`  of which: finding and ranking (buckets fetched and decoded) p50 ${quantile(parts.match, 0.5).toFixed(0)} ms, p95 ${quantile(parts.match, 0.95).toFixed(0)} ms; result records p50 ${quantile(parts.records, 0.5).toFixed(0)} ms, p95 ${quantile(parts.records, 0.95).toFixed(0)} ms; the rest is rendering`)
    result.ours = { firstMs, firstBytes, matchP50: quantile(parts.match, 0.5), matchP95: quantile(parts.match, 0.95), recordsP50: quantile(parts.records, 0.5), recordsP95: quantile(parts.records, 0.95), p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times), bytesP50: quantile(perQueryBytes, 0.5), bytesP95: quantile(perQueryBytes, 0.95) }
    await context.close()

    if (bundle && !ourOnly) {
      const sc = await b.newContext({ locale: 'zh-CN' })
      const sp = await sc.newPage()
      const scdp = await sc.newCDPSession(sp)
      await scdp.send('Network.enable')
      let sbytes = 0
      scdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (sbytes += e.encodedDataLength))
      await sp.goto(`${server.url}/__stock/`)
      t = performance.now()
      const stockFirst = await sp.evaluate(async (query) => {
        const pf = (await import('/pagefind/pagefind.js' as string)) as { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> }
        await pf.init()
        ;(window as unknown as { pf: unknown }).pf = pf
        const r = await pf.search(query)
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()))
        return r.results.length
      }, first.q)
      const stockFirstMs = performance.now() - t
      await sp.waitForLoadState('networkidle')
      console.log(`stock, first search from a cold cache: ${stockFirstMs.toFixed(0)} ms, ${(sbytes / 1024).toFixed(0)} KB (${stockFirst} results)`)
      const st: number[] = []
      for (const q of sample.slice(1)) {
        st.push(
          await sp.evaluate(async (query) => {
            const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).pf
            const t0 = performance.now()
            const r = await pf.search(query)
            await Promise.all(r.results.slice(0, 10).map((x) => x.data()))
            return performance.now() - t0
          }, q.q),
        )
      }
      console.log(`stock, ${st.length} queries with the index loaded (search + top 10 data): p50 ${quantile(st, 0.5).toFixed(0)} ms, p95 ${quantile(st, 0.95).toFixed(0)} ms, max ${Math.max(...st).toFixed(0)} ms`)
      result.stock = { firstMs: stockFirstMs, firstBytes: sbytes, p50: quantile(st, 0.5), p95: quantile(st, 0.95), max: Math.max(...st) }
      await sc.close()
    }
  } finally {
    await b.close()
    await server.close()
  }
  return result
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
