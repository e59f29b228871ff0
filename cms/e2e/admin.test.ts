/**
 * What each role sees when logging into the Chinese admin filled with the demo content.
 * Screenshots land in cms/test-results/screenshots/ for a person to look at.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
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
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: path.join(screenshotDir, `admin-${role}-after-login.png`) })
  return page
}

const navText = async (page: Page) => (await page.locator('nav').first().innerText()).replace(/\s+/g, ' ')

describe('Chinese admin for each role', () => {
  it('editor: all content and submissions, in Chinese', async () => {
    const page = await loginAs('editor')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    const nav = await navText(page)
    for (const label of ['新闻动态', '普法解读', '普法讲座 / 立法讲坛', '立法意见征集', '意见建议', '讲座报名', '咨询专家库'])
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
    await page.goto(`${cmsUrl()}/admin/collections/opinions`)
    await page.waitForLoadState('networkidle')
    const table = await page.locator('body').innerText()
    expect(table).not.toMatch(/1[3-9]\d{9}/)
    await page.screenshot({ path: path.join(screenshotDir, 'admin-volunteer-opinions.png') })
    await page.close()
  })

  it('liaison: only the opinions gathered at their own collection point', async () => {
    const page = await loginAs('liaison')
    const nav = await navText(page)
    expect(nav).toContain('意见建议')
    expect(nav).not.toContain('咨询专家库')
    await page.goto(`${cmsUrl()}/admin/collections/opinions?limit=100`)
    await page.waitForLoadState('networkidle')
    const rows = page.locator('table tbody tr')
    const count = await rows.count()
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i++) expect(await rows.nth(i).innerText()).toContain('信息采集点线下收集')
    await page.screenshot({ path: path.join(screenshotDir, 'admin-liaison-opinions.png') })
    await page.close()
  })

  it('admin: user accounts', async () => {
    const page = await loginAs('admin')
    await page.goto(`${cmsUrl()}/admin/collections/users`)
    await page.getByText('editor@lawpoint.local').first().waitFor({ timeout: 30_000 })
    await page.close()
  })
})
