/**
 * npm run search:eval [-- --limit N|all] [--out DIR]
 *
 * Builds a test site of real law articles (one page per article from LAWS_DIR, default
 * SHARED_DIR/laws, Civil Code first; plus the pages of the site's OUT_DIR (site/dist) if built, with the explainers'
 * aliases from the site snapshot), indexes it with Pagefind's Node API, loads the real Pagefind
 * browser runtime (pagefind.js + wasm) in Node, and runs a fixed list of queries two ways:
 *   stock — pagefind.search(raw query), every result;
 *   ours  — site/src/lib/search (planQuery + searchPlan, runSearch for the order).
 * Relevance is a substring ground truth: a page is relevant iff its text contains every Chinese
 * run of the normalised query (for a run with synonyms: the run or one of its rewrites).
 * Prints per-query and overall precision / recall, the rank of the expected article, and the
 * time to the first results (runSearch with limit 10, fresh runtime, after the index loaded).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'
import { parseLaw } from '@lawpoint/content-types/laws'
import { planQuery, textMatches } from '@lawpoint/site/lib/search/query'
import { searchPlan } from '@lawpoint/site/lib/search/engine'
import { runSearch } from '@lawpoint/site/lib/search/run'
import { searchIndexHtml } from '@lawpoint/site/lib/search/indexing'
import { normaliseSynonyms } from '@lawpoint/site/lib/search/synonyms'
import { loadPagefind } from '@lawpoint/site/lib/search/pagefind-node'
import { env, siteDist } from './lib/env'
import { lawFiles } from './lib/lawFiles'

const root = path.resolve(fileURLToPath(new URL('../../', import.meta.url)))
const args = process.argv.slice(2)
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const limitArg = arg('limit') ?? '5000'
const limit = limitArg === 'all' ? Infinity : Number(limitArg)
const outDir = path.resolve(arg('out') ?? path.join(os.tmpdir(), 'lawpoint-search-eval'))
const lawsDir = env.LAWS_DIR
const snapshotFile = [env.SNAPSHOT_FILE, path.join(root, 'site/test/fixtures/snapshot.json')].find(
  (f) => f && fs.existsSync(f),
)!
const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'))
const synonyms = normaliseSynonyms(snapshot.synonyms)

interface Page {
  url: string
  title: string
  /** What the ground truth searches: the page's indexed text (+ aliases). */
  text: string
  html: string
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')


