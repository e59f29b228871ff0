/**
 * Every page template: renders its Chinese text, passes axe (WCAG 2.1 AA), screenshot at phone width, and the
 * Content-Security-Policy (meta tag and header, as served) blocks nothing the page loads or runs.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import { openBuiltSite, screenshot, templates, watchCsp } from './support'

const site = openBuiltSite()
let context: BrowserContext
beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
})

describe.each(templates)('$name', ({ name, path, text }) => {
  it('renders and has no axe violations', async () => {
    const page = await context.newPage()
    const csp = await watchCsp(page)
    const response = await page.goto(site.server.url + path, { waitUntil: 'load' })
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    if (name === 'search') {
      // The search read its static index under the policy and found the page.
      // (No results in time: say what the policy blocked, if anything, rather than just "timeout".)
      await page.waitForSelector('#search-results li', { timeout: 15_000 }).catch(async (e) => {
        expect(await csp.violations()).toEqual([])
        throw e
      })
      expect(await page.locator('#search-results li a').first().getAttribute('href')).toBe('/civil-code/1254/')
      expect(await page.locator('#search-results mark').first().textContent()).toBe('高空抛物')
    }
    await expect(page.locator('body')).toBeDefined()
    expect(await page.locator('body').innerText()).toContain(text)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    const summary = result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
    expect(summary).toEqual([])
    // Nothing wider than the phone screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, `${name}-390`)
    // Let late scripts (the offline seat count) finish before asking.
    await page.waitForLoadState('networkidle')
    expect(await csp.violations()).toEqual([])
    await page.close()
  })
})

describe('the policy check', () => {
  it('sees what the policy blocks (so the checks above are not vacuous)', async () => {
    const page = await context.newPage()
    const csp = await watchCsp(page)
    await page.goto(site.server.url + '/about/', { waitUntil: 'load' })
    await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.injected = true'
      document.body.append(s)
      return fetch('https://example.invalid/').catch(() => null)
    })
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined()
    const seen = await csp.violations()
    expect(seen.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true)
    expect(seen.some((v) => v.startsWith('connect-src blocked https://example.invalid'))).toBe(true)
    await page.close()
  })
})
