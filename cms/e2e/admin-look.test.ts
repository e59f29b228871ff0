/**
 * What an administrator notices in the admin filled with the demo content: nothing is fetched from another origin,
 * list cells never show a placeholder (empty means a dash, a relationship its title), the dashboard writes its figures
 * as text and each bar leads to the matching list, a consultation lists its opinions by article, and the dashboard
 * stays readable in the dark theme. Screenshots land in cms/test-results/screenshots/ (look-*.png).
 */
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { opinionStatuses } from '@lawpoint/content-types'
import { demoUsers } from '../src/seed/demoUsers'
import { launchChromium, screenshotDir } from './browser'

let browser: Browser
let context: BrowserContext
let page: Page
const cmsUrl = () => inject('cmsUrl')
/** Every URL any page of the test asked for, from every context. */
const requested = new Set<string>()
const shot = (p: Page, name: string) => p.screenshot({ path: path.join(screenshotDir, `look-${name}.png`), fullPage: true })

async function newContext(options: { colorScheme?: 'dark' | 'light'; storageState?: Awaited<ReturnType<BrowserContext['storageState']>> } = {}) {
  const c = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options })
  c.on('request', (r) => void requested.add(r.url()))
  return c
}

beforeAll(async () => {
  browser = await launchChromium()
  context = await newContext()
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
  const admin = demoUsers.find((u) => u.role === 'admin')!
  // The first visit compiles the admin under `next dev`: give it time.
  await page.goto(`${cmsUrl()}/admin/login`, { timeout: 240_000 })
  await page.locator('input[name="email"]').fill(admin.email)
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 120_000 })
})

afterAll(async () => {
  await browser?.close()
})

/** The admin's own REST API, asked from the admin page as the admin (the login cookie counts only on the CMS's origin). */
async function apiGet<T>(url: string): Promise<T> {
  const { status, body } = await page.evaluate(async (u) => {
    const res = await fetch(u, { credentials: 'include' })
    return { status: res.status, body: await res.json() }
  }, url)
  expect(status, url).toBe(200)
  return body as T
}
const count = async (collection: string, query: string) => (await apiGet<{ totalDocs: number }>(`/api/${collection}/count?${query}`)).totalDocs

/** What a reader sees of an element: its text with runs of white space as one space. */
const text = async (l: Locator) => (await l.innerText()).replace(/\s+/g, ' ').trim()

/** Opens a list and waits until its rows (or its empty state) are there and every relationship title has arrived. */
async function openList(url: string) {
  await page.goto(url, { timeout: 120_000 })
  await page
    .locator('table tbody tr, .no-results')
    .first()
    .waitFor()
    .catch((e: Error) => {
      throw new Error(`${url}：列表没有出现（${e.message}）`)
    })
  // Relationship titles load once their row scrolls into view.
  for (const row of await page.locator('table tbody tr').all()) await row.scrollIntoViewIfNeeded()
  await page.waitForLoadState('networkidle')
  await expect
    .poll(() => page.locator('table tbody td').evaluateAll((tds) => tds.filter((td) => /加载中/.test((td as HTMLElement).innerText)).length), { timeout: 60_000, interval: 500 })
    .toBe(0)
}

/** Each data cell's text; an empty one as the dash its CSS draws (custom.scss). */
const cellTexts = () =>
  page.locator('table tbody td:not(.cell-_select):not(.cell-_dragHandle)').evaluateAll((tds) =>
    tds.map((td) => {
      const text = (td as HTMLElement).innerText.trim()
      if (text) return { column: td.className, text }
      const empty = td.querySelector('span:empty')
      const drawn = empty ? getComputedStyle(empty, '::before').content.replace(/^"|"$/g, '') : ''
      return { column: td.className, text: drawn }
    }),
  )

