/**
 * The law library from the outside: who may read and write laws and their articles (REST and the Local API,
 * access rules applied), what the site's snapshot receives, and how lectures, consultations and explainers
 * point into the library with Chinese messages when they point at nothing.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { citedArticlesSchema, lawSchema, type Role, type User } from '@lawpoint/content-types'
import { importLaws } from '../src/lawLibrary/import'
import { exportSnapshot } from '../src/publishing/snapshot'
import { lexical } from '../src/seed/lexical'
import { allowed, lawMarkdown, makeUsers, password, testPayload, testLaw } from './helpers'
import { sample } from './fixtures'
import { api, login, type Session } from './rest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

let payload: Payload
let users: Record<Role, User>
const sessions = {} as Record<Role | 'anonymous', Session>
const run = Math.random().toString(36).slice(2, 6)
const published = { title: `中华人民共和国公开测试法${run}`, key: `public-test-${run}` }
const drafted = { title: `中华人民共和国未发布测试法${run}`, key: `draft-law-${run}` }
let publishedId: number
let draftId: number
let publishedArticle: number
let draftArticle: number

async function importFolder(files: Record<string, string>, keys: Record<string, string>, draft = false) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-library-'))
  for (const [rel, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, rel), content)
  fs.writeFileSync(path.join(dir, 'keys.json'), JSON.stringify(keys))
  const result = await importLaws(payload, dir, { draft, queueBuild: false })
  fs.rmSync(dir, { recursive: true, force: true })
  expect(result.failed).toEqual([])
  return result.laws[0]!.id as number
}

const firstArticle = async (law: number) =>
  (await payload.find({ collection: 'law-articles', where: { law: { equals: law } }, sort: 'position', limit: 1, depth: 0 })).docs[0]!.id

beforeAll(async () => {
  payload = await testPayload()
  ;({ users } = await makeUsers(payload, 'library'))
  sessions.anonymous = {}
  for (const role of ['admin', 'editor', 'volunteer', 'liaison'] as Role[]) sessions[role] = await login(users[role].email, password(role, 'library'))
  // Articles out of number order on purpose: 第十七条之一 comes after 第十七条 and shares its number.
  publishedId = await importFolder(
    {
      'a.md': lawMarkdown(published.title, [
        [1, '第一条内容。'],
        [17, '第十七条内容。'],
      ]).replace('第十七条 第十七条内容。', '第十七条 第十七条内容。\n\n第十七条之一 插入的条文。'),
    },
    { [published.title]: published.key },
  )
  draftId = await importFolder({ 'b.md': lawMarkdown(drafted.title, [[1, '未发布的条文。']]) }, { [drafted.title]: drafted.key }, true)
  publishedArticle = await firstArticle(publishedId)
  draftArticle = await firstArticle(draftId)
})

describe('who reads and writes the library (REST)', () => {
  it('shows the public published laws and their articles, never a draft law or its articles', async () => {
    const laws = await api(`/api/laws?where[id][in]=${publishedId},${draftId}&depth=0`)
    expect(laws.status).toBe(200)
    expect(laws.body.docs.map((d: { id: number }) => d.id)).toEqual([publishedId])
    // The import log is staff's: the public receives none of its entries.
    expect(laws.body.docs[0].imports ?? []).toEqual([])
    const asEditor = await api(`/api/laws/${publishedId}?depth=0`, { session: sessions.editor })
    expect(asEditor.body.imports[0].summary).toContain('首次导入')

    const list = await api(`/api/law-articles?where[law][in]=${publishedId},${draftId}&sort=position&depth=0`)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { label: string }) => d.label)).toEqual(['第一条', '第十七条', '第十七条之一'])
    expect((await api(`/api/law-articles/${draftArticle}`)).status).toBe(404)
    expect((await api(`/api/law-articles/${publishedArticle}`)).status).toBe(200)
  })

  it('lets nobody but staff write: the public 403, volunteers and liaisons 403, editors and admins yes', async () => {
    const article = (n: number) => ({ law: publishedId, number: n, text: '新增的条文。' })
    for (const actor of ['anonymous', 'volunteer', 'liaison'] as const) {
      const session = sessions[actor]
      expect((await api('/api/laws', { method: 'POST', json: { title: `非法新增${actor}${run}`, key: `nope-${actor}-${run}` }, session })).status, `${actor} create law`).toBe(403)
      expect((await api(`/api/laws/${publishedId}`, { method: 'PATCH', json: { shortTitle: '改名' }, session })).status, `${actor} update law`).toBe(403)
      expect((await api('/api/law-articles', { method: 'POST', json: article(90), session })).status, `${actor} create article`).toBe(403)
      expect((await api(`/api/law-articles/${publishedArticle}`, { method: 'PATCH', json: { text: '篡改' }, session })).status, `${actor} update article`).toBe(403)
      expect((await api(`/api/law-articles/${publishedArticle}`, { method: 'DELETE', session })).status, `${actor} delete article`).toBe(403)
    }
    const made = await api('/api/law-articles', { method: 'POST', json: article(91), session: sessions.editor })
    expect(made.status).toBe(201)
    // Label and position fill themselves: 第九十一条, after the law's last article.
    expect(made.body.doc).toMatchObject({ label: '第九十一条', position: 4 })
    const fixed = await api(`/api/law-articles/${made.body.doc.id}`, { method: 'PATCH', json: { text: '更正后的条文。' }, session: sessions.editor })
    expect(fixed.status).toBe(200)
    // A corrected article of a published law goes to the site: a build is queued for its law.
    const builds = await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 20, depth: 0 })
    const changes = builds.docs.flatMap((b) => (b.changes as { collection?: string; id?: number; title?: string }[] | null) ?? [])
    expect(changes.some((c) => c.collection === 'laws' && c.id === publishedId && c.title?.includes('第九十一条'))).toBe(true)
    expect((await api(`/api/law-articles/${made.body.doc.id}`, { method: 'DELETE', session: sessions.admin })).status).toBe(200)
    // The import log is the importer's: an editor's save leaves it as it was.
    const before = await payload.findByID({ collection: 'laws', id: publishedId, depth: 0 })
    const edited = await api(`/api/laws/${publishedId}`, { method: 'PATCH', json: { shortTitle: '公开测试法', imports: [] }, session: sessions.editor })
    expect(edited.status).toBe(200)
    expect((await payload.findByID({ collection: 'laws', id: publishedId, depth: 0 })).imports).toHaveLength(before.imports!.length)
  })

  it('refuses a second article with the same label in one law', async () => {
    const dup = await api('/api/law-articles', { method: 'POST', json: { law: publishedId, number: 1, label: '第一条', text: '重复。' }, session: sessions.editor })
    expect(dup.status).toBeGreaterThanOrEqual(400)
  })
})

describe('who reads and writes the library (Local API, access applied)', () => {
  const as = (role: Role | 'anonymous') => ({ overrideAccess: false, user: role === 'anonymous' ? undefined : users[role] })

  it('gives volunteers and liaisons the public view and no writes', async () => {
    for (const role of ['anonymous', 'volunteer', 'liaison'] as const) {
      const seen = await payload.find({ collection: 'law-articles', where: { law: { in: [publishedId, draftId] } }, depth: 0, limit: 0, pagination: false, ...as(role) })
      expect(seen.docs.every((d) => (typeof d.law === 'object' ? d.law.id : d.law) === publishedId), role).toBe(true)
      expect(await allowed(() => payload.create({ collection: 'law-articles', data: { law: publishedId, number: 80, label: '第八十条', position: 80, text: 'x' }, ...as(role) })), role).toBe(false)
      expect(await allowed(() => payload.update({ collection: 'law-articles', id: publishedArticle, data: { text: 'x' }, ...as(role) })), role).toBe(false)
      expect(await allowed(() => payload.update({ collection: 'laws', id: publishedId, data: { shortTitle: 'x' }, ...as(role) })), role).toBe(false)
    }
    const staffView = await payload.find({ collection: 'law-articles', where: { law: { equals: draftId } }, depth: 0, ...as('editor') })
    expect(staffView.docs).toHaveLength(1)
  })
})

describe('the snapshot the site is built from', () => {
  it('nests each published law’s articles in order, shaped as lawSchema, and leaves drafts out', async () => {
    const snapshot = await exportSnapshot(payload)
    const law = snapshot.laws.find((l) => l.key === published.key)!
    expect(lawSchema.safeParse(law).error).toBeUndefined()
    expect(law.articles.map((a) => a.label)).toEqual(['第一条', '第十七条', '第十七条之一'])
    expect(law.articles[2]).toEqual({ number: 17, label: '第十七条之一', book: null, part: null, chapter: '第一章 总则', section: null, text: '插入的条文。' })
    expect(snapshot.laws.some((l) => l.key === drafted.key)).toBe(false)
    for (const l of snapshot.laws) expect(lawSchema.safeParse(l).success, l.key).toBe(true)
    expect(law).not.toHaveProperty('imports')
    expect(law).not.toHaveProperty('articleList')
  })
  it('exports each law’s articles as they are now after articles are edited, deleted, added and re-imported', async () => {
    const title = `中华人民共和国导出测试法${run}`
    const key = `export-test-${run}`
    const id = await importFolder({ 'e.md': lawMarkdown(title, [[1, '甲。'], [2, '乙。'], [3, '丙。']]) }, { [title]: key })
    const exported = async () => (await exportSnapshot(payload)).laws.find((l) => l.key === key)!.articles.map((a) => `${a.label}${a.text}`)
    const inDatabase = async () =>
      (await payload.find({ collection: 'law-articles', where: { law: { equals: id } }, sort: 'position', limit: 0, depth: 0 })).docs.map((a) => `${a.label}${a.text}`)
    expect(await exported()).toEqual(['第一条甲。', '第二条乙。', '第三条丙。'])
    // Exported again, unchanged, between each change: a later publish in the same CMS process.
    const second = (await payload.find({ collection: 'law-articles', where: { law: { equals: id }, label: { equals: '第二条' } }, depth: 0 })).docs[0]!
    await payload.update({ collection: 'law-articles', id: second.id, data: { text: '乙，已修改。' } })
    expect(await exported()).toEqual(['第一条甲。', '第二条乙，已修改。', '第三条丙。'])
    await payload.delete({ collection: 'law-articles', id: second.id })
    expect(await exported()).toEqual(['第一条甲。', '第三条丙。'])
    await importFolder({ 'e.md': lawMarkdown(title, [[1, '甲，新文本。'], [3, '丙。'], [4, '丁。']]) }, { [title]: key })
    expect(await exported()).toEqual(await inDatabase())
    expect(await exported()).toEqual(['第一条甲，新文本。', '第三条丙。', '第四条丁。'])
  })
})

describe('lectures and consultations citing articles', () => {
  it('keeps the cited articles and exports them by law key', async () => {
    const lecture = await payload.create({
      collection: 'lectures',
      data: { ...sample('lectures'), _status: 'published', citedArticles: [{ law: publishedId, articles: [1, 17] }] } as never,
    })
    const snapshot = await exportSnapshot(payload)
    const exported = snapshot.lectures.find((l) => l.id === lecture.id)!
    expect(exported.citedArticles).toEqual([{ lawKey: published.key, articles: [1, 17] }])
    expect(citedArticlesSchema.safeParse(exported.citedArticles).success).toBe(true)
  })

  it('gives REST readers each cited law’s key, but not the key of a law still in draft', async () => {
    const lecture = await payload.create({
      collection: 'lectures',
      data: { ...sample('lectures'), _status: 'published', citedArticles: [{ law: publishedId, articles: [17] }, { law: draftId, articles: [1] }] } as never,
    })
    const res = await api(`/api/lectures/${lecture.id}?depth=0`)
    expect(res.status).toBe(200)
    expect(res.body.citedArticles.map((c: { lawKey: string | null }) => c.lawKey)).toEqual([published.key, null])
    const asEditor = await api(`/api/lectures/${lecture.id}?depth=0`, { session: sessions.editor })
    expect(asEditor.body.citedArticles.map((c: { lawKey: string | null }) => c.lawKey)).toEqual([published.key, drafted.key])
    const snapshot = await exportSnapshot(payload)
    expect(snapshot.lectures.find((l) => l.id === lecture.id)!.citedArticles).toEqual([{ lawKey: published.key, articles: [17] }])
  })

  it('says in Chinese which cited articles the law does not have', async () => {
    const res = await api('/api/consultations', {
      method: 'POST',
      json: { ...sample('consultations'), _status: 'published', citedArticles: [{ law: publishedId, articles: [1, 99] }] },
      session: sessions.editor,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('《公开测试法》没有第九十九条')
  })
})

describe('explainers joined to the library', () => {
  const explainer = (extra: Record<string, unknown>) => ({
    title: `解读 ${Math.random().toString(36).slice(2, 8)}`,
    explanation: lexical(['通俗解读。']),
    _status: 'published',
    ...extra,
  })

  it('fills the article text and the law’s name from the library when left empty', async () => {
    const res = await api('/api/law-explainers', { method: 'POST', json: explainer({ lawKey: testLaw.key, articleNumber: 2, law: '随便写的名称' }), session: sessions.editor })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({ law: testLaw.title, articleText: '第二条　测试法第2条的内容。', chapter: '第一章 总则' })
  })

  it('refuses a law key the library does not have, and an article the law does not have, in Chinese', async () => {
    const noLaw = await api('/api/law-explainers', { method: 'POST', json: explainer({ lawKey: 'no-such-law', articleNumber: 1 }), session: sessions.editor })
    expect(noLaw.status).toBe(400)
    expect(JSON.stringify(noLaw.body)).toContain('法律法规库中没有代号为“no-such-law”的法律')
    const noArticle = await api('/api/law-explainers', { method: 'POST', json: explainer({ lawKey: testLaw.key, articleNumber: 999 }), session: sessions.editor })
    expect(noArticle.status).toBe(400)
    expect(JSON.stringify(noArticle.body)).toContain('《测试法》没有第九百九十九条')
  })
})

describe('deleting a law', () => {
  it('takes its articles with it', async () => {
    const id = await importFolder({ 'c.md': lawMarkdown(`中华人民共和国待删除测试法${run}`, [[1, '甲。'], [2, '乙。']]) }, { [`中华人民共和国待删除测试法${run}`]: `delete-test-${run}` })
    expect((await payload.count({ collection: 'law-articles', where: { law: { equals: id } } })).totalDocs).toBe(2)
    expect((await api(`/api/laws/${id}`, { method: 'DELETE', session: sessions.editor })).status).toBe(200)
    expect((await payload.count({ collection: 'law-articles', where: { law: { equals: id } } })).totalDocs).toBe(0)
  })
})
