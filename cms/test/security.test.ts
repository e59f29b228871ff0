/**
 * The public intake cannot be gamed (issue "The civic record cannot be rewritten", items 2 and 3), over HTTP
 * against the real CMS, plus unit tests of the address rule and the limiter keys:
 * - one client address rule: the socket, or with TRUST_PROXY=n the n-th X-Forwarded-For entry from the right; a
 *   request never picks its own bucket (a second CMS runs with the default, TRUST_PROXY=0);
 * - refused posts have their own bucket, so junk from one address never uses up the valid posts there;
 * - the per-phone limit is spent only after the proof of work passed;
 * - receipts and cancel codes lock after a few wrong tries; the receipt page shows nothing stored.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { solveChallenge } from 'altcha-lib'
import { cancelCodeFormat, receiptFormat } from '@lawpoint/content-types'
import { testPayload } from './helpers'
import { sample } from './fixtures'
import { api } from './rest'
import { startCms } from './cmsServer'
import { clientAddress, UNKNOWN_CLIENT } from '../src/intake/http'
import { consume, limiterKey } from '../src/intake/rateLimit'
import { parseEnv } from '../src/settings'

let payload: Payload
// This file's own addresses (TEST-NET-2/3), with a per-run part so nothing else shares their buckets.
const run = Math.floor(Math.random() * 200) + 1
let seq = 0
const addr = () => `203.0.${run}.${++seq % 250}`
const fresh = () => `198.51.${run}.${++seq % 250}`
let phoneSeq = Math.floor(Math.random() * 1e7)
const phone = () => `137${String(++phoneSeq).padStart(8, '0')}`
const receiptShape = /^YJ\d{6}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}$/
const created = { lectures: [] as (number | string)[], opinions: [] as string[] }

const opinion = (extra: Record<string, unknown> = {}) => ({ kind: 'governance', content: '建议社区多办普法讲座。', name: '陈伯', phone: phone(), identity: 'resident', consent: true, ...extra })
const asJson = (xff: string, extra: Record<string, string> = {}) => ({ accept: 'application/json', 'x-forwarded-for': xff, ...extra })
const lookup = (receipt: string, last4: string, xff = fresh()) =>
  api(`/api/public/opinions/status?receipt=${encodeURIComponent(receipt)}&phoneLast4=${last4}`, { headers: asJson(xff) })
const otherThan = (digits: string) => (digits === '0000' ? '1111' : '0000')

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => {
  await payload.delete({ collection: 'opinions', where: { receipt: { in: created.opinions } }, overrideAccess: true })
  await payload.delete({ collection: 'registrations', where: { lecture: { in: created.lectures } }, overrideAccess: true })
  await payload.delete({ collection: 'lectures', where: { id: { in: created.lectures } }, overrideAccess: true })
})

describe('the client address rule', () => {
  it('is the socket address unless proxies are trusted; then the n-th X-Forwarded-For entry from the right', () => {
    expect(clientAddress('127.0.0.1', '10.9.9.9', 0)).toBe('127.0.0.1')
    expect(clientAddress('::ffff:192.0.2.7', '10.9.9.9, 10.8.8.8', 0)).toBe('192.0.2.7')
    // One proxy: what it appended (the rightmost), never what the client put before it.
    expect(clientAddress('10.0.0.1', 'spoofed, 1.1.1.1, 192.0.2.9', 1)).toBe('192.0.2.9')
    expect(clientAddress('10.0.0.1', '1.1.1.1,192.0.2.9', 2)).toBe('1.1.1.1')
    expect(clientAddress('10.0.0.1', 'a, 1.1.1.1, 192.0.2.9', 2)).toBe('1.1.1.1')
    // Fewer entries than trusted hops: the furthest one there is (as Express does); none: the socket.
    expect(clientAddress('10.0.0.1', '192.0.2.9', 3)).toBe('192.0.2.9')
    expect(clientAddress('10.0.0.1', undefined, 1)).toBe('10.0.0.1')
    expect(clientAddress('10.0.0.1', '1.2.3.4:5555', 1)).toBe('1.2.3.4')
  })
  it('never takes an address from the header without a socket and without trusted proxies', () => {
    expect(clientAddress(undefined, '10.9.9.9', 0)).toBe(UNKNOWN_CLIENT)
    expect(clientAddress(undefined, '10.1.1.1', 0)).toBe(clientAddress(undefined, '10.2.2.2', 0))
  })
  it('counts an IPv6 client as its /64 network', () => {
    expect(clientAddress('2001:db8:1:2:aaaa::1', undefined, 0)).toBe(clientAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee', undefined, 0))
    expect(clientAddress('2001:db8:1:2::1', undefined, 0)).not.toBe(clientAddress('2001:db8:1:3::1', undefined, 0))
    expect(clientAddress('10.0.0.1', '[2001:db8:1:2::9]:443', 1)).toBe(clientAddress('2001:db8:1:2::1', undefined, 0))
  })
  it('reads TRUST_PROXY as a number of hops, the old switch words as 1 and 0', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0)
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2)
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1)
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0)
    expect(() => parseEnv({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY：/)
  })
})

describe('limiter keys', () => {
  it('hold no phone number, address or code in clear', async () => {
    const seen: string[] = []
    const recorder = { consume: async (key: string) => void seen.push(key) }
    const using = Object.fromEntries(['ip', 'invalid', 'opinionPhone', 'registrationPhone', 'lookup', 'codeTries'].map((b) => [b, recorder])) as never
    await consume({ opinionPhone: '13912345678', registrationPhone: '13912345678', ip: '192.0.2.44', codeTries: 'receipt:YJ261128-K7M-2QX-9AB' }, using)
    expect(seen).toHaveLength(4)
    for (const key of seen) {
      expect(key).not.toMatch(/\d{4}/)
      expect(key).not.toContain('192.0.2')
      expect(key).not.toContain('K7M')
    }
    // Stable per value, distinct per value and per bucket.
    expect(limiterKey('opinionPhone', '13912345678')).toBe(limiterKey('opinionPhone', '13912345678'))
    expect(limiterKey('opinionPhone', '13912345678')).not.toBe(limiterKey('opinionPhone', '13912345679'))
    expect(limiterKey('opinionPhone', '13912345678')).not.toBe(limiterKey('registrationPhone', '13912345678'))
  })

  // Needs a Redis server: set TEST_REDIS_URL (as .ci/run does).
  it.skipIf(!process.env.TEST_REDIS_URL)('lock codes in Redis too, for every instance, under hashed keys', async () => {
    const url = process.env.TEST_REDIS_URL!
    const { createLimiters, codeTry, codeTryRight, redisReady } = await import('../src/intake/rateLimit')
    const prefix = `test-security-${Date.now()}`
    const a = createLimiters(url, prefix)
    const b = createLimiters(url, prefix)
    await redisReady()
    const code = receiptFormat.generate()
    const waits: number[] = []
    for (let i = 0; i < 5; i++) waits.push(await codeTry('receipt', code, i % 2 ? a : b))
    expect(waits).toEqual([0, 0, 0, 0, 0])
    expect(await codeTry('receipt', code, a)).toBeGreaterThan(3000)
    expect(await codeTry('receipt', code, b)).toBeGreaterThan(3000)
    // A right try clears the count of a code that is not locked yet.
    const other = receiptFormat.generate()
    for (let i = 0; i < 4; i++) await codeTry('receipt', other, a)
    await codeTryRight('receipt', other, b)
    for (let i = 0; i < 5; i++) expect(await codeTry('receipt', other, i % 2 ? a : b)).toBe(0)
    const { Redis } = await import('ioredis')
    const redis = new Redis(url)
    try {
      const keys = await redis.keys(`${prefix}:*`)
      expect(keys.length).toBeGreaterThan(0)
      for (const key of keys) expect(key).not.toContain(code.replaceAll('-', '').slice(8))
      await redis.del(...keys)
    } finally {
      redis.disconnect()
    }
  })
})

describe('with one trusted proxy (the suite’s CMS, TRUST_PROXY=1)', () => {
  it('serves every route that counts per address from a Pages route, where the socket is known', async () => {
    const routes: [string, string][] = [
      ['/api/public/opinions', 'POST'],
      ['/api/public/opinions/status', 'GET'],
      ['/api/public/opinions/receipt', 'GET'],
      ['/api/public/registrations', 'POST'],
      ['/api/public/registrations/cancel', 'POST'],
      ['/api/public/registrations/result', 'GET'],
    ]
    for (const [path, method] of routes) {
      // The Pages adapter answers a method it does not serve with 405 and the methods it does.
      const res = await api(path, { method: 'PUT', headers: { 'x-forwarded-for': fresh() } })
      expect(res.status, path).toBe(405)
      expect(res.headers.get('allow'), path).toBe(`${method}, OPTIONS`)
    }
  })

  it('counts the address the proxy appended, whatever the client wrote before it', async () => {
    const client = addr()
    const statuses: number[] = []
    for (let i = 0; i < 31; i++)
      statuses.push((await api('/api/public/opinions/receipt?receipt=YJ261128-K7M-2QX-9AB', { headers: { 'x-forwarded-for': `${fresh()}, ${client}` } })).status)
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true)
    expect(statuses[30]).toBe(429)
    // The client's address further left does not matter; another appended address is another bucket.
    expect((await api('/api/public/opinions/receipt?receipt=YJ261128-K7M-2QX-9AB', { headers: { 'x-forwarded-for': `${client}, ${fresh()}` } })).status).toBe(200)
  })

  it('keeps refused posts in their own bucket: junk from an address never uses up its valid posts', async () => {
    const shared = addr()
    const statuses: number[] = []
    for (let i = 0; i < 40; i++)
      statuses.push((await api('/api/public/opinions', { method: 'POST', json: opinion({ content: '短' }), headers: { 'x-forwarded-for': shared } })).status)
    statuses.push((await api('/api/public/opinions', { method: 'POST', json: opinion({ website: 'http://spam.example' }), headers: { 'x-forwarded-for': shared } })).status)
    expect(new Set(statuses)).toEqual(new Set([400]))
    const valid = await api('/api/public/opinions', { method: 'POST', json: opinion(), headers: { 'x-forwarded-for': shared } })
    expect(valid.status, JSON.stringify(valid.body)).toBe(201)
    created.opinions.push(valid.body.receipt)
    // The refused posts' bucket has a limit of its own (INTAKE_LIMIT_INVALID, 100 per window)…
    let refusedAt = -1
    for (let i = 0; i < 70 && refusedAt < 0; i++)
      if ((await api('/api/public/opinions', { method: 'POST', json: opinion({ content: '短' }), headers: { 'x-forwarded-for': shared } })).status === 429) refusedAt = i
    expect(refusedAt).toBe(100 - 41)
    // …and a valid post from that address still goes through.
    const still = await api('/api/public/opinions', { method: 'POST', json: opinion(), headers: { 'x-forwarded-for': shared } })
    expect(still.status, JSON.stringify(still.body)).toBe(201)
    created.opinions.push(still.body.receipt)
  })
})

describe('receipts', () => {
  it('are grouped, readable and carry the random part; the receipt page shows nothing stored', async () => {
    const res = await api('/api/public/opinions', { method: 'POST', json: opinion({ content: '关于第二条的意见：建议写明期限。' }), headers: asJson(addr()) })
    expect(res.status).toBe(201)
    expect(res.body.receipt).toMatch(receiptShape)
    created.opinions.push(res.body.receipt)
    const real = await api(`/api/public/opinions/receipt?receipt=${res.body.receipt}`, { headers: { 'x-forwarded-for': fresh() } })
    const unknown = await api('/api/public/opinions/receipt?receipt=YJ261128-K7M-2QX-9AB', { headers: { 'x-forwarded-for': fresh() } })
    expect(real.status).toBe(200)
    expect(unknown.status).toBe(200)
    // A real and an unknown receipt get the same page, but for the number itself.
    expect(String(real.body).replaceAll(res.body.receipt, 'RECEIPT')).toBe(String(unknown.body).replaceAll('YJ261128-K7M-2QX-9AB', 'RECEIPT'))
    expect(real.body).toContain('name="phoneLast4"')
    // Typed without hyphens, in lower case: the same receipt.
    const typed = await api(`/api/public/opinions/receipt?receipt=${res.body.receipt.replaceAll('-', '').toLowerCase()}`, { headers: { 'x-forwarded-for': fresh() } })
    expect(typed.body).toContain(res.body.receipt)
  })

  it('lock after five wrong tries, whoever asks, even for the right digits; an unknown receipt looks the same', async () => {
    const p = phone()
    const made = await api('/api/public/opinions', { method: 'POST', json: opinion({ phone: p }), headers: asJson(addr()) })
    const receipt: string = made.body.receipt
    created.opinions.push(receipt)
    const right = p.slice(-4)
    const wrong = otherThan(right)
    // A resident who mistypes twice and then gets it right starts afresh.
    expect((await lookup(receipt, wrong)).status).toBe(404)
    expect((await lookup(receipt, wrong)).status).toBe(404)
    expect((await lookup(receipt, right)).status).toBe(200)
    const tries = [] as { status: number; body: unknown }[]
    for (let i = 0; i < 6; i++) tries.push(await lookup(receipt.replaceAll('-', ''), wrong))
    expect(tries.map((t) => t.status)).toEqual([404, 404, 404, 404, 404, 429])
    const locked = await lookup(receipt, right)
    expect(locked.status).toBe(429)
    expect(locked.body.message).toMatch(/锁定/)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(3000)
    // The page a plain form lands on says so too.
    const page = await api(`/api/public/opinions/status?receipt=${receipt}&phoneLast4=${right}`, { headers: { accept: 'text/html', 'x-forwarded-for': fresh() } })
    expect(page.status).toBe(429)
    expect(page.body).toContain('锁定')
    // An unknown receipt: the same answers, the same lock.
    const unknown = receiptFormat.generate()
    const unknownTries = [] as { status: number; body: unknown }[]
    for (let i = 0; i < 6; i++) unknownTries.push(await lookup(unknown, wrong))
    expect(unknownTries.map((t) => t.status)).toEqual([404, 404, 404, 404, 404, 429])
    expect(unknownTries[0]!.body).toEqual(tries[0]!.body)
  })
})

describe('cancel codes', () => {
  it('lock after five wrong tries at cancelling; unknown codes lock their result page; the registrant still sees theirs', async () => {
    const lecture = (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published', capacity: 5 }) as never })).id
    created.lectures.push(lecture)
    const p = phone()
    const signUp = await api('/api/public/registrations', { method: 'POST', json: { lecture, name: '周姨', phone: p, attendees: 1, consent: true }, headers: asJson(addr()) })
    expect(signUp.status, JSON.stringify(signUp.body)).toBe(201)
    const code: string = signUp.body.cancelCode
    const cancel = (last4: string) => api('/api/public/registrations/cancel', { method: 'POST', json: { cancelCode: code, phoneLast4: last4 }, headers: asJson(fresh()) })
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await cancel(otherThan(p.slice(-4)))).status)
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429])
    const locked = await cancel(p.slice(-4))
    expect(locked.status).toBe(429)
    expect(locked.body.message).toMatch(/锁定/)
    const { docs } = await payload.find({ collection: 'registrations', where: { cancelCode: { equals: code } }, overrideAccess: true })
    expect(docs[0]!.status).toBe('confirmed')
    // Its own page still shows the sign-up to whoever holds the code.
    const own = await api(`/api/public/registrations/result?code=${code}`, { headers: { 'x-forwarded-for': fresh() } })
    expect(own.status).toBe(200)
    expect(own.body).toContain('报名成功')
    // Trying codes on the result page: each unknown code locks after five tries.
    const guessed: number[] = []
    const guess = cancelCodeFormat.generate()
    for (let i = 0; i < 6; i++) guessed.push((await api(`/api/public/registrations/result?code=${guess}`, { headers: { 'x-forwarded-for': fresh() } })).status)
    expect(guessed).toEqual([404, 404, 404, 404, 404, 429])
  })
})

/**
 * A second CMS with the default address rule (TRUST_PROXY unset = 0) and the proof of work required (cheap
 * challenges): every request here comes from 127.0.0.1, whatever X-Forwarded-For says.
 */
