/**
 * The law importer as staff use it: a folder of law texts goes into the library; a newer text of the same law
 * updates it in place and says what changed, in Chinese, on screen and in the law's import log; a file that
 * cannot be read is named with the reason while the others go in; a dry run writes nothing; one site build for
 * the whole import, not one per article.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importLaws, type ImportResult } from '../src/lawLibrary/import'
import { fallbackKey } from '../src/lawLibrary/keys'
import { scriptTransaction } from '../src/lib/sql'
import { SITE_BUILD_QUEUE } from '../src/publishing/queue'
import { lawMarkdown, testPayload } from './helpers'

let payload: Payload
const run = Math.random().toString(36).slice(2, 6)
const title = `中华人民共和国导入测试法${run}`
const short = `导入测试法${run}`
const key = `import-test-${run}`
const dirs: string[] = []

/** A folder of law files (relative path → content), with its own keys.json. */
function folder(files: Record<string, string>, keys: Record<string, string> = { [title]: key }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-laws-'))
  dirs.push(dir)
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), content)
  }
  fs.writeFileSync(path.join(dir, 'keys.json'), JSON.stringify(keys))
  return dir
}

const history1 = ['2007年6月29日 第二十八次会议通过', '2012年12月28日 第三十次会议《关于修改的决定》修正']
const history2 = [...history1, '2024年4月26日 第九次会议修订']
const v1: [number, string][] = [
  [1, '为了测试导入，制定本法。'],
  [2, '用人单位应当订立书面劳动合同。'],
  [3, '本条将被删除。'],
  [4, '本条保持不变。'],
]
// Article 2 reworded, article 3 gone, article 5 new; 1 and 4 as they were.
const v2: [number, string][] = [
  [1, '为了测试导入，制定本法。'],
  [2, '用人单位应当订立书面或者电子劳动合同。'],
  [4, '本条保持不变。'],
  [5, '本法自公布之日起施行。'],
]

const articles = async (lawId: number | string) =>
  (await payload.find({ collection: 'law-articles', where: { law: { equals: lawId } }, sort: 'position', limit: 0, pagination: false, depth: 0 })).docs

type Change = { action: string; title?: string }
const ofThisFile = (c: Change) => c.action === '导入法律法规' && Boolean(c.title?.includes(short))
/** Site builds that carry a change of this file's imports (one may have joined a build another file queued). */
const queuedImportBuilds = async () =>
  (await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 100, depth: 0 })).docs.filter((b) => ((b.changes as Change[] | null) ?? []).some(ofThisFile))

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  // The builds this file queued are not for the CMS server of the other files to run.
  const ours = new Set(
    (await queuedImportBuilds()).filter((b) => b.status === 'queued' && ((b.changes as Change[]) ?? []).every(ofThisFile)).map((b) => String(b.id)),
  )
  const jobs = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: SITE_BUILD_QUEUE } }, limit: 0, pagination: false, depth: 0 })
  for (const job of jobs.docs) if (ours.has(String((job.input as { buildId?: string } | null)?.buildId))) await payload.delete({ collection: 'payload-jobs', id: job.id })
  for (const id of ours) await payload.delete({ collection: 'site-builds', id })
})

