/**
 * Seat semantics of lecture sign-ups, over HTTP against the running CMS and through the Local API as staff
 * (overrideAccess: false): a duplicate sign-up reveals nothing, the waitlist never holds seats empty while a
 * waiting party would fit (the next party that fits moves up; larger parties keep their place), every way a
 * seat frees up moves the line, and registrations made in the admin go through the same seat check.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Registration, User } from '@lawpoint/content-types'
import { makeUsers, password, testPayload } from './helpers'
import { sample } from './fixtures'
import { api, login, type Session } from './rest'

let payload: Payload
let editor: Session
let staff: User
const site = 'http://localhost:4321'
let ipSeq = 0
/** A fresh client address per call (the server trusts X-Forwarded-For in tests, as behind the proxy). */
const ip = () => `10.200.${(++ipSeq >> 8) & 255}.${ipSeq & 255}`
let phoneSeq = Math.floor(Math.random() * 1e7)
const phone = () => `136${String(++phoneSeq).padStart(8, '0')}`
const lectures: (number | string)[] = []

beforeAll(async () => {
  payload = await testPayload()
  const made = await makeUsers(payload, 'signups')
  staff = made.users.editor
  editor = await login(staff.email, password('editor', 'signups'))
})

afterAll(async () => {
  await payload.delete({ collection: 'registrations', where: { lecture: { in: lectures } }, overrideAccess: true })
  await payload.delete({ collection: 'lectures', where: { id: { in: lectures } }, overrideAccess: true })
})

