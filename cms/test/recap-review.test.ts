/**
 * The review of a recap (活动回顾): a volunteer submits (提交审核), an editor finds it pending (待审核), returns it with a
 * comment (退回修改) the volunteer reads, or publishes it; then it is the editor's alone. Over REST, as the admin's
 * buttons call it, and through the Local API (overrideAccess: false), with the status codes and Chinese messages
 * people get.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Recap, Role, User } from '@lawpoint/content-types'
import { allowed, makeUsers, password, testPayload } from './helpers'
import { sample } from './fixtures'
import { api, login, type Session } from './rest'

let payload: Payload
let users: Record<Role, User>
let otherVolunteer: User
const sessions = {} as Record<Role | 'otherVolunteer', Session>
const as = (user?: User) => ({ overrideAccess: false, user })

beforeAll(async () => {
  payload = await testPayload()
  ;({ users } = await makeUsers(payload, 'review'))
  for (const role of ['admin', 'editor', 'volunteer', 'liaison'] as Role[]) sessions[role] = await login(users[role].email, password(role, 'review'))
  otherVolunteer = (await payload.create({
    collection: 'users',
    data: { email: 'volunteer2-review@test.local', password: 'pw-volunteer2-review', name: '另一位志愿者', role: 'volunteer' },
  })) as User
  sessions.otherVolunteer = await login(otherVolunteer.email, 'pw-volunteer2-review')
})

const newDraft = async (session: Session) => {
  const res = await api('/api/recaps?draft=true', { method: 'POST', json: sample('recaps', { _status: 'draft' }), session })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as Recap
}
const stored = (id: number) => payload.findByID({ collection: 'recaps', id, draft: true, depth: 0, overrideAccess: true })
const submit = (id: number, session: Session, json: unknown = {}) => api(`/api/recaps/${id}/submit`, { method: 'POST', json, session })
const giveBack = (id: number, session: Session, comment?: string) => api(`/api/recaps/${id}/return`, { method: 'POST', json: { comment }, session })
const firstError = (res: { body: { errors?: { message: string }[] } }) => res.body.errors?.[0]?.message ?? ''
const pendingIds = async (session: Session) => {
  const res = await api('/api/recaps?draft=true&depth=0&limit=100&where[reviewState][equals]=submitted', { session })
  expect(res.status).toBe(200)
  return res.body.docs.map((d: Recap) => d.id)
}

describe('the review journey over REST', () => {
  it('submit → 待审核 → returned with a comment the volunteer reads → fixed and resubmitted → published → the editor’s alone', async () => {
    const made = await newDraft(sessions.volunteer)
    expect(made.reviewState).toBe('writing')

    // 提交审核 saves what the form holds and submits it in one request.
    const submitted = await submit(made.id, sessions.volunteer, { summary: '提交时一并保存的摘要' })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect(submitted.body.doc).toMatchObject({ reviewState: 'submitted', _status: 'draft', summary: '提交时一并保存的摘要' })
    expect(submitted.body.message).toContain('已提交审核')
    expect((await stored(made.id)).submittedAt).toBeTruthy()
    const twice = await submit(made.id, sessions.volunteer)
    expect(twice.status).toBe(409)
    expect(firstError(twice)).toContain('已经提交审核')

    // The editor finds it under 待审核; the volunteer cannot return it; a return needs a comment.
    expect(await pendingIds(sessions.editor)).toContain(made.id)
    const byVolunteer = await giveBack(made.id, sessions.volunteer, '自己退回')
    expect(byVolunteer.status).toBe(403)
    expect(firstError(byVolunteer)).toContain('只有编辑和管理员')
    for (const empty of [undefined, '', '   ']) {
      const res = await giveBack(made.id, sessions.editor, empty)
      expect(res.status, String(empty)).toBe(400)
      expect(firstError(res)).toContain('请填写退回意见')
    }
    const comment = '请补充活动的时间和参加人数；第二张照片有居民正脸，请换一张。'
    const returned = await giveBack(made.id, sessions.editor, comment)
    expect(returned.status, JSON.stringify(returned.body)).toBe(200)
    expect(returned.body.doc).toMatchObject({ reviewState: 'returned', reviewComment: comment, reviewedBy: users.editor.id })
    expect(await pendingIds(sessions.editor)).not.toContain(made.id)
    expect((await giveBack(made.id, sessions.editor, comment)).status, 'only a submitted recap can be returned').toBe(409)

    // The volunteer opens it and reads the comment, who returned it stays an id, and when.
    const seen = await api(`/api/recaps/${made.id}?draft=true&depth=0`, { session: sessions.volunteer })
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ reviewState: 'returned', reviewComment: comment })
    expect(seen.body.reviewedAt).toBeTruthy()

    // Fixes, saves a draft (still 退回修改), and submits again.
    const fixed = await api(`/api/recaps/${made.id}?draft=true`, { method: 'PATCH', json: { summary: '活动共有八十多位居民参加。' }, session: sessions.volunteer })
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200)
    expect(fixed.body.doc.reviewState).toBe('returned')
    const again = await submit(made.id, sessions.volunteer)
    expect(again.status).toBe(200)
    expect(again.body.doc).toMatchObject({ reviewState: 'submitted', summary: '活动共有八十多位居民参加。' })

    // The volunteer still cannot publish; the editor publishes, which ends the review.
    const selfPublish = await api(`/api/recaps/${made.id}`, { method: 'PATCH', json: { _status: 'published' }, session: sessions.volunteer })
    expect(selfPublish.status).toBe(403)
    expect(firstError(selfPublish)).toContain('志愿者不能直接发布')
    const published = await api(`/api/recaps/${made.id}?depth=0`, { method: 'PATCH', json: { _status: 'published' }, session: sessions.editor })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(published.body.doc).toMatchObject({ _status: 'published', reviewState: 'published', reviewedBy: users.editor.id })
    expect(await pendingIds(sessions.editor)).not.toContain(made.id)

    // Now the volunteer can neither change it nor submit it again.
    for (const [query, json] of [
      ['?draft=true', { title: '发布后志愿者改写' }],
      ['', { title: '发布后志愿者改写' }],
    ] as const) {
      const res = await api(`/api/recaps/${made.id}${query}`, { method: 'PATCH', json, session: sessions.volunteer })
      expect(res.status, query).toBe(403)
    }
    const late = await submit(made.id, sessions.volunteer)
    expect(late.status).toBe(409)
    expect(firstError(late)).toContain('已经发布')
    // An editor's later draft over the published recap keeps it out of the volunteer's hands.
    expect((await api(`/api/recaps/${made.id}?draft=true`, { method: 'PATCH', json: { summary: '编辑修改中' }, session: sessions.editor })).status).toBe(200)
    expect((await api(`/api/recaps/${made.id}?draft=true`, { method: 'PATCH', json: { summary: '志愿者趁机修改' }, session: sessions.volunteer })).status).toBe(403)
    expect((await stored(made.id)).summary).toBe('编辑修改中')

    // The public reads the recap, never its review.
    const asPublic = await api(`/api/recaps/${made.id}?depth=0`)
    expect(asPublic.status).toBe(200)
    for (const field of ['reviewState', 'submittedAt', 'reviewComment', 'reviewedBy', 'reviewedAt']) expect(asPublic.body, field).not.toHaveProperty(field)
  })

  it("refuses a volunteer submitting another volunteer's recap", async () => {
    const theirs = await newDraft(sessions.otherVolunteer)
    const res = await submit(theirs.id, sessions.volunteer)
    expect(res.status).toBe(403)
    expect(firstError(res)).toContain('只能提交自己撰写的活动回顾')
    expect((await stored(theirs.id)).reviewState).toBe('writing')
    expect((await submit(theirs.id, {})).status, 'anonymous').toBe(401)
    // An editor may submit it for them (staff can do anything a volunteer can).
    expect((await submit(theirs.id, sessions.editor)).status).toBe(200)
  })

  it('refuses typing in the review state or comment, for volunteers and editors alike, in Chinese', async () => {
    const own = await newDraft(sessions.volunteer)
    for (const json of [{ reviewState: 'submitted' }, { reviewState: 'published' }, { reviewComment: '我自己写的意见' }, { submittedAt: new Date().toISOString() }]) {
      const res = await api(`/api/recaps/${own.id}?draft=true`, { method: 'PATCH', json, session: sessions.volunteer })
      expect(res.status, JSON.stringify(json)).toBe(403)
      expect(firstError(res)).toContain('只能通过“提交审核”“退回修改”和发布来改变')
    }
    const created = await api('/api/recaps?draft=true', { method: 'POST', json: sample('recaps', { _status: 'draft', reviewState: 'submitted' }), session: sessions.volunteer })
    expect(created.status).toBe(403)
    const byEditor = await api(`/api/recaps/${own.id}?draft=true`, { method: 'PATCH', json: { reviewState: 'returned' }, session: sessions.editor })
    expect(byEditor.status).toBe(403)
    // Sending the stored value back (what the admin's form does on every save) is fine.
    expect((await api(`/api/recaps/${own.id}?draft=true`, { method: 'PATCH', json: { reviewState: 'writing', title: `${own.title}（改）` }, session: sessions.volunteer })).status).toBe(200)
    // The submit action takes the content, never a state or a publication.
    const sneaky = await submit(own.id, sessions.volunteer, { _status: 'published', reviewState: 'published', reviewComment: '通过' })
    expect(sneaky.status).toBe(200)
    const after = await stored(own.id)
    expect(after).toMatchObject({ _status: 'draft', reviewState: 'submitted' })
    expect(after.reviewComment ?? null).toBeNull()
  })

  it('starts a copy (the admin’s 复制) on its own review, and keeps the review when an old version is restored', async () => {
    const own = await newDraft(sessions.volunteer)
    expect((await submit(own.id, sessions.volunteer)).status).toBe(200)
    expect((await giveBack(own.id, sessions.editor, '请补充照片说明')).status).toBe(200)
    const copy = await api(`/api/recaps/${own.id}/duplicate?draft=true&depth=0`, { method: 'POST', json: {}, session: sessions.volunteer })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    expect(copy.body.doc).toMatchObject({ reviewState: 'writing', _status: 'draft' })
    expect(copy.body.doc.reviewComment ?? null).toBeNull()
    expect(copy.body.doc.reviewedBy ?? null).toBeNull()

    // Restoring an older version (the versions tab) brings back its text, not its review.
    const versions = await api(`/api/recaps/versions?depth=0&sort=createdAt&where[parent][equals]=${own.id}`, { session: sessions.volunteer })
    expect(versions.status).toBe(200)
    const first = versions.body.docs[0]
    expect(first.version.reviewState).toBe('writing')
    const restored = await api(`/api/recaps/versions/${first.id}?draft=true`, { method: 'POST', session: sessions.volunteer })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await stored(own.id)).toMatchObject({ reviewState: 'returned', reviewComment: '请补充照片说明' })
  })

  it('submits a new recap in one step (the button on a new recap) and refuses one without a body', async () => {
    const data = sample('recaps')
    const res = await api('/api/recaps/submit', { method: 'POST', json: data, session: sessions.volunteer })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({ title: data.title, reviewState: 'submitted', _status: 'draft', author: users.volunteer.id })
    const title = `只有标题 ${Date.now()}`
    const empty = await api('/api/recaps/submit', { method: 'POST', json: { title }, session: sessions.volunteer })
    expect(empty.status).toBe(400)
    expect(firstError(empty)).toContain('提交审核前请填写标题和正文')
    expect((await payload.count({ collection: 'recaps', where: { title: { equals: title } } })).totalDocs).toBe(0)
    expect((await api('/api/recaps/submit', { method: 'POST', json: data, session: sessions.liaison })).status).toBe(403)
  })
})

describe('the review through the Local API (overrideAccess: false)', () => {
  it('lets only the actions change the state, and keeps a published recap the editor’s', async () => {
    const own = await payload.create({ collection: 'recaps', data: sample('recaps', { _status: 'draft' }) as never, draft: true, ...as(users.volunteer) })
    await expect(
      payload.update({ collection: 'recaps', id: own.id, data: { reviewState: 'submitted' }, draft: true, ...as(users.volunteer) }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('不能直接修改') })
    const submitted = await payload.update({ collection: 'recaps', id: own.id, data: {}, draft: true, context: { reviewAction: { kind: 'submit' } }, ...as(users.volunteer) })
    expect(submitted.reviewState).toBe('submitted')
    await expect(
      payload.update({ collection: 'recaps', id: own.id, data: {}, draft: true, context: { reviewAction: { kind: 'return', comment: '志愿者自己退回' } }, ...as(users.volunteer) }),
    ).rejects.toMatchObject({ status: 403 })
    const returned = await payload.update({ collection: 'recaps', id: own.id, data: {}, draft: true, context: { reviewAction: { kind: 'return', comment: '请补充照片说明' } }, ...as(users.editor) })
    expect(returned).toMatchObject({ reviewState: 'returned', reviewComment: '请补充照片说明' })
    await expect(payload.update({ collection: 'recaps', id: own.id, data: { _status: 'published' }, ...as(users.volunteer) })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('志愿者不能直接发布'),
    })
    const published = await payload.update({ collection: 'recaps', id: own.id, data: { _status: 'published' }, ...as(users.editor) })
    expect(published.reviewState).toBe('published')
    expect(await allowed(() => payload.update({ collection: 'recaps', id: own.id, data: { title: '发布后改写' }, draft: true, ...as(users.volunteer) }))).toBe(false)
    // The liaison and the public never read the review.
    const forLiaison = await payload.findByID({ collection: 'recaps', id: own.id, ...as(users.liaison) })
    expect(forLiaison).not.toHaveProperty('reviewComment')
    expect(forLiaison).not.toHaveProperty('reviewState')
  })
})
