/**
 * The demo seed on a real database: realistic content built from the real law texts,
 * reachable the way the site and staff look for it, and a second run changes nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { collectionPoints as seededPoints } from '../src/seed/data/collectionPoints'
import { consultations } from '../src/seed/data/consultations'
import { lectures as seededLectures } from '../src/seed/data/events'
import { demoOpinions } from '../src/seed/demoSubmissions'
import { seed } from '../src/seed/run'
import { lawsDir } from '../src/seed/paths'
import { testPayload } from './helpers'
import { api } from './rest'

let payload: Payload
let firstRun: Record<string, number>

beforeAll(async () => {
  payload = await testPayload()
  firstRun = (await seed(payload, undefined, { demoAccounts: true })).created
})

describe('demo seed', () => {
  it('fills every content type and one account per role', () => {
    for (const collection of ['law-explainers', 'news', 'lectures', 'square-events', 'recaps', 'consultations', 'collection-points', 'users', 'opinions', 'registrations'])
      expect(firstRun[collection], collection).toBeGreaterThan(0)
    expect(firstRun.users).toBe(4)
  })

  it('changes nothing when run again', async () => {
    const counts = async () =>
      Promise.all(['law-explainers', 'news', 'opinions', 'registrations', 'users'].map((c) => payload.count({ collection: c as never }).then((r) => r.totalDocs)))
    const before = await counts()
    const again = await seed(payload, undefined, { demoAccounts: true })
    expect(again.created).toEqual({})
    expect(await counts()).toEqual(before)
  })

  it('files offline opinions under the demo liaison’s point and under another one', async () => {
    // Only the seeded ones: other test files enter offline opinions at their own points.
    const where = { and: [{ channel: { equals: 'offline' } }, { content: { in: demoOpinions.map((o) => o.content) } }] }
    const offline = (await payload.find({ collection: 'opinions', where: where as never, limit: 0, pagination: false, depth: 1, overrideAccess: true })).docs
    const points = new Set(offline.map((o) => (o.collectionPoint as { name?: string } | null)?.name))
    expect(points.size, [...points].join('、')).toBeGreaterThanOrEqual(2)
    expect([...points].some((n) => n?.includes('英南村'))).toBe(true)
    expect([...points].every(Boolean)).toBe(true)
  })

  it('quotes the official Civil Code text and finds an explainer by article number over REST', async () => {
    const res = await api('/api/law-explainers?where[articleNumber][equals]=1165&depth=0')
    expect(res.status).toBe(200)
    const doc = res.body.docs[0]
    expect(doc).toMatchObject({ book: '侵权责任编', chapter: '第一章 一般规定', articleLabel: '第一千一百六十五条' })
    const source = fs.readFileSync(path.join(lawsDir, '民法典/侵权责任编.md'), 'utf8')
    expect(source).toContain(doc.articleText.split('\n')[0].replace(/^第一千一百六十五条\s*/, ''))
  })

  it('lists explainers by book and chapter', async () => {
    const res = await api(`/api/law-explainers?where[book][equals]=${encodeURIComponent('婚姻家庭编')}&limit=100&depth=0&sort=articleNumber`)
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(3)
    expect(res.body.docs.every((d: { book: string }) => d.book === '婚姻家庭编')).toBe(true)
    const numbers = res.body.docs.map((d: { articleNumber: number }) => d.articleNumber)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  })

  it('has one open, one closed and one upcoming consultation, each split into articles', async () => {
    // Only the seeded ones: other test files add consultations to the same database.
    const slugs = consultations.map((c) => c.slug).join(',')
    const res = await api(`/api/consultations?where[slug][in]=${slugs}&limit=10&depth=0`)
    const states = res.body.docs.map((d: { state: string }) => d.state).sort()
    expect(states).toEqual(['closed', 'open', 'upcoming'])
    for (const c of res.body.docs) expect(c.articles[0]).toMatchObject({ number: 1, label: '第一条' })
    const closed = res.body.docs.find((d: { state: string }) => d.state === 'closed')
    expect(closed.result.body).toBeTruthy()
  })

  it('has a nearly full lecture and a past one', async () => {
    const lectures = (await payload.find({ collection: 'lectures', where: { slug: { in: seededLectures.map((l) => l.slug) } }, limit: 20, depth: 0 })).docs
    const regs = (await payload.find({ collection: 'registrations', limit: 0, pagination: false, depth: 0 })).docs
    const seatsTaken = (id: number | string) => regs.filter((r) => r.lecture === id).reduce((n, r) => n + r.attendees, 0)
    expect(lectures.some((l) => new Date(l.startsAt) > new Date() && l.capacity - seatsTaken(l.id) <= 5 && l.capacity - seatsTaken(l.id) > 0)).toBe(true)
    expect(lectures.some((l) => new Date(l.endsAt) < new Date())).toBe(true)
  })

  it('publishes the district plan and the five collection points it names', async () => {
    const plan = await api('/api/news?where[slug][equals]=district-plan&depth=0')
    expect(plan.body.docs[0].title).toContain('基层立法联系点建设实施方案')
    const points = await api(`/api/collection-points?where[slug][in]=${seededPoints.map((p) => p.slug).join(',')}&limit=100&depth=0`)
    const names = points.body.docs.map((p: { name: string }) => p.name).join('、')
    for (const named of ['政法委', '法院', '经济促进局', '侨务局', '英南村']) expect(names).toContain(named)
  })
})