const lecture = async (capacity: number) => {
  const id = (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published', capacity }) as never })).id
  lectures.push(id)
  return id
}

type Signed = { phone: string } & Awaited<ReturnType<typeof api>>
/** A sign-up as the site's script sends it (JSON). */
async function signUp(lectureId: number | string, extra: Record<string, unknown> = {}): Promise<Signed> {
  const p = (extra.phone as string | undefined) ?? phone()
  const res = await api('/api/public/registrations', {
    method: 'POST',
    json: { lecture: lectureId, name: '李四', phone: p, attendees: 1, consent: true, ...extra },
    headers: { 'x-forwarded-for': ip() },
  })
  return { phone: p, ...res }
}
/** A sign-up as a browser without JavaScript sends it (plain form post, answered with 303). */
const formSignUp = (lectureId: number | string, p: string, extra: Record<string, string> = {}) =>
  api('/api/public/registrations', {
    method: 'POST',
    body: new URLSearchParams({ lecture: String(lectureId), name: '王五', phone: p, attendees: '1', consent: 'on', ...extra }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site, accept: 'text/html', 'x-forwarded-for': ip() },
  })
const page = (location: string) => api(location, { headers: { 'x-forwarded-for': ip() } })

const byCode = async (s: Signed) =>
  (await payload.find({ collection: 'registrations', where: { cancelCode: { equals: s.body.cancelCode } }, overrideAccess: true, limit: 1 })).docs[0]!
const statusOf = async (s: Signed) => (await byCode(s)).status
/** The place in line the registrant sees on their own result page. */
async function placeOf(s: Signed): Promise<number | null> {
  const res = await page(`/api/public/registrations/result?code=${s.body.cancelCode}`)
  expect(res.status).toBe(200)
  const m = /候补第 (\d+) 位/.exec(String(res.body))
  return m ? Number(m[1]) : null
}
const cancel = async (s: Signed) => {
  const res = await api('/api/public/registrations/cancel', {
    method: 'POST',
    json: { cancelCode: s.body.cancelCode, phoneLast4: s.phone.slice(-4) },
    headers: { 'x-forwarded-for': ip() },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}
async function all(lectureId: number | string): Promise<Registration[]> {
  const { docs } = await payload.find({ collection: 'registrations', where: { lecture: { equals: lectureId } }, limit: 0, pagination: false, sort: 'id', overrideAccess: true })
  return docs
}
const seatsTaken = async (lectureId: number | string) =>
  (await all(lectureId)).filter((r) => r.status === 'confirmed').reduce((n, r) => n + Number(r.attendees), 0)
/** Local API calls as the logged-in editor, with access rules applied. */
const staffOpts = () => ({ overrideAccess: false as const, user: staff })

describe('a duplicate sign-up', () => {
  it('is answered exactly like a new one and gives away nothing of the first registration', async () => {
    const id = await lecture(1)
    const first = await signUp(id)
    const second = await signUp(id)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ status: 'confirmed', waitlistPosition: null })
    expect(second.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    const fresh = await signUp(id)
    expect(fresh.status).toBe(201)

    // Someone who knows only the phone number (or the resident pressing 提交 twice) signs up again.
    for (const original of [first, second]) {
      const dup = await signUp(id, { phone: original.phone, name: '另一个人', attendees: 3 })
      expect(dup.status, JSON.stringify(dup.body)).toBe(fresh.status)
      expect(Object.keys(dup.body).sort()).toEqual(Object.keys(fresh.body).sort())
      expect(dup.headers.get('content-type')).toBe(fresh.headers.get('content-type'))
      const text = JSON.stringify(dup.body)
      for (const secret of [original.body.cancelCode, original.body.checkInCode]) expect(text).not.toContain(secret)
      expect(['confirmed', 'waitlisted', 'cancelled']).not.toContain(dup.body.status)
      expect(dup.body.waitlistPosition).toBeNull()
      expect(text).not.toMatch(/已报名|候补第|报名成功/)
    }
    // Nothing was stored or changed: one sign-up per phone, the first still confirmed, the line as it was.
    const stored = await all(id)
    expect(stored).toHaveLength(3)
    expect(stored.map((r) => [r.status, r.attendees, r.name])).toEqual([
      ['confirmed', 1, '李四'],
      ['waitlisted', 1, '李四'],
      ['waitlisted', 1, '李四'],
    ])
    expect(await placeOf(second)).toBe(1)
    expect(await placeOf(fresh)).toBe(2)

    // Without JavaScript: 303 either way, to a CMS page under the same path; the duplicate's page shows no code or state.
    const newForm = await formSignUp(id, phone())
    const dupForm = await formSignUp(id, first.phone)
    expect(dupForm.status).toBe(303)
    expect(dupForm.status).toBe(newForm.status)
    const newLocation = newForm.headers.get('location')!
    const dupLocation = dupForm.headers.get('location')!
    expect(newLocation).toMatch(/^\/api\/public\/registrations\/result\?code=/)
    expect(dupLocation).toMatch(/^\/api\/public\/registrations\/[a-z]+\?/)
    const dupPage = await page(dupLocation)
    expect(dupPage.status).toBe(200)
    expect(dupPage.headers.get('content-type')).toContain('text/html')
    expect(dupPage.headers.get('referrer-policy')).toBe('no-referrer')
    const html = String(dupPage.body)
    expect(html).toContain('已收到')
    for (const secret of [first.body.cancelCode, first.body.checkInCode, first.phone, first.phone.slice(-4)]) expect(html).not.toContain(secret)
    expect(html).not.toMatch(/报名成功|候补第 \d|报名已取消|class="big-code"|name="cancelCode"/)
    expect(await all(id)).toHaveLength(4)
  })
})

describe('the waitlist moves the next party that fits', () => {
  it('a party of five at the head of the line holds no seat empty, keeps its place, and moves up once five seats are free', async () => {
    const id = await lecture(6)
    const a = await signUp(id, { attendees: 5 })
    const b = await signUp(id, { attendees: 1 })
    const five = await signUp(id, { attendees: 5 })
    const one = await signUp(id, { attendees: 1 })
    const two = await signUp(id, { attendees: 2 })
    expect([a, b, five, one, two].map((s) => s.body.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted'])

    // One seat frees: the five do not fit, the single behind them does and moves up; the five keep place 1.
    await cancel(b)
    expect(await statusOf(one)).toBe('confirmed')
    expect(await statusOf(five)).toBe('waitlisted')
    expect(await placeOf(five)).toBe(1)
    expect(await placeOf(two)).toBe(2)
    expect(await seatsTaken(id)).toBe(6)

    // Full again: a newcomer queues behind everyone.
    const late = await signUp(id, { attendees: 1 })
    expect(late.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 3 })

    // Five seats free: the five are first in line and fit, so they move up before anyone behind them.
    await cancel(a)
    expect(await statusOf(five)).toBe('confirmed')
    expect(await statusOf(two)).toBe('waitlisted')
    expect(await statusOf(late)).toBe('waitlisted')
    expect(await seatsTaken(id)).toBe(6)

    // One seat frees: the pair does not fit, the single behind it does.
    await cancel(one)
    expect(await statusOf(late)).toBe('confirmed')
    expect(await placeOf(two)).toBe(1)

    // A seat free while only a larger party waits: a newcomer who fits takes it at once instead of leaving it empty.
    await payload.update({ collection: 'lectures', id, data: { capacity: 7 }, overrideAccess: true })
    expect(await statusOf(two)).toBe('waitlisted')
    const single = await signUp(id, { attendees: 1 })
    expect(single.body).toMatchObject({ status: 'confirmed', waitlistPosition: null })
    expect(await seatsTaken(id)).toBe(7)

    // But a newcomer never jumps over someone waiting who would fit. A seat frees and the line has not moved yet
    // (as between another instance's cancellation and its promotion): the newcomer queues behind.
    const other = await lecture(2)
    const c = await signUp(other)
    await signUp(other)
    const waiting = await signUp(other)
    await payload.update({ collection: 'registrations', id: (await byCode(c)).id, data: { status: 'cancelled' }, overrideAccess: true, context: { skipPromotion: true } })
    const newcomer = await signUp(other)
    expect(newcomer.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })
    expect(await placeOf(waiting)).toBe(1)
  })
})

describe('every way a seat frees up moves the line', () => {
  it('staff delete a confirmed registration (REST): the next in line moves up; deleting a waiting one renumbers the places', async () => {
    const id = await lecture(2)
    const a = await signUp(id)
    await signUp(id)
    const w1 = await signUp(id)
    const w2 = await signUp(id)
    const w3 = await signUp(id)
    expect([w1, w2, w3].map((s) => s.body.waitlistPosition)).toEqual([1, 2, 3])

    const del = await api(`/api/registrations/${(await byCode(a)).id}`, { method: 'DELETE', session: editor })
    expect(del.status, JSON.stringify(del.body)).toBe(200)
    expect(await statusOf(w1)).toBe('confirmed')
    expect(await seatsTaken(id)).toBe(2)
    expect(await placeOf(w2)).toBe(1)

    // Through the Local API as staff: a waiting registration removed, those behind move up a place.
    await payload.delete({ collection: 'registrations', id: (await byCode(w2)).id, ...staffOpts() })
    expect(await placeOf(w3)).toBe(1)
    const next = await signUp(id)
    expect(next.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })

    // A confirmed one deleted through the Local API as staff.
    const confirmed = (await all(id)).find((r) => r.status === 'confirmed')!
    await payload.delete({ collection: 'registrations', id: confirmed.id, ...staffOpts() })
    expect(await statusOf(w3)).toBe('confirmed')
    expect(await placeOf(next)).toBe(1)
  })

  it('staff cancel in the admin, a waiting party or a confirmed one: whoever fits next moves up', async () => {
    const id = await lecture(3)
    const a = await signUp(id, { attendees: 2 })
    const b = await signUp(id, { attendees: 1 })
    const big = await signUp(id, { attendees: 5 })
    const s = await signUp(id, { attendees: 1 })
    const t = await signUp(id, { attendees: 2 })
    // The registrant cancels (one seat); then staff cancel the big party that headed the line (REST, as in the admin).
    await cancel(b)
    const cancelBig = await api(`/api/registrations/${(await byCode(big)).id}`, { method: 'PATCH', json: { status: 'cancelled' }, session: editor })
    expect(cancelBig.status, JSON.stringify(cancelBig.body)).toBe(200)
    expect(await statusOf(s)).toBe('confirmed')
    expect(await placeOf(t)).toBe(1)
    // Staff cancel a confirmed party through the Local API: the pair moves up.
    await payload.update({ collection: 'registrations', id: (await byCode(a)).id, data: { status: 'cancelled' }, ...staffOpts() })
    expect(await statusOf(t)).toBe('confirmed')
    expect(await seatsTaken(id)).toBe(3)
  })

  it('fewer attendees (REST and Local API as staff) move up whoever now fits', async () => {
    const id = await lecture(4)
    const a = await signUp(id, { attendees: 3 })
    const b = await signUp(id, { attendees: 1 })
    const four = await signUp(id, { attendees: 4 })
    const s = await signUp(id, { attendees: 1 })
    const t = await signUp(id, { attendees: 1 })
    const u = await signUp(id, { attendees: 1 })
    const res = await api(`/api/registrations/${(await byCode(a)).id}`, { method: 'PATCH', json: { attendees: 1 }, session: editor })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect([await statusOf(s), await statusOf(t), await statusOf(u)]).toEqual(['confirmed', 'confirmed', 'waitlisted'])
    expect(await statusOf(four)).toBe('waitlisted')
    expect(await placeOf(four)).toBe(1)
    await payload.update({ collection: 'registrations', id: (await byCode(b)).id, data: { status: 'cancelled' }, ...staffOpts() })
    expect(await statusOf(u)).toBe('confirmed')
    expect(await seatsTaken(id)).toBe(4)
  })
})

describe('registrations made in the admin', () => {
  const entry = (lectureId: number | string, extra: Record<string, unknown> = {}) => ({
    lecture: lectureId,
    name: '电话报名',
    phone: phone(),
    attendees: 1,
    status: 'confirmed',
    ...extra,
  })

  it('go through the same seat check: a full lecture puts them on the waitlist, staff cannot confirm past capacity', async () => {
    const id = await lecture(2)
    const a = await signUp(id)
    await signUp(id)
    const viaRest = await api('/api/registrations', { method: 'POST', json: entry(id), session: editor })
    expect(viaRest.status, JSON.stringify(viaRest.body)).toBe(201)
    expect(viaRest.body.doc).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    expect(viaRest.body.doc.cancelCode).toMatch(/^[A-Z2-9]{8}$/)
    const viaLocal = await payload.create({ collection: 'registrations', data: entry(id, { attendees: 2 }) as never, ...staffOpts() })
    expect(viaLocal).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })
    expect(await seatsTaken(id)).toBe(2)

    // Confirming a waiting one, or more attendees on a confirmed one, past capacity: refused in Chinese, nothing changed.
    const confirm = await api(`/api/registrations/${viaRest.body.doc.id}`, { method: 'PATCH', json: { status: 'confirmed' }, session: editor })
    expect(confirm.status).toBe(400)
    expect(JSON.stringify(confirm.body)).toContain('名额不足')
    const more = (await all(id)).find((r) => r.status === 'confirmed')!
    await expect(payload.update({ collection: 'registrations', id: more.id, data: { attendees: 2 }, ...staffOpts() })).rejects.toThrow()
    // Not even the system itself (overrideAccess) takes seats that are not free.
    await expect(payload.update({ collection: 'registrations', id: more.id, data: { attendees: 2 }, overrideAccess: true })).rejects.toThrow(/名额不足/)
    const uncancel = await payload.create({ collection: 'registrations', data: entry(id, { status: 'cancelled' }) as never, ...staffOpts() })
    expect(uncancel.status).toBe('cancelled')
    await expect(payload.update({ collection: 'registrations', id: uncancel.id, data: { status: 'confirmed' }, ...staffOpts() })).rejects.toThrow(/名额不足/)
    expect(await seatsTaken(id)).toBe(2)
    expect((await payload.findByID({ collection: 'registrations', id: viaRest.body.doc.id, overrideAccess: true })).status).toBe('waitlisted')

    // A seat frees: the staff entry first in line moves up; with seats free, a staff entry is confirmed at once.
    await cancel(a)
    expect((await payload.findByID({ collection: 'registrations', id: viaRest.body.doc.id, overrideAccess: true })).status).toBe('confirmed')
    await payload.update({ collection: 'lectures', id, data: { capacity: 10 }, overrideAccess: true })
    expect((await payload.findByID({ collection: 'registrations', id: viaLocal.id, overrideAccess: true })).status).toBe('confirmed')
    const roomy = await payload.create({ collection: 'registrations', data: entry(id) as never, ...staffOpts() })
    expect(roomy).toMatchObject({ status: 'confirmed' })
    // With seats free, staff may confirm one they had entered as cancelled.
    const back = await payload.update({ collection: 'registrations', id: uncancel.id, data: { status: 'confirmed' }, ...staffOpts() })
    expect(back.status).toBe('confirmed')
    expect(await seatsTaken(id)).toBe(6)
  })

  it('never overbook while the public signs up at the same moment', { timeout: 180_000 }, async () => {
    const id = await lecture(10)
    const [publicAnswers, restAnswers, local] = await Promise.all([
      Promise.all(Array.from({ length: 15 }, () => signUp(id))),
      Promise.all(Array.from({ length: 10 }, () => api('/api/registrations', { method: 'POST', json: entry(id), session: editor }))),
      Promise.allSettled(Array.from({ length: 10 }, () => payload.create({ collection: 'registrations', data: entry(id) as never, ...staffOpts() }))),
    ])
    expect([...publicAnswers, ...restAnswers].map((r) => r.status).filter((s) => s !== 201), JSON.stringify(restAnswers.map((r) => r.body))).toEqual([])
    expect(local.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([])
    const stored = await all(id)
    expect(stored).toHaveLength(35)
    expect(await seatsTaken(id)).toBe(10)
    const tickets = stored.filter((r) => r.status === 'waitlisted').map((r) => r.waitlistPosition)
    expect(tickets.every((t) => typeof t === 'number')).toBe(true)
    expect(new Set(tickets).size).toBe(tickets.length)
    expect(tickets).toHaveLength(25)
  })
})
