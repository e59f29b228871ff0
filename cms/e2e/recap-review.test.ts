/**
 * A volunteer's recap (活动回顾) through its review, in the Chinese admin filled with the demo content: the volunteer
 * writes it, uploads three photos and clicks 提交审核; the editor finds it under 待审核 on the dashboard and returns it
 * with a comment; the volunteer reads the comment, fixes the recap and submits it again; the editor publishes it, and
 * the volunteer can no longer change it. A screenshot of each step lands in cms/test-results/screenshots/recap-review-*.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoUsers } from '../src/seed/demoUsers'
import { launchChromium, screenshotDir } from './browser'

let browser: Browser
let volunteer: Page
let editor: Page
const cmsUrl = () => inject('cmsUrl')
// Each step waits for a real page of the admin under `next dev` on a shared machine: compiles can take minutes.
const STEP = 600_000
const title = `回顾｜江翠社区民法典宣讲活动 ${Date.now().toString(36)}`
const comment = '请补充活动时间和参加人数；第二张照片请换一张没有居民正脸的。'
let recapUrl = ''

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const shot = (page: Page, step: string) => page.screenshot({ path: path.join(screenshotDir, `recap-review-${step}.png`), fullPage: true })

async function loginAs(role: 'editor' | 'volunteer'): Promise<Page> {
  const user = demoUsers.find((u) => u.role === role)!
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.setDefaultTimeout(180_000)
  await page.goto(`${cmsUrl()}/admin/login`, { timeout: STEP })
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: STEP })
  return page
}

/** Small distinct JPEGs, as a phone would send them. */
const photos = () =>
  Promise.all(
    [0, 1, 2].map(async (i) => ({
      name: `活动照片-${i + 1}.jpg`,
      mimeType: 'image/jpeg',
      buffer: await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 40 + 80 * i, g: 120, b: 200 - 60 * i } } })
        .jpeg({ quality: 80 })
        .toBuffer(),
    })),
  )

/** The recap's three photos, loaded in its form (before a screenshot, and to see they were kept). */
const threePhotos = (page: Page) => expect.poll(() => page.locator('#field-gallery .upload-relationship-details').count(), { timeout: STEP }).toBe(3)

/**
 * The admin locks a document for five minutes to whoever last changed it in the form (Payload's document locking); an
 * editor who opens it meanwhile is asked first, and takes over, as people do.
 */
async function takeOverIfLocked(page: Page) {
  await page.waitForLoadState('networkidle')
  if (await page.locator('#document-locked').isVisible()) await page.locator('#document-locked-take-over').click()
}

/** The review panel at the top of the form, once it shows this state. */
const panelIn = (page: Page, state: string) => page.locator(`#recap-review-panel[data-review-state="${state}"]`)

