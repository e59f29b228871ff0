/**
 * The publishing pipeline end to end, against the running CMS: publish through the REST API, wait
 * for the real build (snapshot → Astro → Pagefind → validation → atomic switch), then find the page
 * in the served site and in its search index; a failing build leaves the site as it was and reports
 * why; quick successive edits coalesce.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { loadLocalIndex } from '@lawpoint/site/lib/search/local'
import { runSearch } from '@lawpoint/site/lib/search/run'
import { lexical } from '../src/seed/lexical'
import { makeUsers, password, testPayload } from './helpers'
import { api, login, type Session } from './rest'

const buildsDir = () => inject('siteBuildsDir')
const live = () => path.join(buildsDir(), 'live')

let editor: Session
let server: http.Server
let siteUrl = ''

/** The bundled server's behaviour: follows the live link on every request. */
function serveLive() {
  return http.createServer((req, res) => {
    const root = fs.realpathSync(live())
    sirv(root, { dev: true })(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  })
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v) return v
    if (Date.now() > deadline) throw new Error(`等待超时：${what}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

type Build = { id: number | string; status: string; changes?: { collection?: string; id?: number | string; action: string; at?: string }[]; error?: string; outputDir?: string }

async function builds(): Promise<Build[]> {
  const res = await api('/api/site-builds?limit=100&sort=-createdAt&depth=0', { session: editor })
  expect(res.status).toBe(200)
  return res.body.docs
}

/** The newest build that includes a change to this document, once it has finished. */
const finishedBuildWith = (collection: string, id: number | string) =>
  waitFor(`包含 ${collection}#${id} 的构建完成`, async () => {
    const b = (await builds()).find((b) => b.changes?.some((c) => c.collection === collection && String(c.id) === String(id)))
    return b && (b.status === 'live' || b.status === 'superseded' || b.status === 'failed') ? b : undefined
  })

