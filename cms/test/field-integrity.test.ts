/**
 * The civic record cannot be rewritten: role × field × update for every submission collection, through the
 * Local API (overrideAccess: false) and REST (JWT), then the cells that matter most spelled out — and the recap
 * review rules (versions tab, published recaps).
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { receiptFormat, type Role, type User } from '@lawpoint/content-types'
import { actors, makeUsers, password, testPayload, type Actor } from './helpers'
import { refs, sample } from './fixtures'
import { attachmentCases, opinionCases, registrationCases, type FieldCase, type Fixtures } from './fieldMatrix'
import { api, login, type Session } from './rest'

let payload: Payload
let users: Record<Role, User>
let point: number | string
let otherPoint: number | string
let fixtures: Fixtures
/** The draft the target opinions comment on (the fixture's consultation is another one). */
let homeConsultation: number | string
const sessions = {} as Record<Actor, Session>
const as = (actor: Actor) => ({ overrideAccess: false, user: actor === 'anonymous' ? undefined : users[actor] })

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const upload = async () =>
  (
    await payload.create({
      collection: 'opinion-attachments',
      data: { note: '手写意见照片' },
      file: { data: png, mimetype: 'image/png', name: 'photo.png', size: png.byteLength },
    })
  ).id

/** Fresh documents, stored as the intake or the system would (overrideAccess, no user). */
const targets = {
  opinions: async () =>
    (
      await payload.create({
        collection: 'opinions',
        data: {
          kind: 'consultation',
          consultation: homeConsultation,
          articleNumber: 1,
          articleLabel: '第一条',
          content: '群众的原始意见内容，不能被改写。',
          name: '张三',
          phone: '13800138000',
          identity: 'resident',
          locality: '礼乐街道',
          attachment: await upload(),
          showPublicly: false,
          consent: true,
          channel: 'offline',
          collectionPoint: point,
          gatheredAt: '2026-03-01T02:00:00.000Z',
          enteredBy: users.liaison.id,
          category: 'economy',
          summary: '原摘要',
          staffNote: '原备注',
          feedback: '原反馈',
        } as never,
        depth: 0,
      })
    ).id,
  registrations: async () =>
    (
      await payload.create({
        collection: 'registrations',
        data: { lecture: refs.lecture, name: '李四', phone: '13912345678', attendees: 3, note: '原备注', consent: true, status: 'confirmed', staffNote: '原内部备注' } as never,
        depth: 0,
      })
    ).id,
  'opinion-attachments': upload,
}

/** Values compared as stored: relationships by id, dates by instant, empty and false alike. */
const norm = (v: unknown): string | null => {
  if (v === undefined || v === null || v === '' || v === false) return null
  if (typeof v === 'object' && 'id' in v) return String((v as { id: unknown }).id)
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) return new Date(v).toISOString()
  return String(v)
}
const stored = async (collection: CollectionSlug, id: number | string) =>
  (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, context: { fullPhones: true } })) as unknown as Record<string, unknown>

/** Runs a Local API call and says whether access let it through. */
async function local(op: () => Promise<unknown>): Promise<boolean> {
  try {
    await op()
    return true
  } catch (error) {
    if ([401, 403, 404].includes((error as { status?: number }).status ?? 0)) return false
    throw error
  }
}

/** Tries to store one field's new value as an actor, on a fresh document; reports what happened. */
async function attempt(collection: CollectionSlug, c: FieldCase, actor: Actor, via: 'local' | 'rest'): Promise<string> {
  const id = await targets[collection as keyof typeof targets]()
  const before = await stored(collection, id)
  const value = c.value(fixtures)
  let ok: boolean
  if (via === 'local') ok = await local(() => payload.update({ collection, id, data: { [c.field]: value } as never, depth: 0, ...as(actor) }))
  else {
    const res = await api(`/api/${collection}/${id}`, { method: 'PATCH', json: { [c.field]: value }, session: sessions[actor] })
    if (res.status !== 200 && res.status !== 403) return `HTTP ${res.status} ${JSON.stringify(res.body)}`
    ok = res.status === 200
  }
  const after = (await stored(collection, id))[c.field]
  const changed = norm(after) !== norm(before[c.field])
  if (!ok) return changed ? 'refused, yet changed' : 'refused'
  if (!changed) return 'ignored'
  return norm(after) === norm(value) ? 'changed' : `changed to ${JSON.stringify(after)}`
}

