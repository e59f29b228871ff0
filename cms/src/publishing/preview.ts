/**
 * Draft preview: GET /api/site-builds/preview/:collection/:id (admins and editors; the 预览 button
 * of every public content type points here). Builds a one-document site — the current draft, with
 * the site settings — with the real Astro components into a temp directory, and returns that
 * document's page with a "未发布预览" banner. Cached per document version.
 */
import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { documentPath, sitePages, snapshotCollections, type SiteSnapshot } from '@lawpoint/content-types'
import { isStaffUser } from '../access/roles'
import { repoRoot, siteRoot } from './paths'
import { lawsForSnapshot } from './snapshot'
import { env } from '../env'

const keyOf = Object.fromEntries(Object.entries(snapshotCollections).map(([k, v]) => [v, k])) as Record<string, keyof typeof snapshotCollections>


function build(snapshotFile: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/astro/astro.js'), 'build'], {
      cwd: siteRoot,
      env: { ...process.env, SNAPSHOT_FILE: snapshotFile, SNAPSHOT_STRICT: '1', OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}.cache`, MEDIA_DIR: env.MEDIA_DIR, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(err || `astro build 退出码 ${code}`))))
  })
}

/**
 * The law library in a preview: a law previews whole (as staff see it, drafts included); an explainer with the
 * article(s) it explains, so its article page can be built (not the whole law: a preview stays quick).
 */
async function previewLaws(req: PayloadRequest, collection: string, doc: Record<string, unknown>): Promise<SiteSnapshot['laws']> {
  const reader = { overrideAccess: false, user: req.user, draft: true }
  if (collection === 'laws') return (await lawsForSnapshot(req.payload, reader, { id: { equals: doc.id as number } })).map((l) => ({ ...l, _status: 'published' }))
  if (collection !== 'law-explainers' || typeof doc.lawKey !== 'string') return []
  const [law] = await lawsForSnapshot(req.payload, reader, { key: { equals: doc.lawKey } })
  if (!law) return []
  const first = doc.articleNumber as number
  const last = Math.max(first, (doc.articleNumberEnd as number | null) ?? first)
  return [{ ...law, _status: 'published', articles: law.articles.filter((a) => a.number >= first && a.number <= last) }]
}

export async function renderPreview(req: PayloadRequest, collection: string, id: string): Promise<Response> {
  const key = collection === 'laws' ? 'laws' : keyOf[collection]
  if (!key) return new Response('不支持预览的内容类型', { status: 400 })
  const { payload } = req
  const doc = (await payload.findByID({ collection: collection as 'news', id, draft: true, depth: 1, overrideAccess: false, user: req.user })) as unknown as
    Record<string, unknown> & { id: number | string; updatedAt?: string }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1 })
  const snapshot = {
    generatedAt: new Date().toISOString(),
    settings,
    synonyms: [],
    news: [],
    explainers: [],
    laws: await previewLaws(req, collection, doc),
    lectures: [],
    squareEvents: [],
    recaps: [],
    consultations: [],
    collectionPoints: [],
  } as unknown as SiteSnapshot
  const previewDoc = { ...doc, _status: 'published', seatsLeft: (doc as { capacity?: number }).capacity ?? null, waitlistCount: 0, participants: 0, opinionCount: 0 }
  if (key !== 'laws') (snapshot[key] as unknown[]) = [previewDoc]
  const hash = createHash('sha1').update(JSON.stringify(snapshot.settings)).update(JSON.stringify(previewDoc)).update(JSON.stringify(snapshot.laws)).digest('hex').slice(0, 12)
  const dir = path.join(os.tmpdir(), 'lawpoint-preview', `${collection}-${id}-${hash}`)
  const out = path.join(dir, 'dist')
  if (!fs.existsSync(path.join(dir, 'ok'))) {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot))
    try {
      await build(path.join(dir, 'snapshot.json'), out)
    } catch (error) {
      return new Response(`预览生成失败：\n${(error as Error).message}`, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    }
    fs.writeFileSync(path.join(dir, 'ok'), '')
  }
  const page = documentPath(collection, doc) ?? sitePages.home
  const file = path.join(out, page, 'index.html')
  if (!fs.existsSync(file)) return new Response(`预览中没有页面 ${page}`, { status: 404 })
  const banner =
    '<div style="position:sticky;top:0;z-index:9999;background:#b45309;color:#fff;padding:.5rem 1rem;font:600 15px/1.4 sans-serif">' +
    '未发布预览：这是草稿在网站上的样子，居民看不到。站内链接和搜索在预览中不可用。</div>'
  const html = fs.readFileSync(file, 'utf8').replace(/<body([^>]*)>/, `<body$1>${banner}`)
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' } })
}

export const previewEndpoint: Endpoint = {
  // Not `:collection`: Payload fills routeParams.collection with the owning collection (site-builds).
  path: '/preview/:type/:id',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return new Response('请先登录后台（管理员或编辑）', { status: 403 })
    const { type, id } = req.routeParams as { type: string; id: string }
    return renderPreview(req, type, id)
  },
}
