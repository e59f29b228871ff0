/** Reading controls, keyboard use, zoom, and the opinion form's behaviour with JS. */
import { describe, expect, it } from 'vitest'
import { AxeBuilder } from '@axe-core/playwright'
import { openBuiltSite, screenshot, watchCsp } from './support'

const site = openBuiltSite()

describe('reading settings', () => {
  it('font size and eye-care colour persist across pages', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(site.server.url + '/')
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    expect(await rootSize()).toBe(18)
    await page.getByRole('button', { name: '特大', exact: true }).click()
    expect(await rootSize()).toBe(24)
    await page.getByRole('button', { name: '保护视力色' }).click()
    await page.goto(site.server.url + '/civil-code/1165/')
    expect(await rootSize()).toBe(24)
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(199, 237, 204)')
    expect(await page.getByRole('button', { name: '特大', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await screenshot(page, 'explainer-xlarge-eyecare-1280')
    await page.getByRole('button', { name: '高对比度' }).click()
    await page.goto(site.server.url + '/news/')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)')
    await screenshot(page, 'news-contrast-1280')
    await page.getByRole('button', { name: '标准' }).click()
    expect(await rootSize()).toBe(18)
    await context.close()
  })

  it('the base font is at least 18px and touch targets at least 44px', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(site.server.url + '/lectures/neighbour-disputes/')
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18)
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, .btn, nav a, input[type=checkbox], input[type=radio], select, input[type=text]:not([tabindex="-1"]), input[type=tel]')]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => {
          // A checkbox counts with its label row (.check is at least 44px high).
          const box = (e.closest('.check') ?? e).getBoundingClientRect()
          return { tag: e.outerHTML.slice(0, 60), w: box.width, h: box.height }
        })
        .filter((b) => b.h < 44 || b.w < 44),
    )
    expect(small).toEqual([])
    await page.close()
  })
})

describe('colour modes keep WCAG AA contrast', () => {
  for (const theme of ['eyecare', 'contrast'])
    for (const path of ['/', '/civil-code/1165/', '/consultations/jiangmen-dog-regulation/', '/lectures/neighbour-disputes/'])
      it(`${theme} ${path}`, async () => {
        const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } })
        const page = await context.newPage()
        await page.goto(site.server.url + '/')
        await page.evaluate((t) => localStorage.setItem('lp-theme', t), theme)
        await page.goto(site.server.url + path)
        expect(await page.getAttribute('html', 'data-theme')).toBe(theme)
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
        const r = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze()
        expect(r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`))).toEqual([])
        await context.close()
      })
})

describe('print', () => {
  it('hides navigation and forms when printing, keeps the text', async () => {
    const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 } })
    await page.goto(site.server.url + '/lectures/neighbour-disputes/')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('nav.nav-bar').isVisible()).toBe(false)
    expect(await page.locator('form#signup').isVisible()).toBe(false)
    expect(await page.locator('h1').isVisible()).toBe(true)
    await screenshot(page, 'lecture-print')
    await page.close()
  })
})

describe('keyboard', () => {
  it('the first Tab shows the skip link and focus is always visible', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(site.server.url + '/civil-code/1165/')
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement
      const r = a.getBoundingClientRect()
      return { text: a.textContent, top: r.top, outline: getComputedStyle(a).outlineStyle }
    })
    expect(skip.text).toBe('跳到正文')
    expect(skip.top).toBeGreaterThanOrEqual(0)
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab')
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!)
        return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth) }
      })
      expect(style.outline).not.toBe('none')
      expect(style.width).toBeGreaterThanOrEqual(2)
    }
    await page.close()
  })

  it('no page scrolls sideways on a phone with the largest font', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(site.server.url + '/')
    await page.evaluate(() => localStorage.setItem('lp-font', 'xlarge'))
    for (const path of ['/', '/civil-code/', '/civil-code/1165/', '/consultations/jiangmen-dog-regulation/', '/lectures/neighbour-disputes/', '/suggest/', '/collection-points/']) {
      await page.goto(site.server.url + path)
      expect(await page.evaluate(() => document.documentElement.dataset.font)).toBe('xlarge')
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390)
    }
    await screenshot(page, 'collection-points-xlarge-390')
    await context.close()
  })

  it('nothing is cut off at 200 % zoom (640px wide at 2×)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 })
    const page = await context.newPage()
    await page.goto(site.server.url + '/')
    await page.evaluate(() => document.documentElement.setAttribute('data-font', 'xlarge'))
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640)
    await context.close()
  })
})

describe('opinion form with JS', () => {
  it('shows the schema messages inline for an empty submit, without sending', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } })
    const posts: string[] = []
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()))
    await page.goto(site.server.url + '/suggest/')
    await page.getByRole('button', { name: '提交建议' }).click()
    const form = page.locator('#suggest')
    for (const msg of ['请填写意见内容', '请填写姓名', '请填写手机号码', '请选择身份', '请阅读并同意隐私说明'])
      expect(await form.innerText()).toContain(msg)
    expect(await page.locator('#suggest-content').getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('suggest-content')
    expect(posts).toEqual([])
    await screenshot(page, 'suggest-errors-390')
    await page.close()
  })

  it('says plainly when the server cannot be reached, and keeps the text across a reload', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(site.server.url + '/consultations/jiangmen-dog-regulation/')
    await page.getByRole('link', { name: '对第四条提意见' }).click()
    await page.waitForURL('**/consultations/jiangmen-dog-regulation/4/')
    await page.fill('#op-4-content', '建议允许每户养两只小型犬，并加强登记管理。')
    await page.fill('#op-4-name', '测试')
    await page.fill('#op-4-phone', '13912345678')
    await page.selectOption('#op-4-identity', 'resident')
    await page.check('#op-4-consent')
    await page.locator('#op-4 button[type=submit]').click()
    await page.waitForSelector('#op-4 .notice-err')
    expect(await page.locator('#op-4 [data-form-status]').innerText()).toContain('暂时无法连接服务器，您填写的内容已保存在本页，请稍后再试')
    expect(await page.inputValue('#op-4-content')).toContain('两只小型犬')
    await page.reload()
    expect(await page.inputValue('#op-4-content')).toBe('建议允许每户养两只小型犬，并加强登记管理。')
    await page.close()
  })
})

describe('opinion form without JS', () => {
  it('posts straight to the CMS: the policy\'s form-action allows the CMS origin', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    const page = await context.newPage()
    const csp = await watchCsp(page)
    await page.goto(site.server.url + '/suggest/')
    await page.fill('#suggest-content', '建议在英南村增设法律咨询点。')
    await page.fill('#suggest-name', '测试')
    await page.fill('#suggest-phone', '13912345678')
    await page.selectOption('#suggest-identity', 'resident')
    await page.check('#suggest-consent')
    // The fixture's CMS is a closed port: the post fails to connect, but it is made (a blocked form sends nothing,
    // and its navigation never finishes: do not wait for it).
    const post = page.waitForRequest((r) => r.method() === 'POST', { timeout: 10_000 }).then((r) => r.url(), () => 'no POST')
    await page.locator('#suggest button[type=submit]').click({ noWaitAfter: true })
    const sent = await post
    expect(await csp.violations()).toEqual([])
    expect(sent).toBe('http://127.0.0.1:9/api/public/opinions')
    await context.close()
  })
})
