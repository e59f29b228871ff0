/**
 * Runs a QueryPlan against a Pagefind instance and ranks the pages that match.
 * Matching (which pages) uses exact phrase searches over the index-only pair tokens (han.ts);
 * ordering uses Pagefind's own BM25 score from an ordinary search of the same wording, so the
 * weighting Pagefind gives headings (`data-pagefind-weight`) still counts; then, for the first
 * results, pages whose alias or title holds the query move up (rerank).
 */
import { phraseQuery } from './han'
import type { Alternative, QueryPlan } from './query'
import { ALIASES_META } from './indexing'

export interface PagefindData {
  url: string
  content: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters?: Record<string, string[]>
}
export interface PagefindResult {
  id: string
  score: number
  data(): Promise<PagefindData>
}
export interface PagefindLike {
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>
}

export interface Candidate {
  id: string
  result: PagefindResult
  /** Sum over the query's groups of the ordinary-search score of the wording that matched. */
  score: number
  /** Per group, the alternative that matched (the typed wording wins over a synonym). */
  matched: Alternative[]
}

type Hits = Map<string, PagefindResult>

export async function searchPlan(
  pagefind: PagefindLike,
  plan: QueryPlan,
  { filters }: { filters?: Record<string, unknown> } = {},
): Promise<Candidate[]> {
  if (!plan.groups.length) return []
  const cache = new Map<string, Promise<Hits>>()
  const run = (q: string): Promise<Hits> => {
    let p = cache.get(q)
    if (!p) {
      p = pagefind
        .search(q, filters && Object.keys(filters).length ? { filters } : {})
        .then((r) => new Map((r?.results ?? []).map((x) => [x.id, x] as const)))
      cache.set(q, p)
    }
    return p
  }
  const rankQuery = (a: Alternative) => [...a.phrases, ...a.words].join(' ')

  const perGroup = await Promise.all(
    plan.groups.map(async (g) => {
      const hitsPerAlt = await Promise.all(
        g.alternatives.map(async (a) => {
          const parts = await Promise.all([...a.phrases.map((p) => run(phraseQuery(p))), ...a.words.map(run)])
          // the ranking search runs alongside: its chunks load in parallel
          const ranking = run(rankQuery(a))
          return { a, hits: intersect(parts), ranking }
        }),
      )
      const found = new Map<string, { result: PagefindResult; alt: Alternative; score: number }>()
      for (const { a, hits, ranking } of hitsPerAlt) {
        if (!hits.size) continue
        const scores = await ranking
        for (const [id, result] of hits) {
          const score = scores.get(id)?.score ?? 0
          const prev = found.get(id)
          // prefer the typed wording; among synonyms the higher score
          if (!prev || (prev.alt.synonym && (!a.synonym || score > prev.score))) found.set(id, { result, alt: a, score })
        }
      }
      return found
    }),
  )

  const [first, ...rest] = perGroup
  const out: Candidate[] = []
  for (const [id, hit] of first!) {
    if (!rest.every((m) => m.has(id))) continue
    const others = rest.map((m) => m.get(id)!)
    out.push({
      id,
      result: hit.result,
      score: hit.score + others.reduce((s, o) => s + o.score, 0),
      matched: [hit.alt, ...others.map((o) => o.alt)],
    })
  }
  return out.sort((a, b) => b.score - a.score)
}

function intersect(maps: Hits[]): Hits {
  if (!maps.length) return new Map()
  const [smallest, ...others] = [...maps].sort((a, b) => a.size - b.size)
  const out: Hits = new Map()
  for (const [id, r] of smallest!) if (others.every((m) => m.has(id))) out.set(id, r)
  return out
}

export interface Ranked {
  candidate: Candidate
  data: PagefindData
}

/** Signals read from a result's data: how many groups its aliases / its title satisfy. */
export function rerankKey(c: Candidate, data: PagefindData): [number, number] {
  const aliases = (data.meta[ALIASES_META] ?? '').split('、').filter(Boolean)
  const title = data.meta.title ?? ''
  let aliasHits = 0
  let titleHits = 0
  for (const alt of c.matched) {
    if (alt.phrases.length && alt.phrases.every((p) => aliases.some((x) => x.includes(p)))) aliasHits++
    if (alt.phrases.length && alt.phrases.every((p) => title.includes(p))) titleHits++
  }
  return [aliasHits, titleHits]
}

/** Loads the data of the first `count` candidates and moves alias and title matches up (stable). */
export async function rerankTop(cands: Candidate[], count: number): Promise<Ranked[]> {
  const top = cands.slice(0, count)
  const datas = await Promise.all(top.map((c) => c.result.data()))
  const keyed = top.map((candidate, i) => ({ candidate, data: datas[i]!, key: rerankKey(candidate, datas[i]!), i }))
  keyed.sort((a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1] || a.i - b.i)
  return keyed.map(({ candidate, data }) => ({ candidate, data }))
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * An excerpt around the first occurrence of a matched phrase, HTML-escaped, with every
 * occurrence of the matched phrases in it wrapped in <mark>. Falls back to Pagefind's excerpt
 * (already escaped and marked) when no phrase occurs in the content (word-only queries).
 */
export function buildExcerpt(content: string, phrases: string[], fallback = '', radius = 40): string {
  const text = content.replace(/\s+/g, ' ')
  let at = -1
  for (const p of phrases) {
    const i = text.indexOf(p)
    if (i >= 0 && (at < 0 || i < at)) at = i
  }
  if (at < 0) return fallback
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + radius * 2)
  const slice = text.slice(start, end)
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length)
  let html = ''
  let i = 0
  while (i < slice.length) {
    const p = sorted.find((x) => slice.startsWith(x, i))
    if (p) {
      html += `<mark>${escapeHtml(p)}</mark>`
      i += p.length
    } else {
      html += escapeHtml(slice[i]!)
      i++
    }
  }
  return (start > 0 ? '…' : '') + html + (end < text.length ? '…' : '')
}
