/**
 * The law library as a resident uses it: a law's contents, going to an article by its number (with and without
 * JavaScript), an article's page with its text, neighbours, explainers and what cites it, and the layout at 200 %
 * zoom on a small phone.
 */
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openBuiltSite, screenshot } from './support'

const site = openBuiltSite()

async function phone(options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: options.width ?? 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled: options.javaScriptEnabled ?? true })
  return context.newPage()
}
const close = (page: Page) => page.context().close()
const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search

describe('a law\'s table of contents', () => {
  it('lists every article of the Civil Code by book and chapter; a book opens with one tap', async () => {
    const page = await phone()
    await page.goto(site.server.url + '/civil-code/')
    const articles = await page.locator('a[href^="/civil-code/"]').evaluateAll((links) => new Set(links.map((a) => a.getAttribute('href')).filter((h) => /^\/civil-code\/\d+\/$/.test(h!))).size)
    expect(articles).toBe(1260)
    const books = page.locator('details.toc-fold > summary')
    expect(await books.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('侵权责任编')]))
    expect(await books.count()).toBe(8)
    // Folded: the page opens short. One tap on 侵权责任编 shows its chapters and articles.
    const article = page.getByRole('link', { name: '第一千一百六十四条', exact: true })
    expect(await article.isVisible()).toBe(false)
    await books.filter({ hasText: '侵权责任编' }).click()
    expect(await page.getByRole('heading', { name: /第一章 一般规定/ }).last().isVisible()).toBe(true)
    await article.click()
    await page.waitForURL('**/civil-code/1164/')
    await close(page)
  })

  it('the article page\'s 目录 link opens its book at the article', async () => {
    const page = await phone()
    await page.goto(site.server.url + '/civil-code/1165/')
    await page.getByRole('navigation', { name: '上一条、下一条' }).getByRole('link', { name: /目录/ }).click()
    await page.waitForURL('**/civil-code/#a-1165')
    const row = page.locator('#a-1165')
    expect(await row.isVisible()).toBe(true)
    expect(await row.evaluate((li) => li.getBoundingClientRect().top > -2 && li.getBoundingClientRect().top < innerHeight)).toBe(true)
    await close(page)
  })

  it('goes to an article by its number: straight to the page with JavaScript, through the search without', async () => {
    const page = await phone()
    await page.goto(site.server.url + '/civil-code/')
    await page.getByLabel('按条文序号查看').fill('一千一百六十五')
    await page.getByRole('button', { name: '查看' }).click()
    await page.waitForURL('**/civil-code/1165/')
    await page.goto(site.server.url + '/laws/')
    await page.getByLabel('法律', { exact: true }).selectOption({ label: '个人信息保护法' })
    await page.getByLabel('条文序号').fill('第28条')
    await page.getByRole('button', { name: '查看' }).click()
    await page.waitForURL('**/laws/personal-information-protection-law/28/')
    await close(page)

    const noJs = await phone({ javaScriptEnabled: false })
    await noJs.goto(site.server.url + '/civil-code/')
    await noJs.getByLabel('按条文序号查看').fill('1165')
    await noJs.getByRole('button', { name: '查看' }).click()
    await noJs.waitForURL('**/search/?q=1165')
    expect(path(noJs)).toBe('/search/?q=1165')
    await close(noJs)
  })
})

describe('an article\'s page', () => {
  it('without an explainer: the text of the law, its place and its neighbours', async () => {
    const page = await phone()
    await page.goto(site.server.url + '/civil-code/1164/')
    expect(await page.locator('h1').innerText()).toBe('民法典第一千一百六十四条')
    const main = await page.locator('main').innerText()
    expect(main).toContain('侵权责任编 · 第一章 一般规定')
    expect(main).toContain('本编调整因侵害民事权益产生的民事关系。')
    await page.getByRole('link', { name: /上一条\s*第一千一百六十三条/ }).click()
    await page.waitForURL('**/civil-code/1163/')
    await page.getByRole('link', { name: /下一条\s*第一千一百六十四条/ }).click()
    await page.waitForURL('**/civil-code/1164/')
    await close(page)
  })

  it('with an explainer: the law text and the explanation, its 俗称, cases and Q&A shown', async () => {
    const page = await phone()
    await page.goto(site.server.url + '/civil-code/1254/')
    for (const text of ['禁止从建筑物中抛掷物品', '通俗解读', '俗称：高空抛物、高空坠物', '楼上坠落花盆砸伤路人'])
      expect(await page.getByText(text).first().isVisible(), text).toBe(true)
    await page.goto(site.server.url + '/civil-code/1165/')
    expect(await page.getByText('问：邻居装修把我家墙面弄裂了，能要求赔偿吗？').isVisible()).toBe(true)
    await screenshot(page, 'law-article-explained-390')
    await close(page)
  })

  it('of a run of articles explained together: links to the explainer', async () => {
    const page = await phone()
    await page.goto(site.server.url + '/civil-code/1247/')
    expect(await page.getByText('禁止饲养的烈性犬等危险动物造成他人损害的').isVisible()).toBe(true)
    await page.getByRole('link', { name: '养狗伤了人，谁来担责' }).click()
    await page.waitForURL('**/civil-code/1245/')
    expect(await page.locator('h1').innerText()).toContain('养狗伤了人，谁来担责')
    expect(await page.getByRole('link', { name: '第一千二百四十七条' }).first().isVisible()).toBe(true)
    await close(page)
  })

  it('links the lectures that cite it', async () => {
    const page = await phone()
    await page.goto(site.server.url + '/civil-code/1254/')
    await page.getByRole('link', { name: '高空抛物，谁来担责' }).click()
    await page.waitForURL('**/lectures/high-altitude-objects/')
    await close(page)
  })

  it('offers the opinion form of a draft under consultation that touches it', async () => {
    const page = await phone()
    await page.goto(site.server.url + '/civil-code/1247/')
    await screenshot(page, 'law-article-consultation-390')
    await page.getByRole('link', { name: '我要提意见' }).click()
    await page.waitForURL('**/consultations/jiangmen-dog-regulation/#h-whole')
    expect(await page.locator('#op-whole textarea[name="content"]').isVisible()).toBe(true)
    await close(page)
  })

  it('transfers under 30 KB (gzip), everything it loads included', async () => {
    for (const url of ['/civil-code/1165/', '/civil-code/1164/', '/civil-code/1254/']) {
      const page = await phone()
      const sizes: number[] = []
      page.on('response', async (r) => {
        const body = await r.body().catch(() => null)
        if (body) sizes.push(gzipSync(body).length)
      })
      await page.goto(site.server.url + url, { waitUntil: 'networkidle' })
      expect(sizes.reduce((a, b) => a + b, 0), url).toBeLessThan(30 * 1024)
      await close(page)
    }
  })
})

describe('small screens', () => {
  // 200 % zoom on a 360px-wide phone lays the page out 180 CSS px wide; 320px is the narrowest phone.
  for (const width of [180, 320])
    it(`nothing scrolls sideways ${width}px wide`, async () => {
      const page = await phone({ width })
      for (const url of ['/civil-code/', '/civil-code/1165/', '/civil-code/1247/', '/laws/', '/laws/constitution/']) {
        await page.goto(site.server.url + url)
        // Open every folded book: its contents must fit too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
        expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(width)
      }
      await screenshot(page, `laws-${width}`)
      await close(page)
    })
})
