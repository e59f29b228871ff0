import type { CollectionSlug } from 'payload'
import { lexical } from '../src/seed/lexical'
import { testLaw } from './helpers'

/** Documents other samples point at (a registration needs a lecture); set by the test's beforeAll. */
export const refs: { lecture?: number | string } = {}

// Titles (and the slugs made from them) stay unique across test files sharing one database.
const run = Math.random().toString(36).slice(2, 6)
let n = 0
const next = () => ++n
const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** The smallest valid document of each collection, distinct on every call. */
export function sample(collection: CollectionSlug, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const i = next()
  const body = lexical([`测试正文 ${i}`])
  const byCollection: Partial<Record<CollectionSlug, Record<string, unknown>>> = {
    news: { title: `测试新闻 ${i}-${run}`, body, category: 'work' },
    laws: { title: `中华人民共和国测试法${i}-${run}`, key: `test-law-${i}-${run}` },
    'law-explainers': {
      title: `测试解读 ${i}-${run}`,
      law: testLaw.title,
      lawKey: testLaw.key,
      articleNumber: 1 + (i % testLaw.articles),
      articleText: '测试条文',
      explanation: body,
    },
    lectures: {
      title: `测试讲座 ${i}-${run}`,
      kind: 'lecture',
      state: 'scheduled',
      speakers: [{ name: '主讲人' }],
      startsAt: soon(7),
      endsAt: soon(7.1),
      venue: { name: '江翠社区' },
      capacity: 50,
    },
    'square-events': { title: `测试广场活动 ${i}-${run}`, kind: 'constitution', startsAt: soon(3), place: { name: '江南广场' } },
    recaps: { title: `测试回顾 ${i}-${run}`, body },
    consultations: {
      title: `测试草案 ${i}-${run}`,
      draftKind: 'law',
      level: 'national',
      draftingBody: '法工委',
      opensAt: soon(-1),
      closesAt: soon(10),
      summary: '测试摘要',
      articles: [{ number: 1, label: '第一条', text: '测试条文' }],
    },
    'collection-points': { name: `测试采集点 ${i}-${run}-${Math.random().toString(36).slice(2, 6)}`, kind: 'collection-point' },
    experts: { name: `专家 ${i}-${run}`, field: '民商法' },
    opinions: { kind: 'governance', content: `测试意见内容 ${i}`, name: '张三', phone: '13800138000', identity: 'resident', consent: true },
    registrations: { lecture: refs.lecture, name: '李四', phone: '13912345678', attendees: 1, status: 'confirmed', checkInCode: `T${run.toUpperCase()}${String(i).padStart(3, '0')}` },
    users: { email: `u${i}-${Date.now()}@test.local`, password: 'pw-sample-123', name: `用户 ${i}`, role: 'editor' },
  }
  return { ...byCollection[collection], ...extra }
}
