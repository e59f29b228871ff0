/**
 * A resident on the real thing: the site built by the CMS's own pipeline from the demo content, served as
 * `npm start` serves it, with its forms posting to the running CMS. JavaScript on and off.
 * Screenshots land in cms/test-results/screenshots/.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sirv from 'sirv'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoUsers } from '../src/seed/demoUsers'
import { api, login, type Session } from '../test/rest'
import { launchChromium, screenshotDir } from './browser'

let browser: Browser
let server: http.Server
let editor: Session
const siteUrl = () => `http://127.0.0.1:${inject('sitePort')}`
const live = () => path.join(inject('siteBuildsDir'), 'live')
let phoneSeq = 0
const phone = () => `137${String(Date.now() % 1e5).padStart(5, '0')}${String(++phoneSeq).padStart(3, '0')}`

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `resident-${name}.png`), fullPage: true })

/** axe runs as a script in the page: check a JavaScript-less page's HTML in a page that allows it. */
async function noAxeViolations(page: Page) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const copy = await context.newPage()
  await copy.setContent(await page.content())
  const { violations } = await new AxeBuilder({ page: copy }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  await context.close()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

async function newPage(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  return { context, page }
}

/** The first published document of a collection matching a query, read as staff. */
async function first<T>(collection: string, where: string): Promise<T> {
  const res = await api(`/api/${collection}?${where}&depth=0&limit=1`, { session: editor })
  expect(res.status).toBe(200)
  return res.body.docs[0] as T
}

beforeAll(async () => {
  const user = demoUsers.find((u) => u.role === 'editor')!
  editor = await login(user.email, user.password)
  // Publish the demo content through the pipeline, as the admin's "rebuild now" button does.
  const queued = await api('/api/site-builds/rebuild', { method: 'POST', session: editor })
  expect(queued.status).toBe(202)
  const deadline = Date.now() + 280_000
  for (;;) {
    const b = await api(`/api/site-builds/${queued.body.id}?depth=0`, { session: editor })
    if (b.body?.status === 'live') break
    if (b.body?.status === 'failed') throw new Error(`网站构建失败：${b.body.error}`)
    if (Date.now() > deadline) throw new Error('网站构建超时')
    await new Promise((r) => setTimeout(r, 1000))
  }
  server = http.createServer((req, res) =>
    sirv(fs.realpathSync(live()), { dev: true, extensions: ['html'] })(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    }),
  )
  await new Promise<void>((r) => server.listen(inject('sitePort'), '127.0.0.1', () => r()))
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => server?.close(r))
})

