/**
 * A query the database cannot compare is a client's mistake: 400 with a Chinese message, never a 500. Every
 * relationship, upload and date field of every collection is tried over REST, on documents and on versions.
 */
import type { FlattenedField, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeUsers, password, testPayload, testLaw } from './helpers'
import { api, login, type Session } from './rest'

let payload: Payload
let admin: Session

beforeAll(async () => {
  payload = await testPayload()
  const made = await makeUsers(payload, 'query')
  admin = await login(made.users.admin.email, password('admin', 'query'))
})

/** The fields each collection can be filtered by with an id or a date, from the running config. */
function comparedFields(): { slug: string; field: string; kind: 'id' | 'date'; versions: boolean }[] {
  const out: { slug: string; field: string; kind: 'id' | 'date'; versions: boolean }[] = []
  for (const [slug, { config }] of Object.entries(payload.collections)) {
    if (slug.startsWith('payload-')) continue
    for (const f of config.flattenedFields as FlattenedField[]) {
      const kind = f.type === 'relationship' || f.type === 'upload' ? 'id' : f.type === 'date' ? 'date' : undefined
      if (kind) out.push({ slug, field: f.name, kind, versions: Boolean(config.versions) })
    }
  }
  return out
}

describe('query values a database cannot compare', () => {
  it('answers 400 with a Chinese message for a non-id relationship and a non-date date, on every collection', async () => {
    const fields = comparedFields()
    expect(fields.length).toBeGreaterThan(20)
    const failures: string[] = []
    for (const { slug, field, kind, versions } of fields) {
      const bad = kind === 'id' ? 'abc' : 'not-a-date'
      const paths = [`/api/${slug}?where[${field}][equals]=${bad}`, `/api/${slug}?where[or][0][${field}][in]=1,${bad}`]
      if (versions) paths.push(`/api/${slug}/versions?where[version.${field}][equals]=${bad}`)
      for (const path of paths) {
        const res = await api(path, { session: admin })
        const message = res.body?.errors?.[0]?.message ?? ''
        if (res.status !== 400 || !message.includes(bad) || !/须为/.test(message)) failures.push(`${path} → ${res.status} ${message}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('answers anonymous callers the same way, before any query runs', async () => {
    const res = await api('/api/law-articles?where[law][equals]=abc')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('查询条件无效：“所属法律”须为编号（数字），收到“abc”。')
    // Payload reads AND/OR in any case; so does the check.
    const upper = await api('/api/recaps?where[OR][0][lecture][equals]=abc')
    expect(upper.status).toBe(400)
  })

  it('still answers well-formed filters, through relationships too', async () => {
    const law = (await payload.find({ collection: 'laws', where: { key: { equals: testLaw.key } }, limit: 1 })).docs[0]!
    const byLaw = await api(`/api/law-articles?where[law][equals]=${law.id}&depth=0&limit=100`)
    expect(byLaw.status).toBe(200)
    expect(byLaw.body.totalDocs).toBe(testLaw.articles)
    const byTitle = await api(`/api/law-articles?where[law.key][equals]=${testLaw.key}&depth=0`)
    expect(byTitle.status).toBe(200)
    expect(byTitle.body.totalDocs).toBe(testLaw.articles)
    const byDate = await api('/api/lectures?where[startsAt][greater_than]=2000-01-01&depth=0', { session: admin })
    expect(byDate.status).toBe(200)
    const versions = await api(`/api/laws/versions?where[parent][equals]=${law.id}&depth=0`, { session: admin })
    expect(versions.status).toBe(200)
    expect((await api('/api/laws/versions?where[parent][equals]=abc', { session: admin })).status).toBe(400)
  })

  it('never answers other malformed list parameters with a 500', async () => {
    const odd = ['limit=abc', 'page=abc', 'page=-1', 'page=0', 'limit=-5', 'page=1.5', 'depth=abc', 'sort=no_such_field', 'where[no_such][equals]=1', 'where[title][near]=1,2', 'where[no_such][near]=1,2', 'where[createdAt][within]=x', 'where=abc', 'data=abc', 'where={"lecture":{"equals":"x"}}', 'where[and]=abc']
    const statuses = await Promise.all(odd.map(async (q) => [q, (await api(`/api/news?${q}`, { session: admin })).status] as const))
    expect(statuses.filter(([, status]) => status >= 500)).toEqual([])
  })
})
