/**
 * The audit log: every change someone makes to a submission leaves an entry (who, when, which document, what),
 * personal values masked; system writes (public intake, retention, seeding) leave none; nobody edits an entry.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AuditLog, Role, User } from '@lawpoint/content-types'
import { actors, makeUsers, password, testPayload, type Actor } from './helpers'
import { refs, sample } from './fixtures'
import { api, login, type Session } from './rest'

let payload: Payload
let users: Record<Role, User>
const sessions = {} as Record<Actor, Session>
const as = (actor: Actor) => ({ overrideAccess: false, user: actor === 'anonymous' ? undefined : users[actor] })
let ipSeq = 0
const intake = (path: string, json: unknown) => api(path, { method: 'POST', json, headers: { 'x-forwarded-for': `10.77.0.${++ipSeq}` } })
const randomPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

/** The entries of one document (its id and creation time: SQLite may give a deleted document's id to a new one). */
const entriesFor = async (collection: AuditLog['targetCollection'], doc: { id: number | string; createdAt: string }) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ targetCollection: { equals: collection } }, { documentId: { equals: String(doc.id) } }, { documentCreatedAt: { equals: doc.createdAt } }] },
      sort: 'createdAt',
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  payload = await testPayload()
  const made = await makeUsers(payload, 'audit')
  users = made.users
  sessions.anonymous = {}
  for (const role of ['admin', 'editor', 'volunteer', 'liaison'] as Role[]) sessions[role] = await login(users[role].email, password(role, 'audit'))
  refs.lecture = (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published', capacity: 5000 }) as never })).id
})