describe('a resident on the public site, against the running CMS', () => {
  it('finds an explainer by a Chinese phrase', async () => {
    const { context, page } = await newPage(true)
    await page.goto(`${siteUrl()}/search/`)
    await page.locator('input[name=q]').fill('借婚姻索取财物')
    await page.locator('input[name=q]').press('Enter')
    const firstResult = page.locator('#search-results a').first()
    await firstResult.waitFor({ timeout: 15_000 })
    expect(await firstResult.innerText()).toContain('彩礼')
    await shot(page, 'search')
    await context.close()
  })

  it('signs up for a lecture with JavaScript off: a page with the check-in code and QR, then cancels there', async () => {
    const lecture = await first<{ slug: string; title: string }>('lectures', 'where[slug][equals]=lecture-tort-neighbourhood')
    const { context, page } = await newPage(false)
    await page.goto(`${siteUrl()}/lectures/${lecture.slug}/`)
    const p = phone()
    await page.locator('input[name=name]').fill('陈阿婆')
    await page.locator('input[name=phone]').fill(p)
    await page.locator('input[name=attendees]').fill('2')
    await page.locator('form[data-enhance=registration] input[name=consent]').check()
    await Promise.all([page.waitForURL(/\/api\/public\/registrations\/result\?code=/), page.getByRole('button', { name: /确认报名|登记候补/ }).click()])
    await expect.poll(() => page.locator('h1').innerText()).toBe('报名成功')
    const body = await page.locator('main').innerText()
    expect(body).toContain(lecture.title)
    expect(body).toMatch(/共 2 人/)
    const code = (await page.locator('.big-code').first().innerText()).trim()
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    const qr = page.getByRole('img', { name: `签到二维码：${code}` })
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(body).not.toContain('陈阿婆')
    expect(body).not.toContain(p)
    await noAxeViolations(page)
    await shot(page, 'signup-no-js')

    // The staff list holds it, confirmed, with the code shown on the page.
    const stored = await first<{ status: string; checkInCode: string }>('registrations', `where[checkInCode][equals]=${code}`)
    expect(stored.status).toBe('confirmed')

    await page.getByLabel('手机号后四位').fill(p.slice(-4))
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: '取消报名' }).click()])
    await expect.poll(() => page.locator('h1').innerText()).toBe('报名已取消')
    expect((await first<{ status: string }>('registrations', `where[checkInCode][equals]=${code}`)).status).toBe('cancelled')
    await context.close()
  })

  it('signs up with JavaScript on: the result appears in place, with the QR from the CMS', async () => {
    const { context, page } = await newPage(true)
    await page.goto(`${siteUrl()}/lectures/lecture-tort-neighbourhood/`)
    await page.locator('input[name=name]').fill('林伯')
    await page.locator('input[name=phone]').fill(phone())
    await page.locator('form[data-enhance=registration] input[name=consent]').check()
    await page.getByRole('button', { name: /确认报名|登记候补/ }).click()
    const result = page.locator('[data-form-status]')
    await result.getByText('报名成功').waitFor({ timeout: 15_000 })
    expect(page.url()).toContain('/lectures/lecture-tort-neighbourhood/')
    const qr = result.locator('img')
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true)
    await shot(page, 'signup-js')
    await context.close()
  })

  it('signs up twice by mistake: told it is already in, with no codes, with and without JavaScript', async () => {
    const p = phone()
    const fill = async (page: Page) => {
      await page.goto(`${siteUrl()}/lectures/lecture-tort-neighbourhood/`)
      await page.locator('input[name=name]').fill('周阿姨')
      await page.locator('input[name=phone]').fill(p)
      await page.locator('form[data-enhance=registration] input[name=consent]').check()
    }
    const { context, page } = await newPage(true)
    await fill(page)
    await page.getByRole('button', { name: /确认报名|登记候补/ }).click()
    const result = page.locator('[data-form-status]')
    await result.getByText(/报名成功|已登记候补/).first().waitFor({ timeout: 15_000 })
    const firstCodes = await result.locator('.big-code').allInnerTexts()
    expect(firstCodes.length).toBeGreaterThan(0)

    // Again from a fresh page, as after a reload: the answer says it is in, and where the result is.
    await fill(page)
    await page.getByRole('button', { name: /确认报名|登记候补/ }).click()
    await result.getByText('报名已收到').waitFor({ timeout: 15_000 })
    const again = await result.innerText()
    expect(again).toContain('不需要再次提交')
    for (const code of firstCodes) expect(again).not.toContain(code.trim())
    expect(await result.locator('.big-code').count()).toBe(0)
    // The form keeps what was typed, in case the phone number was a slip.
    expect(await page.locator('input[name=phone]').inputValue()).toBe(p)
    await shot(page, 'signup-twice-js')
    await context.close()

    const noJs = await newPage(false)
    await fill(noJs.page)
    await Promise.all([noJs.page.waitForURL(/\/api\/public\/registrations\/received\?lecture=\d+$/), noJs.page.getByRole('button', { name: /确认报名|登记候补/ }).click()])
    expect(await noJs.page.locator('h1').innerText()).toBe('报名已收到')
    const text = await noJs.page.locator('main').innerText()
    for (const code of firstCodes) expect(text).not.toContain(code.trim())
    expect(text).not.toContain(p)
    await noAxeViolations(noJs.page)
    await shot(noJs.page, 'signup-twice-no-js')
    await noJs.context.close()
  })

  it('refuses bad input without JavaScript on a page that says what is wrong', async () => {
    const { context, page } = await newPage(false)
    await page.goto(`${siteUrl()}/lectures/lecture-tort-neighbourhood/`)
    await page.locator('input[name=name]').fill('王')
    await page.locator('input[name=phone]').fill('12345')
    await page.locator('form[data-enhance=registration] input[name=consent]').check()
    // The browser's own check would stop this phone number; a resident on an old browser gets the server's answer.
    await page.locator('form[data-enhance=registration]').evaluate((f: HTMLFormElement) => (f.noValidate = true))
    await page.getByRole('button', { name: /确认报名|登记候补/ }).click()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').innerText()).toContain('手机号码：请填写 11 位手机号码')
    await noAxeViolations(page)
    await shot(page, 'signup-error-no-js')
    await context.close()
  })

  it('sends an opinion on one article and looks up its status, with and without JavaScript', async () => {
    const now = new Date().toISOString()
    const open = await first<{ id: number; slug: string; articles: { number: number; label: string }[] }>(
      'consultations',
      `where[opensAt][less_than]=${now}&where[closesAt][greater_than]=${now}&where[_status][equals]=published`,
    )
    const article = open.articles[0]!
    const { context, page } = await newPage(true)
    await page.goto(`${siteUrl()}/consultations/${open.slug}/${article.number}/`)
    const p = phone()
    const form = page.locator('form[data-enhance=opinion]').first()
    await form.locator('textarea[name=content]').fill('建议把办理时限写明确，方便老人家办事。')
    await form.locator('input[name=name]').fill('黄大叔')
    await form.locator('input[name=phone]').fill(p)
    await form.locator('select[name=identity]').selectOption('resident')
    await form.locator('input[name=consent]').check()
    await form.getByRole('button', { name: /提交/ }).click()
    const receiptBox = form.locator('[data-form-status] .big-code')
    await receiptBox.waitFor({ timeout: 15_000 })
    const receipt = (await receiptBox.innerText()).trim()
    expect(receipt).toMatch(/^YJ\d{6}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}$/)
    await shot(page, 'opinion-js')

    // Stored on that article; staff forward it with a reply.
    const stored = await first<{ id: number; articleNumber: number; channel: string }>('opinions', `where[receipt][equals]=${receipt}`)
    expect(stored).toMatchObject({ articleNumber: article.number, channel: 'online' })
    const updated = await api(`/api/opinions/${stored.id}`, { method: 'PATCH', session: editor, json: { status: 'forwarded', feedback: '已报送全国人大常委会法工委' } })
    expect(updated.status).toBe(200)

    // Status lookup on the site (JavaScript on): answered in place.
    await page.goto(`${siteUrl()}/opinions/status/?receipt=${receipt}`)
    await page.getByLabel('手机号后四位').fill(p.slice(-4))
    await page.getByRole('button', { name: '查询' }).click()
    await page.getByText('当前状态：已报送上级人大').waitFor({ timeout: 15_000 })
    expect(await page.locator('main').innerText()).toContain('已报送全国人大常委会法工委')
    await shot(page, 'status-js')
    await context.close()

    // The same lookup without JavaScript: the form's GET lands on the CMS's page.
    const noJs = await newPage(false)
    await noJs.page.goto(`${siteUrl()}/opinions/status/`)
    await noJs.page.getByLabel('回执编号').fill(receipt)
    await noJs.page.getByLabel('手机号后四位').fill(p.slice(-4))
    await Promise.all([noJs.page.waitForURL(/\/api\/public\/opinions\/status\?/), noJs.page.getByRole('button', { name: '查询' }).click()])
    const text = await noJs.page.locator('main').innerText()
    expect(text).toContain('当前状态：已报送上级人大')
    expect(text).not.toContain('黄大叔')
    await noAxeViolations(noJs.page)
    await shot(noJs.page, 'status-no-js')
    await noJs.context.close()
  })

  it('sends an opinion without JavaScript and gets a receipt page', async () => {
    const now = new Date().toISOString()
    const open = await first<{ slug: string }>('consultations', `where[opensAt][less_than]=${now}&where[closesAt][greater_than]=${now}&where[_status][equals]=published`)
    const { context, page } = await newPage(false)
    await page.goto(`${siteUrl()}/consultations/${open.slug}/`)
    const form = page.locator('form[data-enhance=opinion]').first()
    await form.locator('textarea[name=content]').fill('整部草案写得清楚，建议增加典型案例解读。')
    await form.locator('input[name=name]').fill('李姨')
    await form.locator('input[name=phone]').fill(phone())
    await form.locator('select[name=identity]').selectOption('resident')
    await form.locator('input[name=consent]').check()
    await Promise.all([page.waitForURL(/\/api\/public\/opinions\/receipt\?receipt=YJ\d{6}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}$/), form.getByRole('button', { name: /提交/ }).click()])
    expect(await page.locator('h1').innerText()).toContain('提交成功')
    const receipt = new URL(page.url()).searchParams.get('receipt')!
    expect(await page.locator('.big-code').innerText()).toBe(receipt)
    // Nothing about the opinion without the phone's last four digits: the page offers the status lookup.
    expect(await page.locator('main').innerText()).not.toContain('整部草案')
    await page.getByLabel('手机号后四位').waitFor()
    await noAxeViolations(page)
    await shot(page, 'opinion-no-js')
    await context.close()
  })
})
