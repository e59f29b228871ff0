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
  /** Other words (Latin, digits), lower-cased: matched like phrases, as contiguous characters. */
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

/**
 * The terms of a normalised query, in order: maximal Han runs, and maximal runs of other letters
 * and digits (lower-cased). Punctuation and spaces separate terms; so does a change between Han and
 * other letters (5G网络 → 5g, 网络), as in the index (format.ts).
 */
export function splitTerms(normalised: string): Array<{ kind: 'han' | 'word'; text: string }> {
  const out: Array<{ kind: 'han' | 'word'; text: string }> = []
  for (const m of normalised.matchAll(/[\p{Script=Han}〇]+|(?:(?![\p{Script=Han}〇])[\p{L}\p{N}_])+/gu)) {
    const text = m[0]
    if (hanChar.test(text[0]!)) out.push({ kind: 'han', text })
    else out.push({ kind: 'word', text: text.toLowerCase() })
  }
  return out
}

function alternative(text: string, synonym: boolean): Alternative {
  const words = splitTerms(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text)
  return { text, phrases: hanRuns(text), words, synonym }
}

const wordEdge = /[\p{L}\p{N}_]/u
const pureHan = /^[\p{Script=Han}〇]+$/u

/**
 * Where synonym terms that are not a plain Han run (AI换脸, N+1, 70年产权到期, ETC) occur in the query: such a
 * term spans several query terms, or holds characters the article-number step would rewrite, so it is found
 * in the query as typed (case-insensitive, not inside a longer word), longest terms first. Plain Han terms are
 * expanded inside each run instead (expandRun), also within a longer run.
 */
function synonymSpans(text: string, synonyms: readonly SynonymEntry[]) {
  const lower = text.toLowerCase()
  const spans: { start: number; end: number; entry: SynonymEntry }[] = []
  const candidates = synonyms.filter((e) => !pureHan.test(e.term)).sort((a, b) => b.term.length - a.term.length)
  for (const entry of candidates) {
    const term = entry.term.toLowerCase()
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      const end = at + term.length
      if (wordEdge.test(term[0]!) && !hanChar.test(term[0]!) && at > 0 && wordEdge.test(lower[at - 1]!) && !hanChar.test(lower[at - 1]!)) continue
      if (wordEdge.test(term[term.length - 1]!) && !hanChar.test(term[term.length - 1]!) && end < lower.length && wordEdge.test(lower[end]!) && !hanChar.test(lower[end]!)) continue
      if (spans.some((s) => at < s.end && end > s.start)) continue
      spans.push({ start: at, end, entry })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

export function planQuery(query: string, synonyms: readonly SynonymEntry[] = []): QueryPlan {
  const base = query.normalize('NFKC').replace(quotes, ' ')
  const groups: Group[] = []
  const seen = new Set<string>()
  const parts: string[] = []
  const addTerms = (text: string) => {
    const normalised = normaliseArticleNumbers(text)
    parts.push(normalised)
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
  }
  let last = 0
  for (const { start, end, entry } of synonymSpans(base, synonyms)) {
    addTerms(base.slice(last, start))
    const typed = base.slice(start, end)
    parts.push(typed)
    last = end
    const source = typed.toLowerCase()
    if (seen.has(source)) continue
    seen.add(source)
    const alts = [alternative(typed, false), ...entry.expansions.map((e) => alternative(e, true))]
    groups.push({ source, alternatives: alts.filter((a) => a.phrases.length || a.words.length) })
  }
  addTerms(base.slice(last))
  return { normalised: parts.join(' ').replace(/\s+/g, ' ').trim(), groups }
}

/**
 * Ground truth used by the evaluation and the tests: does a page's text (extract.ts › matchingText, NFKC)
 * satisfy the plan? Every group has an alternative whose phrases all occur in the text, and its words in
 * the lower-cased text.
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
