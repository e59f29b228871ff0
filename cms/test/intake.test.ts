/**
 * The public intake over HTTP against the running CMS: opinions, status lookup, sign-ups with capacity and
 * waitlist under concurrency, abuse guards, bad input, personal data, staff exports and check-in.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { solveChallenge } from 'altcha-lib'
import type { Role } from '@lawpoint/content-types'
import { makeUsers, password, testPayload } from './helpers'
import { sample } from './fixtures'
import { api, cmsUrl, login, type Session } from './rest'

let payload: Payload
const sessions = {} as Record<Role, Session>
let open: number | string
let closed: number | string
let upcoming: number | string
const site = 'http://localhost:4321'
let ipSeq = 0
/** A fresh client address per call (the server trusts X-Forwarded-For in tests, as behind the proxy). */
const ip = () => `10.${(++ipSeq >> 16) & 255}.${(ipSeq >> 8) & 255}.${ipSeq & 255}`
let phoneSeq = Math.floor(Math.random() * 1e7)
const phone = () => `139${String(++phoneSeq).padStart(8, '0')}`

const opinion = (extra: Record<string, unknown> = {}) => ({
  kind: 'consultation',
  consultation: open,
  content: '建议明确办理时限，避免群众多次跑腿。',
  name: '张三',
  phone: phone(),
  identity: 'resident',
  locality: '江南街道',
  consent: true,
  ...extra,
})

const post = (path: string, json: unknown, headers: Record<string, string> = {}) =>
  api(path, { method: 'POST', json, headers: { 'x-forwarded-for': ip(), ...headers } })
const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  api(path, {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site, accept: 'text/html', 'x-forwarded-for': ip(), ...headers },
  })
/** What this file publishes is removed afterwards, so suites that look at the published site see only their own. */
const created = { consultations: [] as (number | string)[], lectures: [] as (number | string)[] }
afterAll(async () => {
  const where = (field: string, ids: (number | string)[]) => ({ [field]: { in: ids } }) as never
  await payload.delete({ collection: 'expert-reviews', where: where('consultation', created.consultations), overrideAccess: true })
  await payload.delete({ collection: 'opinions', where: where('consultation', created.consultations), overrideAccess: true })
  await payload.delete({ collection: 'registrations', where: where('lecture', created.lectures), overrideAccess: true })
  await payload.delete({ collection: 'consultations', where: where('id', created.consultations), overrideAccess: true })
  await payload.delete({ collection: 'lectures', where: where('id', created.lectures), overrideAccess: true })
})

const count = async (collection: 'opinions' | 'registrations', where: object = {}) =>
  (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  const made = await makeUsers(payload, 'intake')
  for (const role of ['admin', 'editor', 'volunteer', 'liaison'] as Role[]) sessions[role] = await login(made.users[role].email, password(role, 'intake'))
  const day = 86_400_000
  const mk = async (opensAt: number, closesAt: number) =>
    (
      await payload.create({
        collection: 'consultations',
        data: sample('consultations', {
          _status: 'published',
          opensAt: new Date(Date.now() + opensAt).toISOString(),
          closesAt: new Date(Date.now() + closesAt).toISOString(),
          articles: [
            { number: 1, label: '第一条', text: '为了……制定本法。' },
            { number: 2, label: '第二条', text: '本法适用于……' },
          ],
        }) as never,
      })
    ).id
  open = await mk(-day, 10 * day)
  closed = await mk(-10 * day, -day)
  upcoming = await mk(day, 10 * day)
  created.consultations.push(open, closed, upcoming)
})

