import { createServer, type Server } from 'node:http'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'
import { afterAll, beforeAll, inject } from 'vitest'
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core'
import { cspHeaderFile, securityHeaders } from '@lawpoint/content-types/static-files'

/** Serves a build as `npm run serve:site` does: with its Content-Security-Policy header and the other security headers. */
export async function serve(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(dist, { dev: false, etag: true, extensions: ['html'] })
  const csp = join(dist, cspHeaderFile)
  const headers = securityHeaders(existsSync(csp) ? readFileSync(csp, 'utf8').trim() : null)
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    handler(req, res, () => {
      res.statusCode = 404
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(readFileSync(join(dist, '404.html')))
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) }
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

/** The built site served and a browser launched for a test file, both closed after it. */
export function openBuiltSite(): { server: Awaited<ReturnType<typeof serve>>; browser: Browser } {
  const site = {} as { server: Awaited<ReturnType<typeof serve>>; browser: Browser }
  beforeAll(async () => {
    site.server = await serve(inject('dist'))
    site.browser = await launch()
  })
  afterAll(async () => {
    await site.browser?.close()
    await site.server?.close()
  })
  return site
}

export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots')
export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
}

/** One URL per page template, with what each must show. */
export const templates: { name: string; path: string; text: string }[] = [
  { name: 'home', path: '/', text: '正在征求意见' },
  { name: 'news-list', path: '/news/', text: '新闻动态' },
  { name: 'news', path: '/news/dog-regulation-consultation/', text: '参与方式' },
  { name: 'civil-code', path: '/civil-code/', text: '侵权责任编' },
  { name: 'explainer', path: '/civil-code/1165/', text: '第一千一百六十五条' },
  { name: 'law-article', path: '/civil-code/1164/', text: '本编调整因侵害民事权益产生的民事关系' },
  { name: 'law-article-cited', path: '/civil-code/1247/', text: '我要提意见' },
  { name: 'laws', path: '/laws/', text: '个人信息保护法' },
  { name: 'law-contents', path: '/laws/constitution/', text: '第一章 总纲' },
  { name: 'law-explainer', path: '/laws/personal-information-protection-law/28/', text: '敏感个人信息' },
  { name: 'lectures', path: '/lectures/', text: '即将举行' },
  { name: 'lecture', path: '/lectures/neighbour-disputes/', text: '剩余 23 个名额' },
  { name: 'lecture-poster', path: '/lectures/neighbour-disputes/poster/', text: '微信扫码查看详情' },
  { name: 'lecture-cancel', path: '/lectures/cancel/', text: '取消码' },
  { name: 'square-events', path: '/square-events/', text: '宪法广场' },
  { name: 'square-event', path: '/square-events/yingnan-night-market/', text: '英南村普法夜市回顾' },
  { name: 'recaps', path: '/recaps/', text: '12 张照片' },
  { name: 'recap', path: '/recaps/recap-high-altitude-objects/', text: '共 12 张' },
  { name: 'consultations', path: '/consultations/', text: '正在征集' },
  { name: 'consultation-open', path: '/consultations/jiangmen-dog-regulation/', text: '参与情况' },
  { name: 'consultation-article', path: '/consultations/jiangmen-dog-regulation/4/', text: '对第四条提意见' },
  { name: 'consultation-closed', path: '/consultations/wildlife-protection-law/', text: '意见采纳情况' },
  { name: 'consultation-upcoming', path: '/consultations/guangdong-social-credit/', text: '开始征求意见' },
  { name: 'opinion-status', path: '/opinions/status/?receipt=YJ261128-K7M-2QX-9AB', text: '办理流程' },
  { name: 'suggest', path: '/suggest/', text: '社会治理问题' },
  { name: 'collection-points', path: '/collection-points/', text: '区侨务局立法信息采集点' },
  { name: 'about', path: '/about/', text: '三位一体' },
  { name: 'privacy', path: '/privacy/', text: '绝不公开' },
  { name: 'search', path: '/search/?q=%E9%AB%98%E7%A9%BA%E6%8A%9B%E7%89%A9', text: '高空抛物' },
  { name: '404', path: '/no-such-page/', text: '页面没有找到' },
]

/**
 * Collects what the Content-Security-Policy blocks on a page: `securitypolicyviolation` events of the page
 * (listening from before its first script), and Chrome's console reports of the page and of any worker it
 * starts (a worker runs under its own script's policy). Read `violations` after the checks.
 */
export async function watchCsp(page: Page): Promise<{ violations: () => Promise<string[]>; workers: string[] }> {
  const reported: string[] = []
  const workers: string[] = []
  const onConsole = (m: ConsoleMessage) => {
    if (/Content[ -]Security[ -]Policy|falling back to main thread/i.test(m.text())) reported.push(`console: ${m.text()}`)
  }
  page.on('console', onConsole)
  page.on('worker', (w) => {
    workers.push(w.url())
    w.on('console', onConsole)
  })
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = [])
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`))
  })
  return {
    workers,
    // The page's own list is gone when it navigated away (a form post): Chrome's console reports remain.
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])), ...reported],
  }
}
