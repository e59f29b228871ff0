/**
 * The search page's one entry point (signature kept from the page engineer's first version). What it does,
 * see docs/search.md:
 *  - normalises the query (NFKC, 第1032条 / 1032 → 第一千零三十二条) and plans it (query.ts),
 *  - finds the pages whose text holds each term exactly, ORing in synonym rewrites (engine.ts over the
 *    static index in /search/, format.ts),
 *  - ranks: the article a dictionary term names, title matches, BM25; excerpts with the matches marked.
 * Also callable as runSearch(index, query, options) with an already loaded SearchIndex (the evaluation and
 * tests do this).
 */
import { buildExcerpt, leadExcerpt, SearchIndex, searchPlan } from './engine'
import { planQuery } from './query'
import { normaliseSynonyms, type SynonymEntry } from './synonyms'

export interface SearchHit {
  url: string
  title: string
  /** Escaped text with <mark> around matches. */
  excerpt: string
  type?: string
}
export interface SearchOptions {
  /** Result kind filter, e.g. { type: '普法解读' } */
  filters?: Record<string, string>
  limit?: number
  /** Synonym entries instead of the ones shipped with the index. */
  synonyms?: ReadonlyArray<Partial<SynonymEntry>>
}
export interface SearchResult {
  total: number
  hits: SearchHit[]
}

let loaded: Promise<SearchIndex> | undefined

/** Loads the site's index once (manifest and page lengths); the search page calls it on load, before any query. */
export function loadSearchIndex(): Promise<SearchIndex> {
  loaded ??= SearchIndex.load((path) => fetch(path))
  loaded.catch(() => (loaded = undefined))
  return loaded
}

/** Where a search's time goes, as performance measures (search:match, search:records): the evaluation reads them. */
const measure = (name: string, start: number) => performance.measure?.(name, { start, end: performance.now() })

async function search(index: SearchIndex, query: string, options: SearchOptions): Promise<SearchResult> {
  const synonyms = options.synonyms ? normaliseSynonyms(options.synonyms) : index.synonyms
  const t0 = performance.now()
  const plan = planQuery(query ?? '', synonyms)
  const candidates = await searchPlan(index, plan, { type: options.filters?.type || undefined })
  const top = candidates.slice(0, options.limit ?? 20)
  const t1 = performance.now()
  measure('search:match', t0)
  const records = await Promise.all(top.map((c) => index.record(c.id)))
  measure('search:records', t1)
  const hits = top.map((c, i) => {
    const r = records[i]!
    const terms = c.matched.flatMap((m) => [...m.phrases, ...m.words])
    return {
      url: r.url,
      title: r.title || r.url,
      // Matched on the NFKC form: the page's own text first, that form if a match shows only there (full-width digits).
      excerpt: buildExcerpt(r.text, terms) || buildExcerpt(r.text.normalize('NFKC'), terms) || leadExcerpt(r.text),
      type: r.type || undefined,
    }
  })
  return { total: candidates.length, hits }
}

export async function runSearch(query: string, options?: SearchOptions): Promise<SearchResult>
export async function runSearch(index: SearchIndex, query: string, options?: SearchOptions): Promise<SearchResult>
export async function runSearch(a: string | SearchIndex, b?: string | SearchOptions, c?: SearchOptions): Promise<SearchResult> {
  if (typeof a !== 'string') return search(a, b as string, c ?? {})
  const options = (b as SearchOptions | undefined) ?? {}
  try {
    return await search(await loadSearchIndex(), a, options)
  } catch (e) {
    // A publish between loading the manifest and fetching a file: start again from the new manifest, once.
    loaded = undefined
    return search(await loadSearchIndex(), a, options).catch(() => Promise.reject(e))
  }
}
