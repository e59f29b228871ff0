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
import { buildLibrary, byCategory, firstWords, isNode, outline, type OutlineNode } from '../src/lib/laws'
import { articlePages } from '../src/lib/law-pages'
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

describe('the law library', () => {
  const library = buildLibrary(snapshot)
  const civil = library.law('civil-code')!
  const pages = new Map(articlePages(library, civil, now).map((p) => [p.article.number, p]))

  it('orders laws by category, the Civil Code after the Constitution', () => {
    expect(byCategory(library.laws).map((c) => c.category)).toEqual(['宪法', '民法典', '行政法', '经济法'])
    expect(civil.articles).toHaveLength(1260)
  })
  it('outlines a law by book, chapter and section, with headings that never skip a level', () => {
    const books = outline(civil.articles).filter(isNode)
    expect(books.map((b) => b.name)).toEqual(['总则', '物权编', '合同编', '人格权编', '婚姻家庭编', '继承编', '侵权责任编', '附则'])
    const tort = books[6]!
    expect([tort.first, tort.last, tort.depth, tort.id]).toEqual([1164, 1258, 2, 'b-1164'])
    const chapters = tort.items.filter(isNode)
    expect(chapters[0]).toMatchObject({ name: '第一章 一般规定', depth: 3, first: 1164, last: 1178 })
    // 总则 › 第二章 自然人 › 第一节 民事权利能力和民事行为能力
    const section = (books[0]!.items.filter(isNode)[1]!.items[0] as OutlineNode)
    expect([section.level, section.depth, section.first]).toEqual(['section', 4, 13])
    // A law with chapters only has them at the top.
    expect(outline(library.law('personal-information-protection-law')!.articles).filter(isNode)[0]).toMatchObject({ level: 'chapter', depth: 2 })
  })
  it('gives each article page its neighbours, its explainers and what cites it', () => {
    expect(pages.get(1165)).toMatchObject({ prev: { number: 1164, label: '第一千一百六十四条' }, next: { number: 1166 } })
    expect(pages.get(1)!.prev).toBeNull()
    expect(pages.get(1260)!.next).toBeNull()
    expect(pages.get(1165)!.explainers.map((e) => e.item.id)).toEqual([11])
    expect(pages.get(1165)!.explainers[0]!.related).toEqual([{ number: 1166, label: '第一千一百六十六条', exists: true }, { number: 1254, label: '第一千二百五十四条', exists: true }])
    expect(pages.get(1254)!.lectures.map((l) => [l.id, l.past])).toEqual([[21, false], [23, true]])
    expect(pages.get(1247)!.consultations).toMatchObject([{ id: 51, state: 'open' }])
    expect(pages.get(1164)).toMatchObject({ explainers: [], covering: [], lectures: [], consultations: [] })
  })
  it('shows a run-of-articles explainer on its first article, and links it from the others', () => {
    expect(pages.get(1245)!.explainers[0]!.range.map((a) => a.number)).toEqual([1246, 1247])
    expect(pages.get(1246)!.covering.map((e) => e.articleNumber)).toEqual([1245])
    expect(pages.get(1247)!.covering.map((e) => e.articleNumber)).toEqual([1245])
    expect(pages.get(1248)!.covering).toEqual([])
  })
  it('still gives an explainer a page when its law is not in the library', () => {
    const old = buildLibrary({ ...snapshot, laws: [] })
    const pipl = old.law('personal-information-protection-law')!
    expect(pipl.listed).toBe(false)
    expect(pipl.articles.map((a) => a.number)).toEqual([28])
    expect(pipl.articles[0]!.text).not.toMatch(/^第二十八条/)
    expect(old.law('civil-code')!.articles.map((a) => a.number)).toEqual([1042, 1079, 1165, 1198, 1245, 1254])
  })
  it('gives each page the inputs it shows, so an edit re-renders only the pages it touches', () => {
    const inputs = (s: SiteSnapshot) => {
      const lib = buildLibrary(s)
      return new Map(articlePages(lib, lib.law('civil-code')!, now).map((p) => [p.article.number, JSON.stringify(p)]))
    }
    const before = inputs(snapshot)
    const touched = (s: SiteSnapshot) => [...inputs(s)].filter(([n, d]) => before.get(n) !== d).map(([n]) => n)
    const retitled = (id: number) => snapshot.explainers.map((e) => (e.id === id ? { ...e, title: `${e.title}（改）` } : e))
    expect(touched({ ...snapshot, explainers: retitled(11) })).toEqual([1165])
    // A run's explainer: its page and the pages of the run that link to it by title.
    expect(touched({ ...snapshot, explainers: retitled(17) })).toEqual([1245, 1246, 1247])
    expect(touched({ ...snapshot, lectures: snapshot.lectures.map((l) => (l.id === 21 ? { ...l, title: '新标题' } : l)) })).toEqual([288, 1254])
    // An article's text: its page only (the neighbours show its label).
    const laws = snapshot.laws.map((l) => (l.key === 'civil-code' ? { ...l, articles: l.articles.map((a) => (a.number === 1164 ? { ...a, text: `${a.text}（改）` } : a)) } : l))
    expect(touched({ ...snapshot, laws })).toEqual([1164])
  })
  it('keeps 第十七条之一 on 第十七条\'s page', () => {
    const law = { ...snapshot.laws[0]!, key: 'x', articles: [
      { number: 17, label: '第十七条', text: '甲' }, { number: 17, label: '第十七条之一', text: '乙' }, { number: 18, label: '第十八条', text: '丙' },
    ] }
    const x = buildLibrary({ ...snapshot, laws: [law] }).law('x')!
    expect(x.articles.map((a) => [a.number, a.also?.map((b) => b.label)])).toEqual([[17, ['第十七条之一']], [18, undefined]])
  })
  it('shortens an article to its first words for a table of contents', () => {
    expect(firstWords('第一条 为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序', 10)).toBe('为了保护民事主体的合…')
    expect(firstWords('短句。\n第二段', 10)).toBe('短句。')
  })
  it('looks every page up in maps: 25,000 articles with 2,500 explainers in a moment, not a scan per page', () => {
    const articles = Array.from({ length: 25_000 }, (_, i) => ({ number: i + 1, label: `第${i + 1}条`, chapter: `第${Math.floor(i / 50) + 1}章`, text: '条文' }))
    const explainers = Array.from({ length: 2_500 }, (_, i) => ({ ...snapshot.explainers[0]!, id: 1000 + i, lawKey: 'big', articleNumber: i * 10 + 1, articleNumberEnd: i * 10 + 3 }))
    const t = performance.now()
    const big = buildLibrary({ ...snapshot, laws: [{ ...snapshot.laws[0]!, key: 'big', articles }], explainers })
    const built = articlePages(big, big.law('big')!, now)
    expect(built).toHaveLength(25_000)
    expect(built[1]!.covering).toHaveLength(1)
    expect(performance.now() - t).toBeLessThan(3_000)
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