const publishNews = async (title: string, text: string) => {
  const res = await api('/api/news', {
    method: 'POST',
    session: editor,
    json: { title, category: 'work', body: lexical([text]), _status: 'published' },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; slug: string }
}

beforeAll(async () => {
  const payload = await testPayload()
  await makeUsers(payload, 'build')
  editor = await login('editor-build@test.local', password('editor', 'build'))
  server = serveLive()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  siteUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})

afterAll(async () => {
  await new Promise((r) => server?.close(r))
})

describe('publishing pipeline', () => {
  let firstLive = ''
  let published: { id: number; slug: string }

  it('a published document appears in the served site and its search index', async () => {
    published = await publishNews('发布流水线测试新闻 Qzpipeline', '江海区联系点组织群众学习 Qzpipeline 测试内容')
    const build = await finishedBuildWith('news', published.id)
    expect(build.status, build.error).toBe('live')
    firstLive = build.outputDir!

    const page = await waitFor('页面可访问', async () => {
      const res = await fetch(`${siteUrl}/news/${published.slug}/`)
      return res.status === 200 ? res.text() : undefined
    })
    expect(page).toContain('发布流水线测试新闻')

    // The live build's search index finds it (the site's own runtime over the built files).
    const found = await runSearch(await loadLocalIndex(fs.realpathSync(live())), 'qzpipeline')
    expect(found.hits.map((h) => h.url)).toContain(`/news/${published.slug}/`)

    // The admin sees it: status, duration, what triggered it.
    const res = await api(`/api/site-builds/${build.id}`, { session: editor })
    expect(res.body).toMatchObject({ status: 'live', trigger: expect.stringContaining('发布') })
    expect(res.body.durationMs).toBeGreaterThan(0)
  }, 400_000)

  it('a build that fails leaves the previous site served and reports the failure', async () => {
    // Personal data in a news item: validation must refuse the build.
    const leaky = await publishNews('含个人信息的测试新闻', '联系人手机 13912345678')
    const build = await finishedBuildWith('news', leaky.id)
    expect(build.status).toBe('failed')
    expect(build.error).toContain('手机号')
    expect(fs.realpathSync(live())).toContain(firstLive)
    const res = await fetch(`${siteUrl}/news/${leaky.slug}/`)
    expect(res.status).toBe(404)
    expect((await fetch(`${siteUrl}/news/${published.slug}/`)).status).toBe(200)

    // Deleting it (it is published) triggers a build that passes again.
    const del = await api(`/api/news/${leaky.id}`, { method: 'DELETE', session: editor })
    expect(del.status).toBe(200)
    const after = await finishedBuildWith('news', leaky.id).then(async () =>
      waitFor('删除后的构建上线', async () => {
        const b = (await builds()).find((b) => b.changes?.some((c) => c.action === '删除' && String(c.id) === String(leaky.id)))
        return b && b.status !== 'queued' && b.status !== 'running' ? b : undefined
      }),
    )
    expect(after.status, after.error).toBe('live')
  }, 400_000)

  it('an editor previews a draft as the site will show it; residents cannot, and it stays off the site', async () => {
    const res = await api('/api/news', { method: 'POST', session: editor, json: { title: '预览测试草稿 Qzpreview', category: 'work', body: lexical(['草稿正文 Qzpreview']), _status: 'draft' } })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const { id, slug } = res.body.doc as { id: number; slug: string }
    const preview = await api(`/api/site-builds/preview/news/${id}`, { session: editor })
    expect(preview.status, String(preview.body).slice(0, 500)).toBe(200)
    expect(preview.headers.get('content-type')).toContain('text/html')
    expect(preview.body).toContain('未发布预览')
    expect(preview.body).toContain('预览测试草稿 Qzpreview')
    expect(preview.body).toContain('草稿正文 Qzpreview')
    expect((await api(`/api/site-builds/preview/news/${id}`)).status).toBe(403)
    expect((await fetch(`${siteUrl}/news/${slug}/`)).status).toBe(404)
  }, 300_000)

  it('a changed image (new alt text) rebuilds the site; a fresh upload alone does not', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    const fd = new FormData()
    fd.set('_payload', JSON.stringify({ alt: '测试图片' }))
    fd.set('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'pixel.png')
    const up = await api('/api/media', { method: 'POST', body: fd, session: editor })
    expect(up.status, JSON.stringify(up.body)).toBe(201)
    const id = up.body.doc.id as number
    const updated = await api(`/api/media/${id}`, { method: 'PATCH', json: { alt: '测试图片（新的说明）' }, session: editor })
    expect(updated.status).toBe(200)
    const build = await finishedBuildWith('media', id)
    expect(build.status, build.error).toBe('live')
    expect(build.changes!.filter((c) => c.collection === 'media' && String(c.id) === String(id)).map((c) => c.action)).toEqual(['更新'])
  }, 300_000)

  it('a recap’s photos reach the live site: responsive files under content-hashed names, with their alt text', async () => {
    const sharp = (await import('sharp')).default
    const ids: number[] = []
    for (const [i, alt] of ['志愿者为居民签到', '律师讲解民法典'].entries()) {
      const jpeg = await sharp({ create: { width: 2000, height: 1333, channels: 3, background: i ? '#a33' : '#36c' } }).jpeg().toBuffer()
      const fd = new FormData()
      fd.set('_payload', JSON.stringify({ alt, caption: i ? null : '江翠社区' }))
      fd.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `photo-${i}.jpg`)
      const up = await api('/api/media', { method: 'POST', body: fd, session: editor })
      expect(up.status, JSON.stringify(up.body)).toBe(201)
      // The CMS makes the site's sizes as WebP.
      expect(up.body.doc.sizes.card).toMatchObject({ width: 768, mimeType: 'image/webp' })
      ids.push(up.body.doc.id)
    }
    const slug = `photo-recap-${Date.now()}`
    const recap = await api('/api/recaps', { method: 'POST', session: editor, json: { title: '照片回顾 Qzphotos', slug, body: lexical(['活动照片如下。']), gallery: ids, _status: 'published' } })
    expect(recap.status, JSON.stringify(recap.body)).toBe(201)
    const build = await finishedBuildWith('recaps', recap.body.doc.id)
    expect(build.status, build.error).toBe('live')
    const html = await (await fetch(`${siteUrl}/recaps/${slug}/`)).text()
    const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]).filter((t) => t.includes('/media/'))
    expect(imgs.some((t) => t.includes('alt="志愿者为居民签到"') && /srcset="\/media\/[0-9a-f]{20}\.webp 768w, \/media\/[0-9a-f]{20}\.webp 1600w"/.test(t))).toBe(true)
    for (const src of new Set(imgs.map((t) => /src="([^"]+)"/.exec(t)![1]!))) {
      const res = await fetch(siteUrl + src)
      expect(res.status, src).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/webp')
    }
    expect(html).toContain('江翠社区')
  }, 300_000)

  it('ten quick edits make one or two builds; drafts do not build', async () => {
    const before = (await builds()).length
    const t0 = new Date().toISOString()
    // A draft saved on a published document changes nothing public.
    const draft = await api(`/api/news/${published.id}?draft=true`, { method: 'PATCH', session: editor, json: { title: '草稿标题，不应上线' } })
    expect(draft.status).toBe(200)
    for (let i = 0; i < 10; i++) {
      const res = await api(`/api/news/${published.id}`, {
        method: 'PATCH',
        session: editor,
        json: { title: `快速修改 ${i} Qzpipeline`, _status: 'published' },
      })
      expect(res.status).toBe(200)
    }
    const settled = await waitFor('快速修改后的构建结束', async () => {
      const all = await builds()
      const mine = all.filter((b) => b.changes?.some((c) => c.collection === 'news' && String(c.id) === String(published.id) && c.at! >= t0))
      return mine.length && mine.every((b) => b.status !== 'queued' && b.status !== 'running') ? mine : undefined
    })
    expect(settled.length).toBeGreaterThanOrEqual(1)
    expect(settled.length).toBeLessThanOrEqual(2)
    // The first publish after the draft counts as 发布 (the latest version was a draft), the rest as 更新.
    const edits = settled.flatMap((b) => b.changes ?? []).filter((c) => String(c.id) === String(published.id) && c.at! >= t0)
    expect(edits).toHaveLength(10)
    expect((await builds()).length - before).toBeLessThanOrEqual(2)
    const page = await (await fetch(`${siteUrl}/news/${published.slug}/`)).text()
    expect(page).toContain('快速修改 9 Qzpipeline')
    expect(page).not.toContain('草稿标题')
  }, 400_000)

  it('“rebuild now” is for staff only', async () => {
    expect((await api('/api/site-builds/rebuild', { method: 'POST' })).status).toBe(403)
    const res = await api('/api/site-builds/rebuild', { method: 'POST', session: editor })
    expect(res.status).toBe(202)
    const b = await waitFor('手动重建完成', async () => {
      const found = (await builds()).find((x) => String(x.id) === String(res.body.id))
      return found && found.status !== 'queued' && found.status !== 'running' ? found : undefined
    })
    expect(b.status, b.error).toBe('live')
  }, 400_000)
})
