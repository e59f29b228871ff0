/**
 * The importer's pure parts on real texts: dates from the shipped laws' histories, the folder rules (versions,
 * books, skipped folders), matching articles by label (第十七条之一), and the excerpt of a changed article.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { changeExcerpt, diffArticles, type StoredArticle } from '../src/lawLibrary/diff'
import { readLawFolder } from '../src/lawLibrary/files'
import { historyLines, lawDates } from '../src/lawLibrary/history'
import { keysFor } from '../src/lawLibrary/keys'
import { lawsDir } from '../src/seed/paths'
import { lawMarkdown } from './helpers'

const shipped = (rel: string) => fs.readFileSync(path.join(lawsDir, rel), 'utf8')

describe('history and dates', () => {
  it('reads adoption, stated entry into force and the latest amendment from the shipped texts', () => {
    expect(lawDates(historyLines(shipped('民法典/总则.md')))).toEqual({ adoptedAt: '2020-05-28', effectiveAt: '2021-01-01' })
    expect(lawDates(historyLines(shipped('社会法/劳动合同法(2012-12-28).md')))).toEqual({
      adoptedAt: '2007-06-29',
      effectiveAt: '2007-06-29',
      amendedAt: '2012-12-28',
    })
    // The Constitution: 公布施行 on adoption day; its amendments are “通过的《…修正案》”.
    expect(lawDates(historyLines(shipped('宪法/宪法.md')))).toMatchObject({ effectiveAt: '1982-12-04', amendedAt: '2018-03-11' })
  })

  it('joins a history line the source wrapped and leaves out the title printed again', () => {
    const md = '# 中华人民共和国某法\n\n中华人民共和国\n某法\n\n2001年1月1日 第一次会议通过\n\n2009年8月27日 第十次会议《关于修改部分法律\n的决定》修正\n\n<!-- INFO END -->\n'
    expect(historyLines(md)).toEqual(['2001年1月1日 第一次会议通过', '2009年8月27日 第十次会议《关于修改部分法律的决定》修正'])
  })
})

describe('reading a folder', () => {
  it('finds every shipped law: the Civil Code as one law of eight books, cases and index files left out', () => {
    const { laws, failed, skipped } = readLawFolder(lawsDir)
    expect(failed).toEqual([])
    expect(skipped).toEqual([])
    expect(laws).toHaveLength(Object.keys(JSON.parse(shipped('keys.json'))).length)
    const code = laws.find((l) => l.title === '中华人民共和国民法典')!
    expect(code.files).toHaveLength(8)
    expect(code.articles).toHaveLength(1260)
    expect(code.articles.map((a) => a.number)).toEqual(Array.from({ length: 1260 }, (_, i) => i + 1))
    expect(code.articles[0]!.book).toBe('总则')
    expect(code.articles[1164]).toMatchObject({ number: 1165, book: '侵权责任编', chapter: '第一章 一般规定' })
    expect(code.category).toBe('民法典')
    // Every shipped law has its key in laws/keys.json.
    const { keys } = keysFor(fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-keys-')), path.join(lawsDir, 'keys.json'))
    for (const law of laws) expect(keys[law.title], law.title).toMatch(/^[a-z0-9-]+$/)
  })

  it('takes the newer of two versions of one law and says which file it left out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-versions-'))
    fs.writeFileSync(path.join(dir, '某法(2018-10-26).md'), lawMarkdown('中华人民共和国某法', [[1, '旧文本。']], { history: ['2018年10月26日 会议通过'] }))
    fs.writeFileSync(path.join(dir, '某法(2022-10-30).md'), lawMarkdown('中华人民共和国某法', [[1, '新文本。']], { history: ['2018年10月26日 会议通过', '2022年10月30日 会议修订'] }))
    const { laws, skipped } = readLawFolder(dir)
    expect(laws).toHaveLength(1)
    expect(laws[0]!.articles[0]!.text).toBe('新文本。')
    expect(skipped).toEqual([{ file: '某法(2018-10-26).md', reason: expect.stringContaining('采用较新的 某法(2022-10-30).md') }])
  })
})

describe('matching articles', () => {
  const stored = (label: string, number: number, text: string, position: number): StoredArticle => ({ id: position, label, number, text, position, chapter: null })

  it('tells 第十七条之一 from 第十七条 though they share a number', () => {
    const diff = diffArticles(
      [stored('第十七条', 17, '甲', 1), stored('第十七条之一', 17, '乙', 2)],
      [
        { number: 17, label: '第十七条', text: '甲' },
        { number: 17, label: '第十七条之一', text: '乙（修改）' },
        { number: 17, label: '第十七条之二', text: '丙' },
      ],
    )
    expect(diff.changed.map((c) => c.before.id)).toEqual([2])
    expect(diff.added.map((a) => a.label)).toEqual(['第十七条之二'])
    expect(diff.unchanged).toBe(1)
  })

  it('keeps the first of a label given twice and says so', () => {
    const diff = diffArticles([], [
      { number: 1, label: '第一条', text: '甲' },
      { number: 1, label: '第一条', text: '乙' },
    ])
    expect(diff.added).toHaveLength(1)
    expect(diff.duplicates).toEqual(['第一条'])
  })

  it('shows a long changed article around its change', () => {
    const head = '劳动者有下列情形之一的，用人单位可以解除劳动合同：'.repeat(4)
    const e = changeExcerpt(`${head}严重违反用人单位的规章制度的。`, `${head}严重违反用人单位依法制定的规章制度的。`)
    expect(e.before.startsWith('…')).toBe(true)
    expect(e.before).toContain('严重违反用人单位的规章')
    expect(e.after).toContain('严重违反用人单位依法制定的规章')
    expect(e.after.length).toBeLessThan(70)
  })
})
