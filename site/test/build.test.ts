/** Builds the fixture snapshot and checks the output: pages, Chinese text, and no personal data. */
import { readFileSync, readdirSync, existsSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cspHeaderFile } from '@lawpoint/content-types/static-files'
import { headerPolicy, pagePolicy, scriptHash } from '../src/lib/csp'
import { buildFixtureSite } from './build-site'

let dist = ''
/** The one element a page's search reads (data-pagefind-body), as HTML. */
const searchBody = (html: string) => html.slice(html.indexOf('data-pagefind-body'), html.indexOf('</article>', html.indexOf('data-pagefind-body')))
const page = (p: string) => readFileSync(join(dist, p, p.endsWith('.html') ? '' : 'index.html'), 'utf8')
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? htmlFiles(p) : /\.(html|xml|json)$/.test(f) ? [p] : []
  })
}

beforeAll(async () => {
  dist = await buildFixtureSite({ PUBLIC_CMS_URL: 'https://cms.jianghai.example' })
}, 180_000)
afterAll(() => {
  if (dist) rmSync(dirname(dist), { recursive: true, force: true })
})

describe('fixture build', () => {
  it('builds every page template', () => {
    for (const p of [
      '', 'news', 'news/dog-regulation-consultation', 'civil-code', 'civil-code/1', 'civil-code/1165', 'civil-code/1254', 'civil-code/1260',
      'laws', 'laws/constitution', 'laws/constitution/1', 'laws/personal-information-protection-law', 'laws/personal-information-protection-law/28',
      'lectures', 'lectures/neighbour-disputes', 'lectures/neighbour-disputes/poster', 'lectures/cancel',
      'square-events', 'square-events/constitution-day-2026', 'square-events/constitution-day-2026/poster', 'consultations', 'consultations/jiangmen-dog-regulation',
      'opinions/status', 'suggest', 'collection-points', 'about', 'privacy', 'search',
    ]) expect(existsSync(join(dist, p, 'index.html')), p).toBe(true)
    for (const f of ['content-assets.mjs', 'content-modules.mjs', 'collections']) expect(existsSync(join(dist, f)), f).toBe(false)
    for (const f of ['404.html', 'rss.xml', 'sitemap-index.xml', 'favicon.svg', 'robots.txt', 'search/manifest.json']) expect(existsSync(join(dist, f)), f).toBe(true)
  })

  it('renders Chinese content with the right language and meta', () => {
    const html = page('civil-code/1165')
    expect(html).toContain('<html lang="zh-CN"')
    expect(html).toContain('第一千一百六十五条')
    expect(html).toContain('行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。')
    expect(html).toContain('data-pagefind-body')
    expect(html).toContain('data-pagefind-filter="type:普法解读"')
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/)
    expect(html).toContain('<link rel="canonical" href="https://lifa.jianghai.example/civil-code/1165/"')
    expect(html).toContain('手机扫码阅读本页')
    expect(html).toMatch(/<svg role="img" aria-label="本页网址二维码"/)
  })

  it('shows days left and counts on an open consultation, with a form per article', () => {
    const html = page('consultations/jiangmen-dog-regulation')
    expect(html).toContain('还剩 13 天截止')
    expect(html).toContain('已有 37 人提出 52 条意见')
    expect(html).toContain('action="https://cms.jianghai.example/api/public/opinions"')
    expect(html.match(/href="\/consultations\/jiangmen-dog-regulation\/\d+\/"/g)?.length).toBe(6)
    const article = page('consultations/jiangmen-dog-regulation/5')
    expect(article).toContain('对第五条提意见')
    expect(article).toContain('action="https://cms.jianghai.example/api/public/opinions"')
    expect(article).toContain('name="articleNumber" value="5"')
    expect(article).toMatch(/name="content"[^>]*required[^>]*minlength="5"[^>]*maxlength="5000"/)
    expect(article).toContain('name="website"')
  })

  it('shows the result of a closed consultation and a notice before one opens', () => {
    expect(page('consultations/wildlife-protection-law')).toContain('其中5条被采纳')
    const upcoming = page('consultations/guangdong-social-credit')
    expect(upcoming).toContain('开始征求意见')
    expect(upcoming).not.toContain('name="content"')
  })

  it('shows seats left and the sign-up form on a lecture', () => {
    const html = page('lectures/neighbour-disputes')
    expect(html).toContain('剩余 23 个名额')
    expect(html).toContain('action="https://cms.jianghai.example/api/public/registrations"')
    expect(html).toContain('href="https://cms.jianghai.example/api/public/lectures/21/ics"')
    expect(page('lectures/legislation-forum-december')).toContain('登记候补')
  })

  it('keeps forms working without JS: status lookup is a GET form to the CMS', () => {
    expect(page('opinions/status')).toMatch(/<form[^>]*method="get"[^>]*action="https:\/\/cms\.jianghai\.example\/api\/public\/opinions\/status"/)
  })

  it('lists every article of the Civil Code by book and chapter, explained ones marked', () => {
    const html = page('civil-code')
    const linked = new Set([...html.matchAll(/href="\/civil-code\/(\d+)\/"/g)].map((m) => Number(m[1])))
    expect(linked.size).toBe(1260)
    expect(Math.min(...linked)).toBe(1)
    expect(Math.max(...linked)).toBe(1260)
    const books = ['总则', '物权编', '合同编', '人格权编', '婚姻家庭编', '继承编', '侵权责任编', '附则']
    const at = books.map((b) => html.search(new RegExp(`<summary><h2[^>]*>${b}<`)))
    expect(at.every((i) => i > 0)).toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
    // 侵权责任编 › 第一章 一般规定 › 第一千一百六十五条, explained.
    const tort = html.slice(at[6]!)
    expect(tort.indexOf('第一章 一般规定')).toBeLessThan(tort.indexOf('第一千一百六十五条'))
    expect(html).toMatch(/<li id="a-1165"><a href="\/civil-code\/1165\/">第一千一百六十五条<\/a>　<b>过错责任原则[^<]*<\/b>　<span class="badge badge-brand">有解读<\/span>/)
    expect(html).toMatch(/<li id="a-1164"><a href="\/civil-code\/1164\/">第一千一百六十四条<\/a>　本编调整因侵害民事权益产生/)
    // The explainers first, the law's history and source last.
    expect(html).toContain('普法解读（6 篇）')
    expect(html).toContain('2020年5月28日 第十三届全国人民代表大会第三次会议通过')
    expect(html).toContain('href="https://flk.npc.gov.cn"')
  })

  it('goes to an article by its number: through the search without JS, straight to the page with it', () => {
    const form = page('civil-code').match(/<form[^>]*data-article-jump[^>]*>/)![0]
    expect(form).toContain('action="/search/"')
    expect(form).toContain('method="get"')
    expect(form).toContain('data-law="civil-code"')
    expect(form).toContain('data-last="1260"')
    expect(page('laws/constitution').match(/<form[^>]*data-article-jump[^>]*>/)![0]).toContain('data-law="constitution"')
    // The library's form lets one choose the law.
    expect(page('laws')).toMatch(/<option value="personal-information-protection-law" data-last="74">个人信息保护法<\/option>/)
  })

  it('shows the library by category, with article counts and dates', () => {
    const html = page('laws')
    expect(html.indexOf('>宪法</h2>')).toBeLessThan(html.indexOf('>民法典</h2>'))
    expect(html).toMatch(/<a href="\/civil-code\/" class="font-bold">《民法典》<\/a>\s*<p[^>]*>共 1260 条 · 2021年1月1日施行<\/p>/)
    expect(html).toMatch(/<a href="\/laws\/wildlife-protection-law\/" class="font-bold">《野生动物保护法》<\/a>\s*<p[^>]*>共 64 条 · 2022年12月30日修正/)
    expect(html).toContain('href="/civil-code/#explained"')
  })

  it('gives an article without an explainer its own page: the law text, its place and its neighbours', () => {
    const html = page('civil-code/1164')
    const body = searchBody(html)
    expect(body).toContain('<h1 data-pagefind-weight="10">民法典第一千一百六十四条</h1>')
    expect(body).toContain('侵权责任编 · 第一章 一般规定')
    expect(body).toContain('本编调整因侵害民事权益产生的民事关系。')
    expect(body).toContain('data-pagefind-meta="type:法条"')
    expect(body).not.toContain('通俗解读')
    expect(html).toMatch(/<a rel="prev" href="\/civil-code\/1163\/">.*第一千一百六十三条<\/a>/)
    expect(html).toMatch(/<a rel="next" href="\/civil-code\/1165\/">.*第一千一百六十五条<\/a>/)
    expect(html).toContain('href="/civil-code/#a-1164"')
    // Neighbours, breadcrumbs and the footer are links, not this page's content: outside the search body.
    expect(body).not.toContain('第一千一百六十三条')
    expect(page('civil-code/1').match(/rel="prev"/)).toBeNull()
    expect(page('civil-code/1260').match(/rel="next"/)).toBeNull()
  })

  it('shows an explained article with both the law text and its explainer, 俗称 and Q&A visible', () => {
    const body = searchBody(page('civil-code/1165'))
    expect(body).toContain('data-pagefind-meta="type:普法解读"')
    expect(body).toMatch(/<h1 data-pagefind-weight="10">民法典第一千一百六十五条<span[^>]*> 过错责任原则：因为过错伤了人，要担责<\/span><\/h1>/)
    expect(body).toContain('依照法律规定推定行为人有过错，其不能证明自己没有过错的，应当承担侵权责任。')
    expect(body).toContain('本条规定的是侵权责任的一般原则')
    expect(body).toContain('<strong>俗称：</strong>过错责任、侵权赔偿')
    expect(body).toContain('问：邻居装修把我家墙面弄裂了，能要求赔偿吗？')
    expect(body).toContain('href="/civil-code/1254/"')
    const cases = searchBody(page('civil-code/1254'))
    expect(cases).toContain('楼上坠落花盆砸伤路人')
    expect(cases).toContain('<strong>俗称：</strong>高空抛物、高空坠物')
  })

  it('links the other articles of a run-of-articles explainer to it', () => {
    const first = searchBody(page('civil-code/1245'))
    expect(first).toContain('养狗伤了人，谁来担责')
    expect(first).toMatch(/本解读涵盖第一千二百四十五条至第一千二百四十七条：<a href="\/civil-code\/1246\/">第一千二百四十六条<\/a>、<a href="\/civil-code\/1247\/">第一千二百四十七条<\/a>/)
    for (const n of [1246, 1247]) {
      const html = page(`civil-code/${n}`)
      expect(html, String(n)).toMatch(/本条与相邻条文合并解读（第一千二百四十五条至第一千二百四十七条）：<a href="\/civil-code\/1245\/">养狗伤了人，谁来担责<\/a>/)
      expect(searchBody(html), String(n)).not.toContain('养狗伤了人')
    }
    expect(page('civil-code/1248')).not.toContain('合并解读')
    // Every article has its page now: nothing redirects.
    expect(page('civil-code/1246')).not.toContain('http-equiv="refresh"')
  })

  it('links an article to the lectures that cite it', () => {
    const html = page('civil-code/1254')
    expect(html).toMatch(/<a href="\/lectures\/neighbour-disputes\/">民法典进社区：邻里纠纷怎么办<\/a>/)
    expect(html).toMatch(/<a href="\/lectures\/high-altitude-objects\/">高空抛物，谁来担责<\/a>　<span[^>]*>2026年10月24日（已举办）<\/span>/)
    expect(page('civil-code/288')).toContain('href="/lectures/neighbour-disputes/"')
    expect(page('civil-code/1253')).not.toContain('讲到本条的讲座')
  })

  it('invites opinions on an article a draft under consultation touches', () => {
    const html = page('civil-code/1247')
    expect(html).toContain('href="/consultations/jiangmen-dog-regulation/"')
    expect(html).toMatch(/<a class="btn btn-brand" href="\/consultations\/jiangmen-dog-regulation\/#h-whole">我要提意见<\/a>/)
    // …which lands on the draft's opinion form.
    expect(page('consultations/jiangmen-dog-regulation')).toContain('id="h-whole"')
    // A closed consultation: a link to its result, no invitation.
    const closed = page('laws/wildlife-protection-law/1')
    expect(closed).toContain('href="/consultations/wildlife-protection-law/"')
    expect(closed).toContain('征求意见已截止')
    expect(closed).not.toContain('我要提意见')
  })

  it('keeps every article page under 30 KB gzip, with one search body and no external scripts', () => {
    const articles = htmlFiles(join(dist, 'civil-code')).concat(htmlFiles(join(dist, 'laws'))).filter((f) => /\/\d+\/index\.html$/.test(f))
    expect(articles.length).toBeGreaterThan(1500)
    let largest = { file: '', bytes: 0 }
    for (const file of articles) {
      const html = readFileSync(file, 'utf8')
      const bytes = gzipSync(html).length
      if (bytes > largest.bytes) largest = { file, bytes }
      expect(html.match(/data-pagefind-body/g), file).toHaveLength(1)
      expect(html, file).not.toMatch(/<script[^>]+src=/)
    }
    expect(largest.bytes, largest.file).toBeLessThan(30 * 1024)
  })

  it('lists the collection points with public phones only', () => {
    const html = page('collection-points')
    expect(html).toContain('礼乐街道英南村立法信息采集点')
    expect(html).toContain('0750-3866010')
  })

  it('publishes no personal data anywhere', () => {
    for (const file of htmlFiles(dist)) {
      // Page digests (the incremental manifest's SHA-1s) can hold eleven digits in a row: not a phone.
      const text = readFileSync(file, 'utf8').replace(/\b[0-9a-f]{40}\b/g, '')
      expect(text, file).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/)
      expect(text, file).not.toMatch(/liaisonName|liaisonPhone|陈联络员/)
    }
  })

  it('keeps an article page small: under 30 KB gzip, no external scripts', () => {
    const html = page('civil-code/1165')
    expect(gzipSync(html).length).toBeLessThan(30 * 1024)
    expect(html).not.toMatch(/<script[^>]+src=/)
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/)
    // Tailwind's defaults block sets some 50 custom properties on every element: every style recalculation pays
    // for it (tailwind.config.mjs › blocklist).
    expect(html).not.toMatch(/\*,\s*:?:before,\s*:?:after\s*\{\s*--tw-/)
  })

  it('puts the one Content-Security-Policy first in every page, and every inline script in it by hash', () => {
    const policy = pagePolicy('https://cms.jianghai.example')
    const pages = htmlFiles(dist).filter((f) => f.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(30)
    for (const file of pages) {
      const html = readFileSync(file, 'utf8')
      // Right after <meta charset>: a policy from a meta tag governs only what comes after it.
      const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'))
      expect(head, file).toMatch(/^<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/)
      expect(head.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replaceAll('&#39;', "'"), file).toBe(policy)
      for (const [, attrs, code] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attrs!)) expect(attrs, file).toMatch(/src="\/(_astro|pagefind)\//)
        else expect(policy, `${file}: inline script ${code!.slice(0, 60)}`).toContain(scriptHash(code!))
      }
      // Inline event handlers and javascript: URLs would need 'unsafe-inline'.
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+=/i)
      expect(html, file).not.toMatch(/javascript:/i)
    }
  })

  it('writes the header form of the policy for the servers', () => {
    expect(readFileSync(join(dist, cspHeaderFile), 'utf8').trim()).toBe(headerPolicy('https://cms.jianghai.example'))
  })

  it('has an RSS feed of the news', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8')
    expect(rss).toContain('《江门市养犬管理条例（草案）》在我区公开征求意见')
    expect(rss).toContain('https://lifa.jianghai.example/news/dog-regulation-consultation/')
  })
})