describe('audit log', () => {
  it("records who changed an opinion's status, when, on which document, from what to what", async () => {
    const opinion = await payload.create({ collection: 'opinions', data: sample('opinions') as never })
    expect(await entriesFor('opinions', opinion)).toHaveLength(0)
    const start = Date.now()
    const res = await api(`/api/opinions/${opinion.id}`, { method: 'PATCH', json: { status: 'sorted' }, session: sessions.editor })
    expect(res.status).toBe(200)
    const end = Date.now()
    const [entry, ...more] = await entriesFor('opinions', opinion)
    expect(more).toHaveLength(0)
    expect(entry).toMatchObject({
      action: 'update',
      user: users.editor.id,
      accountId: users.editor.id,
      role: 'editor',
      reference: opinion.receipt,
      changes: [{ field: 'status', label: '办理状态', before: 'received', after: 'sorted' }],
    })
    const at = new Date(entry!.createdAt).getTime()
    expect(at).toBeGreaterThanOrEqual(start - 1000)
    expect(at).toBeLessThanOrEqual(end + 1000)
    const query = `where[documentId][equals]=${opinion.id}&where[documentCreatedAt][equals]=${encodeURIComponent(opinion.createdAt)}&where[targetCollection][equals]=opinions`
    const read = await api(`/api/audit-log?${query}&depth=0`, { session: sessions.admin })
    expect(read.status).toBe(200)
    expect(read.body.docs.map((d: { id: number }) => d.id)).toEqual([entry!.id])
  })

  it('masks personal data: phones stay masked, names and the resident’s words are only noted', async () => {
    const secret = { name: '王小明', phone: '13812345678', content: '我家住在某某小区三栋，建议加装电梯。', email: 'wxm@example.com' }
    const made = await api('/api/opinions', {
      method: 'POST',
      json: { ...sample('opinions'), name: secret.name, phone: secret.phone, content: secret.content, staffNote: `已电话回访 ${secret.phone}，邮箱 ${secret.email}` },
      session: sessions.editor,
    })
    expect(made.status).toBe(201)
    const id = made.body.doc.id
    expect((await api(`/api/opinions/${id}`, { method: 'DELETE', session: sessions.editor })).status).toBe(200)
    const [created, deleted] = await entriesFor('opinions', made.body.doc)
    expect(created).toMatchObject({ action: 'create', role: 'editor' })
    expect(deleted).toMatchObject({ action: 'delete', role: 'editor' })
    const change = (entry: AuditLog | undefined, field: string) => (entry?.changes as { field: string; before: unknown; after: unknown }[]).find((c) => c.field === field)
    expect(change(created, 'phone')).toMatchObject({ before: null, after: '138****5678' })
    expect(change(created, 'name')).toMatchObject({ before: null, after: '（已记录）' })
    expect(change(created, 'content')).toMatchObject({ before: null, after: '（已记录）' })
    // A staff note may hold a correction of the resident's name or number: personal, like the rest.
    expect(change(created, 'staffNote')).toMatchObject({ before: null, after: '（已记录）' })
    expect(change(deleted, 'phone')).toMatchObject({ before: '138****5678', after: null })
    for (const entry of [created, deleted]) for (const value of Object.values(secret)) expect(JSON.stringify(entry)).not.toContain(value)

    const reg = await api('/api/registrations', { method: 'POST', json: sample('registrations', { name: secret.name, phone: secret.phone, attendees: 3 }), session: sessions.editor })
    expect(reg.status, JSON.stringify(reg.body)).toBe(201)
    expect((await api(`/api/registrations/${reg.body.doc.id}`, { method: 'PATCH', json: { attendees: 2 }, session: sessions.editor })).status).toBe(200)
    const [, fewer] = await entriesFor('registrations', reg.body.doc)
    expect(fewer).toMatchObject({ action: 'update', changes: [{ field: 'attendees', before: 3, after: 2 }] })
    for (const entry of await entriesFor('registrations', reg.body.doc)) for (const value of [secret.name, secret.phone]) expect(JSON.stringify(entry)).not.toContain(value)
  })

  it('logs volunteers, liaisons and the door check-in with their roles; the public intake and system writes leave no entry', async () => {
    const opinion = await payload.create({ collection: 'opinions', data: sample('opinions') as never })
    expect((await api(`/api/opinions/${opinion.id}`, { method: 'PATCH', json: { category: 'urban' }, session: sessions.volunteer })).status).toBe(200)
    expect(await entriesFor('opinions', opinion)).toMatchObject([{ role: 'volunteer', changes: [{ field: 'category', before: null, after: 'urban' }] }])
    const entered = await api('/api/opinions', { method: 'POST', json: sample('opinions'), session: sessions.liaison })
    expect(await entriesFor('opinions', entered.body.doc)).toMatchObject([{ action: 'create', role: 'liaison', user: users.liaison.id }])

    // System writes: retention's overrideAccess update without a user.
    await payload.update({ collection: 'opinions', id: opinion.id, data: { name: null, personalDataErasedAt: new Date().toISOString() } as never, overrideAccess: true })
    expect(await entriesFor('opinions', opinion)).toHaveLength(1)

    const sent = await intake('/api/public/opinions', { kind: 'governance', content: '公开渠道提交的意见内容。', name: '赵六', phone: randomPhone(), identity: 'resident', consent: true })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const stored = await payload.find({ collection: 'opinions', where: { receipt: { equals: sent.body.receipt } }, overrideAccess: true })
    expect(await entriesFor('opinions', stored.docs[0]!)).toHaveLength(0)

    const signUp = await intake('/api/public/registrations', { lecture: refs.lecture, name: '钱七', phone: randomPhone(), attendees: 1, consent: true })
    expect(signUp.status, JSON.stringify(signUp.body)).toBe(201)
    const reg = (await payload.find({ collection: 'registrations', where: { checkInCode: { equals: signUp.body.checkInCode } }, overrideAccess: true })).docs[0]!
    expect(await entriesFor('registrations', reg)).toHaveLength(0)
    const checked = await api('/api/staff/check-in', { method: 'POST', json: { code: signUp.body.checkInCode }, session: sessions.editor })
    expect(checked.status).toBe(200)
    const [checkIn, ...others] = await entriesFor('registrations', reg)
    expect(others).toHaveLength(0)
    expect(checkIn).toMatchObject({ action: 'update', role: 'editor', user: users.editor.id, changes: [{ field: 'checkedInAt', before: null }] })
  })

  it('is read by admins only, and nobody — not even an admin — creates, edits or deletes an entry', async () => {
    const opinion = await payload.create({ collection: 'opinions', data: sample('opinions') as never })
    await payload.update({ collection: 'opinions', id: opinion.id, data: { status: 'sorted' }, ...as('editor') })
    const [entry] = await entriesFor('opinions', opinion)
    const data = { action: 'delete', targetCollection: 'opinions', documentId: '1', role: 'admin', accountId: users.admin.id, user: users.admin.id, changes: [] }
    for (const actor of actors) {
      const session = sessions[actor]
      const read = await api(`/api/audit-log/${entry!.id}`, { session })
      expect(read.status, `${actor} read`).toBe(actor === 'admin' ? 200 : 403)
      expect((await api('/api/audit-log', { method: 'POST', json: data, session })).status, `${actor} create`).toBe(403)
      expect((await api(`/api/audit-log/${entry!.id}`, { method: 'PATCH', json: { role: 'volunteer', changes: [] }, session })).status, `${actor} update`).toBe(403)
      expect((await api(`/api/audit-log/${entry!.id}`, { method: 'DELETE', session })).status, `${actor} delete`).toBe(403)
      expect((await api(`/api/audit-log?where[id][equals]=${entry!.id}`, { method: 'DELETE', session })).status, `${actor} bulk delete`).toBe(403)
      const refused = (op: Promise<unknown>) => op.then(() => 'done', (e: { status?: number }) => e.status)
      expect(await refused(payload.create({ collection: 'audit-log', data: data as never, ...as(actor) })), `${actor} local create`).toBe(403)
      expect(await refused(payload.update({ collection: 'audit-log', id: entry!.id, data: { role: 'volunteer' }, ...as(actor) })), `${actor} local update`).toBe(403)
      expect(await refused(payload.delete({ collection: 'audit-log', id: entry!.id, ...as(actor) })), `${actor} local delete`).toBe(403)
    }
    const [after] = await entriesFor('opinions', opinion)
    expect(after).toEqual(entry)
  })
})