describe('the volunteer’s recap through its review', () => {
  it(
    'volunteer: writes a recap, uploads three photos and clicks 提交审核 (no publish button)',
    async () => {
      volunteer = await loginAs('volunteer')
      await volunteer.goto(`${cmsUrl()}/admin/collections/recaps/create`, { timeout: STEP })
      await panelIn(volunteer, 'writing').waitFor()
      await volunteer.locator('#field-title').fill(title)
      await volunteer.locator('#field-summary').fill('社区法律顾问为居民讲解民法典中的相邻关系和物业纠纷。')
      await volunteer.locator('[data-field-path="body"] [contenteditable="true"]').click()
      await volunteer.keyboard.type('活动当天，江翠社区居民活动中心座无虚席。律师结合小区里常见的漏水、噪音纠纷讲解相邻关系。')
      // The volunteer never sees Payload's publish button; 提交审核 takes its place.
      expect(await volunteer.locator('#action-submit-review').innerText()).toBe('提交审核')
      expect(await volunteer.getByRole('button', { name: '发布修改' }).count()).toBe(0)

      // Three photos through the gallery's upload: each needs its 替代文字 (for screen readers) before saving.
      await volunteer.locator('#field-gallery button', { hasText: '创建新条目' }).click()
      await volunteer.locator('.drawer__content input[type="file"]').last().setInputFiles(await photos())
      const rows = volunteer.locator('.file-selections__fileRow')
      await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(3)
      for (let i = 0; i < 3; i++) {
        await rows.nth(i).click()
        await volunteer.locator('.drawer__content #field-alt').fill(`居民在社区活动中心听律师讲解民法典（${i + 1}）`)
      }
      await shot(volunteer, '1-volunteer-photos')
      await volunteer.locator('.bulk-upload--actions-bar__buttons button', { hasText: '保存' }).filter({ visible: true }).first().click()
      await threePhotos(volunteer)

      await volunteer.locator('#action-submit-review').click()
      await volunteer.waitForURL((url) => /\/admin\/collections\/recaps\/\d+$/.test(url.pathname), { timeout: STEP })
      recapUrl = volunteer.url().split('?')[0]!
      await panelIn(volunteer, 'submitted').waitFor()
      await expect.poll(() => volunteer.locator('#action-submit-review').innerText(), { timeout: 60_000 }).toBe('已提交审核')
      expect(await volunteer.locator('#action-submit-review').isDisabled()).toBe(true)
      await threePhotos(volunteer)
      await shot(volunteer, '2-volunteer-submitted')
    },
    STEP * 2,
  )

  it(
    'editor: sees it under 待审核 on the dashboard and in the list, and returns it with a comment',
    async () => {
      editor = await loginAs('editor')
      const pending = editor.locator('#recaps-pending')
      await pending.getByRole('link', { name: title }).waitFor({ timeout: STEP })
      expect(await pending.locator('h2').innerText()).toContain('待审核的活动回顾')
      await shot(editor, '3-editor-dashboard')

      await editor.goto(`${cmsUrl()}/admin/collections/recaps`, { timeout: STEP })
      await editor.locator('#recaps-pending-link').click()
      await editor.waitForURL((url) => url.search.includes('reviewState'), { timeout: STEP })
      await editor.getByRole('link', { name: title }).waitFor()
      expect(await editor.locator('#recaps-pending-link').innerText()).toMatch(/待审核（\d+）/)

      await editor.getByRole('link', { name: title }).click()
      await panelIn(editor, 'submitted').waitFor({ timeout: STEP })
      await takeOverIfLocked(editor)
      // A return needs a comment: the button refuses without one, in Chinese.
      await editor.locator('#action-return-recap').click()
      expect(await editor.locator('#recap-review-panel [role="alert"]').innerText()).toContain('请填写退回意见')
      await editor.locator('#review-comment').fill(comment)
      await editor.locator('#action-return-recap').click()
      await panelIn(editor, 'returned').waitFor()
      expect(await editor.locator('#recap-review-comment').innerText()).toContain(comment)
      await shot(editor, '4-editor-returned')
    },
    STEP * 2,
  )

  it(
    'volunteer: reads the comment on the dashboard and at the top of the recap, fixes it and submits again',
    async () => {
      await volunteer.goto(`${cmsUrl()}/admin`, { timeout: STEP })
      await volunteer.locator('#recaps-returned').getByRole('link', { name: title }).waitFor()
      await shot(volunteer, '5-volunteer-dashboard')

      // The list says where each of their recaps stands.
      await volunteer.goto(`${cmsUrl()}/admin/collections/recaps?limit=100`, { timeout: STEP })
      const row = volunteer.locator('table tbody tr', { hasText: title })
      expect((await row.locator('td.cell-reviewState').innerText()).trim()).toBe('退回修改')

      await volunteer.goto(recapUrl, { timeout: STEP })
      await panelIn(volunteer, 'returned').waitFor()
      expect(await volunteer.locator('#recap-review-comment').innerText()).toContain(comment)
      await threePhotos(volunteer)
      await shot(volunteer, '6-volunteer-reads-comment')

      await volunteer.locator('#field-summary').fill('12月2日上午，八十多位居民参加；社区法律顾问讲解民法典中的相邻关系和物业纠纷。')
      // As a person would, once the form has taken the change in (it checks the change with the server).
      await volunteer.waitForLoadState('networkidle')
      await volunteer.locator('#action-submit-review').click()
      await panelIn(volunteer, 'submitted').waitFor({ timeout: STEP })
      await shot(volunteer, '7-volunteer-resubmitted')
    },
    STEP * 2,
  )

  it(
    'editor: publishes it; the volunteer sees 已发布 and can no longer change it',
    async () => {
      await editor.goto(recapUrl, { timeout: STEP })
      await panelIn(editor, 'submitted').waitFor()
      await takeOverIfLocked(editor)
      expect(await editor.locator('#field-summary').inputValue()).toMatch(/八十多位居民/)
      await editor.locator('#action-save').click()
      await panelIn(editor, 'published').waitFor({ timeout: STEP })
      await threePhotos(editor)
      await shot(editor, '8-editor-published')

      await volunteer.goto(`${cmsUrl()}/admin/collections/recaps?limit=100`, { timeout: STEP })
      expect((await volunteer.locator('table tbody tr', { hasText: title }).locator('td.cell-reviewState').innerText()).trim()).toBe('已发布')
      await volunteer.goto(recapUrl, { timeout: STEP })
      await panelIn(volunteer, 'published').waitFor()
      // No save, submit or publish: the form is read-only for them now.
      expect(await volunteer.locator('#action-submit-review, #action-save, #action-save-draft').count()).toBe(0)
      expect(await volunteer.locator('#field-title').isDisabled()).toBe(true)
      await threePhotos(volunteer)
      await shot(volunteer, '9-volunteer-published-readonly')
    },
    STEP * 2,
  )
})
