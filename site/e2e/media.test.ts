/**
 * Photos, covers and documents as residents meet them on the built site: each file loads, images are responsive
 * with alt text and set dimensions, the recap gallery's viewer works with JavaScript off and prints as a grid,
 * a consultation's PDF downloads, a news cover shows on the home page and in the share card.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openBuiltSite, screenshot } from './support'

const site = openBuiltSite()
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

/** Every image of the page: its file's status, whether it loaded, and its attributes. */
async function images(page: Page) {
  return page.$$eval('img', (imgs) =>
    imgs.map((i) => ({ src: i.getAttribute('src')!, alt: i.getAttribute('alt'), width: i.getAttribute('width'), height: i.getAttribute('height'), srcset: i.getAttribute('srcset'), loading: i.loading, complete: i.complete, natural: i.naturalWidth })),
  )
}

async function status(url: string) {
  const res = await fetch(url)
  return { status: res.status, type: res.headers.get('content-type'), bytes: (await res.arrayBuffer()).byteLength }
}

describe('a recap with twelve photos', () => {
  const path = '/recaps/recap-high-altitude-objects/'

  it('shows every photo with alt text, set dimensions and a loading file; the viewer files carry srcset', async () => {
    const context = await site.browser.newContext(phone)
    const page = await context.newPage()
    const failed: string[] = []
    page.on('response', (r) => r.url().includes('/media/') && r.status() !== 200 && failed.push(`${r.url()} ${r.status()}`))
    await page.goto(site.server.url + path)
    const thumbs = page.locator('.gallery-grid img')
    await expect.poll(() => thumbs.count()).toBe(12)
    for (const img of await images(page)) {
      expect(img.alt, img.src).toBeTruthy()
      expect(Number(img.width)).toBeGreaterThan(0)
      expect(Number(img.height)).toBeGreaterThan(0)
      expect(img.src).toMatch(/^\/media\/[0-9a-f]{20}\.webp$/)
      const file = await status(site.server.url + img.src)
      expect(file.status, img.src).toBe(200)
      expect(file.type).toBe('image/webp')
      expect(file.bytes).toBeLessThanOrEqual(120 * 1024)
    }
    const viewerImages = await page.$$eval('.viewer img', (imgs) => imgs.map((i) => i.getAttribute('srcset') ?? ''))
    expect(viewerImages).toHaveLength(12)
    for (const srcset of viewerImages) expect(srcset).toMatch(/^\/media\/\S+ 768w, \/media\/\S+ 1600w$/)
    await page.locator('.gallery-grid').scrollIntoViewIfNeeded()
    await screenshot(page, 'recap-gallery-phone')
    expect(failed).toEqual([])
    await context.close()
  })

  it('opens, pages through and closes the viewer with JavaScript off; the back button closes it too', async () => {
    const context = await site.browser.newContext({ ...phone, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site.server.url + path)
    const viewer = (n: number) => page.locator(`#photo-${n}`)
    await expect.poll(() => viewer(3).isVisible()).toBe(false)
    await page.getByRole('link', { name: '一位老人举手向律师提问' }).click()
    await expect.poll(() => page.url()).toMatch(/#photo-3$/)
    await expect.poll(() => viewer(3).isVisible()).toBe(true)
    // The photo fills the phone's screen and its file has loaded.
    const box = (await viewer(3).boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(389)
    await expect.poll(() => viewer(3).locator('img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0 && new URL(i.currentSrc).pathname)).toMatch(/^\/media\//)
    await expect.poll(() => viewer(3).innerText()).toContain('3 / 12')
    await screenshot(page, 'recap-viewer-no-js')
    await viewer(3).getByRole('link', { name: '下一张 ›' }).click()
    await expect.poll(() => viewer(4).isVisible()).toBe(true)
    await expect.poll(() => viewer(3).isVisible()).toBe(false)
    await page.goBack()
    await expect.poll(() => viewer(3).isVisible()).toBe(true)
    await viewer(3).getByRole('link', { name: '关闭' }).click()
    await expect.poll(() => page.locator('.viewer').evaluateAll((vs) => vs.filter((v) => getComputedStyle(v).display !== 'none').length)).toBe(0)
    await context.close()
  })

  it('prints as a grid of every photo with its caption, without the viewer', async () => {
    const context = await site.browser.newContext({ viewport: { width: 794, height: 1123 } })
    const page = await context.newPage()
    await page.goto(site.server.url + path + '#photo-2')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.viewer').evaluateAll((vs) => vs.filter((v) => getComputedStyle(v).display !== 'none').length)).toBe(0)
    expect(await page.locator('.gallery-grid img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLElement).offsetWidth > 100).length)).toBe(12)
    await expect.poll(() => page.locator('.gallery-caption').first().innerText()).toContain('江翠社区')
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.byteLength).toBeGreaterThan(10_000)
    await screenshot(page, 'recap-print')
    await context.close()
  })

  it('is listed with its first photo and photo count, and linked from its lecture', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/lectures/high-altitude-objects/')
    const card = page.locator('#h-recaps + article')
    await expect.poll(() => card.innerText()).toContain('12 张照片')
    await card.getByRole('link', { name: '“高空抛物，谁来担责”讲座回顾' }).click()
    await expect.poll(() => page.url()).toContain(path)
    await page.close()
  })
})

describe('covers and documents', () => {
  it('shows a news cover on the home page and as the news page share card', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/')
    const cover = page.getByAltText('宪法宣传周活动现场，群众在展板前阅读宪法条文')
    await expect.poll(() => cover.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(400)
    await page.goto(site.server.url + '/news/constitution-day-notice/')
    const og = await page.locator('meta[property="og:image"]').getAttribute('content')
    // Absolute, on the site's own address (SITE_URL), as share cards require.
    expect(og).toMatch(/^https?:\/\/[^/]+\/media\/[0-9a-f]{20}\.webp$/)
    const served = await status(site.server.url + new URL(og!).pathname)
    expect(served.status).toBe(200)
    const main = page.locator('figure.cover img')
    expect(await main.getAttribute('fetchpriority')).toBe('high')
    expect(await main.getAttribute('loading')).toBe('eager')
    await screenshot(page, 'news-cover')
    await page.close()
  })

  it('offers a consultation’s PDF with its type and size, and it downloads', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(site.server.url + '/consultations/jiangmen-dog-regulation/')
    const link = page.getByRole('link', { name: '江门市养犬管理条例（草案）全文' })
    await expect.poll(() => link.locator('xpath=..').innerText()).toMatch(/（PDF，1 KB）/)
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('江门市养犬管理条例（草案）全文.pdf')
    const { readFileSync } = await import('node:fs')
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-')
    await screenshot(page, 'consultation-attachments')
    await context.close()
  })

  it('names media files so that the cache policy of every server of the site (S3, serve:site, nginx) keeps them a year', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/news/constitution-day-notice/')
    const src = await page.locator('figure.cover img').getAttribute('src')
    await page.close()
    const { cacheControlFor } = await import('@lawpoint/content-types/static-files')
    expect(cacheControlFor(src!)).toBe('public, max-age=31536000, immutable')
  })
})
