/**
 * What each role sees when logging into the Chinese admin filled with the demo content.
 * Screenshots land in cms/test-results/screenshots/ for a person to look at.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { consultations } from '../src/seed/data/consultations'
import { demoOpinions, demoRegistrants } from '../src/seed/demoSubmissions'
import { demoUsers } from '../src/seed/demoUsers'
import { launchChromium, screenshotDir } from './browser'

let browser: Browser
const cmsUrl = () => inject('cmsUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function loginAs(role: string): Promise<Page> {
  const user = demoUsers.find((u) => u.role === role)!
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  // The first visit compiles the admin under `next dev`: give it time.
  await page.goto(`${cmsUrl()}/admin/login`, { timeout: 90_000 })
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: path.join(screenshotDir, `admin-${role}-after-login.png`) })
  return page
}

const navText = async (page: Page) => (await page.locator('nav').first().innerText()).replace(/\s+/g, ' ')

/** A list view with these columns (Payload reads them from the URL), up to 100 rows. */
const listUrl = (collection: string, columns: string[]) =>
  `${cmsUrl()}/admin/collections/${collection}?limit=100&columns=${encodeURIComponent(JSON.stringify(columns))}`

/** Waits for the list table, then reads each row's cells by column (td.cell-<field>). */
async function tableRows(page: Page, columns: string[]): Promise<Record<string, string>[]> {
  await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  return page.locator('table tbody tr').evaluateAll(
    (trs, cols) =>
      trs.map((tr) => Object.fromEntries(cols.map((c) => [c, (tr.querySelector(`td.cell-${c}`) as HTMLElement | null)?.innerText.trim() ?? ''])) as Record<string, string>),
    columns,
  )
}

/** Column headings, without the row-selection checkbox's empty one. */
const headings = async (page: Page) => (await page.locator('table thead th').allInnerTexts()).map((t) => t.trim()).filter(Boolean)

/** Consultations that take opinions get every demo opinion (cms/src/seed/run.ts). */
const consultationsWithOpinions = consultations.filter((c) => c.opensInDays <= 0).length
const residentNames = [...demoOpinions.map((o) => o.name), ...demoRegistrants]

describe('Chinese admin for each role', () => {
  it('editor: all content and submissions, in Chinese', async () => {
    const page = await loginAs('editor')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    const nav = await navText(page)
    for (const label of ['新闻动态', '普法解读', '法律法规', '法条', '普法讲座 / 立法讲坛', '立法意见征集', '意见建议', '讲座报名', '咨询专家库'])
      expect(nav).toContain(label)
    await page.screenshot({ path: path.join(screenshotDir, 'admin-editor-dashboard.png') })
    await page.goto(`${cmsUrl()}/admin/collections/law-explainers?limit=100`)
    await page.getByText('彩礼能不能要回来').first().waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(screenshotDir, 'admin-editor-explainers.png') })
    await page.close()
  })

  it('volunteer: recaps yes, expert pool and registrations no', async () => {
    const page = await loginAs('volunteer')
    const nav = await navText(page)
    expect(nav).toContain('活动回顾')
    expect(nav).not.toContain('咨询专家库')
    expect(nav).not.toContain('讲座报名')
    // Ask for the personal columns too: a volunteer must get the opinions without them.
    const columns = ['receipt', 'content', 'name', 'phone', 'channel', 'status']
    await page.goto(listUrl('opinions', columns))
    const rows = await tableRows(page, columns)
    // Something is really listed: every seeded opinion, each with its receipt and its words.
    expect(rows.length).toBeGreaterThanOrEqual(demoOpinions.length * consultationsWithOpinions)
    for (const row of rows) expect(row.receipt).toMatch(/^YJ\d{6}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}$/)
    const contents = rows.map((r) => r.content)
    for (const o of demoOpinions) expect(contents.filter((c) => c === o.content), o.content).toHaveLength(consultationsWithOpinions)
    // …and nobody's name or phone: no column for them, nothing on the page.
    const heads = await headings(page)
    expect(heads).toContain('意见内容')
    expect(heads).not.toContain('姓名')
    expect(heads).not.toContain('手机号码')
    for (const row of rows) expect([row.name, row.phone]).toEqual(['', ''])
    const body = await page.locator('body').innerText()
    for (const name of residentNames) expect(body, name).not.toContain(name)
    expect(body).not.toMatch(/1[3-9]\d{9}/)
    expect(body).not.toMatch(/1[3-9]\d[*＊•]{4}\d{4}/)
    await page.screenshot({ path: path.join(screenshotDir, 'admin-volunteer-opinions.png'), fullPage: true })
    await page.close()
  })

  it('liaison: only the opinions gathered at their own collection point', async () => {
    const liaison = demoUsers.find((u) => u.role === 'liaison')!
    const page = await loginAs('liaison')
    const nav = await navText(page)
    expect(nav).toContain('意见建议')
    expect(nav).not.toContain('咨询专家库')
    const columns = ['receipt', 'content', 'channel', 'collectionPoint']
    await page.goto(listUrl('opinions', columns))
    const rows = await tableRows(page, columns)
    // Exactly the seeded offline opinions of the liaison's point (英南村), from every consultation…
    const own = demoOpinions.filter((o) => o.offline && (o.collectionPoint ?? '英南') === liaison.collectionPointName)
    const elsewhere = demoOpinions.filter((o) => o.offline && o.collectionPoint && o.collectionPoint !== liaison.collectionPointName)
    expect(own.length).toBeGreaterThan(0)
    expect(elsewhere.length, 'the seed has an offline opinion from another point').toBeGreaterThan(0)
    expect(rows.map((r) => r.content).sort()).toEqual(own.flatMap((o) => Array(consultationsWithOpinions).fill(o.content)).sort())
    for (const row of rows) {
      expect(row.channel).toContain('信息采集点线下收集')
      expect(row.collectionPoint).toContain(liaison.collectionPointName!)
    }
    // …and not those another point gathered, nor anything online.
    const body = await page.locator('body').innerText()
    for (const o of [...elsewhere, ...demoOpinions.filter((o) => !o.offline)]) expect(body, o.content).not.toContain(o.content)
    await page.screenshot({ path: path.join(screenshotDir, 'admin-liaison-opinions.png'), fullPage: true })
    await page.close()
  })

  it('admin: user accounts', async () => {
    const page = await loginAs('admin')
    const columns = ['name', 'email', 'role']
    await page.goto(listUrl('users', columns))
    const rows = await tableRows(page, columns)
    const roleLabels = { admin: '管理员', editor: '编辑（宣传干事）', volunteer: '志愿者', liaison: '信息采集点联络员' } as const
    expect(await headings(page)).toEqual(['姓名', '电子邮件', '角色'].map((h) => expect.stringContaining(h)))
    for (const u of demoUsers) {
      const row = rows.find((r) => r.email === u.email)
      expect(row, u.email).toBeDefined()
      expect(row!.name).toBe(u.name)
      expect(row!.role).toBe(roleLabels[u.role])
    }
    await page.screenshot({ path: path.join(screenshotDir, 'admin-admin-users.png'), fullPage: true })
    await page.close()
  })
})