describe('opinions', () => {
  it('accepts a JSON opinion with a receipt and stores it as received, online', async () => {
    const res = await post('/api/public/opinions', opinion({ articleNumber: 2 }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(Object.keys(res.body)).toEqual(['receipt'])
    expect(res.body.receipt).toMatch(/^YJ\d{6}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}$/)
    const { docs } = await payload.find({ collection: 'opinions', where: { receipt: { equals: res.body.receipt } }, overrideAccess: true, context: { fullPhones: true } })
    expect(docs[0]).toMatchObject({ status: 'received', channel: 'online', kind: 'consultation', articleLabel: '第二条', consent: true, identity: 'resident' })
    expect(docs[0]!.phone).toMatch(/^139\d{8}$/)
  })

  it('accepts a plain form post and answers 303 to a receipt page carrying only the receipt, readable without JavaScript', async () => {
    const res = await form('/api/public/opinions', { ...opinion(), articleNumber: '2', name: '赵六', consent: 'on', website: '' } as never)
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/api\/public\/opinions\/receipt\?receipt=YJ\d{6}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}$/)
    const receipt = new URL(location, cmsUrl()).searchParams.get('receipt')!
    const page = await api(location, { headers: { 'x-forwarded-for': ip() } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.body).toContain(receipt)
    expect(page.body).toContain('提交成功')
    // Nothing stored shows before the phone's last four digits are entered: not even what the opinion was about.
    expect(page.body).not.toContain('第二条')
    expect(page.body).toContain('name="phoneLast4"')
    expect(page.body).not.toContain('赵六')
    expect(page.body).not.toMatch(/1[3-9]\d{9}/)
  })

  it('answers field errors in Chinese: JSON for scripts, a 400 page listing them for plain forms', async () => {
    const bad = await post('/api/public/opinions', opinion({ content: '短', phone: '12345', consent: false, identity: 'alien' }))
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/[\u4e00-\u9fff]/)
    expect(bad.body.errors).toMatchObject({ content: expect.stringContaining('至少'), phone: expect.stringContaining('手机'), consent: expect.any(String), identity: expect.any(String) })
    const viaForm = await form('/api/public/opinions', { kind: 'consultation', consultation: String(open), content: '短', name: '<b>张三</b>', phone: '12345', identity: 'resident', consent: 'on' }, { referer: `${site}/consultations/x/` })
    expect(viaForm.status).toBe(400)
    expect(viaForm.headers.get('content-type')).toContain('text/html')
    expect(viaForm.body).toContain('意见内容：意见内容至少')
    expect(viaForm.body).toContain('手机号码：请填写 11 位手机号码')
    expect(viaForm.body).toContain(`href="${site}/consultations/x/"`)
  })

  it('refuses closed, not-yet-open and unknown consultations and stores nothing', async () => {
    const before = await count('opinions')
    const c = await post('/api/public/opinions', opinion({ consultation: closed }))
    expect(c.status).toBe(409)
    expect(c.body.message).toContain('已于')
    expect(c.body.message).toContain('截止')
    const u = await post('/api/public/opinions', opinion({ consultation: upcoming }))
    expect(u.status).toBe(409)
    expect(u.body.message).toContain('尚未开始')
    for (const id of [99999999, 2147483648, '99999999999999999999', 'abc', -1, 1.5, null, ['1'], { id: 1 }]) {
      const r = await post('/api/public/opinions', opinion({ consultation: id }))
      expect([400, 404], `${JSON.stringify(id)} → ${r.status} ${JSON.stringify(r.body)}`).toContain(r.status)
      expect(r.body.message).toMatch(/[\u4e00-\u9fff]/)
    }
    const article = await post('/api/public/opinions', opinion({ articleNumber: 99 }))
    expect(article.status).toBe(400)
    expect(article.body.errors.articleNumber).toBe('草案中没有该条文')
    expect(await count('opinions')).toBe(before)
  })

  it('takes general suggestions of each standing kind without a consultation', async () => {
    for (const kind of ['legislative-work', 'law-application', 'governance']) {
      const res = await post('/api/public/opinions', opinion({ kind, consultation: undefined }))
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const { docs } = await payload.find({ collection: 'opinions', where: { receipt: { equals: res.body.receipt } }, overrideAccess: true })
      expect(docs[0]!.kind).toBe(kind)
      expect(docs[0]!.consultation ?? null).toBeNull()
    }
  })

  it('never answers bad input with a 500', async () => {
    const raw = (body: BodyInit, type: string, headers: Record<string, string> = {}) =>
      api('/api/public/opinions', { method: 'POST', body, headers: { 'content-type': type, accept: 'application/json', 'x-forwarded-for': ip(), ...headers } })
    const cases: [BodyInit, string, number][] = [
      ['{"content": ', 'application/json', 400],
      ['[1,2,3]', 'application/json', 400],
      ['"text"', 'application/json', 400],
      ['null', 'application/json', 400],
      [JSON.stringify({ ...opinion(), content: 'x'.repeat(70_000) }), 'application/json', 413],
      ['content=a&content=b&name=x', 'application/x-www-form-urlencoded', 400],
      ['%%%&&&==', 'application/x-www-form-urlencoded', 400],
      ['hello', 'text/plain', 415],
      ['--x\r\nbroken', 'multipart/form-data; boundary=x', 400],
      [JSON.stringify({ ...opinion(), content: 12345678, name: ['a'], showPublicly: { a: 1 } }), 'application/json', 400],
      [JSON.stringify({ ...opinion(), __proto__: { admin: true }, constructor: 1 }), 'application/json', 201],
    ]
    for (const [body, type, status] of cases) {
      const res = await raw(body, type)
      expect(res.status, `${type} ${String(body).slice(0, 40)} → ${JSON.stringify(res.body)}`).toBe(status)
      if (status >= 400) expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
    }
    const dup = await raw('content=aaaaaa&content=bbbbbb', 'application/x-www-form-urlencoded', { accept: 'application/json' })
    expect(dup.body.message).toContain('重复')
  })

  it('keeps markup and script as text', async () => {
    const content = '<script>alert(1)</script><img src=x onerror=alert(2)> 建议 & "引号"'
    const res = await post('/api/public/opinions', opinion({ content, name: '<b>王五</b>' }))
    expect(res.status).toBe(201)
    const { docs } = await payload.find({ collection: 'opinions', where: { receipt: { equals: res.body.receipt } }, overrideAccess: true })
    expect(docs[0]!.content).toBe(content)
    expect(docs[0]!.name).toBe('<b>王五</b>')
    // The staff export carries it as text, never as a formula or markup.
    const csv = await api(`/api/staff/consultations/${open}/report.csv`, { session: sessions.editor })
    expect(csv.body).toContain('<script>alert(1)</script>')
  })

  it('looks up status by receipt and last four digits, showing nothing personal', async () => {
    const p = phone()
    const made = await post('/api/public/opinions', opinion({ phone: p }))
    const receipt = made.body.receipt
    const { docs } = await payload.find({ collection: 'opinions', where: { receipt: { equals: receipt } }, overrideAccess: true })
    await payload.update({ collection: 'opinions', id: docs[0]!.id, data: { status: 'forwarded', feedback: '已报送全国人大常委会法工委' }, overrideAccess: true })
    const res = await api(`/api/public/opinions/status?receipt=${receipt}&phoneLast4=${p.slice(-4)}`, { headers: { accept: 'application/json', 'x-forwarded-for': ip() } })
    expect(res.status).toBe(200)
    expect(Object.keys(res.body).sort()).toEqual(['consultationTitle', 'feedback', 'receipt', 'status', 'statusLabel', 'submittedAt'])
    expect(res.body).toMatchObject({ receipt, status: 'forwarded', statusLabel: '已报送上级人大', feedback: '已报送全国人大常委会法工委' })
    expect(JSON.stringify(res.body)).not.toContain(p.slice(0, 7))
    const wrong = await api(`/api/public/opinions/status?receipt=${receipt}&phoneLast4=${p.slice(-4) === '0000' ? '1111' : '0000'}`, { headers: { accept: 'application/json', 'x-forwarded-for': ip() } })
    expect(wrong.status).toBe(404)
    expect(wrong.body.message).toContain('未找到该回执')
    const html = await api(`/api/public/opinions/status?receipt=${receipt}&phoneLast4=${p.slice(-4)}`, { headers: { accept: 'text/html', 'x-forwarded-for': ip() } })
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(html.body).toContain('当前状态：已报送上级人大')
    expect(html.body).toContain('已报送全国人大常委会法工委')
    expect(html.body).not.toContain(p.slice(0, 7))
  })

  it('sniffs attachments from their content and keeps them private', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    const send = (data: Buffer, type: string, name: string) => {
      const fd = new FormData()
      for (const [k, v] of Object.entries(opinion())) if (v !== undefined) fd.set(k, String(v))
      fd.set('attachment', new Blob([new Uint8Array(data)], { type }), name)
      return api('/api/public/opinions', { method: 'POST', body: fd, headers: { accept: 'application/json', 'x-forwarded-for': ip() } })
    }
    const ok = await send(png, 'application/octet-stream', 'photo.exe')
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const { docs } = await payload.find({ collection: 'opinions', where: { receipt: { equals: ok.body.receipt } }, depth: 1, overrideAccess: true })
    const att = docs[0]!.attachment as { id: number; mimeType: string; filename: string; url: string }
    expect(att.mimeType).toBe('image/png')
    expect(att.filename).toMatch(/\.png$/)
    const fake = await send(Buffer.from('<html><script>alert(1)</script></html>'), 'image/png', 'photo.png')
    expect(fake.status).toBe(400)
    expect(fake.body.errors.attachment).toContain('PDF')
    const big = await send(Buffer.alloc(7 * 1024 * 1024, 1), 'application/pdf', 'big.pdf')
    expect(big.status).toBe(413)
    for (const path of [`/api/opinion-attachments`, `/api/opinion-attachments/${att.id}`, att.url]) {
      const anon = await api(path)
      expect([401, 403, 404], path).toContain(anon.status)
    }
    const volunteer = await api(`/api/opinion-attachments/${att.id}`, { session: sessions.volunteer })
    expect([403, 404]).toContain(volunteer.status)
    const editor = await api(att.url, { session: sessions.editor })
    expect(editor.status).toBe(200)
  })
})

