/**
 * The cells of the matrix that depend on who owns a document: recaps and media (volunteers),
 * opinions (liaisons' own collection point; volunteers without personal fields), user accounts,
 * globals, and staff-only fields on public documents.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role, User } from '@lawpoint/content-types'
import { allowed, makeUsers, testPayload } from './helpers'
import { sample } from './fixtures'

let payload: Payload
let users: Record<Role, User>
let point: { id: number | string }
let otherPoint: { id: number | string }
const as = (role?: Role) => ({ overrideAccess: false, user: role ? users[role] : undefined })

beforeAll(async () => {
  payload = await testPayload()
  ;({ users, point, otherPoint } = await makeUsers(payload, 'owner'))
})

describe('recaps', () => {
  it('volunteers write their own, submit them for review, and cannot publish', async () => {
    const own = await payload.create({ collection: 'recaps', data: sample('recaps', { _status: 'draft' }) as never, draft: true, ...as('volunteer') })
    expect(own.author).toMatchObject({ id: users.volunteer.id })
    // The state is the review actions' (what the 提交审核 endpoint passes), not a field a volunteer types in.
    await expect(
      payload.update({ collection: 'recaps', id: own.id, data: { reviewState: 'submitted' }, draft: true, ...as('volunteer') }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('不能直接修改') })
    const submitted = await payload.update({ collection: 'recaps', id: own.id, data: {}, draft: true, context: { reviewAction: { kind: 'submit' } }, ...as('volunteer') })
    expect(submitted.reviewState).toBe('submitted')
    await expect(
      payload.update({ collection: 'recaps', id: own.id, data: { _status: 'published' }, ...as('volunteer') }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('志愿者不能直接发布') })
    const published = await payload.update({ collection: 'recaps', id: own.id, data: { _status: 'published' }, ...as('editor') })
    expect(published).toMatchObject({ _status: 'published', reviewState: 'published' })
  })

  it("volunteers neither see nor edit another author's drafts", async () => {
    const editorsDraft = await payload.create({ collection: 'recaps', data: sample('recaps', { _status: 'draft' }) as never, draft: true, ...as('editor') })
    const seen = await payload.find({ collection: 'recaps', where: { id: { equals: editorsDraft.id } }, draft: true, ...as('volunteer') })
    expect(seen.docs).toHaveLength(0)
    expect(await allowed(() => payload.update({ collection: 'recaps', id: editorsDraft.id, data: { title: '改' }, draft: true, ...as('volunteer') }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'recaps', id: editorsDraft.id, ...as('volunteer') }))).toBe(false)
  })

  it('anonymous readers, liaisons and other roles see published recaps only', async () => {
    const draft = await payload.create({ collection: 'recaps', data: sample('recaps', { _status: 'draft' }) as never, draft: true })
    const pub = await payload.create({ collection: 'recaps', data: sample('recaps', { _status: 'published' }) as never })
    for (const role of [undefined, 'liaison'] as const) {
      const found = await payload.find({ collection: 'recaps', where: { id: { in: [draft.id, pub.id] } }, draft: true, ...as(role) })
      expect(found.docs.map((d) => d.id)).toEqual([pub.id])
      expect(await allowed(() => payload.create({ collection: 'recaps', data: sample('recaps') as never, ...as(role) }))).toBe(false)
    }
  })
})

describe('opinions', () => {
  let online: { id: number | string }
  let atOtherPoint: { id: number | string }

  beforeAll(async () => {
    online = await payload.create({ collection: 'opinions', data: sample('opinions') as never })
    atOtherPoint = await payload.create({
      collection: 'opinions',
      data: sample('opinions', { channel: 'offline', collectionPoint: otherPoint.id }) as never,
    })
  })

  it('a liaison enters offline opinions for their own point only, and reads only those', async () => {
    const entered = await payload.create({
      collection: 'opinions',
      // Even if a liaison names another point, the entry is stamped with their own.
      data: sample('opinions', { channel: 'online', collectionPoint: otherPoint.id }) as never,
      ...as('liaison'),
    })
    expect(entered).toMatchObject({ channel: 'offline', collectionPoint: { id: point.id } })
    expect(entered.receipt).toMatch(/^YJ\d{6}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}$/)
    const visible = await payload.find({ collection: 'opinions', ...as('liaison'), limit: 100 })
    expect(visible.docs.map((d) => d.id)).toEqual([entered.id])
    expect(await allowed(() => payload.update({ collection: 'opinions', id: atOtherPoint.id, data: { content: '改动他人意见' }, ...as('liaison') }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'opinions', id: entered.id, ...as('liaison') }))).toBe(false)
  })

  it('volunteers read and classify opinions but never see names or phones', async () => {
    const doc = await payload.findByID({ collection: 'opinions', id: online.id, ...as('volunteer') })
    expect(doc.content).toContain('测试意见内容')
    expect(doc.name).toBeUndefined()
    expect(doc.phone).toBeUndefined()
    const classified = await payload.update({ collection: 'opinions', id: online.id, data: { category: 'livelihood', summary: '关于民生' }, ...as('volunteer') })
    expect(classified.category).toBe('livelihood')
    expect(classified.phone).toBeUndefined()
    // Workflow decisions stay with staff: a volunteer's status change is ignored.
    const tried = await payload.update({ collection: 'opinions', id: online.id, data: { status: 'adopted' }, ...as('volunteer') })
    expect(tried.status).toBe('received')
    expect(await allowed(() => payload.create({ collection: 'opinions', data: sample('opinions') as never, ...as('volunteer') }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'opinions', id: online.id, ...as('volunteer') }))).toBe(false)
  })

  it('anonymous callers can neither read nor create through the collection', async () => {
    expect(await allowed(() => payload.find({ collection: 'opinions', ...as() }))).toBe(false)
    expect(await allowed(() => payload.create({ collection: 'opinions', data: sample('opinions') as never, ...as() }))).toBe(false)
    expect(await allowed(() => payload.update({ collection: 'opinions', id: online.id, data: { content: 'x'.repeat(10) }, ...as() }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'opinions', id: online.id, ...as() }))).toBe(false)
  })

  it('staff read everything, personal fields included, and process opinions', async () => {
    for (const role of ['admin', 'editor'] as const) {
      const doc = await payload.findByID({ collection: 'opinions', id: online.id, ...as(role) })
      expect(doc.phone).toBe('13800138000')
      const updated = await payload.update({ collection: 'opinions', id: online.id, data: { status: 'sorted', staffNote: '已归类' }, ...as(role) })
      expect(updated.status).toBe('sorted')
      expect(await allowed(() => payload.create({ collection: 'opinions', data: sample('opinions') as never, ...as(role) }))).toBe(true)
    }
    const spare = await payload.create({ collection: 'opinions', data: sample('opinions') as never })
    expect(await allowed(() => payload.delete({ collection: 'opinions', id: spare.id, ...as('editor') }))).toBe(true)
  })
})

describe('media', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  )
  const upload = (role?: Role) =>
    payload.create({
      collection: 'media',
      data: { alt: '测试图片' },
      file: { data: png, mimetype: 'image/png', name: `t-${Math.random().toString(36).slice(2)}.png`, size: png.length },
      ...as(role),
    })

  it('volunteers upload photos and change only their own; anyone reads; staff delete', async () => {
    const own = await upload('volunteer')
    const editors = await upload('editor')
    expect(await allowed(() => payload.update({ collection: 'media', id: own.id, data: { alt: '改' }, ...as('volunteer') }))).toBe(true)
    expect(await allowed(() => payload.update({ collection: 'media', id: editors.id, data: { alt: '改' }, ...as('volunteer') }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'media', id: own.id, ...as('volunteer') }))).toBe(false)
    expect(await allowed(() => upload('liaison'))).toBe(false)
    expect(await allowed(() => upload())).toBe(false)
    expect((await payload.find({ collection: 'media', where: { id: { equals: editors.id } }, ...as() })).docs).toHaveLength(1)
    expect(await allowed(() => payload.update({ collection: 'media', id: editors.id, data: { alt: '改' }, ...as() }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'media', id: own.id, ...as('editor') }))).toBe(true)
  })
})

describe('users', () => {
  it('only admins manage accounts; others see and edit only themselves and cannot change their role', async () => {
    for (const role of ['editor', 'volunteer', 'liaison'] as const) {
      const found = await payload.find({ collection: 'users', ...as(role), limit: 100 })
      expect(found.docs.map((d) => d.id)).toEqual([users[role].id])
      const renamed = await payload.update({ collection: 'users', id: users[role].id, data: { name: `新名字 ${role}`, role: 'admin' }, ...as(role) })
      expect(renamed.role).toBe(role)
      expect(await allowed(() => payload.update({ collection: 'users', id: users.admin.id, data: { name: '篡改' }, ...as(role) }))).toBe(false)
      expect(await allowed(() => payload.create({ collection: 'users', data: sample('users') as never, ...as(role) }))).toBe(false)
      expect(await allowed(() => payload.delete({ collection: 'users', id: users.admin.id, ...as(role) }))).toBe(false)
    }
    expect(await allowed(() => payload.find({ collection: 'users', ...as() }))).toBe(false)
    expect(await allowed(() => payload.create({ collection: 'users', data: sample('users') as never, ...as() }))).toBe(false)
    const made = await payload.create({ collection: 'users', data: sample('users', { role: 'volunteer' }) as never, ...as('admin') })
    expect(made.role).toBe('volunteer')
    expect(await allowed(() => payload.delete({ collection: 'users', id: made.id, ...as('admin') }))).toBe(true)
  })

  it('refuses a liaison account without a collection point, in Chinese', async () => {
    await expect(
      payload.create({ collection: 'users', data: sample('users', { role: 'liaison' }) as never, ...as('admin') }),
    ).rejects.toMatchObject({ status: 400, message: '联络员账号必须指定所属信息采集点' })
  })
})

describe('staff-only fields on public documents and globals', () => {
  it("hides a collection point's liaison from the public", async () => {
    const pub = await payload.findByID({ collection: 'collection-points', id: point.id, ...as() })
    expect(pub.name).toBeTruthy()
    expect(pub.liaisonName).toBeUndefined()
    expect(pub.liaisonPhone).toBeUndefined()
    const staffView = await payload.findByID({ collection: 'collection-points', id: point.id, ...as('editor') })
    expect(staffView.liaisonPhone).toBe('13900000000')
  })

  it('site settings: anyone reads, only staff update', async () => {
    expect(await allowed(() => payload.findGlobal({ slug: 'site-settings', ...as() }))).toBe(true)
    for (const role of [undefined, 'volunteer', 'liaison'] as const)
      expect(await allowed(() => payload.updateGlobal({ slug: 'site-settings', data: { tagline: '改' }, ...as(role) }))).toBe(false)
    for (const role of ['admin', 'editor'] as const)
      expect(await allowed(() => payload.updateGlobal({ slug: 'site-settings', data: { tagline: '接地气' }, ...as(role) }))).toBe(true)
  })
})
