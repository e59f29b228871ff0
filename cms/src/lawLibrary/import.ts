/**
 * Imports a folder of law texts into the library (laws + law-articles) and says, in Chinese, what changed.
 *
 * - Each law is matched by its title and written in one transaction: the law (Local API: validation, versions,
 *   drafts) and only the articles that differ — changed ones updated in place (same ids), new ones added, those
 *   no longer in the text deleted. Unchanged articles are not written at all.
 * - The report of each law is printed and appended to the law's import log (laws.imports).
 * - No site build per document (context.skipSiteBuild): one build is queued at the end when something public
 *   changed. --dry-run reads and reports, writes nothing, queues nothing.
 * - A new law is published unless --draft (then staff publish it in the admin after a look); an existing law
 *   keeps its publication state: the importer never publishes or withdraws a law staff have decided about.
 */
import path from 'node:path'
import { createLocalReq, type Payload, type PayloadRequest, type RequestContext } from 'payload'
import type { Law } from '@lawpoint/content-types'
import { scriptTransaction } from '../lib/sql'
import { requestBuild } from '../publishing/queue'
import { lawsDir } from '../seed/paths'
import { diffArticles, noArticleChanges, type LawDiff, type StoredArticle } from './diff'
import { readLawFolder, type FileProblem, type SourceLaw } from './files'
import { defaultLawSource } from './history'
import { keysFor, resolveKey } from './keys'
import { lawReport } from './report'
import { writeArticles } from './write'

export interface ImportOptions {
  /** Report only: nothing is written, no build is queued. */
  dryRun?: boolean
  /** New laws are created as drafts (existing laws keep their state). */
  draft?: boolean
  /** Queue one site build at the end when something public changed (default: yes, unless dryRun). */
  queueBuild?: boolean
  /** The shipped keys (default laws/keys.json). */
  shippedKeys?: string
  /** What the import log says ran it. */
  by?: string
  /** Each law's report as it is done. */
  log?: (text: string) => void
  context?: RequestContext
}

export type LawStatus = 'created' | 'updated' | 'unchanged' | 'failed'

export interface LawOutcome {
  title: string
  shortTitle: string
  key: string
  id?: number | string
  status: LawStatus
  /** Published after the import (a public change). */
  published: boolean
  diff?: LawDiff
  report: string
  files: string[]
}

export interface ImportResult {
  laws: LawOutcome[]
  /** Files that could not be imported, and laws whose writing failed: the command exits non-zero. */
  failed: FileProblem[]
  skipped: FileProblem[]
  totals: { laws: number; created: number; updated: number; unchanged: number; added: number; changed: number; removed: number }
  /** The queued site build, if one was. */
  buildId?: number | string
  ms: number
}

type ExistingLaw = Pick<Law, 'id' | 'title' | 'shortTitle' | 'key' | 'category' | 'history' | 'effectiveAt' | 'amendedAt' | 'imports' | '_status'>

/** The law's own fields as the files give them (category only when the files are in a category folder). */
function lawFields(law: SourceLaw, key: string) {
  return {
    title: law.title,
    shortTitle: law.shortTitle,
    key,
    ...(law.category ? { category: law.category } : {}),
    history: law.history,
    effectiveAt: law.effectiveAt ?? null,
    amendedAt: law.amendedAt ?? null,
  }
}

const fieldLabels: Record<string, string> = {
  key: '网址代号',
  shortTitle: '简称',
  category: '分类',
  history: '沿革',
  effectiveAt: '施行日期',
  amendedAt: '最近修改日期',
}

/** The law's own fields that the import changes, as report lines. */
function changedFields(existing: ExistingLaw, fields: ReturnType<typeof lawFields>): string[] {
  const out: string[] = []
  for (const [name, label] of Object.entries(fieldLabels)) {
    if (!(name in fields)) continue
    const next = fields[name as keyof typeof fields]
    const prev = existing[name as keyof ExistingLaw]
    if (name === 'history') {
      if (JSON.stringify(prev ?? []) !== JSON.stringify(next ?? [])) out.push(`${label}已更新（${(next as string[]).length} 项）`)
    } else if ((prev ?? '') !== (next ?? '')) out.push(`${label}：${prev || '（空）'} → ${next || '（空）'}`)
  }
  return out
}

/** A law's articles as stored, in order (through the adapter: the Local API's per-document walk adds nothing here). */
async function storedArticles(payload: Payload, law: number | string, req: PayloadRequest): Promise<StoredArticle[]> {
  const { docs } = await payload.db.find({
    collection: 'law-articles',
    where: { law: { equals: law } },
    limit: 0,
    pagination: false,
    select: { number: true, label: true, book: true, part: true, chapter: true, section: true, text: true, position: true },
    req,
  })
  return (docs as unknown as StoredArticle[]).sort((a, b) => a.position - b.position)
}

const lawSelect = { title: true, shortTitle: true, key: true, category: true, history: true, effectiveAt: true, amendedAt: true, imports: true, _status: true } as const

