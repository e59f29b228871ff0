/** The REST fallback: published docs per collection, globals, and stats merged in (404 → unknown). */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchSnapshot } from '../src/lib/snapshot-source'

const cms = 'http://cms.test'
function stubFetch(routes: Record<string, unknown>) {
  const calls: string[] = []
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url)
    const path = url.replace(cms, '').split('?')[0]!
    if (!(path in routes)) return new Response('not found', { status: 404 })
    return new Response(JSON.stringify(routes[path]), { status: 200, headers: { 'content-type': 'application/json' } })
  })
  return calls
}
afterEach(() => vi.unstubAllGlobals())

describe('fetchSnapshot', () => {
  it('reads every collection with limit=0&depth=1 and merges the stats', async () => {
    const calls = stubFetch({
      '/api/globals/site-settings': { id: 1, siteName: '江海区基层立法联系点' },
      '/api/globals/search-synonyms': { entries: [{ term: '欠薪', expansions: ['拖欠工资'] }] },
      '/api/lectures': { docs: [{ id: 21, title: '讲座', capacity: 80 }] },
      '/api/consultations': { docs: [{ id: 51, title: '草案' }] },
      '/api/news': { docs: [] },
      '/api/public/stats': { lectures: { '21': { seatsLeft: 7, waitlistCount: 2 } }, consultations: { '51': { participants: 3, opinionCount: 4 } } },
    })
    const s = await fetchSnapshot(cms)
    expect(calls).toContain(`${cms}/api/news?limit=0&depth=1`)
    expect(calls).toContain(`${cms}/api/law-explainers?limit=0&depth=1`)
    expect(s.settings.siteName).toBe('江海区基层立法联系点')
    expect(s.synonyms).toHaveLength(1)
    expect(s.lectures[0]).toMatchObject({ seatsLeft: 7, waitlistCount: 2 })
    expect(s.consultations[0]).toMatchObject({ participants: 3, opinionCount: 4 })
    expect(s.explainers).toEqual([])
  })

  it('nests each law\'s articles in it, in order, and keeps cited articles by law key', async () => {
    const calls = stubFetch({
      '/api/globals/site-settings': { id: 1, siteName: 'x' },
      '/api/laws': { docs: [{ id: 7, key: 'civil-code', title: '中华人民共和国民法典', articleList: { docs: [1] }, imports: [{ added: 2 }] }, { id: 8, key: 'empty', title: '空' }] },
      '/api/law-articles': { docs: [
        { id: 1, law: 7, number: 1, label: '第一条', text: '甲', position: 1 },
        { id: 2, law: { id: 7 }, number: 2, label: '第二条', text: '乙', position: 2 },
      ] },
      '/api/lectures': { docs: [{ id: 21, citedArticles: [{ id: 'x', law: 7, lawKey: 'civil-code', articles: [2] }, { law: 9, articles: [1] }] }] },
    })
    const s = await fetchSnapshot(cms)
    expect(calls).toContain(`${cms}/api/law-articles?limit=0&depth=0&sort=position`)
    expect(s.laws.map((l) => [l.key, l.articles.map((a) => a.label)])).toEqual([['civil-code', ['第一条', '第二条']], ['empty', []]])
    expect(s.laws[0]).not.toHaveProperty('articleList')
    expect(s.laws[0]).not.toHaveProperty('imports')
    expect(s.laws[0]!.articles[0]).not.toHaveProperty('law')
    // A law the anonymous reader cannot see comes without a key: left out.
    expect(s.lectures[0]!.citedArticles).toEqual([{ lawKey: 'civil-code', articles: [2] }])
  })

  it('leaves seats unknown when the stats endpoint does not exist yet', async () => {
    stubFetch({ '/api/globals/site-settings': { id: 1, siteName: 'x' }, '/api/lectures': { docs: [{ id: 21 }] } })
    const s = await fetchSnapshot(cms)
    expect(s.lectures[0]).toMatchObject({ seatsLeft: null, waitlistCount: 0 })
  })
})
