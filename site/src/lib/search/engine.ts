/**
 * The search runtime: loads the static index (format.ts) over fetch and runs a query plan (query.ts) on it.
 * Browser-safe; the evaluation runs the same code in Node with a fetch that reads the built files.
 *
 * Matching is exact: a term (a Han run or another word) of n ≥ 2 characters matches a page iff the bigrams
 * of its cover start at p + offset for one p; one character: the unigram's pages. AND across a query's
 * groups and an alternative's terms, OR across a group's alternatives (the wording typed and its synonym
 * rewrites). Only the buckets of the tokens needed are fetched, in parallel; lists are intersected
 * smallest first.
 *
 * Ranking: the article a dictionary term of the query names; then pages whose title holds more of the
 * query's groups (among those, the site's focus, the Civil Code, first); then BM25 over the terms'
 * occurrence counts and page lengths; then page order.
 */
import {
  bucketOf,
  INDEX_DIR,
  lengthOf,
  MANIFEST_PATH,
  readBucket,
  readPostings,
  RECORDS_PER_FILE,
  recordFile,
  termCover,
  typeToken,
  type Manifest,
  type PageRecord,
  type Postings,
} from './format'
import type { Alternative, QueryPlan } from './query'
import type { SynonymEntry } from './synonyms'

/** How the index reaches its files: the browser's fetch, or one reading a built site (tests, evaluation). */
export type Fetcher = (path: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown>; arrayBuffer(): Promise<ArrayBuffer> }>

/** One term's pages: occurrence count, and whether an occurrence lies in the page's title. */
type TermHits = Map<number, { tf: number; title: boolean }>

export class SearchIndex {
  readonly lengths: Uint8Array
  readonly avgLength: number
  /** The synonyms shipped with the index (staff's and the dictionary's). */
  readonly synonyms: SynonymEntry[]
  /** Dictionary term → page id of the article it names. */
  readonly targets: Map<string, number>
  private buckets = new Map<string, Promise<{ bytes: Uint8Array; dir: ReturnType<typeof readBucket> }>>()
  private postingsCache = new Map<string, Promise<Postings | null>>()
  private termCache = new Map<string, Promise<TermHits>>()
  /** Record files by path: results in the same file share one fetch. */
  private records = new Map<string, Promise<PageRecord[]>>()

  private constructor(
    readonly manifest: Manifest,
    lengths: Uint8Array,
    private fetcher: Fetcher,
  ) {
    this.lengths = lengths
    let sum = 0
    for (let i = 0; i < lengths.length; i++) sum += lengthOf(lengths[i]!)
    this.avgLength = lengths.length ? sum / lengths.length : 1
    this.synonyms = manifest.synonyms.filter(([, e]) => e.length).map(([term, expansions]) => ({ term, expansions }))
    this.targets = new Map(manifest.synonyms.filter(([, , t]) => t >= 0).map(([term, , t]) => [term, t]))
  }

  /** Loads the manifest and the page lengths: what every search needs before its own buckets. */
  static async load(fetcher: Fetcher): Promise<SearchIndex> {
    const res = await fetcher(MANIFEST_PATH)
    if (!res.ok) throw new Error(`search manifest: HTTP ${res.status}`)
    const manifest = (await res.json()) as Manifest
    const lengths = await fetchBytes(fetcher, `${INDEX_DIR}${manifest.pagesFile}`)
    return new SearchIndex(manifest, lengths, fetcher)
  }

  get pageCount(): number {
    return this.manifest.pages
  }

  private bucket(i: number) {
    return this.file(this.manifest.buckets[i]!)
  }

  private file(name: string) {
    let b = this.buckets.get(name)
    if (!b) {
      b = fetchBytes(this.fetcher, `${INDEX_DIR}${name}.bin`).then((bytes) => ({ bytes, dir: readBucket(bytes) }))
      b.catch(() => this.buckets.delete(name))
      this.buckets.set(name, b)
    }
    return b
  }

  /** The pairs to fetch for a term: the cheapest cover, avoiding large postings where it can. */
  cover(term: string) {
    // a pair in a bucket costs about half a bucket (24 KB, often shared with another pair of the query)
    return termCover(term, (token) => this.manifest.heavy[token]?.[1] ?? 12_000)
  }

  /** A token's postings, or null when no page holds it. */
  postings(token: string): Promise<Postings | null> {
    let p = this.postingsCache.get(token)
    if (!p) {
      const own = this.manifest.heavy[token]
      const file = own ? this.file(own[0]) : this.bucket(bucketOf(token, this.manifest.buckets.length))
      p = file.then(({ bytes, dir }) => {
        const at = dir.get(token)
        return at ? readPostings(at.kind, bytes, at.offset, this.manifest.pages) : null
      })
      p.catch(() => this.postingsCache.delete(token))
      this.postingsCache.set(token, p)
    }
    return p
  }