describe('the admin as an administrator sees it', () => {
  it('dashboard: each consultation’s opinions by status and channel, written as numbers that match the lists', async () => {
    await page.goto(`${cmsUrl()}/admin`, { timeout: 120_000 })
    const dashboard = page.getByTestId('intake-dashboard')
    await dashboard.waitFor()
    await page.waitForLoadState('networkidle')
    await shot(page, 'dashboard')
    const items = dashboard.locator('[data-consultation]')
    expect(await items.count()).toBeGreaterThan(0)
    let withOpinions = 0
    for (const item of await items.all()) {
      const id = (await item.getAttribute('data-consultation'))!
      const total = await count('opinions', `where[consultation][equals]=${id}`)
      expect(await text(item.locator('[data-total]'))).toBe(`共 ${total} 条意见`)
      if (total) withOpinions++
      for (const s of opinionStatuses) {
        const n = await count('opinions', `where[consultation][equals]=${id}&where[status][equals]=${s.value}`)
        // The number is text beside the bar, not only a colour or a hover title.
        expect(await text(item.locator(`li[data-part="${s.value}"]`))).toBe(`${s.label} ${n}`)
      }
      for (const channel of ['online', 'offline']) {
        const n = await count('opinions', `where[consultation][equals]=${id}&where[channel][equals]=${channel}`)
        expect(await text(item.locator(`li[data-part="${channel}"]`))).toContain(` ${n}`)
      }
    }
    expect(withOpinions, 'the seed gives opinions to the open and closed consultations').toBeGreaterThan(0)
    // Seats: taken and waiting, as text.
    const lecture = dashboard.locator('[data-lecture]').first()
    expect(await text(lecture.locator('li[data-part="confirmed"]'))).toMatch(/^已报名 \d+ 人$/)
  })

  it('dashboard: a bar’s segment leads to the list of exactly those opinions', async () => {
    await page.goto(`${cmsUrl()}/admin`)
    const item = page.locator('[data-consultation]').filter({ has: page.locator('a[data-segment="adopted"]') }).first()
    await item.waitFor()
    const segment = item.locator('a[data-segment="adopted"]')
    const id = (await item.getAttribute('data-consultation'))!
    const title = (await item.locator('.lp-dash__head a').innerText()).trim()
    const expected = await count('opinions', `where[consultation][equals]=${id}&where[status][equals]=adopted`)
    expect(expected).toBeGreaterThan(0)
    await segment.click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/opinions' && url.search.includes('where'))
    await openList(page.url())
    const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        status: (tr.querySelector('td.cell-status') as HTMLElement | null)?.innerText.trim(),
        consultation: (tr.querySelector('td.cell-consultation') as HTMLElement | null)?.innerText.trim(),
      })),
    )
    expect(rows).toHaveLength(expected)
    for (const row of rows) expect(row).toEqual({ status: '已采纳', consultation: title })
    await shot(page, 'dashboard-bar-link')
  })

  it('every list: no placeholder, an empty cell shows a dash, a relationship its title', async () => {
    await page.goto(`${cmsUrl()}/admin`)
    const lists = await page.locator('nav a[href^="/admin/collections/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))])
    expect(lists.length).toBeGreaterThanOrEqual(15)
    for (const href of lists) {
      await openList(`${cmsUrl()}${href}`)
      const cells = await cellTexts()
      for (const cell of cells) {
        expect(cell.text, `${href} ${cell.column}`).not.toMatch(/<没有|<No |^$|无标题|Untitled/)
      }
      await shot(page, `list-${href.split('/').pop()}`)
    }
    // A sign-up's lecture is required: its column names the lecture, never a dash.
    await openList(`${cmsUrl()}/admin/collections/registrations`)
    const lectures = await page.locator('td.cell-lecture').allInnerTexts()
    expect(lectures.length).toBeGreaterThan(0)
    for (const t of lectures) expect(t.trim()).toMatch(/讲座|讲坛/)
  }, 900_000)

  it('a consultation’s page lists its opinions by article, each count linking to those opinions', async () => {
    type Doc = { id: number; title: string; articles?: { number: number; label: string }[] }
    const { docs } = await apiGet<{ docs: Doc[] }>('/api/consultations?limit=10&depth=0&select[title]=true&select[articles]=true')
    let chosen: (typeof docs)[number] | undefined
    for (const d of docs) if (!chosen && (await count('opinions', `where[consultation][equals]=${d.id}`)) > 0) chosen = d
    expect(chosen, 'a consultation with opinions').toBeDefined()
    const c = chosen!
    await page.goto(`${cmsUrl()}/admin/collections/consultations/${c.id}`)
    const box = page.getByTestId('opinions-by-article')
    await box.waitFor()
    await page.waitForLoadState('networkidle')
    await shot(page, 'consultation')
    expect(await text(box.locator('tr[data-article="whole"] td'))).toBe(`${await count('opinions', `where[consultation][equals]=${c.id}&where[articleNumber][exists]=false`)} 条`)
    expect(await box.locator('tbody tr[data-article]').count()).toBe((c.articles?.length ?? 0) + 1)
    let linked: { number: number; label: string; n: number } | undefined
    for (const a of c.articles ?? []) {
      const n = await count('opinions', `where[consultation][equals]=${c.id}&where[articleNumber][equals]=${a.number}`)
      const row = box.locator(`tr[data-article="${a.number}"]`)
      expect(await text(row.locator('th'))).toContain(a.label)
      expect(await text(row.locator('td'))).toBe(`${n} 条`)
      if (n > 0) linked ??= { ...a, n }
    }
    expect(linked, 'an article with opinions').toBeDefined()
    await box.locator(`tr[data-article="${linked!.number}"] a`).click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/opinions' && url.search.includes('articleNumber'))
    await openList(page.url())
    const labels = await page.locator('table tbody td.cell-articleLabel').allInnerTexts()
    expect(labels.map((l) => l.trim())).toEqual(Array(linked!.n).fill(linked!.label))
  })

  it('the dashboard in the dark theme: dark background, readable text (axe)', async () => {
    const dark = await newContext({ colorScheme: 'dark', storageState: await context.storageState() })
    const p = await dark.newPage()
    await p.goto(`${cmsUrl()}/admin`, { timeout: 120_000 })
    const dashboard = p.getByTestId('intake-dashboard')
    await dashboard.waitFor()
    await expect.poll(() => p.locator('html').getAttribute('data-theme')).toBe('dark')
    await p.waitForLoadState('networkidle')
    const colours = await dashboard.locator('.lp-dash__item').first().evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, text: getComputedStyle(el).color }))
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    expect(luminance(colours.background), colours.background).toBeLessThan(0.1)
    expect((luminance(colours.text) + 0.05) / (luminance(colours.background) + 0.05), `${colours.text} on ${colours.background}`).toBeGreaterThanOrEqual(4.5)
    await shot(p, 'dashboard-dark')
    for (const [name, target] of [['dark', p], ['light', page]] as const) {
      if (target === page) await page.goto(`${cmsUrl()}/admin`)
      await target.getByTestId('intake-dashboard').waitFor()
      const { violations } = await new AxeBuilder({ page: target }).include('[data-testid="intake-dashboard"]').withTags(['wcag2a', 'wcag2aa']).analyze()
      expect(violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
    await dark.close()
  })

  it('no page asked anything of another origin (fonts, avatars, editors, CDNs)', async () => {
    // Also the pages not visited above: an editor with rich text, an upload form, the account page, the globals.
    for (const p of ['/admin/collections/news/create', '/admin/collections/media/create', '/admin/account', '/admin/globals/site-settings', '/admin/globals/search-synonyms']) {
      await page.goto(`${cmsUrl()}${p}`)
      await page.waitForLoadState('networkidle')
    }
    const origin = new URL(cmsUrl()).origin
    const outside = [...requested].filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)
    expect(requested.size).toBeGreaterThan(50)
    expect(outside).toEqual([])
  })
})