function articlePages(): Page[] {
  const pages: Page[] = []
  for (const file of lawFiles(lawsDir)) {
    const law = parseLaw(fs.readFileSync(file, 'utf8'))
    for (const a of law.articles) {
      if (pages.length >= limit) return pages
      const title = `${law.title}${law.subtitle ? ` ${law.subtitle}` : ''} ${a.label}`
      const text = `${title}\n${a.text}`
      const url = `/eval/${pages.length}/`
      const body = a.text.split('\n').map((p) => `<p>${esc(p)}</p>`).join('')
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main data-pagefind-body><h1 data-pagefind-weight="10">${esc(title)}</h1>${body}${searchIndexHtml({ text, type: '法律条文' })}</main></body></html>`
      pages.push({ url, title, text, html })
    }
  }
  return pages
}

/** The built site's pages (explainers, news …), their body text, and tokens injected as the pages will. */
function sitePages(): Page[] {
  const dist = siteDist
  if (!fs.existsSync(dist)) return []
  const out: Page[] = []
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f)
      if (fs.statSync(p).isDirectory()) {
        if (f !== 'pagefind') walk(p)
      } else if (f.endsWith('.html')) {
        const html = fs.readFileSync(p, 'utf8')
        const m = html.match(/<(\w+)[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/\1>/)
        if (!m || html.includes('data-pagefind-meta="zhq:')) {
          if (m) out.push(pageFromHtml(p, html, m[2]!, []))
          continue
        }
        const url = '/' + path.relative(dist, path.dirname(p)).split(path.sep).join('/') + '/'
        const explainer = (snapshot.explainers ?? []).find(
          (e: { articleNumber: number; lawKey: string; aliases?: string[] | null }) => url.endsWith(`/${e.articleNumber}/`) && (url.startsWith('/civil-code/') ? e.lawKey === 'civil-code' : url.includes(`/${e.lawKey}/`)),
        )
        const aliases: string[] = explainer?.aliases ?? []
        const page = pageFromHtml(p, html, m[2]!, aliases)
        const inject = searchIndexHtml({ text: page.text, aliases, type: explainer ? '法条解读' : null })
        page.html = html.replace(m[0], m[0].replace(new RegExp(`</${m[1]}>$`), `${inject}</${m[1]}>`))
        out.push(page)
      }
    }
  }
  walk(dist)
  return out
}

function pageFromHtml(file: string, html: string, body: string, aliases: string[]): Page {
  const dist = siteDist
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/[^>]+>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
  const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? ''
  const url = '/site' + '/' + path.relative(dist, path.dirname(file)).split(path.sep).join('/') + '/'
  return { url: url.replace(/\/+$/, '/').replace('//', '/'), title, text: `${text}\n${aliases.join('\n')}`, html }
}

interface QuerySpec {
  q: string
  /** The page a resident expects near the top (title test). */
  target?: (p: Page) => boolean
}
const civil = (label: string) => (p: Page) => (p.title.includes('民法典') || p.url.startsWith('/site/civil-code/')) && p.text.includes(label)
const queries: QuerySpec[] = [
  { q: '广场报名' },
  { q: '高空抛物', target: civil('第一千二百五十四条') },
  { q: '居住权', target: civil('第三百六十六条') },
  { q: '彩礼', target: civil('第一千零四十二条') },
  { q: '欠薪', target: (p) => /拖欠劳动报酬|拖欠工资|拒不支付劳动报酬/.test(p.text) },
  { q: '第1032条', target: civil('第一千零三十二条') },
  { q: '1032', target: civil('第一千零三十二条') },
  { q: '隐私权 1032', target: civil('第一千零三十二条') },
  { q: '隐私权' },
  { q: '债' },
  { q: '正当防卫' },
  { q: '劳动合同 试用期' },
  { q: '居住权 登记 合同' },
  { q: '任何组织或者个人不得侵害他人的隐私权' },
  { q: '未成年人 监护人 网络' },
  { q: '第10条' },
]

const fmt = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`)
const ms = (x: number) => `${x.toFixed(0)} ms`

async function main() {
  const t0 = Date.now()
  const pages = [...articlePages(), ...sitePages()]
  console.log(`pages: ${pages.length} (${pages.length - sitePages().length} articles from ${lawsDir}, limit ${limitArg}); synonyms from ${path.relative(root, snapshotFile)}`)
  fs.rmSync(outDir, { recursive: true, force: true })
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
  if (!index) throw new Error(errors.join('; '))
  const tIndex = Date.now()
  for (let i = 0; i < pages.length; i += 200) {
    const res = await Promise.all(pages.slice(i, i + 200).map((p) => index.addHTMLFile({ url: p.url, content: p.html })))
    for (const r of res) if (r.errors.length) throw new Error(r.errors.join('; '))
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
  if (written.errors.length) throw new Error(written.errors.join('; '))
  await pagefind.close()
  const indexSeconds = (Date.now() - tIndex) / 1000
  const bundleBytes = dirSize(path.join(outDir, 'pagefind'))
  console.log(`indexed in ${indexSeconds.toFixed(1)} s; bundle ${(bundleBytes / 1e6).toFixed(1)} MB at ${outDir}/pagefind`)

  const tLoad = Date.now()
  const pf = await loadPagefind(path.join(outDir, 'pagefind'))
  console.log(`runtime + index metadata loaded in ${ms(Date.now() - tLoad)}\n`)
  const byUrl = new Map(pages.map((p) => [p.url, p]))
  const urlOf = new Map<string, string>()
  const urls = async (results: Array<{ id: string; data(): Promise<{ url: string }> }>) => {
    const out: string[] = []
    for (const r of results) {
      let u = urlOf.get(r.id)
      if (!u) {
        u = (await r.data()).url
        urlOf.set(r.id, u)
      }
      out.push(u)
    }
    return out
  }

  const rows: string[] = []
  const totals = { stock: { tp: 0, ret: 0, rel: 0 }, ours: { tp: 0, ret: 0, rel: 0 } }
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (c.charCodeAt(0) > 255 ? 2 : 1), 0)))
  rows.push(`${pad('query', 38)} ${pad('relevant', 8)} | stock: found  prec.   recall  target | ours: found  prec.   recall  target`)
  for (const spec of queries) {
    const plan = planQuery(spec.q, synonyms)
    const relevant = new Set(pages.filter((p) => textMatches(plan, p.text)).map((p) => p.url))
    const stockRes = (await pf.search(spec.q))?.results ?? []
    const stockUrls = await urls(stockRes)
    const oursCands = await searchPlan(pf, plan)
    const oursUrls = await urls(oursCands.map((c) => c.result))
    const oursTop = (await runSearch(pf, spec.q, { synonyms, limit: 10 })).hits.map((h) => h.url)
    const stat = (found: string[], key: 'stock' | 'ours') => {
      const tp = found.filter((u) => relevant.has(u)).length
      totals[key].tp += tp
      totals[key].ret += found.length
      totals[key].rel += relevant.size
      return {
        n: found.length,
        p: found.length ? tp / found.length : relevant.size ? null : 1,
        r: relevant.size ? tp / relevant.size : null,
      }
    }
    const rankOf = (list: string[]) => {
      if (!spec.target) return '  '
      const i = list.findIndex((u) => spec.target!(byUrl.get(u)!))
      return i < 0 ? ' –' : `#${i + 1}`
    }
    const s = stat(stockUrls, 'stock')
    const o = stat(oursUrls, 'ours')
    const groups = plan.groups.map((g) => g.alternatives.map((a) => a.text).join('|')).join(' & ')
    rows.push(
      `${pad(`${spec.q} → ${groups}`, 38)} ${String(relevant.size).padStart(8)} | ${String(s.n).padStart(11)} ${fmt(s.p)} ${fmt(s.r)} ${rankOf(stockUrls).padStart(6)} | ${String(o.n).padStart(10)} ${fmt(o.p)} ${fmt(o.r)} ${rankOf(oursTop).padStart(6)}`,
    )
  }
  console.log(rows.join('\n'))
  const micro = (t: { tp: number; ret: number; rel: number }) => `precision ${fmt(t.ret ? t.tp / t.ret : null)}  recall ${fmt(t.rel ? t.tp / t.rel : null)}`
  console.log(`\noverall (micro, all queries):  stock ${micro(totals.stock)}   |   ours ${micro(totals.ours)}`)

  // Time to first results: a fresh runtime per query (cold chunk cache) after the index loaded.
  const lat = { stock: [] as number[], ours: [] as number[] }
  for (const spec of queries) {
    const a = await loadPagefind(path.join(outDir, 'pagefind'))
    let t = performance.now()
    const r = (await a.search(spec.q))?.results ?? []
    await Promise.all(r.slice(0, 10).map((x) => x.data()))
    lat.stock.push(performance.now() - t)
    const b = await loadPagefind(path.join(outDir, 'pagefind'))
    t = performance.now()
    await runSearch(b, spec.q, { synonyms, limit: 10 })
    lat.ours.push(performance.now() - t)
  }
  const warm: number[] = []
  for (const spec of queries) {
    const t = performance.now()
    await runSearch(pf, spec.q, { synonyms, limit: 10 })
    warm.push(performance.now() - t)
  }
  const summary = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    return `median ${ms(s[Math.floor(s.length / 2)]!)}, max ${ms(s[s.length - 1]!)}`
  }
  console.log(`\ntime to first 10 results after index load (cold, fresh runtime per query, Node): stock ${summary(lat.stock)} | ours ${summary(lat.ours)}`)
  console.log(`ours, warm (chunks cached): ${summary(warm)}`)
  console.log(`per query ours cold: ${queries.map((q, i) => `${q.q} ${ms(lat.ours[i]!)}`).join('; ')}`)
  console.log(`\ntotal ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

function dirSize(d: string): number {
  let n = 0
  for (const f of fs.readdirSync(d)) {
    const p = path.join(d, f)
    const st = fs.statSync(p)
    n += st.isDirectory() ? dirSize(p) : st.size
  }
  return n
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
