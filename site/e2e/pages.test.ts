/** Every page template: renders its Chinese text, passes axe (WCAG 2.1 AA), screenshot at phone width. */
import { AxeBuilder } from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext } from 'playwright-core'
import { launch, screenshot, serve, templates } from './support'

let browser: Browser
let context: BrowserContext
let server: Awaited<ReturnType<typeof serve>>

beforeAll(async () => {
  server = await serve(inject('dist'))
  browser = await launch()
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe.each(templates)('$name', ({ name, path, text }) => {
  it('renders and has no axe violations', async () => {
    const page = await context.newPage()
    await page.goto(server.url + path, { waitUntil: 'load' })
    if (name === 'search') await page.waitForSelector('#search-results li, #search-status:has-text("没有找到")', { timeout: 15_000 })
    await expect(page.locator('body')).toBeDefined()
    expect(await page.locator('body').innerText()).toContain(text)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    const summary = result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
    expect(summary).toEqual([])
    // Nothing wider than the phone screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, `${name}-390`)
    await page.close()
  })
})