describe('with no trusted proxy (a second CMS, defaults)', () => {
  let server: Awaited<ReturnType<typeof startCms>> | undefined
  beforeAll(async () => {
    server = await startCms({ ...process.env, TRUST_PROXY: '', ALTCHA_ENABLED: 'true', ALTCHA_MAX_NUMBER: '1000', SITE_BUILD_HOOKS: 'false', SITE_BUILD_AUTORUN: 'false' })
  }, 600_000)
  afterAll(async () => {
    await server?.stop()
  })
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${server!.url}${path}`, { redirect: 'manual', ...init })
    const text = await res.text()
    let body: ReturnType<typeof JSON.parse>
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
    return { status: res.status, body, headers: res.headers }
  }
  const postJson = (path: string, json: unknown, xff = fresh()) =>
    call(path, { method: 'POST', body: JSON.stringify(json), headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': xff } })
  const solved = async () => {
    const ch = (await call('/api/public/challenge')).body
    const solution = await solveChallenge(ch.challenge, ch.salt, ch.algorithm, ch.maxnumber).promise
    return Buffer.from(JSON.stringify({ algorithm: ch.algorithm, challenge: ch.challenge, number: solution!.number, salt: ch.salt, signature: ch.signature })).toString('base64')
  }

  it('answers 429 after thirty look-ups although each names its own X-Forwarded-For', { timeout: 120_000 }, async () => {
    const statuses: number[] = []
    for (let i = 0; i < 40; i++)
      statuses.push((await call('/api/public/opinions/receipt?receipt=YJ261128-K7M-2QX-9AB', { headers: { 'x-forwarded-for': `10.${i}.${i}.${i}` } })).status)
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(200))
    expect(statuses.slice(30)).toEqual(Array(10).fill(429))
    // Every look-up route counts the socket's address.
    expect((await call('/api/public/opinions/status?receipt=YJ261128-K7M-2QX-9AB&phoneLast4=1234', { headers: { accept: 'application/json', 'x-forwarded-for': fresh() } })).status).toBe(429)
    expect((await call('/api/public/registrations/result?code=ABCD2345', { headers: { 'x-forwarded-for': fresh() } })).status).toBe(429)
    expect((await postJson('/api/public/registrations/cancel', { cancelCode: 'ABCD2345', phoneLast4: '1234' })).status).toBe(429)
  })

  it('spends the per-phone limit only after the proof of work passed', { timeout: 120_000 }, async () => {
    const p = phone()
    const without: number[] = []
    // More posts than the phone's quota (10 per hour), none with a solved challenge.
    for (let i = 0; i < 12; i++) without.push((await postJson('/api/public/opinions', opinion({ phone: p }))).status)
    expect(without).toEqual(Array(12).fill(400))
    const forged = await postJson('/api/public/opinions', opinion({ phone: p, altcha: Buffer.from('{"number":1}').toString('base64') }))
    expect(forged.status).toBe(400)
    expect(forged.body.errors.altcha).toContain('验证')
    const done = await postJson('/api/public/opinions', opinion({ phone: p, altcha: await solved() }))
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    created.opinions.push(done.body.receipt)
  })

  it('limits posts per socket address too, whatever X-Forwarded-For says (sign-ups and opinions share it)', { timeout: 180_000 }, async () => {
    const statuses: number[] = []
    for (let i = 0; i < 31; i++)
      statuses.push((await postJson('/api/public/registrations', { lecture: 99999999, name: '吴叔', phone: phone(), attendees: 1, consent: true, altcha: await solved() })).status)
    expect(statuses).toContain(429)
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(30)
    expect(statuses.slice(statuses.indexOf(429)).every((s) => s === 429)).toBe(true)
    expect((await postJson('/api/public/opinions', opinion({ altcha: await solved() }))).status).toBe(429)
  })
})