  /** The buckets a list of terms needs, fetched together (one round trip). */
  prefetch(terms: string[], type?: string): Promise<unknown> {
    const tokens = new Set<string>()
    for (const t of terms) {
      const { chars, cover } = this.cover(t)
      if (chars.length === 1) tokens.add(chars[0]!)
      for (const c of cover) tokens.add(c.token)
    }
    if (type) tokens.add(typeToken(type))
    return Promise.all([...tokens].map((t) => this.postings(t)))
  }

  /** The pages holding a term exactly, with its occurrence count and whether one lies in the title. */
  term(term: string): Promise<TermHits> {
    let p = this.termCache.get(term)
    if (!p) {
      p = this.matchTerm(term)
      p.catch(() => this.termCache.delete(term))
      this.termCache.set(term, p)
    }
    return p
  }

  private async matchTerm(term: string): Promise<TermHits> {
    const out: TermHits = new Map()
    const { chars, cover } = this.cover(term)
    if (!chars.length) return out
    if (chars.length === 1) {
      const p = await this.postings(chars[0]!)
      for (const id of p?.ids ?? []) out.set(id, { tf: 1, title: false })
      return out
    }
    const lists = await Promise.all(cover.map((c) => this.postings(c.token)))
    if (lists.some((l) => !l)) return out
    const parts = cover.map((c, i) => ({ offset: c.offset, p: lists[i]! })).sort((a, b) => a.p.ids.length - b.p.ids.length)
    // Pages holding every pair: walk the shortest list, find each page in the others (they only grow).
    const cursor = new Int32Array(parts.length)
    const at = new Int32Array(parts.length)
    const first = parts[0]!.p.ids
    pages: for (let k = 0; k < first.length; k++) {
      const id = first[k]!
      at[0] = k
      for (let j = 1; j < parts.length; j++) {
        const ids = parts[j]!.p.ids
        const i = lowerBound(ids, id, cursor[j]!)
        cursor[j] = i
        if (i >= ids.length) break pages
        if (ids[i] !== id) continue pages
        at[j] = i
      }
      // Positions: anchor on the part with the fewest in this page.
      let anchor = 0
      let fewest = Infinity
      for (let j = 0; j < parts.length; j++) {
        const { start } = parts[j]!.p
        const n = start![at[j]! + 1]! - start![at[j]!]!
        if (n < fewest) [fewest, anchor] = [n, j]
      }
      const a = parts[anchor]!
      const aFrom = a.p.start![at[anchor]!]!
      const aTo = a.p.start![at[anchor]! + 1]!
      let tf = 0
      let title = false
      for (let q = aFrom; q < aTo; q++) {
        const p0 = a.p.pos![q]! - a.offset
        if (p0 < 0) continue
        let inTitle = q - aFrom < a.p.inTitle![at[anchor]!]!
        let ok = true
        for (let j = 0; j < parts.length && ok; j++) {
          if (j === anchor) continue
          const part = parts[j]!
          const from = part.p.start![at[j]!]!
          const to = part.p.start![at[j]! + 1]!
          const want = p0 + part.offset
          const i = lowerBound(part.p.pos!, want, from, to)
          if (i >= to || part.p.pos![i] !== want) ok = false
          else if (i - from >= part.p.inTitle![at[j]!]!) inTitle = false
        }
        if (ok) {
          tf++
          if (inTitle) title = true
        }
      }
      if (tf) out.set(id, { tf, title })
    }
    return out
  }

  /** The pages of a result kind. */
  async typePages(type: string): Promise<Set<number>> {
    const p = await this.postings(typeToken(type))
    return new Set(p?.ids ?? [])
  }

  record(id: number): Promise<PageRecord> {
    const path = recordFile(this.manifest.records, id)
    let r = this.records.get(path)
    if (!r) {
      r = this.fetcher(path).then((res) => {
        if (!res.ok) throw new Error(`search record ${id}: HTTP ${res.status}`)
        return res.json() as Promise<PageRecord[]>
      })
      r.catch(() => this.records.delete(path))
      this.records.set(path, r)
    }
    return r.then((records) => records[id % RECORDS_PER_FILE]!)
  }
}

async function fetchBytes(fetcher: Fetcher, path: string): Promise<Uint8Array> {
  const res = await fetcher(path)
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}

/** First index in [from, to) whose value is ≥ want (ascending values). */
function lowerBound(a: Int32Array, want: number, from = 0, to = a.length): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid]! < want) lo = mid + 1
    else hi = mid
  }
  return lo
}

export interface Candidate {
  id: number
  /** How early a dictionary term of the query names this page (0: not named). */
  named: number
  /** Groups whose matched wording occurs in the title. */
  titleGroups: number
  /** 1 for a page of the site's focus (the Civil Code) whose title holds part of the query. */
  focus: number
  /** BM25 over the matched wording. */
  score: number
  /** Per group, the alternative that matched (the typed wording wins over a synonym). */
  matched: Alternative[]
}

const K1 = 1.2
const B = 0.75

