import { describe, expect, it } from 'vitest'
import {
  cancelCodeFormat,
  cancelRequest,
  limits,
  opinionSubmission,
  patternBody,
  receiptFormat,
  registrationSubmission,
  siteSnapshotSchema,
  statusLookup,
  type PublicConsultation,
  type PublicLecture,
  type SiteSnapshot,
} from '@lawpoint/content-types'
import { caseInsensitivePattern, formRules, inputAttrs } from '../src/lib/forms'
import { consultationInfo, lectureSignup } from '../src/lib/status'
import { explainerPaths, groupByBookAndChapter } from '../src/lib/explainers'
import { sanitize } from '../src/lib/snapshot-source'
import fixture from './fixtures/snapshot.json'

const snapshot = fixture as unknown as SiteSnapshot
const now = new Date('2026-11-28T10:00:00+08:00')

describe('form rules come from the shared schemas', () => {
  it('opinion form', () => {
    const r = formRules(opinionSubmission)
    expect(r.content).toMatchObject({ required: true, minLength: limits.opinion.contentMin, maxLength: limits.opinion.contentMax, missing: '请填写意见内容', invalid: `意见内容至少 ${limits.opinion.contentMin} 个字` })
    expect(r.phone).toMatchObject({ required: true, pattern: '1[3-9]\\d{9}', missing: '请填写手机号码' })
    expect(r.locality).toMatchObject({ required: false, maxLength: limits.opinion.localityMax })
    expect(r.consent).toMatchObject({ required: true, missing: '请阅读并同意隐私说明' })
    expect(r.showPublicly?.required).toBe(false)
  })
  it('registration, status lookup and cancel forms', () => {
    expect(formRules(registrationSubmission).attendees).toMatchObject({ min: 1, max: limits.registration.attendeesMax })
    expect(formRules(statusLookup).receipt?.pattern).toMatch(/^\[Yy\]\[Jj\]/)
    expect(formRules(cancelRequest).cancelCode?.pattern).toBe('[A-Za-z0-9]{8}')
  })
  it('code patterns come from the code formats', () => {
    expect(formRules(statusLookup).receipt?.pattern).toBe(caseInsensitivePattern(patternBody(receiptFormat.pattern)))
    expect(formRules(cancelRequest).cancelCode?.pattern).toBe(caseInsensitivePattern(patternBody(cancelCodeFormat.pattern)))
    const receipt = new RegExp(`^(?:${formRules(statusLookup).receipt?.pattern})$`)
    expect(receipt.test(receiptFormat.generate().toLowerCase())).toBe(true)
  })
  it('HTML patterns accept what the schemas accept after upper-casing', () => {
    const re = new RegExp(`^(?:${caseInsensitivePattern(patternBody(receiptFormat.pattern))})$`, 'v')
    for (const typed of ['yj261128-k7m-2qx-9ab', 'Yj261128K7m2qx9AB', 'YJ 261128 K7M 2QX 9AB']) expect(re.test(typed), typed).toBe(true)
    expect(re.test('XJ261128-K7M-2QX-9AB')).toBe(false)
    expect(re.test('yj202611280001')).toBe(false)
  })
  it('turns rules into attributes', () => {
    const a = inputAttrs(formRules(opinionSubmission).content)
    expect(a).toMatchObject({ required: true, minlength: 5, maxlength: 5000, 'data-msg-missing': '请填写意见内容' })
  })
})

describe('status at build time', () => {
  const lecture = (over: Partial<PublicLecture>) => ({ ...snapshot.lectures[0]!, ...over }) as PublicLecture
  it('lecture sign-up labels', () => {
    expect(lectureSignup(lecture({ seatsLeft: 23 }), now)).toEqual({ open: true, full: false, label: '剩余 23 个名额' })
    expect(lectureSignup(lecture({ seatsLeft: 0 }), now).full).toBe(true)
    expect(lectureSignup(lecture({ state: 'cancelled' }), now).label).toBe('讲座已取消')
    expect(lectureSignup(lecture({ registrationClosesAt: '2026-11-27T00:00:00Z' }), now).label).toBe('报名已截止')
    expect(lectureSignup(lecture({ registrationOpensAt: '2026-11-30T00:00:00Z' }), now).label).toBe('尚未开始报名')
  })
  it('consultation days left', () => {
    const c = snapshot.consultations[0] as PublicConsultation
    expect(consultationInfo(c, now)).toEqual({ state: 'open', daysLeft: 13 })
    expect(consultationInfo(snapshot.consultations[2] as PublicConsultation, now)).toEqual({ state: 'closed', daysLeft: null })
  })
})

describe('explainers', () => {
  const items = snapshot.explainers.filter((e) => e.lawKey === 'civil-code')
  it('groups by book and chapter in article order', () => {
    const books = groupByBookAndChapter(items)
    expect(books.map((b) => b.name)).toEqual(['婚姻家庭编', '侵权责任编'])
    expect(books[1]!.chapters.map((c) => c.name)).toEqual(['第一章 一般规定', '第三章 责任主体的特殊规定', '第十章 建筑物和物件损害责任'])
  })
  it('gives ranges redirect pages for their other article numbers', () => {
    const ranged = { ...items[0]!, articleNumber: 1100, articleNumberEnd: 1102 }
    expect(explainerPaths([ranged]).map((p) => [p.article, p.redirectTo])).toEqual([['1100', undefined], ['1101', 1100], ['1102', 1100]])
  })
})

describe('snapshot sanitising', () => {
  it('drops liaison data and drafts', () => {
    const s = sanitize({ ...snapshot, news: [...snapshot.news, { ...snapshot.news[0]!, id: 99, _status: 'draft' }] })
    expect(JSON.stringify(s.collectionPoints)).not.toMatch(/liaisonName|liaisonPhone|陈联络员/)
    expect(s.news.find((n) => n.id === 99)).toBeUndefined()
  })
  it('drops recap authors and review states', () => {
    const recaps = snapshot.recaps.map((r) => ({ ...r, author: 3, reviewState: 'submitted' })) as unknown as SiteSnapshot['recaps']
    const s = sanitize({ ...snapshot, recaps })
    for (const r of s.recaps) expect(Object.keys(r)).not.toEqual(expect.arrayContaining(['author']))
    expect(JSON.stringify(s.recaps)).not.toMatch(/reviewState/)
  })
  it('leaves a snapshot the shared schema accepts', () => {
    const checked = siteSnapshotSchema.safeParse(sanitize(snapshot))
    expect(checked.success, checked.error?.message).toBe(true)
    expect(siteSnapshotSchema.safeParse(snapshot).success).toBe(false)
  })
})
