/**
 * The search page's one entry point into Pagefind (signature kept from the page engineer's first
 * version; internals by search). What it does, see docs/search.md:
 *  - normalises the query (NFKC, 第1032条 / 1032 → 第一千零三十二条),
 *  - finds pages containing each Chinese run exactly (index-only pair tokens, han.ts),
 *  - ORs in synonym rewrites (from /search/synonyms.json, or options.synonyms),
 *  - ranks by Pagefind's score, then moves alias and title matches up among the first results.
 * Also callable as runSearch(pagefind, query, options) with an already loaded Pagefind
 * (the evaluation and tests do this).
 */
import { buildExcerpt, rerankTop, searchPlan, type PagefindLike } from './engine'
import { planQuery } from './query'
import { normaliseSynonyms, SYNONYMS_PATH, type SynonymEntry } from './synonyms'
import { mergeShards, SHARDS_FILE, type ShardList } from './shards'

export interface SearchHit {
  url: string
  title: string
  /** Escaped text with <mark> around matches. Render with renderExcerpt. */
  excerpt: string
  type?: string
}
export interface SearchOptions {
  /** Pagefind filter values, e.g. { type: '普法解读' } */
  filters?: Record<string, string>
  limit?: number
  /** Synonym entries; by default fetched once from /search/synonyms.json. */
  synonyms?: ReadonlyArray<Partial<SynonymEntry>>
}
export interface SearchResult {
  total: number
  hits: SearchHit[]
}

let engine: Promise<PagefindLike> | undefined
let synonymsCache: Promise<SynonymEntry[]> | undefined

/** The bundle is written by the build next to the pages, so it is loaded at run time, not bundled; large sites add shards. */
function pagefind(): Promise<PagefindLike> {
  const url = '/pagefind/pagefind.js'
  engine ??= (import(/* @vite-ignore */ url) as Promise<PagefindLike & { mergeIndex?: (path: string) => Promise<void> }>).then(async (pf) => {
    await mergeShards(pf, () => fetch(`/${SHARDS_FILE}`).then((r) => (r.ok ? (r.json() as Promise<ShardList>) : null)))
    return pf
  })
  return engine
}

function loadSynonyms(): Promise<SynonymEntry[]> {
  synonymsCache ??= fetch(SYNONYMS_PATH)
    .then((r) => (r.ok ? r.json() : []))
    .then((x) => normaliseSynonyms(Array.isArray(x) ? x : []))
    .catch(() => [])
  return synonymsCache
}

export async function runSearch(query: string, options?: SearchOptions): Promise<SearchResult>
export async function runSearch(pagefind: PagefindLike, query: string, options?: SearchOptions): Promise<SearchResult>
export async function runSearch(a: string | PagefindLike, b?: string | SearchOptions, c?: SearchOptions): Promise<SearchResult> {
  const [pfArg, query, options] = typeof a === 'string' ? [undefined, a, (b as SearchOptions) ?? {}] : [a, b as string, c ?? {}]
  const [pf, synonyms] = await Promise.all([
    pfArg ?? pagefind(),
    options.synonyms ? normaliseSynonyms(options.synonyms) : loadSynonyms(),
  ])
  const plan = planQuery(query ?? '', synonyms)
  const candidates = await searchPlan(pf, plan, { filters: options.filters })
  const limit = options.limit ?? 20
  const ranked = await rerankTop(candidates, Math.max(limit, 20))
  const hits = ranked.slice(0, limit).map(({ candidate, data }) => ({
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: buildExcerpt(data.content, candidate.matched.flatMap((m) => m.phrases), data.excerpt),
    type: data.meta.type ?? data.filters?.type?.[0],
  }))
  return { total: candidates.length, hits }
}
