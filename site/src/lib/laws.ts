/**
 * The law library as pages need it: every law with its articles, and what points at an article (explainers,
 * lectures, consultations), looked up by law key and article number. Built once per build from the snapshot
 * (lib/content.ts getLibrary), so a route with 25,000 article pages does one map lookup per page, never a scan.
 * Pure: no Astro, no files.
 */
import { articleLabel, type PublicConsultation, type PublicExplainer, type PublicLaw, type PublicLawArticle, type PublicLecture } from '@lawpoint/content-types'

/** An article; `also` holds the articles inserted after it under the same number (第十七条之一 …), shown on its page. */
export type LawArticle = PublicLawArticle & { also?: PublicLawArticle[] }
/** A law as the site shows it; `listed` is false for a law known only from its explainers (not in the snapshot's library). */
export type LibraryLaw = Pick<PublicLaw, 'key' | 'title' | 'shortTitle' | 'category' | 'history' | 'effectiveAt' | 'amendedAt' | 'source'> & {
  articles: LawArticle[]
  listed: boolean
}

/** The parts of a lecture or consultation an article page shows. */
type Citing = { citedArticles?: { lawKey: string; articles: number[] }[] | null }

export interface Library {
  /** Listed laws first, in category order, then laws known only from explainers. */
  laws: LibraryLaw[]
  law: (key: string) => LibraryLaw | undefined
  /** Explainers shown on this article's page (their first article is this one). */
  explainersAt: (key: string, n: number) => PublicExplainer[]
  /** Explainers of a run of articles that starts on another article's page, and covers this one. */
  coveringAt: (key: string, n: number) => PublicExplainer[]
  /** All explainers of a law, in article order. */
  explainersOf: (key: string) => PublicExplainer[]
  lecturesAt: (key: string, n: number) => PublicLecture[]
  consultationsAt: (key: string, n: number) => PublicConsultation[]
}

/** The seven branches of the Chinese legal system, the Civil Code after the Constitution; other categories follow by name. */
const categoryOrder = ['宪法', '宪法相关法', '民法典', '民法商法', '行政法', '经济法', '社会法', '刑法', '诉讼与非诉讼程序法']
export const otherCategory = '其他'
const categoryRank = (c: string) => (categoryOrder.includes(c) ? categoryOrder.indexOf(c) : categoryOrder.length)

/** 中华人民共和国劳动合同法 → 劳动合同法 */
export const shortTitleOf = (title: string) => title.replace(/^中华人民共和国/, '') || title
/** The articles an explainer covers: 第一千一百六十五条, or a run: 第一千一百条至第一千一百零二条. */
export const explainerLabel = (e: Pick<PublicExplainer, 'articleLabel' | 'articleNumber' | 'articleNumberEnd'>) =>
  e.articleNumberEnd && e.articleNumberEnd > e.articleNumber
    ? `${articleLabel(e.articleNumber)}至${articleLabel(e.articleNumberEnd)}`
    : e.articleLabel || articleLabel(e.articleNumber)
/** Texts from the CMS often repeat the label ("第十二条　…"): without it. */
export const withoutLabel = (text: string) => text.replace(/^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?(至第[零〇一二三四五六七八九十百千]+条)?[\s\u3000]*/, '')
/** Where an article sits: 侵权责任编 · 第一章 一般规定 */
export const placeOf = (a: Pick<LawArticle, 'book' | 'part' | 'chapter' | 'section'>) => [a.book, a.part, a.chapter, a.section].filter(Boolean).join(' · ')
/** The first words of an article, for a table of contents. */
export function firstWords(text: string, max = 24): string {
  const first = withoutLabel(text).split('\n')[0]!.trim()
  return [...first].length > max ? `${[...first].slice(0, max).join('')}…` : first
}

class Index<T> {
  private readonly byLaw = new Map<string, Map<number, T[]>>()
  add(key: string, n: number, item: T) {
    let law = this.byLaw.get(key)
    if (!law) this.byLaw.set(key, (law = new Map()))
    const list = law.get(n)
    if (list) {
      if (!list.includes(item)) list.push(item)
    } else law.set(n, [item])
  }
  get(key: string, n: number): T[] {
    return this.byLaw.get(key)?.get(n) ?? []
  }
}

function citedBy<T extends Citing>(docs: readonly T[]): Index<T> {
  const index = new Index<T>()
  for (const doc of docs) for (const c of doc.citedArticles ?? []) for (const n of c.articles) index.add(c.lawKey, n, doc)
  return index
}