describe('abuse guards', () => {
  it('refuses other sites’ browser posts (CSRF) and answers CORS only for the site', async () => {
    const evil = await post('/api/public/opinions', opinion(), { origin: 'https://evil.example' })
    expect(evil.status).toBe(403)
    expect(evil.body.message).toContain('其他网站')
    const viaReferer = await form('/api/public/opinions', { ...(opinion() as unknown as Record<string, string>), consent: 'on' }, { origin: '', referer: 'https://evil.example/page' })
    expect(viaReferer.status).toBe(403)
    expect(viaReferer.body).toContain('其他网站')
    const good = await post('/api/public/opinions', opinion(), { origin: site })
    expect(good.status).toBe(201)
    expect(good.headers.get('access-control-allow-origin')).toBe(site)
    const preflight = await api('/api/public/opinions', { method: 'OPTIONS', headers: { origin: site, 'access-control-request-method': 'POST' } })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(site)
    const evilPreflight = await api('/api/public/opinions', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })
    expect(evilPreflight.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('makes the admin cookie useless cross-site', async () => {
    const loginRes = await fetch(`${(await import('./rest')).cmsUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor-intake@test.local', password: password('editor', 'intake') }),
    })
    const cookie = loginRes.headers.get('set-cookie')!.split(';')[0]!
    // The admin's own pages (a navigation, or fetch from the same origin) may use the cookie…
    const sameSite = await api(`/api/staff/consultations/${open}/report.csv`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })
    expect(sameSite.status).toBe(200)
    // …another site's page may not, whether it names its origin or only the fetch site.
    const noOrigin = await api(`/api/staff/consultations/${open}/report.csv`, { headers: { cookie, 'sec-fetch-site': 'cross-site' } })
    expect(noOrigin.status).toBe(401)
    const crossSite = await api(`/api/staff/consultations/${open}/report.csv`, { headers: { cookie, origin: 'https://evil.example' } })
    expect(crossSite.status).toBe(401)
    const me = await api('/api/users/me', { headers: { cookie, origin: 'https://evil.example' } })
    expect(me.body.user).toBeNull()
  })

  it('drops honeypot posts and stores nothing', async () => {
    const before = await count('opinions')
    const res = await post('/api/public/opinions', opinion({ website: 'http://spam.example' }))
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await count('opinions')).toBe(before)
  })

  it('limits per address and per phone with 429 in Chinese', async () => {
    const addr = ip()
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) statuses.push((await post('/api/public/opinions', opinion(), { 'x-forwarded-for': addr })).status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(30)
    const over = await post('/api/public/opinions', opinion(), { 'x-forwarded-for': addr })
    expect(over.status).toBe(429)
    expect(over.body.message).toContain('提交过于频繁')
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    const p = phone()
    const byPhone: number[] = []
    for (let i = 0; i < 11; i++) byPhone.push((await post('/api/public/opinions', opinion({ phone: p }))).status)
    expect(byPhone.slice(0, 10).every((s) => s === 201)).toBe(true)
    expect(byPhone[10]).toBe(429)
  })

  // Needs a Redis server: set TEST_REDIS_URL (as .ci/run does); `npm test` on SQLite alone skips it.
  it.skipIf(!process.env.TEST_REDIS_URL)('shares limits between instances through Redis', async () => {
    const redisUrl = process.env.TEST_REDIS_URL!
    const { createLimiters, consume, redisReady } = await import('../src/intake/rateLimit')
    const prefix = `test-${Date.now()}`
    const a = createLimiters(redisUrl, prefix)
    const b = createLimiters(redisUrl, prefix)
    await redisReady()
    const waits: number[] = []
    for (let i = 0; i < 30; i++) waits.push(await consume({ ip: '192.0.2.1' }, i % 2 ? a : b))
    expect(waits.every((w) => w === 0)).toBe(true)
    expect(await consume({ ip: '192.0.2.1' }, a)).toBeGreaterThan(0)
    expect(await consume({ ip: '192.0.2.1' }, b)).toBeGreaterThan(0)
  })

  it('requires a solved ALTCHA challenge as soon as staff switch it on, and stops as soon as they switch it off', async () => {
    // Staff flip 网站设置 › 群众来件防护 in the admin, i.e. over REST on the running CMS, whose own afterChange
    // hook drops its two-second settings cache. Each flip is checked straight after a request that (re)filled
    // that cache with the old value, so the new value only shows if saving really dropped it.
    const setAltcha = async (on: boolean) => {
      const res = await api('/api/globals/site-settings', { method: 'POST', json: { intake: { altchaRequired: on } }, session: sessions.editor })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.result.intake.altchaRequired).toBe(on)
    }
    const required = async () => (await api('/api/public/challenge')).body.required
    // Both ways in read the setting: the Payload endpoints (challenge, sign-ups) and the lean opinion route.
    expect(await required()).toBe(false)
    expect((await post('/api/public/opinions', opinion())).status).toBe(201)
    await setAltcha(true)
    try {
      expect(await required()).toBe(true)
      const without = await post('/api/public/opinions', opinion())
      expect(without.status, JSON.stringify(without.body)).toBe(400)
      expect(without.body.errors.altcha).toContain('验证')
      const ch = await api('/api/public/challenge')
      expect(ch.status).toBe(200)
      expect(ch.body.required).toBe(true)
      const solution = await solveChallenge(ch.body.challenge, ch.body.salt, ch.body.algorithm, ch.body.maxnumber).promise
      const altcha = Buffer.from(JSON.stringify({ algorithm: ch.body.algorithm, challenge: ch.body.challenge, number: solution!.number, salt: ch.body.salt, signature: ch.body.signature })).toString('base64')
      const solved = await post('/api/public/opinions', opinion({ altcha }))
      expect(solved.status, JSON.stringify(solved.body)).toBe(201)
      const replay = await post('/api/public/opinions', opinion({ altcha }))
      expect(replay.status).toBe(400)
      const forged = await post('/api/public/opinions', opinion({ altcha: Buffer.from('{"number":1}').toString('base64') }))
      expect(forged.status).toBe(400)
      // Re-fill both caches with "on" right before switching off.
      expect(await required()).toBe(true)
      expect((await post('/api/public/opinions', opinion())).status).toBe(400)
    } finally {
      await setAltcha(false)
    }
    expect(await required()).toBe(false)
    const after = await post('/api/public/opinions', opinion())
    expect(after.status, JSON.stringify(after.body)).toBe(201)
  })
})

describe('personal data', () => {
  it('masks phones in lists, shows them to staff on the document, never to volunteers or the public', async () => {
    const p = phone()
    const made = await post('/api/public/opinions', opinion({ phone: p }))
    const { docs } = await payload.find({ collection: 'opinions', where: { receipt: { equals: made.body.receipt } }, overrideAccess: true })
    const id = docs[0]!.id
    const list = await api(`/api/opinions?where[id][equals]=${id}`, { session: sessions.editor })
    expect(list.body.docs[0].phone).toBe(`${p.slice(0, 3)}****${p.slice(-4)}`)
    const one = await api(`/api/opinions/${id}`, { session: sessions.editor })
    expect(one.body.phone).toBe(p)
    const volunteer = await api(`/api/opinions/${id}`, { session: sessions.volunteer })
    expect(volunteer.status).toBe(200)
    expect(volunteer.body).not.toHaveProperty('phone')
    expect(volunteer.body).not.toHaveProperty('name')
    expect(volunteer.body).not.toHaveProperty('attachment')
    const classify = await api(`/api/opinions/${id}`, { method: 'PATCH', json: { category: 'livelihood', summary: '建议明确时限' }, session: sessions.volunteer })
    expect(classify.status).toBe(200)
    const anon = await api(`/api/opinions/${id}`)
    expect(anon.status).toBe(403)
    const stats = await api('/api/public/stats')
    expect(stats.status).toBe(200)
    expect(JSON.stringify(stats.body)).not.toMatch(/1[3-9]\d{9}|张三/)
    expect(stats.body.consultations[String(open)].opinionCount).toBeGreaterThan(0)
    expect(stats.body.consultations[String(open)].participants).toBeGreaterThan(0)
  })

  it('erases personal fields of submissions past the retention period', async () => {
    const { eraseExpiredPersonalData } = await import('../src/privacy/retention')
    const made = await post('/api/public/opinions', opinion())
    const { docs } = await payload.find({ collection: 'opinions', where: { receipt: { equals: made.body.receipt } }, overrideAccess: true })
    const lecture = await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published' }) as never })
    created.lectures.push(lecture.id)
    const reg = await payload.create({ collection: 'registrations', data: { lecture: lecture.id, name: '旧报名', phone: '13800001111', attendees: 1, status: 'confirmed' } as never, overrideAccess: true })
    // Three years from now, both are past a 730-day period.
    const result = await eraseExpiredPersonalData(payload, 730, new Date(Date.now() + 3 * 365 * 86_400_000))
    expect(result.opinions).toBeGreaterThan(0)
    const o = await payload.findByID({ collection: 'opinions', id: docs[0]!.id, overrideAccess: true })
    expect(o.name ?? null).toBeNull()
    expect(o.phone ?? null).toBeNull()
    expect(o.content).toBeTruthy()
    expect(o.personalDataErasedAt).toBeTruthy()
    const r = await payload.findByID({ collection: 'registrations', id: reg.id, overrideAccess: true })
    expect(r.name ?? null).toBeNull()
    expect(r.phone ?? null).toBeNull()
    // Nothing recent is touched with the real clock.
    const fresh = await post('/api/public/opinions', opinion())
    await eraseExpiredPersonalData(payload, 730)
    const { docs: still } = await payload.find({ collection: 'opinions', where: { receipt: { equals: fresh.body.receipt } }, overrideAccess: true })
    expect(still[0]!.name).toBe('张三')
  })
})

describe('staff', () => {
  it('exports the forwarding report by article as xlsx and csv, for staff only', async () => {
    const anon = await api(`/api/staff/consultations/${open}/report.xlsx`)
    expect(anon.status).toBe(401)
    expect(anon.body.message).toContain('登录')
    const volunteer = await api(`/api/staff/consultations/${open}/report.xlsx`, { session: sessions.volunteer })
    expect(volunteer.status).toBe(403)
    const res = await fetch(`${(await import('./rest')).cmsUrl()}/api/staff/consultations/${open}/report.xlsx`, { headers: { authorization: `JWT ${sessions.editor.token}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    const csv = await api(`/api/staff/consultations/${open}/report.csv`, { session: sessions.editor })
    expect(csv.status).toBe(200)
    expect(csv.body).toContain('条文')
    expect(csv.body).toContain('第二条')
    expect(csv.body).toContain('居民')
    expect(csv.body).toContain('网上提交')
    expect(csv.body).not.toMatch(/139\d{8}/)
    const adopted = await api('/api/staff/opinions/adopted.csv', { session: sessions.admin })
    expect(adopted.status).toBe(200)
    expect(adopted.body).toContain('回执编号')
    expect((await api(`/api/staff/consultations/99999999/report.csv`, { session: sessions.editor })).status).toBe(404)
    expect((await api(`/api/staff/consultations/${open}/report.pdf`, { session: sessions.editor })).status).toBe(404)
  })

  it('records experts’ views for staff only', async () => {
    const expert = await payload.create({ collection: 'experts', data: sample('experts') as never })
    const made = await api('/api/expert-reviews', { method: 'POST', json: { topic: '第二条适用范围', consultation: open, expert: expert.id, view: '建议限定适用范围。', state: 'received' }, session: sessions.editor })
    expect(made.status).toBe(201)
    expect((await api('/api/expert-reviews', { session: sessions.volunteer })).status).toBe(403)
    expect((await api('/api/expert-reviews')).status).toBe(403)
  })
})

describe('lecture registrations', () => {
  const lecture = async (extra: Record<string, unknown> = {}) => {
    const id = (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published', ...extra }) as never })).id
    created.lectures.push(id)
    return id
  }
  const signUp = (lectureId: number | string, extra: Record<string, unknown> = {}) =>
    post('/api/public/registrations', { lecture: lectureId, name: '李四', phone: phone(), attendees: 1, consent: true, ...extra })

  it('confirms, then waitlists with a place, recognises the same phone, and redirects plain forms', async () => {
    const id = await lecture({ capacity: 2 })
    const a = await signUp(id, { attendees: 2 })
    expect(a.status, JSON.stringify(a.body)).toBe(201)
    expect(a.body).toMatchObject({ status: 'confirmed', checkInCode: expect.stringMatching(/^[A-Z2-9]{8}$/), cancelCode: expect.stringMatching(/^[A-Z2-9]{8}$/), waitlistPosition: null })
    const p = phone()
    const b = await signUp(id, { phone: p })
    expect(b.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    // The same phone again: answered as a new sign-up is, carrying nothing of the first (signups.test.ts).
    const again = await signUp(id, { phone: p })
    expect(again.status).toBe(201)
    expect(again.body).toEqual({ status: 'received', checkInCode: null, cancelCode: null, waitlistPosition: null })
    expect(await count('registrations', { and: [{ lecture: { equals: id } }, { phone: { equals: p } }] })).toBe(1)
    const formPhone = phone()
    const viaForm = await form('/api/public/registrations', { lecture: String(id), name: '王五', phone: formPhone, attendees: '1', consent: 'on' })
    expect(viaForm.status).toBe(303)
    const location = viaForm.headers.get('location')!
    expect(location).toMatch(/^\/api\/public\/registrations\/result\?code=[A-Z2-9]{8}$/)
    const waiting = await api(location, { headers: { 'x-forwarded-for': ip() } })
    expect(waiting.status).toBe(200)
    expect(waiting.body).toContain('候补第 2 位')
    expect(waiting.body).not.toContain('王五')
    const confirmed = await api(`/api/public/registrations/result?code=${a.body.cancelCode}`, { headers: { 'x-forwarded-for': ip() } })
    expect(confirmed.body).toContain('报名成功')
    expect(confirmed.body).toContain(a.body.checkInCode)
    expect(confirmed.body).toMatch(/<img class="qr" src="data:image\/png;base64,/)
    // Cancelling from the page itself (a form on the CMS's own origin) lands back on it, now cancelled.
    const code = new URL(location, cmsUrl()).searchParams.get('code')!
    const own = await form('/api/public/registrations/cancel', { cancelCode: code, phoneLast4: formPhone.slice(-4) }, { origin: cmsUrl(), 'sec-fetch-site': 'same-origin' })
    expect(own.status).toBe(303)
    expect(own.headers.get('location')).toBe(location)
    const gone = await api(location, { headers: { 'x-forwarded-for': ip() } })
    expect(gone.body).toContain('报名已取消')
    expect(gone.body).not.toContain('取消报名</button>')
    const tooMany = await signUp(id, { attendees: 6 })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.errors.attendees).toContain('最多')
  })

  it('refuses unknown, unpublished and closed lectures without a 500', async () => {
    const shut = await lecture({ registrationClosesAt: new Date(Date.now() - 3600_000).toISOString(), registrationOpensAt: new Date(Date.now() - 7200_000).toISOString() })
    const r = await signUp(shut)
    expect(r.status).toBe(409)
    expect(r.body.message).toContain('报名已截止')
    const draft = (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'draft' }) as never, draft: true })).id
    created.lectures.push(draft)
    for (const id of [draft, 99999999, 'abc', 0, 1e20]) {
      const res = await signUp(id as never)
      expect([400, 404], `${id} ${res.status}`).toContain(res.status)
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('never exceeds capacity: 500 simultaneous sign-ups for 50 seats, then cancellations promote in order', { timeout: 240_000 }, async () => {
    const id = await lecture({ capacity: 50 })
    const results = await Promise.all(Array.from({ length: 500 }, () => signUp(id)))
    expect(results.map((r) => r.status).filter((s) => s !== 201), 'errors').toEqual([])
    expect(results.filter((r) => r.body.status === 'confirmed')).toHaveLength(50)
    const waitlisted = results.filter((r) => r.body.status === 'waitlisted')
    expect(waitlisted).toHaveLength(450)
    expect(waitlisted.map((r) => r.body.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1))
    const stored = await payload.find({ collection: 'registrations', where: { lecture: { equals: id } }, limit: 0, pagination: false, sort: 'createdAt', overrideAccess: true })
    const confirmed = stored.docs.filter((d) => d.status === 'confirmed')
    expect(confirmed.reduce((s, d) => s + d.attendees, 0)).toBe(50)
    const queue = stored.docs.filter((d) => d.status === 'waitlisted').sort((a, b) => a.id > b.id ? 1 : -1)
    expect(queue.map((d) => d.waitlistPosition)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1))

    // The registrant cancels with the code; then staff cancel one in the admin.
    const first = results.find((r) => r.body.status === 'confirmed')!
    const mine = confirmed.find((d) => d.cancelCode === first.body.cancelCode)!
    const { docs: [full] } = await payload.find({ collection: 'registrations', where: { id: { equals: mine.id } }, overrideAccess: true, context: { fullPhones: true } })
    const wrongPhone = await post('/api/public/registrations/cancel', { cancelCode: first.body.cancelCode, phoneLast4: full!.phone!.slice(-4) === '0000' ? '1111' : '0000' })
    expect(wrongPhone.status).toBe(404)
    const cancel = await post('/api/public/registrations/cancel', { cancelCode: first.body.cancelCode, phoneLast4: full!.phone!.slice(-4) })
    expect(cancel.status).toBe(200)
    expect(cancel.body).toEqual({ status: 'cancelled' })
    // (Another confirmed one than the registrant's: the order of the answers is not the order of the rows.)
    const other = confirmed.find((d) => d.id !== mine.id)!
    const staffCancel = await api(`/api/registrations/${other.id}`, { method: 'PATCH', json: { status: 'cancelled' }, session: sessions.editor })
    expect(staffCancel.status, JSON.stringify(staffCancel.body)).toBe(200)
    const after = await payload.find({ collection: 'registrations', where: { lecture: { equals: id } }, limit: 0, pagination: false, overrideAccess: true })
    const promoted = after.docs.filter((d) => d.status === 'confirmed' && d.waitlistPosition)
    expect(promoted.map((d) => d.waitlistPosition).sort()).toEqual([1, 2])
    expect(after.docs.filter((d) => d.status === 'confirmed')).toHaveLength(50)
    // The public figures are cached for up to 5 s.
    await expect
      .poll(async () => (await api('/api/public/stats')).body.lectures[String(id)], { timeout: 8000, interval: 500 })
      .toMatchObject({ capacity: 50, confirmedSeats: 50, seatsLeft: 0, waitlistCount: 448 })
  })

  it('serves the QR image and the calendar file, and checks people in from the admin', async () => {
    const id = await lecture({ capacity: 5 })
    const a = await signUp(id)
    const qr = await api(`/api/public/registrations/qr/${a.body.checkInCode}.svg`)
    expect(qr.status).toBe(200)
    expect(qr.headers.get('content-type')).toContain('image/svg+xml')
    expect(String(qr.body)).toContain('<svg')
    expect((await api('/api/public/registrations/qr/bad.svg')).status).toBe(404)
    const ics = await api(`/api/public/lectures/${id}/ics`)
    expect(ics.status).toBe(200)
    expect(ics.headers.get('content-type')).toContain('text/calendar')
    expect(String(ics.body)).toContain('BEGIN:VEVENT')
    expect((await api('/api/public/lectures/99999999/ics')).status).toBe(404)
    expect((await api('/api/staff/check-in', { method: 'POST', json: { code: a.body.checkInCode } })).status).toBe(401)
    const checked = await api('/api/staff/check-in', { method: 'POST', json: { code: a.body.checkInCode }, session: sessions.editor })
    expect(checked.status).toBe(200)
    expect(checked.body.checkedInAt).toBeTruthy()
    const page = await api(`/api/staff/check-in?code=${a.body.checkInCode}`, { session: sessions.editor })
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain('已于')
    const xlsx = await api(`/api/staff/lectures/${id}/registrations.csv`, { session: sessions.editor })
    expect(xlsx.status).toBe(200)
    expect(xlsx.body).toContain('签到码')
    expect(xlsx.body).toMatch(/139\*\*\*\*\d{4}/)
  })
})
