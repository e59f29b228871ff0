/**
 * What a new text of a law changes in the library, article by article. Pure. Articles are matched by their
 * label (第十条, 第十七条之一): a revision that renumbers shows, truthfully, as changed texts under the same labels.
 */
import type { LawArticle } from '@lawpoint/content-types'

/** An article as stored in the library. */
export interface StoredArticle {
  id: number | string
  number: number
  label: string
  book?: string | null
  part?: string | null
  chapter?: string | null
  section?: string | null
  text: string
  position: number
}

/** An article as the import would store it. */
export type IncomingArticle = LawArticle & { position: number }

export interface ArticleUpdate {
  before: StoredArticle
  after: IncomingArticle
}

export interface LawDiff {
  added: IncomingArticle[]
  /** The text changed. */
  changed: ArticleUpdate[]
  /** Same text, another place (number, 编/章/节, order): written, not reported as a change of the law. */
  moved: ArticleUpdate[]
  removed: StoredArticle[]
  unchanged: number
  /** Labels the source gives twice: the first is kept. */
  duplicates: string[]
}

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '') === (b ?? '')
const placeFields = ['number', 'book', 'part', 'chapter', 'section', 'position'] as const

export function diffArticles(stored: readonly StoredArticle[], source: readonly LawArticle[]): LawDiff {
  const incoming: IncomingArticle[] = []
  const seen = new Set<string>()
  const duplicates: string[] = []
  for (const a of source) {
    if (seen.has(a.label)) {
      duplicates.push(a.label)
      continue
    }
    seen.add(a.label)
    incoming.push({ ...a, position: incoming.length + 1 })
  }
  const byLabel = new Map(stored.map((a) => [a.label, a]))
  const diff: LawDiff = { added: [], changed: [], moved: [], removed: [], unchanged: 0, duplicates }
  for (const after of incoming) {
    const before = byLabel.get(after.label)
    if (!before) diff.added.push(after)
    else if (!same(before.text, after.text)) diff.changed.push({ before, after })
    else if (placeFields.some((f) => (f === 'number' || f === 'position' ? Number(before[f]) !== after[f] : !same(before[f], after[f]))))
      diff.moved.push({ before, after })
    else diff.unchanged++
  }
  diff.removed = stored.filter((a) => !seen.has(a.label)).sort((a, b) => a.position - b.position)
  return diff
}

/** True when the import has nothing to write for these articles. */
export const noArticleChanges = (d: LawDiff) => !d.added.length && !d.changed.length && !d.moved.length && !d.removed.length

/**
 * The part of two texts around their first difference, so a reader sees what changed without reading the whole
 * article: “…应当订立书面劳动合同。” → “…应当订立书面或者电子劳动合同。”.
 */
export function changeExcerpt(before: string, after: string, width = 60): { before: string; after: string } {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  const context = 12
  const from = Math.max(0, start - context)
  const cut = (s: string) => {
    const changedEnd = Math.min(s.length, s.length - end + context)
    const to = Math.min(changedEnd, from + width)
    return `${from > 0 ? '…' : ''}${s.slice(from, to).replace(/\n/g, '⏎')}${to < s.length ? '…' : ''}`
  }
  return { before: cut(before), after: cut(after) }
}
