/** Builds the fixture snapshot and checks the output: pages, Chinese text, and no personal data. */
import { readFileSync, readdirSync, existsSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cspHeaderFile } from '@lawpoint/content-types/static-files'
import { headerPolicy, pagePolicy, scriptHash } from '../src/lib/csp'
import { buildFixtureSite } from './build-site'

let dist = ''
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
      '', 'news', 'news/dog-regulation-consultation', 'civil-code', 'civil-code/1165', 'civil-code/1254', 'laws', 'laws/personal-information-protection/28',
      'lectures', 'lectures/neighbour-disputes', 'lectures/neighbour-disputes/poster', 'lectures/cancel',
      'square-events', 'square-events/constitution-day-2026', 'square-events/constitution-day-2026/poster', 'consultations', 'consultations/jiangmen-dog-regulation',
      'opinions/status', 'suggest', 'collection-points', 'about', 'privacy', 'search',
    ]) expect(existsSync(join(dist, p, 'index.html')), p).toBe(true)
    for (const f of ['content-assets.mjs', 'content-modules.mjs', 'collections']) expect(existsSync(join(dist, f)), f).toBe(false)
    for (const f of ['404.html', 'rss.xml', 'sitemap-index.xml', 'favicon.svg', 'robots.txt', 'pagefind/pagefind.js', 'search/synonyms.json']) expect(existsSync(join(dist, f)), f).toBe(true)
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

  it('groups Civil Code explainers by book and chapter', () => {
    const html = page('civil-code')
    expect(html).toContain('侵权责任编')
    expect(html).toContain('第一章 一般规定')
    expect(html.indexOf('婚姻家庭编')).toBeLessThan(html.indexOf('侵权责任编'))
  })

  it('lists the collection points with public phones only', () => {
    const html = page('collection-points')
    expect(html).toContain('礼乐街道英南村立法信息采集点')
    expect(html).toContain('0750-3866010')
  })

  it('publishes no personal data anywhere', () => {
    for (const file of htmlFiles(dist)) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/)
      expect(text, file).not.toMatch(/liaisonName|liaisonPhone|陈联络员/)
    }
  })

  it('keeps an article page small: under 30 KB gzip, no external scripts', () => {
    const html = page('civil-code/1165')
    expect(gzipSync(html).length).toBeLessThan(30 * 1024)
    expect(html).not.toMatch(/<script[^>]+src=/)
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/)
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
