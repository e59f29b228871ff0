/**
 * The personal-data registry drives every rule: a field added to it is hidden from volunteers, masked where
 * asked, erased by retention and kept out of the public snapshot — without touching any of that code.
 */
import type { Field, FieldAccess, Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { personalData, type PersonalRegistry, type User } from '@lawpoint/content-types'
import { collections } from '../src/collections'
import { withPersonalData } from '../src/privacy/personalFields'
import { eraseExpiredPersonalData } from '../src/privacy/retention'
import { exportSnapshot } from '../src/publishing/snapshot'
import { lexical } from '../src/seed/lexical'
import { makeUsers, testPayload } from './helpers'

// A registry with one more field in each place: the opinion's locality and the news summary.
const extended: PersonalRegistry = {
  ...personalData,
  opinions: { ...personalData.opinions, locality: { kind: 'free text', hiddenFromVolunteers: true, erasedByRetention: true } },
  news: { summary: { kind: 'free text' } },
}

const flat = (fields: Field[]): Field[] =>
  fields.flatMap((f) => ('fields' in f && (f.type === 'row' || f.type === 'collapsible') ? flat(f.fields) : f.type === 'tabs' ? f.tabs.flatMap((t) => flat(t.fields)) : [f]))
const fieldOf = (slug: string, name: string, registry?: PersonalRegistry) => {
  const base = collections.find((c) => c.slug === slug)!
  const config = registry ? withPersonalData(base, base.custom?.personalFieldAccess, registry) : base
  return flat(config.fields).find((f) => 'name' in f && f.name === name) as Field & { access?: Record<string, FieldAccess> }
}

let payload: Payload
let users: Record<string, User>
beforeAll(async () => {
  payload = await testPayload()
  ;({ users } = await makeUsers(payload, 'registry'))
})
afterAll(async () => {
  await payload.delete({ collection: 'news', where: { slug: { equals: 'registry-news' } }, overrideAccess: true })
})

const canRead = (field: { access?: Record<string, FieldAccess> }, user: User | null) =>
  field.access?.read ? field.access.read({ req: { user } as unknown as PayloadRequest, siblingData: {} } as never) : true

describe('personal-data registry', () => {
  it('hides every registered field from volunteers in the real config', () => {
    for (const name of ['name', 'phone', 'attachment']) {
      expect(canRead(fieldOf('opinions', name), users.volunteer!), name).toBe(false)
      expect(canRead(fieldOf('opinions', name), users.editor!), name).toBe(true)
    }
    expect(canRead(fieldOf('opinions', 'locality'), users.volunteer!)).toBe(true)
  })

  it('a field added to the registry is hidden from volunteers, with no other change', () => {
    const locality = fieldOf('opinions', 'locality', extended)
    expect(canRead(locality, users.volunteer!)).toBe(false)
    expect(canRead(locality, users.liaison!)).toBe(true)
    expect(canRead(locality, users.editor!)).toBe(true)
  })

  it('a registry field missing from its collection stops the configuration', () => {
    const typo: PersonalRegistry = { ...personalData, opinions: { ...personalData.opinions, phnoe: { kind: 'phone' } } }
    expect(() => fieldOf('opinions', 'phone', typo)).toThrow(/phnoe/)
  })

  it('retention erases a field added to the registry', async () => {
    const o = await payload.create({
      collection: 'opinions',
      data: { kind: 'governance', content: '登记表测试意见内容', name: '王五', phone: '13700007777', locality: '外海街道', channel: 'online' } as never,
      overrideAccess: true,
    })
    await eraseExpiredPersonalData(payload, 730, new Date(Date.now() + 3 * 365 * 86_400_000), extended)
    const after = await payload.findByID({ collection: 'opinions', id: o.id, overrideAccess: true })
    expect(after.locality ?? null).toBeNull()
    expect(after.name ?? null).toBeNull()
    expect(after.content).toBe('登记表测试意见内容')
  })

  it('the snapshot leaves out a field added to the registry', async () => {
    await payload.create({
      collection: 'news',
      data: { title: '登记表测试新闻', slug: 'registry-news', category: 'work', body: lexical(['正文']), summary: '不应出现在快照中', _status: 'published' } as never,
      overrideAccess: true,
      context: { skipSiteBuild: true },
    })
    const plain = await exportSnapshot(payload)
    expect(plain.news.find((n) => n.slug === 'registry-news')).toHaveProperty('summary', '不应出现在快照中')
    const strict = await exportSnapshot(payload, extended)
    expect(strict.news.find((n) => n.slug === 'registry-news')).not.toHaveProperty('summary')
  })
})