beforeAll(async () => {
  payload = await testPayload()
  const made = await makeUsers(payload, 'fields')
  users = made.users
  point = made.point.id
  otherPoint = made.otherPoint.id
  sessions.anonymous = {}
  for (const role of ['admin', 'editor', 'volunteer', 'liaison'] as Role[]) sessions[role] = await login(users[role].email, password(role, 'fields'))
  // Room for every sign-up the matrix makes: each target is a confirmed registration.
  refs.lecture = (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published', capacity: 5000 }) as never })).id
  const consultation = async () => (await payload.create({ collection: 'consultations', data: sample('consultations', { _status: 'published' }) as never })).id
  homeConsultation = await consultation()
  fixtures = {
    consultation: await consultation(),
    lecture: (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published' }) as never })).id,
    attachment: await upload(),
    otherPoint,
    spareOpinion: (await payload.create({ collection: 'opinions', data: sample('opinions') as never })).id,
    adminId: users.admin.id,
  }
})

describe.each([
  ['opinions', opinionCases],
  ['registrations', registrationCases],
  ['opinion-attachments', attachmentCases],
] as const)('%s: role × field × update', (collection, cases) => {
  it('every role, every field, Local API and REST', async () => {
    const expected: Record<string, string> = {}
    const actual: Record<string, string> = {}
    for (const actor of actors)
      for (const c of cases)
        for (const via of ['local', 'rest'] as const) {
          const cell = `${actor} ${c.name} (${via})`
          expected[cell] = c.rule[actor]
          actual[cell] = await attempt(collection, c, actor, via)
        }
    expect(actual).toEqual(expected)
  }, 600_000)
})

describe('refusals', () => {
  it("refuses the volunteer's rewrite of an opinion with a Chinese reason, and stores nothing", async () => {
    const id = await targets.opinions()
    const before = await stored('opinions', id)
    const res = await api(`/api/opinions/${id}`, {
      method: 'PATCH',
      json: { content: '志愿者改写了群众的意见内容', consent: false, personalDataErasedAt: '2000-01-01T00:00:00Z' },
      session: sessions.volunteer,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^“(意见内容|已阅读并同意隐私说明|个人信息已按保存期限删除)”.*不能修改/)
    await expect(
      payload.update({ collection: 'opinions', id, data: { content: '志愿者改写了群众的意见内容', consent: false }, ...as('volunteer') }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('内部备注') })
    const after = await stored('opinions', id)
    for (const field of ['content', 'consent', 'personalDataErasedAt', 'updatedAt']) expect(after[field], field).toEqual(before[field])
  })

  it('keeps a liaison from moving an opinion to another point or channel, while they still classify their own entries', async () => {
    const id = await targets.opinions()
    const move = await api(`/api/opinions/${id}`, { method: 'PATCH', json: { collectionPoint: otherPoint }, session: sessions.liaison })
    expect(move.status).toBe(403)
    expect(move.body.errors[0].message).toBe('“信息采集点”只能由工作人员修改。')
    await expect(payload.update({ collection: 'opinions', id, data: { collectionPoint: otherPoint as number }, ...as('liaison') })).rejects.toMatchObject({ status: 403 })
    const online = await api(`/api/opinions/${id}`, { method: 'PATCH', json: { channel: 'online' }, session: sessions.liaison })
    expect(online.status).toBe(403)
    expect(await stored('opinions', id)).toMatchObject({ collectionPoint: point, channel: 'offline' })
    // What the admin form sends back: the phone as the liaison sees it (masked) and the rest unchanged.
    const seen = await api(`/api/opinions/${id}?depth=0`, { session: sessions.liaison })
    expect(seen.body.phone).toBe('138****8000')
    const { id: _id, updatedAt: _u, ...form } = seen.body
    const saved = await api(`/api/opinions/${id}`, { method: 'PATCH', json: { ...form, category: 'urban' }, session: sessions.liaison })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(await stored('opinions', id)).toMatchObject({ category: 'urban', phone: '13800138000', collectionPoint: point })
  })

  it("lets a liaison update only what was gathered offline at their point, not an online opinion filed under it", async () => {
    const online = await payload.create({ collection: 'opinions', data: sample('opinions', { channel: 'online', collectionPoint: point }) as never })
    const res = await api(`/api/opinions/${online.id}`, { method: 'PATCH', json: { category: 'urban' }, session: sessions.liaison })
    expect(res.status).toBe(403)
    expect((await stored('opinions', online.id)).category ?? null).toBeNull()
  })

  it('gives a volunteer no way to test a guessed phone or name: sending the stored value is refused like any other', async () => {
    const id = await targets.opinions()
    for (const json of [{ phone: '13800138000' }, { phone: '13900000001' }, { name: '张三' }, { name: '王五' }]) {
      const res = await api(`/api/opinions/${id}`, { method: 'PATCH', json, session: sessions.volunteer })
      expect(res.status, JSON.stringify(json)).toBe(403)
    }
    expect(await stored('opinions', id)).toMatchObject({ phone: '13800138000', name: '张三' })
  })

  it('takes the whole document back from staff (as the admin form sends it): a rewritten record is refused, the allowed change stored', async () => {
    const id = await targets.opinions()
    const seen = await api(`/api/opinions/${id}?depth=0`, { session: sessions.editor })
    const { id: _id, updatedAt: _u, ...form } = seen.body
    const rewrite = await api(`/api/opinions/${id}`, { method: 'PATCH', json: { ...form, status: 'forwarded', content: '编辑“润色”后的意见内容。' }, session: sessions.editor })
    expect(rewrite.status).toBe(403)
    expect(rewrite.body.errors[0].message).toContain('“意见内容”是群众提交的原始记录')
    const saved = await api(`/api/opinions/${id}`, { method: 'PATCH', json: { ...form, status: 'forwarded' }, session: sessions.editor })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(await stored('opinions', id)).toMatchObject({ status: 'forwarded', content: form.content, phone: '13800138000', receipt: form.receipt })
    // A sign-up: fewer attendees and a cancellation go through; the registrant's own data stays.
    const reg = await targets.registrations()
    const regSeen = await api(`/api/registrations/${reg}?depth=0`, { session: sessions.editor })
    const { id: _rid, updatedAt: _ru, ...regForm } = regSeen.body
    const wrongPhone = await api(`/api/registrations/${reg}`, { method: 'PATCH', json: { ...regForm, phone: '13900000002', status: 'cancelled' }, session: sessions.editor })
    expect(wrongPhone.status).toBe(403)
    const regSaved = await api(`/api/registrations/${reg}`, { method: 'PATCH', json: { ...regForm, attendees: 1, status: 'cancelled' }, session: sessions.editor })
    expect(regSaved.status, JSON.stringify(regSaved.body)).toBe(200)
    expect(await stored('registrations', reg)).toMatchObject({ attendees: 1, status: 'cancelled', name: '李四', phone: '13912345678', cancelledAt: expect.any(String) })
  })

  it('sets system fields itself on create, whatever the creator sends', async () => {
    const sent = { receipt: 'YJ000000000002', enteredBy: users.volunteer.id, personalDataErasedAt: '2000-01-01T00:00:00.000Z', createdAt: '2000-01-01T00:00:00.000Z' }
    const made = await api('/api/opinions', { method: 'POST', json: sample('opinions', sent), session: sessions.admin })
    expect(made.status).toBe(201)
    const opinion = await stored('opinions', made.body.doc.id)
    expect(opinion.receipt).toMatch(receiptFormat.pattern)
    expect(opinion.receipt).not.toBe(sent.receipt)
    expect(opinion.enteredBy).toBe(users.admin.id)
    expect(opinion.personalDataErasedAt ?? null).toBeNull()
    expect(new Date(opinion.createdAt as string).getFullYear()).toBeGreaterThan(2000)
    // A liaison's entry starts unprocessed: status and feedback are staff decisions.
    const byLiaison = await payload.create({ collection: 'opinions', data: sample('opinions', { status: 'adopted', feedback: '已采纳', rewardIssued: true }) as never, ...as('liaison') })
    const entered = await stored('opinions', byLiaison.id)
    expect([entered.status, entered.feedback ?? null, entered.rewardIssued]).toEqual(['received', null, false])
    const reg = await api('/api/registrations', {
      method: 'POST',
      json: sample('registrations', { checkInCode: 'ABCDEFGH', cancelCode: 'ABCDEFGJ', waitlistPosition: 9, checkedInAt: '2000-01-01T00:00:00.000Z' }),
      session: sessions.editor,
    })
    expect(reg.status, JSON.stringify(reg.body)).toBe(201)
    const registration = await stored('registrations', reg.body.doc.id)
    expect(registration.checkInCode).not.toBe('ABCDEFGH')
    expect(registration.cancelCode).not.toBe('ABCDEFGJ')
    expect(registration.waitlistPosition ?? null).toBeNull()
    expect(registration.checkedInAt ?? null).toBeNull()
  })

  it('never lets anyone replace the file of an opinion attachment', async () => {
    for (const actor of actors) {
      const id = await upload()
      const before = await stored('opinion-attachments', id)
      const body = new FormData()
      body.set('file', new Blob([png], { type: 'image/png' }), 'swapped.png')
      body.set('_payload', JSON.stringify({}))
      const res = await api(`/api/opinion-attachments/${id}`, { method: 'PATCH', body, session: sessions[actor] })
      expect(res.status, actor).toBe(403)
      const viaLocal = () =>
        payload.update({ collection: 'opinion-attachments', id, data: {}, file: { data: png, mimetype: 'image/png', name: 'swapped.png', size: png.byteLength }, ...as(actor) })
      expect(await local(viaLocal), actor).toBe(false)
      expect((await stored('opinion-attachments', id)).filename, actor).toBe(before.filename)
    }
  })

  it('keeps the system writers working: check-in at the door sets the time staff cannot type in', async () => {
    const reg = await payload.findByID({ collection: 'registrations', id: await targets.registrations(), overrideAccess: true })
    const typed = await api(`/api/registrations/${reg.id}`, { method: 'PATCH', json: { checkedInAt: new Date().toISOString() }, session: sessions.editor })
    expect(typed.status).toBe(403)
    const checked = await api('/api/staff/check-in', { method: 'POST', json: { code: reg.checkInCode }, session: sessions.editor })
    expect(checked.status, JSON.stringify(checked.body)).toBe(200)
    expect(norm((await stored('registrations', reg.id)).checkedInAt)).toBe(norm(checked.body.checkedInAt))
  })
})

describe('recaps under review', () => {
  it("shows a volunteer the versions of their own recaps (the admin's versions tab), not others'", async () => {
    const own = await payload.create({ collection: 'recaps', data: sample('recaps', { _status: 'draft' }) as never, draft: true, ...as('volunteer') })
    const editors = await payload.create({ collection: 'recaps', data: sample('recaps', { _status: 'draft' }) as never, draft: true, ...as('editor') })
    const res = await api('/api/recaps/versions?limit=100&depth=0', { session: sessions.volunteer })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const parents = res.body.docs.map((d: { parent: number | string }) => d.parent)
    expect(parents).toContain(own.id)
    expect(parents).not.toContain(editors.id)
    expect(res.body.docs.every((d: { version: { author: unknown } }) => d.version.author === users.volunteer.id)).toBe(true)
    const local = await payload.findVersions({ collection: 'recaps', limit: 100, depth: 0, ...as('volunteer') })
    expect(local.docs.map((d) => d.parent)).not.toContain(editors.id)
    expect((await api('/api/recaps/versions', { session: sessions.liaison })).status).toBe(403)
  })

  it('lets a volunteer edit their recap until an editor publishes it, and not afterwards', async () => {
    const own = await payload.create({ collection: 'recaps', data: sample('recaps', { _status: 'draft' }) as never, draft: true, ...as('volunteer') })
    const draftEdit = await api(`/api/recaps/${own.id}?draft=true`, { method: 'PATCH', json: { title: `${own.title}（修改）` }, session: sessions.volunteer })
    expect(draftEdit.status).toBe(200)
    await payload.update({ collection: 'recaps', id: own.id, data: { _status: 'published' }, ...as('editor') })
    const published = (await payload.findByID({ collection: 'recaps', id: own.id, overrideAccess: true })).title
    for (const [query, json] of [
      ['?draft=true', { title: '发布后志愿者改写（草稿）' }],
      ['', { title: '发布后志愿者改写', _status: 'draft' }],
      ['', { title: '发布后志愿者改写' }],
    ] as const) {
      const res = await api(`/api/recaps/${own.id}${query}`, { method: 'PATCH', json, session: sessions.volunteer })
      expect(res.status, `${query} ${JSON.stringify(json)}`).toBe(403)
    }
    expect(await local(() => payload.update({ collection: 'recaps', id: own.id, data: { title: '发布后志愿者改写' }, draft: true, ...as('volunteer') }))).toBe(false)
    const after = await payload.findByID({ collection: 'recaps', id: own.id, draft: true, overrideAccess: true })
    expect(after).toMatchObject({ title: published, _status: 'published' })
    expect((await api(`/api/recaps/${own.id}`, { method: 'PATCH', json: { summary: '编辑可以修改' }, session: sessions.editor })).status).toBe(200)
  })
})