/** All terms of an alternative: Han runs and other words, matched the same way. */
const termsOf = (a: Alternative) => [...a.phrases, ...a.words]

export async function searchPlan(index: SearchIndex, plan: QueryPlan, { type }: { type?: string } = {}): Promise<Candidate[]> {
  if (!plan.groups.length) return []
  // Every bucket the query needs, in one round trip.
  await index.prefetch(
    plan.groups.flatMap((g) => g.alternatives.flatMap(termsOf)),
    type,
  )
  const n = index.pageCount
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5))
  const perGroup: Map<number, { alt: Alternative; score: number; title: boolean }>[] = []
  for (const g of plan.groups) {
    const found = new Map<number, { alt: Alternative; score: number; title: boolean }>()
    for (const alt of g.alternatives) {
      const terms = termsOf(alt)
      if (!terms.length) continue
      const hits = await Promise.all(terms.map((t) => index.term(t)))
      hits.sort((a, b) => a.size - b.size)
      const [smallest, ...others] = hits
      for (const [id, h] of smallest!) {
        let score = 0
        let title = true
        let ok = true
        for (const m of [h, ...others.map((o) => o.get(id))]) {
          if (!m) {
            ok = false
            break
          }
          title &&= m.title
        }
        if (!ok) continue
        const len = lengthOf(index.lengths[id] ?? 0)
        for (let t = 0; t < hits.length; t++) {
          const { tf } = hits[t]!.get(id)!
          score += (idf(hits[t]!.size) * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * len) / index.avgLength))
        }
        const prev = found.get(id)
        // the typed wording wins; among synonyms the higher score
        if (!prev || (prev.alt.synonym && (!alt.synonym || score > prev.score))) found.set(id, { alt, score, title })
      }
    }
    perGroup.push(found)
  }
  const allowed = type ? await index.typePages(type) : null
  // Dictionary terms the query holds name their article: longer terms first.
  const named = new Map<number, number>()
  const terms = [...index.targets.keys()].filter((t) => plan.groups.some((g) => g.source.includes(t.toLowerCase()))).sort((a, b) => b.length - a.length)
  terms.forEach((t, i) => {
    const id = index.targets.get(t)!
    if (!named.has(id)) named.set(id, terms.length - i)
  })

  const [focusFrom, focusTo] = index.manifest.focus ?? [0, 0]
  // Walk the smallest group; `matched` keeps the plan's group order.
  const smallest = perGroup.reduce((a, b) => (b.size < a.size ? b : a))
  const out: Candidate[] = []
  for (const id of smallest.keys()) {
    if (allowed && !allowed.has(id)) continue
    const all = perGroup.map((m) => m.get(id))
    if (all.some((x) => !x)) continue
    const hits = all as NonNullable<(typeof all)[number]>[]
    out.push({
      id,
      named: named.get(id) ?? 0,
      titleGroups: hits.filter((x) => x.title).length,
      focus: id >= focusFrom && id < focusTo && hits.some((x) => x.title) ? 1 : 0,
      score: hits.reduce((s, x) => s + x.score, 0),
      matched: hits.map((x) => x.alt),
    })
  }
  return out.sort((a, b) => b.named - a.named || b.titleGroups - a.titleGroups || b.focus - a.focus || b.score - a.score || a.id - b.id)
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The beginning of a page's text, escaped: the excerpt when no matched term shows in it. */
export const leadExcerpt = (content: string, length = 100) => {
  const text = content.replace(/\s+/g, ' ')
  return escapeHtml(text.slice(0, length)) + (text.length > length ? '…' : '')
}

/**
 * An excerpt around the first occurrence of a matched phrase, HTML-escaped, with every occurrence of the
 * matched phrases in it wrapped in <mark> (words case-insensitively). Falls back to `fallback` when no
 * phrase occurs in the content.
 */
export function buildExcerpt(content: string, phrases: string[], fallback = '', radius = 40): string {
  const text = content.replace(/\s+/g, ' ')
  const lower = text.toLowerCase()
  // Locate in the lower-cased text when that keeps every offset (it does, but for a few letters).
  const hay = lower.length === text.length ? lower : text
  const wanted = [...new Set(phrases.map((p) => (hay === lower ? p.toLowerCase() : p)))].filter(Boolean).sort((a, b) => b.length - a.length)
  let at = -1
  for (const p of wanted) {
    const i = hay.indexOf(p)
    if (i >= 0 && (at < 0 || i < at)) at = i
  }
  if (at < 0) return fallback
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + radius * 2)
  let html = ''
  let i = start
  while (i < end) {
    const p = wanted.find((x) => hay.startsWith(x, i))
    if (p) {
      html += `<mark>${escapeHtml(text.slice(i, i + p.length))}</mark>`
      i += p.length
    } else {
      const cp = text.codePointAt(i)!
      const ch = String.fromCodePoint(cp)
      html += escapeHtml(ch)
      i += ch.length
    }
  }
  return (start > 0 ? '…' : '') + html + (end < text.length ? '…' : '')
}
