/** Components rendered alone with Astro's container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiRoutes, honeypotField, type PublicLecture } from '@lawpoint/content-types'
import OpinionForm from '../src/components/OpinionForm.astro'
import RegistrationForm from '../src/components/RegistrationForm.astro'
import Field from '../src/components/Field.astro'
import RichText from '../src/components/RichText.astro'
import Breadcrumbs from '../src/components/Breadcrumbs.astro'
import ReadingControls from '../src/components/ReadingControls.astro'
import { formRules } from '../src/lib/forms'
import { opinionSubmission } from '@lawpoint/content-types'
import fixture from './fixtures/snapshot.json'

let container: AstroContainer
beforeAll(async () => {
  container = await AstroContainer.create()
})

describe('OpinionForm', () => {
  it('posts to the intake endpoint with the schema field names', async () => {
    const html = await container.renderToString(OpinionForm, { props: { id: 'op-3', consultation: 51, articleNumber: 3 } })
    expect(html).toMatch(new RegExp(`action="http://[^"]+${apiRoutes.opinions}"`))
    expect(html).toContain('method="post"')
    expect(html).toContain('enctype="application/x-www-form-urlencoded"')
    for (const name of ['kind', 'consultation', 'articleNumber', 'content', 'name', 'phone', 'identity', 'locality', 'showPublicly', 'consent'])
      expect(html, name).toContain(`name="${name}"`)
    expect(html).toContain('name="articleNumber" value="3"')
    expect(html).toContain('id="op-3-content"')
    expect(html).toContain('href="/privacy/"')
  })

  it('has a hidden honeypot people cannot reach', async () => {
    const html = await container.renderToString(OpinionForm, { props: { id: 'x' } })
    expect(html).toMatch(new RegExp(`<input[^>]*name="${honeypotField}"[^>]*tabindex="-1"[^>]*autocomplete="off"`))
    expect(html).toContain('class="visually-hidden" aria-hidden="true"')
  })

  it('uses multipart when it offers an attachment, and offers a choice of kinds', async () => {
    const html = await container.renderToString(OpinionForm, { props: { id: 's', kinds: ['legislative-work', 'law-application', 'governance'], attachment: true } })
    expect(html).toContain('enctype="multipart/form-data"')
    expect(html).toContain('name="attachment"')
    expect(html).toContain('对立法工作的意见建议')
    expect(html).toContain('社会治理问题')
    expect(html).not.toContain('value="consultation"')
  })
})

describe('RegistrationForm', () => {
  it('posts to the registrations endpoint and says 候补 when full', async () => {
    const lecture = fixture.lectures[1] as unknown as PublicLecture
    const html = await container.renderToString(RegistrationForm, { props: { lecture, full: true } })
    expect(html).toContain(apiRoutes.registrations)
    expect(html).toContain(`name="lecture" value="${lecture.id}"`)
    expect(html).toMatch(/name="attendees"[^>]*min="1"[^>]*max="5"/)
    expect(html).toContain('登记候补')
  })

  it('carries the office phone for a resident whose phone had already signed up', async () => {
    const lecture = fixture.lectures[1] as unknown as PublicLecture
    expect(await container.renderToString(RegistrationForm, { props: { lecture, full: false, contactPhone: '0750-3888888' } })).toContain('data-contact-phone="0750-3888888"')
    expect(await container.renderToString(RegistrationForm, { props: { lecture, full: false } })).not.toContain('data-contact-phone')
  })
})

describe('Field', () => {
  it('links label, hint and error and carries the messages', async () => {
    const html = await container.renderToString(Field, { props: { form: 'f', name: 'content', label: '意见', type: 'textarea', rules: formRules(opinionSubmission).content, hint: '提示' } })
    expect(html).toContain('for="f-content"')
    expect(html).toContain('aria-describedby="f-content-hint f-content-error"')
    expect(html).toContain('data-msg-missing="请填写意见内容"')
    expect(html).toContain('（必填）')
  })
})

describe('RichText, Breadcrumbs, ReadingControls', () => {
  it('renders escaped rich text', async () => {
    const html = await container.renderToString(RichText, { props: { doc: { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: '<b>不</b>' }] }] } } } })
    expect(html).toContain('&lt;b&gt;不&lt;/b&gt;')
  })
  it('marks the current page in breadcrumbs', async () => {
    const html = await container.renderToString(Breadcrumbs, { props: { items: [{ label: '新闻动态', href: '/news/' }, { label: '某条新闻' }] } })
    expect(html).toContain('<a href="/">首页</a>')
    expect(html).toContain('<span aria-current="page">某条新闻</span>')
  })
  it('offers three font sizes, eye-care, high contrast and print', async () => {
    const html = await container.renderToString(ReadingControls)
    for (const label of ['标准', '大', '特大', '保护视力色', '高对比度', '打印本页']) expect(html).toContain(`>${label}</button>`)
    expect(html.length).toBeLessThan(2500)
  })
})
