/**
 * Synonyms: the words residents use → the words the law texts use, e.g. 欠薪 → 拖欠劳动报酬. Two sources,
 * merged by the build into the search manifest (build-index.ts › shipSynonyms): the built-in colloquial
 * dictionary (content-types/src/search-dictionary.ts, each entry naming the article it refers to) and the
 * entries staff edit in the admin (global `search-synonyms`, reaching the site as SiteSnapshot.synonyms),
 * which extend it. Browser-safe (no Node imports).
 */
export interface SynonymEntry {
  term: string
  expansions: string[]
}

const clean = (s: unknown) => (typeof s === 'string' ? s.normalize('NFKC').replace(/\s+/g, ' ').trim() : '')

/** Drops empty and duplicate entries, merges entries with the same term, trims everything. */
export function normaliseSynonyms(entries: ReadonlyArray<Partial<SynonymEntry>> | null | undefined): SynonymEntry[] {
  const byTerm = new Map<string, Set<string>>()
  for (const e of entries ?? []) {
    const term = clean(e?.term)
    if (!term) continue
    const set = byTerm.get(term) ?? new Set<string>()
    for (const x of e?.expansions ?? []) {
      const v = clean(x)
      if (v && v !== term) set.add(v)
    }
    byTerm.set(term, set)
  }
  return [...byTerm].filter(([, s]) => s.size).map(([term, s]) => ({ term, expansions: [...s] }))
}

/**
 * The alternative wordings of one query run: the run itself, then the run with each synonym
 * term it contains replaced by each expansion (彩礼 → 借婚姻索取财物; 彩礼返还 → 借婚姻索取财物返还
 * as well as the plain run). Longer terms are tried first; at most `max` alternatives.
 */
export function expandRun(run: string, synonyms: readonly SynonymEntry[], max = 8): string[] {
  const out = [run]
  const terms = [...synonyms].sort((a, b) => b.term.length - a.term.length)
  for (const { term, expansions } of terms) {
    if (!run.includes(term)) continue
    for (const e of expansions) {
      const alt = run.split(term).join(e)
      if (!out.includes(alt)) out.push(alt)
      if (out.length >= max) return out
    }
  }
  return out
}
