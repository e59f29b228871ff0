/**
 * The same access matrix over HTTP against the running CMS (REST API, JWT logins), with the
 * status codes a client sees, plus the ownership cells that matter most from outside.
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '@lawpoint/content-types'
import { actors, makeUsers, password, testPayload, type Actor } from './helpers'
import { refs, sample } from './fixtures'
import { hasDrafts, matrix, publishedAndDraft } from './matrix'
import { api, login, type Session } from './rest'

let payload: Payload
const sessions = {} as Record<Actor, Session>
let liaisonPoint: number | string
let otherPoint: number | string

beforeAll(async () => {
  payload = await testPayload()
  const made = await makeUsers(payload, 'rest')
  liaisonPoint = made.point.id
  otherPoint = made.otherPoint.id
  sessions.anonymous = {}
  for (const role of ['admin', 'editor', 'volunteer', 'liaison'] as Role[])
    sessions[role] = await login(made.users[role].email, password(role, 'rest'))
  refs.lecture = (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published' }) as never })).id
})

describe.each(Object.entries(matrix))('REST %s', (slug, rules) => {
  const collection = slug as CollectionSlug
  const draftParam = hasDrafts(collection) ? '?draft=true' : ''
  let published: number | string
  let draft: number | string

  beforeAll(async () => {
    ;({ published, draft } = await publishedAndDraft(payload, collection))
  })

  it.each(actors)('%s', async (actor) => {
    const rule = rules[actor]
    const session = sessions[actor]

    const created = await api(`/api/${collection}${draftParam}`, { method: 'POST', json: sample(collection, { _status: 'draft' }), session })
    expect(created.status, `create ${JSON.stringify(created.body)}`).toBe(rule.create ? 201 : 403)

    const read = await api(`/api/${collection}?where[id][in]=${published},${draft}&depth=0&draft=true`, { session })
    if (rule.read === 'none') {
      expect(read.status, 'read').toBe(403)
      expect(read.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    } else {
      expect(read.status, 'read').toBe(200)
      const ids = read.body.docs.map((d: { id: number | string }) => d.id).sort()
      expect(ids, 'read').toEqual((rule.read === 'all' ? [published, draft] : [published]).sort())
    }

    const updated = await api(`/api/${collection}/${draft}${draftParam}`, { method: 'PATCH', json: {}, session })
    expect([updated.status === 200], `update ${updated.status}`).toEqual([rule.update])
    if (!rule.update) expect([403, 404]).toContain(updated.status)

    const victim = (await payload.create({ collection, data: sample(collection, { _status: 'published' }) as never })).id
    const deleted = await api(`/api/${collection}/${victim}`, { method: 'DELETE', session })
    expect(deleted.status, 'delete').toBe(rule.delete ? 200 : 403)
  })
})

describe('REST ownership and personal data', () => {
  it('refuses anonymous reads of submissions and staff data with 403 in Chinese', async () => {
    for (const collection of ['opinions', 'registrations', 'experts', 'users']) {
      const res = await api(`/api/${collection}`)
      expect(res.status, collection).toBe(403)
      expect(res.body.errors[0].message).toBe('您无权执行此操作。')
    }
  })

  it('keeps a volunteer from publishing a recap, with a Chinese explanation', async () => {
    const made = await api('/api/recaps?draft=true', { method: 'POST', json: sample('recaps', { _status: 'draft' }), session: sessions.volunteer })
    expect(made.status).toBe(201)
    const publish = await api(`/api/recaps/${made.body.doc.id}`, { method: 'PATCH', json: { _status: 'published' }, session: sessions.volunteer })
    expect(publish.status).toBe(403)
    expect(publish.body.errors[0].message).toContain('志愿者不能直接发布')
    const byEditor = await api(`/api/recaps/${made.body.doc.id}`, { method: 'PATCH', json: { _status: 'published' }, session: sessions.editor })
    expect(byEditor.status).toBe(200)
  })

  it('shows a liaison only their own point’s opinions and volunteers no phone numbers', async () => {
    await payload.create({ collection: 'opinions', data: sample('opinions', { channel: 'offline', collectionPoint: otherPoint }) as never })
    const entered = await api('/api/opinions', { method: 'POST', json: sample('opinions'), session: sessions.liaison })
    expect(entered.status).toBe(201)
    expect(entered.body.doc.collectionPoint.id ?? entered.body.doc.collectionPoint).toBe(liaisonPoint)
    const mine = await api('/api/opinions?limit=100&depth=0', { session: sessions.liaison })
    expect(mine.body.docs.every((d: { collectionPoint: unknown }) => d.collectionPoint === liaisonPoint)).toBe(true)
    const forVolunteer = await api(`/api/opinions/${entered.body.doc.id}`, { session: sessions.volunteer })
    expect(forVolunteer.status).toBe(200)
    expect(forVolunteer.body.content).toBeTruthy()
    expect(forVolunteer.body).not.toHaveProperty('phone')
    expect(forVolunteer.body).not.toHaveProperty('name')
  })

  it('serves only published content and no liaison contacts to the public', async () => {
    const points = await api('/api/collection-points?limit=100')
    expect(points.status).toBe(200)
    for (const p of points.body.docs) {
      expect(p).not.toHaveProperty('liaisonName')
      expect(p).not.toHaveProperty('liaisonPhone')
      expect(p._status).toBe('published')
    }
  })
})