export function buildLibrary(input: {
  laws: readonly PublicLaw[]
  explainers: readonly PublicExplainer[]
  lectures: readonly PublicLecture[]
  consultations: readonly PublicConsultation[]
}): Library {
  const byKey = new Map<string, LibraryLaw>()
  const listed = [...input.laws].sort((a, b) => categoryRank(a.category ?? otherCategory) - categoryRank(b.category ?? otherCategory)
    || (a.category ?? '').localeCompare(b.category ?? '', 'zh-CN') || a.title.localeCompare(b.title, 'zh-CN'))
  for (const law of listed) {
    if (byKey.has(law.key)) continue
    // One page per article number: 第十七条之一 shares 第十七条's number, and its page.
    const articles: LawArticle[] = []
    const byNumber = new Map<number, LawArticle>()
    for (const a of law.articles) {
      const first = byNumber.get(a.number)
      if (!first) {
        const own = { ...a }
        byNumber.set(a.number, own)
        articles.push(own)
      } else first.also = [...(first.also ?? []), a]
    }
    byKey.set(law.key, { key: law.key, title: law.title, shortTitle: law.shortTitle || shortTitleOf(law.title), category: law.category,
      history: law.history, effectiveAt: law.effectiveAt, amendedAt: law.amendedAt, source: law.source, articles, listed: true })
  }

  const explainers = [...input.explainers].sort((a, b) => a.lawKey.localeCompare(b.lawKey) || a.articleNumber - b.articleNumber || a.id - b.id)
  const at = new Index<PublicExplainer>()
  const covering = new Index<PublicExplainer>()
  const ofLaw = new Map<string, PublicExplainer[]>()
  // An explainer whose law or article is not in the library (an older snapshot, a law not imported yet) still
  // gets its page: the article comes from the explainer itself.
  const added = new Map<string, Map<number, LawArticle>>()
  for (const e of explainers) {
    let law = byKey.get(e.lawKey)
    if (!law) {
      law = { key: e.lawKey, title: e.law, shortTitle: shortTitleOf(e.law), category: null, articles: [], listed: false }
      byKey.set(e.lawKey, law)
    }
    at.add(e.lawKey, e.articleNumber, e)
    for (let n = e.articleNumber + 1; n <= (e.articleNumberEnd ?? 0); n++) covering.add(e.lawKey, n, e)
    const list = ofLaw.get(e.lawKey)
    if (list) list.push(e)
    else ofLaw.set(e.lawKey, [e])
    let extra = added.get(e.lawKey)
    if (!extra) added.set(e.lawKey, (extra = new Map(law.articles.map((a) => [a.number, a]))))
    if (!extra.has(e.articleNumber))
      extra.set(e.articleNumber, { number: e.articleNumber, label: e.articleLabel || articleLabel(e.articleNumber), book: e.book, part: e.part,
        chapter: e.chapter, section: e.section, text: withoutLabel(e.articleText) })
  }
  for (const [key, articles] of added) {
    const law = byKey.get(key)!
    if (articles.size !== law.articles.length) byKey.set(key, { ...law, articles: [...articles.values()].sort((a, b) => a.number - b.number) })
  }

  const lectures = citedBy(input.lectures)
  const consultations = citedBy(input.consultations)
  return {
    laws: [...byKey.values()].sort((a, b) => Number(b.listed) - Number(a.listed)),
    law: (key) => byKey.get(key),
    explainersAt: (key, n) => at.get(key, n),
    coveringAt: (key, n) => covering.get(key, n).filter((e) => !at.get(key, n).includes(e)),
    explainersOf: (key) => ofLaw.get(key) ?? [],
    lecturesAt: (key, n) => lectures.get(key, n),
    consultationsAt: (key, n) => consultations.get(key, n),
  }
}

/** Laws grouped by category, in the library's order. */
export function byCategory(laws: readonly LibraryLaw[]): { category: string; laws: LibraryLaw[] }[] {
  const groups = new Map<string, LibraryLaw[]>()
  for (const law of laws) {
    const c = law.category || otherCategory
    const list = groups.get(c)
    if (list) list.push(law)
    else groups.set(c, [law])
  }
  return [...groups].map(([category, list]) => ({ category, laws: list }))
}

export type OutlineLevel = 'book' | 'part' | 'chapter' | 'section'
const levels: OutlineLevel[] = ['book', 'part', 'chapter', 'section']
const levelPrefix: Record<OutlineLevel, string> = { book: 'b', part: 'p', chapter: 'c', section: 's' }

export interface OutlineNode {
  level: OutlineLevel
  name: string
  /** Anchor on the table of contents: level and first article (b-1164, c-1165 …). */
  id: string
  /** 2 for the top level of this law, one more per level below (heading levels never skip). */
  depth: number
  first: number
  last: number
  /** Articles and sub-divisions, in the law's order. */
  items: (OutlineNode | LawArticle)[]
}

export const isNode = (item: OutlineNode | LawArticle): item is OutlineNode => 'items' in item

/**
 * A law's structure (编 / 分编 / 章 / 节) as a tree, in article order. Levels a law does not use are skipped,
 * so a law with chapters only has the chapters at the top.
 */
export function outline(articles: readonly LawArticle[]): (OutlineNode | LawArticle)[] {
  const root: (OutlineNode | LawArticle)[] = []
  // The divisions the previous article was in, from the top (a new book closes the chapters of the previous one).
  let open: OutlineNode[] = []
  for (const a of articles) {
    const path = levels.filter((l) => a[l])
    const next: OutlineNode[] = []
    let items = root
    let same = true
    for (const level of path) {
      const name = a[level]!
      const current = same ? open[next.length] : undefined
      let node: OutlineNode
      if (current && current.level === level && current.name === name) node = current
      else {
        same = false
        node = { level, name, id: `${levelPrefix[level]}-${a.number}`, depth: next.length + 2, first: a.number, last: a.number, items: [] }
        items.push(node)
      }
      node.last = a.number
      next.push(node)
      items = node.items
    }
    open = next
    items.push(a)
  }
  return root
}

/** Article numbers as a short range for people: 第1164—1258条 */
export const rangeLabel = (first: number, last: number) => (first === last ? `第${first}条` : `第${first}—${last}条`)
