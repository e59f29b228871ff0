/**
 * Turns what a resident types into a query plan: AND over groups, each group an OR over
 * alternatives (the words typed, then synonym rewrites), each alternative an AND of exact Han
 * phrases and other words.
 *   "隐私权 第1032条" → [隐私权] AND [第一千零三十二条]
 *   "彩礼"            → [彩礼 | 借婚姻索取财物]           (with a synonym entry 彩礼 → 借婚姻索取财物)
 *   "GDP 统计"        → [gdp] AND [统计]
 */
import { hanRuns, hanChar } from './han'
import { normaliseArticleNumbers } from './numbers'
import { expandRun, type SynonymEntry } from './synonyms'

export interface Alternative {
  /** The wording, for display and for the ranking search. */
  text: string
  /** Han runs that must each occur in the page, exactly. */
  phrases: string[]
  /** Other words (Latin, digits), matched by Pagefind's ordinary search. */
  words: string[]
  /** True for a synonym rewrite, false for what was typed. */
  synonym: boolean
}

export interface Group {
  source: string
  alternatives: Alternative[]
}

export interface QueryPlan {
  /** The query after NFKC, quote removal and article-number normalisation. */
  normalised: string
  groups: Group[]
}

const quotes = /["'“”‘’「」『』《》〈〉]/g

/** NFKC (full-width digits and letters, ideographic space), quotes dropped, article numbers in Chinese. */
export function normaliseQuery(query: string): string {
  return normaliseArticleNumbers(query.normalize('NFKC').replace(quotes, ' '))
}

/**
 * The terms of a normalised query, in order: maximal Han runs, and maximal runs of other letters
 * and digits (lower-cased). Punctuation and spaces separate terms.
 */
export function splitTerms(normalised: string): Array<{ kind: 'han' | 'word'; text: string }> {
  const out: Array<{ kind: 'han' | 'word'; text: string }> = []
  for (const m of normalised.matchAll(/[\p{Script=Han}〇]+|[\p{L}\p{N}_]+/gu)) {
    const text = m[0]
    if (hanChar.test(text[0]!)) out.push({ kind: 'han', text })
    else {
      // a Latin/digit run never contains Han (the alternation took those first)
      out.push({ kind: 'word', text: text.toLowerCase() })
    }
  }
  return out
}

function alternative(text: string, synonym: boolean): Alternative {
  const words = splitTerms(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text)
  return { text, phrases: hanRuns(text), words, synonym }
}

export function planQuery(query: string, synonyms: readonly SynonymEntry[] = []): QueryPlan {
  const normalised = normaliseQuery(query)
  const groups: Group[] = []
  const seen = new Set<string>()
  for (const term of splitTerms(normalised)) {
    if (seen.has(term.text)) continue
    seen.add(term.text)
    if (term.kind === 'word') {
      groups.push({ source: term.text, alternatives: [alternative(term.text, false)] })
    } else {
      const alts = expandRun(term.text, synonyms).map((t, i) => alternative(t, i > 0))
      groups.push({ source: term.text, alternatives: alts.filter((a) => a.phrases.length || a.words.length) })
    }
  }
  return { normalised, groups }
}

/**
 * Ground truth used by the evaluation and the tests: does a page's text satisfy the plan?
 * (Every group has an alternative whose phrases all occur in the text; words by substring.)
 */
export function textMatches(plan: QueryPlan, text: string, { synonyms = true } = {}): boolean {
  if (!plan.groups.length) return false
  const lower = text.toLowerCase()
  return plan.groups.every((g) =>
    g.alternatives
      .filter((a) => synonyms || !a.synonym)
      .some((a) => a.phrases.every((p) => text.includes(p)) && a.words.every((w) => lower.includes(w))),
  )
}