export async function importLaws(payload: Payload, folder: string, options: ImportOptions = {}): Promise<ImportResult> {
  const started = Date.now()
  const { dryRun = false, draft = false, log = () => {} } = options
  const context: RequestContext = { ...options.context, skipSiteBuild: true }
  const { keys } = keysFor(folder, options.shippedKeys ?? path.join(lawsDir, 'keys.json'))
  const read = readLawFolder(folder)
  const failed = [...read.failed]
  const outcomes: LawOutcome[] = []
  // The whole library in one query (drafts included): laws by title, and which law holds which key.
  const library = (
    await payload.find({ collection: 'laws', draft: true, limit: 0, pagination: false, depth: 0, joins: false, select: lawSelect, overrideAccess: true })
  ).docs as ExistingLaw[]
  const byTitle = new Map(library.map((l) => [l.title, l]))
  const keyHolders = new Map(library.map((l) => [l.key, l.title]))

  for (const source of read.laws) {
    const req = await createLocalReq({ context }, payload)
    const name = `《${source.shortTitle}》`
    let key = ''
    try {
      const existing = byTitle.get(source.title)
      key = resolveKey(source.title, keys, existing?.key)
      // One key, one law: a key another law holds (in the library, or earlier in this import) stops this one.
      const holder = keyHolders.get(key)
      if (holder && holder !== source.title) throw new Error(`网址代号 ${key} 已被《${holder}》使用，请在 keys.json 中为本法指定另一个代号`)
      if (existing?.key && existing.key !== key) keyHolders.delete(existing.key)
      keyHolders.set(key, source.title)

      const stored = existing ? await storedArticles(payload, existing.id, req) : []
      const diff = diffArticles(stored, source.articles)
      const fields = lawFields(source, key)
      const fieldChanges = existing ? changedFields(existing, fields) : []
      const isNew = !existing
      const report = lawReport({ shortTitle: source.shortTitle, isNew, diff, fieldChanges, draft })
      const published = existing ? existing._status === 'published' : !draft

      if (existing && noArticleChanges(diff) && !fieldChanges.length) {
        const text = `${name}：无变化（${diff.unchanged} 条）`
        outcomes.push({ title: source.title, shortTitle: source.shortTitle, key, id: existing.id, status: 'unchanged', published, diff, report: text, files: source.files })
        log(text)
        continue
      }
      if (dryRun) {
        outcomes.push({ title: source.title, shortTitle: source.shortTitle, key, id: existing?.id, status: isNew ? 'created' : 'updated', published, diff, report, files: source.files })
        log(report)
        continue
      }

      const entry = {
        importedAt: new Date().toISOString(),
        files: source.files.join('\n'),
        added: diff.added.length,
        changed: diff.changed.length,
        removed: diff.removed.length,
        summary: options.by ? `${report}\n（${options.by}）` : report,
      }
      const id = await scriptTransaction(payload, req, async () => {
        let lawId: number | string
        if (existing) {
          lawId = (
            await payload.update({
              collection: 'laws',
              id: existing.id,
              data: { ...fields, _status: existing._status ?? 'published', imports: [...(existing.imports ?? []), entry] },
              draft: existing._status !== 'published',
              depth: 0,
              req,
            })
          ).id
        } else {
          lawId = (
            await payload.create({
              collection: 'laws',
              data: { ...fields, source: defaultLawSource, _status: draft ? 'draft' : 'published', imports: [entry] },
              draft,
              depth: 0,
              req,
            })
          ).id
        }
        await writeArticles(payload, lawId, diff, req)
        return lawId
      })
      outcomes.push({ title: source.title, shortTitle: source.shortTitle, key, id, status: isNew ? 'created' : 'updated', published, diff, report, files: source.files })
      log(report)
    } catch (error) {
      const reason = `${name}导入失败，未作改动：${(error as Error).message}`
      failed.push({ file: source.files.join('、'), reason })
      outcomes.push({ title: source.title, shortTitle: source.shortTitle, key, status: 'failed', published: false, report: reason, files: source.files })
      log(reason)
    }
  }

  const sum = (f: (d: LawDiff) => number) => outcomes.reduce((n, o) => n + (o.diff && o.status !== 'unchanged' ? f(o.diff) : 0), 0)
  const count = (s: LawStatus) => outcomes.filter((o) => o.status === s).length
  const result: ImportResult = {
    laws: outcomes,
    failed,
    skipped: read.skipped,
    totals: {
      laws: outcomes.length,
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      added: sum((d) => d.added.length),
      changed: sum((d) => d.changed.length),
      removed: sum((d) => d.removed.length),
    },
    ms: 0,
  }
  // One site build for the whole import, when a published law changed.
  const publicChanges = outcomes.filter((o) => (o.status === 'created' || o.status === 'updated') && o.published)
  if (!dryRun && (options.queueBuild ?? true) && publicChanges.length) {
    const title = publicChanges.length === 1 ? publicChanges[0]!.shortTitle : `${publicChanges[0]!.shortTitle}等 ${publicChanges.length} 部法律`
    result.buildId = await requestBuild(payload, { action: '导入法律法规', collection: 'laws', title, by: options.by })
  }
  result.ms = Date.now() - started
  return result
}
