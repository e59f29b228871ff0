import { describe, expect, it } from 'vitest'
import {
  absoluteUrl,
  apiRoutes,
  cancelRegistrationPath,
  consultationArticlePath,
  consultationPath,
  documentPath,
  eventPath,
  eventPosterPath,
  articlePath,
  explainerPath,
  lawPath,
  lecturePath,
  lecturePosterPath,
  newsPath,
  opinionStatusPath,
  searchPath,
  sitePages,
  slugOf,
} from '../src/urls'

describe('site pages', () => {
  it('address documents by slug, else by id', () => {
    expect(slugOf({ id: 7, slug: null })).toBe('7')
    expect(newsPath({ id: 7, slug: null })).toBe('/news/7/')
    expect(newsPath({ id: 7, slug: 'dog-law' })).toBe('/news/dog-law/')
    expect(lecturePath({ id: 1, slug: 'neighbours' })).toBe('/lectures/neighbours/')
    expect(lecturePosterPath({ id: 1, slug: 'neighbours' })).toBe('/lectures/neighbours/poster/')
    expect(eventPath({ id: 2, slug: 'day' })).toBe('/square-events/day/')
    expect(eventPosterPath({ id: 2, slug: 'day' })).toBe('/square-events/day/poster/')
    expect(consultationPath({ id: 3, slug: 'dogs' })).toBe('/consultations/dogs/')
    expect(consultationArticlePath({ id: 3, slug: 'dogs' }, 5)).toBe('/consultations/dogs/5/')
  })
  it('put the Civil Code in its own section and other laws under /laws/', () => {
    expect(lawPath('civil-code')).toBe('/civil-code/')
    expect(lawPath('personal-information-protection-law')).toBe('/laws/personal-information-protection-law/')
    expect(articlePath('civil-code', 1165)).toBe('/civil-code/1165/')
    expect(articlePath('labor-contract-law', '39')).toBe('/laws/labor-contract-law/39/')
  })
  it('show an explainer on the page of its (first) article', () => {
    expect(explainerPath({ lawKey: 'civil-code', articleNumber: 1165 })).toBe('/civil-code/1165/')
    expect(explainerPath({ lawKey: 'personal-information-protection-law', articleNumber: '28' })).toBe('/laws/personal-information-protection-law/28/')
  })
  it('fill forms in from the query string', () => {
    expect(opinionStatusPath()).toBe(sitePages.opinionStatus)
    expect(opinionStatusPath('YJ261128-K7M-2QX-9AB')).toBe('/opinions/status/?receipt=YJ261128-K7M-2QX-9AB')
    expect(cancelRegistrationPath('ABCD2345')).toBe('/lectures/cancel/?code=ABCD2345')
    expect(searchPath('高空抛物')).toBe(`/search/?q=${encodeURIComponent('高空抛物')}`)
    expect(searchPath('彩礼', '普法解读')).toBe(`/search/?q=${encodeURIComponent('彩礼')}&type=${encodeURIComponent('普法解读')}`)
  })
  it('know the page of each CMS document', () => {
    expect(documentPath('news', { id: 1, slug: 'a' })).toBe('/news/a/')
    expect(documentPath('law-explainers', { id: 1, lawKey: 'civil-code', articleNumber: 3 })).toBe('/civil-code/3/')
    expect(documentPath('laws', { id: 1, key: 'labor-contract-law' })).toBe('/laws/labor-contract-law/')
    expect(documentPath('laws', { id: 1, key: 'civil-code' })).toBe('/civil-code/')
    expect(documentPath('lectures', { id: 1 })).toBe('/lectures/1/')
    expect(documentPath('square-events', { id: 1 })).toBe('/square-events/1/')
    expect(documentPath('consultations', { id: 1 })).toBe('/consultations/1/')
    expect(documentPath('collection-points', { id: 1 })).toBe('/collection-points/')
    expect(documentPath('recaps', { id: 1, slug: 'lecture-recap' })).toBe('/recaps/lecture-recap/')
  })
})

describe('absolute URLs', () => {
  it('join a base and a path whatever the slashes', () => {
    expect(absoluteUrl('https://lifa.example', '/lectures/a/')).toBe('https://lifa.example/lectures/a/')
    expect(absoluteUrl('https://lifa.example/', '/lectures/a/')).toBe('https://lifa.example/lectures/a/')
    expect(absoluteUrl(new URL('https://lifa.example/'), '/')).toBe('https://lifa.example/')
    expect(absoluteUrl('http://localhost:3000', apiRoutes.checkIn('ABCD2345'))).toBe('http://localhost:3000/api/staff/check-in?code=ABCD2345')
  })
  it('keep a path prefix on the base', () => {
    expect(absoluteUrl('https://example.org/lifa/', '/news/')).toBe('https://example.org/lifa/news/')
  })
})

describe('CMS routes', () => {
  it('are under /api', () => {
    const all = Object.values(apiRoutes).map((r) => (typeof r === 'function' ? (r as (...a: unknown[]) => string)('x', 'csv') : r))
    for (const r of all) expect(r).toMatch(/^\/api\//)
  })
  it('build parameterised routes', () => {
    expect(apiRoutes.opinionReceipt('YJ261128-K7M-2QX-9AB')).toBe('/api/public/opinions/receipt?receipt=YJ261128-K7M-2QX-9AB')
    expect(apiRoutes.registrationResult('ABCD2345')).toBe('/api/public/registrations/result?code=ABCD2345')
    expect(apiRoutes.checkInQr('ABCD2345')).toBe('/api/public/registrations/qr/ABCD2345.svg')
    expect(apiRoutes.lectureCalendar(21)).toBe('/api/public/lectures/21/ics')
    expect(apiRoutes.consultationReport(5, 'xlsx')).toBe('/api/staff/consultations/5/report.xlsx')
    expect(apiRoutes.lectureRegistrations(5, 'csv')).toBe('/api/staff/lectures/5/registrations.csv')
    expect(apiRoutes.adoptedOpinions('xlsx')).toBe('/api/staff/opinions/adopted.xlsx')
    expect(apiRoutes.checkIn()).toBe('/api/staff/check-in')
    expect(apiRoutes.preview('news', 3)).toBe('/api/site-builds/preview/news/3')
    expect(apiRoutes.recapSubmit()).toBe('/api/recaps/submit')
    expect(apiRoutes.recapSubmit(4)).toBe('/api/recaps/4/submit')
    expect(apiRoutes.recapReturn(4)).toBe('/api/recaps/4/return')
    expect(apiRoutes.collection('law-explainers')).toBe('/api/law-explainers')
    expect(apiRoutes.global('site-settings')).toBe('/api/globals/site-settings')
  })
})