describe('importing a folder of law texts', () => {
  let first: ImportResult
  let lawId: number | string
  let before: Awaited<ReturnType<typeof articles>>

  it('creates the law, published, with its articles in order and its dates from the history', async () => {
    const dir = folder({ '社会法/导入测试法.md': lawMarkdown(title, v1, { history: history1 }) })
    first = await importLaws(payload, dir)
    expect(first.failed).toEqual([])
    expect(first.laws[0]!.report).toBe(`《${short}》：首次导入，共 4 条`)
    const law = (await payload.find({ collection: 'laws', where: { key: { equals: key } }, depth: 0 })).docs[0]!
    lawId = law.id
    expect(law).toMatchObject({
      title,
      shortTitle: short,
      category: '社会法',
      _status: 'published',
      effectiveAt: '2007-06-29',
      amendedAt: '2012-12-28',
      source: '国家法律法规数据库 https://flk.npc.gov.cn',
    })
    expect(law.history).toHaveLength(2)
    before = await articles(lawId)
    expect(before.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条', '第四条'])
    expect(before[1]).toMatchObject({ number: 2, chapter: '第一章 总则', text: '用人单位应当订立书面劳动合同。' })
    // One build for the import, none per article.
    expect(first.buildId).toBeDefined()
    const changes = (await queuedImportBuilds()).flatMap((b) => (b.changes as Change[]).filter(ofThisFile))
    expect(changes).toHaveLength(1)
  })

  it('shows a dry run of a newer text without writing anything', async () => {
    const dir = folder({ '社会法/导入测试法.md': lawMarkdown(title, v2, { history: history2 }) })
    const lines: string[] = []
    const dry = await importLaws(payload, dir, { dryRun: true, log: (l) => lines.push(l) })
    expect(lines.join('\n')).toContain(`《${short}》：新增 1 条（第五条），修改 1 条（第二条），删除 1 条（第三条）`)
    expect(dry.buildId).toBeUndefined()
    expect((await articles(lawId)).map((a) => a.text)).toEqual(before.map((a) => a.text))
  })

  it('updates the law in place and reports what changed, old and new wording side by side', async () => {
    await new Promise((r) => setTimeout(r, 20)) // updatedAt has millisecond resolution
    const dir = folder({ '社会法/导入测试法.md': lawMarkdown(title, v2, { history: history2 }) })
    const result = await importLaws(payload, dir)
    const report = result.laws[0]!.report
    expect(report.split('\n')[0]).toBe(`《${short}》：新增 1 条（第五条），修改 1 条（第二条），删除 1 条（第三条）`)
    expect(report).toContain('第二条\n    原：用人单位应当订立书面劳动合同。\n    新：用人单位应当订立书面或者电子劳动合同。')
    expect(report).toContain('最近修改日期：2012-12-28 → 2024-04-26')
    expect(result.totals).toMatchObject({ updated: 1, added: 1, changed: 1, removed: 1 })

    const after = await articles(lawId)
    expect(after.map((a) => a.label)).toEqual(['第一条', '第二条', '第四条', '第五条'])
    const byLabel = (docs: typeof after, label: string) => docs.find((a) => a.label === label)!
    // The changed article keeps its id; unchanged ones are not written at all.
    expect(byLabel(after, '第二条').id).toBe(byLabel(before, '第二条').id)
    expect(byLabel(after, '第二条').text).toBe('用人单位应当订立书面或者电子劳动合同。')
    expect(byLabel(after, '第一条').updatedAt).toBe(byLabel(before, '第一条').updatedAt)
    // 第四条 moved up (position 4 → 3): rewritten, same id, not reported as a change of the law.
    expect(byLabel(after, '第四条').id).toBe(byLabel(before, '第四条').id)

    // Staff see the same summary in the admin, in the law's import log.
    const law = await payload.findByID({ collection: 'laws', id: lawId, depth: 0 })
    expect(law.imports).toHaveLength(2)
    expect(law.imports!.at(-1)).toMatchObject({ added: 1, changed: 1, removed: 1, files: '社会法/导入测试法.md' })
    expect(law.imports!.at(-1)!.summary).toContain('修改 1 条（第二条）')
    // One build request per import: two so far, whatever the number of articles.
    expect((await queuedImportBuilds()).flatMap((b) => (b.changes as Change[]).filter(ofThisFile))).toHaveLength(2)
  })

  it('changes nothing when the same text comes again', async () => {
    const dir = folder({ '社会法/导入测试法.md': lawMarkdown(title, v2, { history: history2 }) })
    const before2 = await articles(lawId)
    const again = await importLaws(payload, dir)
    expect(again.laws[0]!.status).toBe('unchanged')
    expect(again.laws[0]!.report).toBe(`《${short}》：无变化（4 条）`)
    expect(again.buildId).toBeUndefined()
    expect((await articles(lawId)).map((a) => a.updatedAt)).toEqual(before2.map((a) => a.updatedAt))
    expect((await payload.findByID({ collection: 'laws', id: lawId, depth: 0 })).imports).toHaveLength(2)
  })

  it('names a file it cannot use and why, imports the others, and fails the run', async () => {
    const other = `中华人民共和国另一测试法${run}`
    const dir = folder(
      {
        '行政法/坏文件.md': '这个文件没有标题，也没有条文。',
        '行政法/无条文.md': `# 中华人民共和国空法${run}\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n只有一段说明。\n`,
        '行政法/另一测试法.md': lawMarkdown(other, [[1, '第一条内容。']]),
        'README.md': '# 说明\n\n不是法律。',
        '案例/某案.md': lawMarkdown('某案例', [[1, '案例不是法律。']]),
      },
      {},
    )
    const result = await importLaws(payload, dir, { queueBuild: false })
    expect(result.failed.map((f) => f.file).sort()).toEqual(['行政法/坏文件.md', '行政法/无条文.md'])
    expect(result.failed.find((f) => f.file === '行政法/坏文件.md')!.reason).toContain('没有标题')
    expect(result.failed.find((f) => f.file === '行政法/无条文.md')!.reason).toContain('没有找到条文')
    // The good file went in, under the fallback key (no keys.json entry, not in laws/keys.json).
    expect(result.laws.map((l) => l.title)).toEqual([other])
    const law = (await payload.find({ collection: 'laws', where: { title: { equals: other } }, depth: 0 })).docs[0]!
    expect(law.key).toBe(fallbackKey(other))
    expect(law.key).toMatch(/^law-[0-9a-f]{8}$/)
  })

  it('keeps a new law as a draft with --draft, and the public cannot read it or its articles', async () => {
    const drafted = `中华人民共和国草稿测试法${run}`
    const dir = folder({ '导入.md': lawMarkdown(drafted, [[1, '草稿条文。']]) }, { [drafted]: `draft-test-${run}` })
    const result = await importLaws(payload, dir, { draft: true, queueBuild: false })
    expect(result.laws[0]!.report).toContain('草稿')
    const law = (await payload.find({ collection: 'laws', where: { title: { equals: drafted } }, draft: true, depth: 0 })).docs[0]!
    expect(law._status).toBe('draft')
    const publicLaws = await payload.find({ collection: 'laws', where: { id: { equals: law.id } }, overrideAccess: false })
    expect(publicLaws.docs).toHaveLength(0)
    const publicArticles = await payload.find({ collection: 'law-articles', where: { law: { equals: law.id } }, overrideAccess: false })
    expect(publicArticles.docs).toHaveLength(0)
  })

  it('writes a law whole or not at all: a failure halfway leaves nothing behind', async () => {
    const req = await createLocalReq({ context: { skipSiteBuild: true } }, payload)
    const rollback = `rollback-test-${run}`
    await expect(
      scriptTransaction(payload, req, async () => {
        const law = await payload.create({ collection: 'laws', data: { title: `中华人民共和国回滚测试法${run}`, key: rollback, _status: 'published' }, req })
        await payload.db.create({ collection: 'law-articles', data: { law: law.id, number: 1, label: '第一条', position: 1, text: '甲。' }, req })
        throw new Error('写到一半出错')
      }),
    ).rejects.toThrow('写到一半出错')
    expect((await payload.count({ collection: 'laws', where: { key: { equals: rollback } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'law-articles', where: { label: { equals: '第一条' }, text: { equals: '甲。' } } })).totalDocs).toBe(0)
  })

  it('reads a law in several files (the Civil Code’s books) as one law, in article order, with each book named', async () => {
    const code = `中华人民共和国分编测试法${run}`
    const dir = folder(
      {
        // File names sort the second book first: order comes from the articles.
        '民法典/乙编.md': lawMarkdown(code, [[3, '乙编第三条。'], [4, '乙编第四条。']], { subtitle: '乙编' }),
        '民法典/甲编.md': lawMarkdown(code, [[1, '甲编第一条。'], [2, '甲编第二条。']], { subtitle: '甲编' }),
      },
      { [code]: `books-test-${run}` },
    )
    const result = await importLaws(payload, dir, { queueBuild: false })
    expect(result.failed).toEqual([])
    expect(result.laws).toHaveLength(1)
    const docs = await articles(result.laws[0]!.id!)
    expect(docs.map((a) => [a.number, a.book])).toEqual([
      [1, '甲编'],
      [2, '甲编'],
      [3, '乙编'],
      [4, '乙编'],
    ])
  })
})
