/**
 * Builds the site search's static index (format.ts) from the pages' extracted text (extract.ts). Pure and
 * deterministic: the same pages and synonyms give the same bytes, whatever the order they come in.
 * Node only (node:crypto); the integration (integrations/search-index) writes the files.
 */
import { createHash } from 'node:crypto'
import { Collector, type EncodedToken, type TokenMap } from './collector'
import { matchingText, type ExtractedPage } from './extract'
import { bucketOf, ByteWriter, FORMAT_VERSION, quantiseLength, RECORDS_PER_FILE, recordFile, TokenKind, type Manifest, type PageRecord, type ShippedSynonym } from './format'
import { patchTokens, type PatchPage } from './patch-index'

export interface IndexedPage extends ExtractedPage {
  url: string
}

/** A synonym as the build merges it: staff's and the dictionary's; `target` the URL of the article a dictionary term names. */
export interface BuildSynonym {
  term: string
  expansions: string[]
  target?: string
}

/** The site's focus (format.ts › Manifest.focus): its pages' URLs are contiguous in URL order. */
const FOCUS_PREFIX = '/civil-code/'

/** Average bytes per bucket the bucket count aims at (before HTTP compression). */
export const BUCKET_TARGET_BYTES = 24 * 1024
/** Postings at least this large get a file of their own (format.ts › Manifest.heavy). */
export const HEAVY_TOKEN_BYTES = 8 * 1024

export interface BuiltIndex {
  manifest: Manifest
  /** Path under the site root → content. */
  files: Map<string, Uint8Array | string>
  stats: { pages: number; tokens: number; buckets: number; heavyTokens: number; bucketBytes: number; largestBucket: number; recordBytes: number; pagesFileBytes: number; patched: number | null }
  /** What the next build may patch instead of building again (kept in memory by the warm build process). */
  state: IndexState
}

/** A bucket file: its name, bytes and (sorted) tokens. */
interface Bucket {
  name: string
  bytes: Uint8Array
  keys: string[]
}

/**
 * Given to the next build as `previous`, a state is used up: a patch changes its tokens in place. Keep only
 * the state of the last build that returned, and none after one that threw.
 */
export interface IndexState {
  /** The page list, by URL; a patch needs the same one (page ids are positions in it). */
  pages: IndexedPage[]
  /** Per page: its text as indexed, its record's JSON. */
  indexed: PatchPage[]
  records: string[]
  tokens: TokenMap
  options: Required<IndexOptions>
  buckets: Bucket[]
  heavy: Map<string, Bucket>
}

export interface IndexOptions {
  bucketTarget?: number
  heavyBytes?: number
}

/** At most this share of the pages changed, the index is patched (patch-index.ts); else built again. */
const PATCH_SHARE = 0.05

const hash = (data: Uint8Array | string) => createHash('sha256').update(data).digest('base64url').slice(0, 12)
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The text as indexed: title first (positions count from it), then the rest; lower-cased. */
export function indexText(page: Pick<ExtractedPage, 'text' | 'titleSpan'>): { text: string; titleLength: number } {
  const m = matchingText(page)
  if (!m.titleSpan) return { text: m.text.toLowerCase(), titleLength: 0 }
  const [a, b] = m.titleSpan
  const title = m.text.slice(a, b).toLowerCase()
  return { text: `${title}\n${(m.text.slice(0, a) + m.text.slice(b)).toLowerCase()}`, titleLength: title.length }
}

/** Merges synonym lists (later entries add expansions; the first target named wins) and resolves targets to page ids. */
export function shipSynonyms(entries: readonly BuildSynonym[], idOf: (url: string) => number | undefined): ShippedSynonym[] {
  const clean = (s: unknown) => (typeof s === 'string' ? s.normalize('NFKC').replace(/\s+/g, ' ').trim() : '')
  const byTerm = new Map<string, { expansions: Set<string>; target: number }>()
  for (const e of entries) {
    const term = clean(e.term)
    if (!term) continue
    let s = byTerm.get(term)
    if (!s) byTerm.set(term, (s = { expansions: new Set(), target: -1 }))
    for (const x of e.expansions ?? []) {
      const v = clean(x)
      if (v && v !== term) s.expansions.add(v)
    }
    if (s.target < 0 && e.target) s.target = idOf(e.target) ?? -1
  }
  return [...byTerm]
    .filter(([, s]) => s.expansions.size || s.target >= 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([term, s]) => [term, [...s.expansions], s.target])
}

/**
 * The index of `input`. With `previous` (the state of an earlier build by this process), when the page list is
 * the same and few pages changed, only the changed pages are tokenised and only their tokens and buckets
 * written again; the result is byte for byte what a build from nothing gives (test/search/index.test.ts).
 */
export function buildIndex(input: readonly IndexedPage[], synonyms: readonly BuildSynonym[] = [], options: IndexOptions = {}, previous?: IndexState): BuiltIndex {
  const opts: Required<IndexOptions> = { bucketTarget: options.bucketTarget ?? BUCKET_TARGET_BYTES, heavyBytes: options.heavyBytes ?? HEAVY_TOKEN_BYTES }
  const pages = [...input].sort((a, b) => byKey(a.url, b.url))
  const n = pages.length
  const changed = previous ? changedPages(previous, pages, opts) : null
  const indexed: PatchPage[] = changed ? [...previous!.indexed] : new Array(n)
  const records: string[] = changed ? [...previous!.records] : new Array(n)
  const indexPage = (id: number) => {
    const page = pages[id]!
    const { text, titleLength } = indexText(page)
    indexed[id] = { text, titleLength, type: page.type }
    const record: PageRecord = { url: page.url, title: page.title, type: page.type, text: page.text }
    records[id] = JSON.stringify(record)
  }
  let tokens: TokenMap
  let affected: Set<string> | undefined
  if (changed) {
    changed.forEach(indexPage)
    tokens = previous!.tokens
    affected = patchTokens(tokens, changed, changed.map((id) => previous!.indexed[id]!), changed.map((id) => indexed[id]!), n)
  } else {
    for (let id = 0; id < n; id++) indexPage(id)
    tokens = collectTokens(indexed)
  }
  const { buckets, heavy } = assemble(tokens, opts, changed ? previous : undefined, affected)

  const files = new Map<string, Uint8Array | string>()
  const gen = hash(pages.map((p) => p.url).join('\n'))
  let recordBytes = 0
  for (let first = 0; first < n; first += RECORDS_PER_FILE) {
    const json = `[${records.slice(first, first + RECORDS_PER_FILE).join(',')}]`
    recordBytes += Buffer.byteLength(json)
    files.set(recordFile(gen, first).slice(1), json)
  }
  let bucketBytes = 0
  const heavyKeys = [...heavy.keys()].sort(byKey)
  for (const key of heavyKeys) {
    const b = heavy.get(key)!
    files.set(`search/index/${b.name}.bin`, b.bytes)
    bucketBytes += b.bytes.length
  }
  let largestBucket = 0
  for (const b of buckets) {
    files.set(`search/index/${b.name}.bin`, b.bytes)
    bucketBytes += b.bytes.length
    largestBucket = Math.max(largestBucket, b.bytes.length)
  }
  const lengths = Uint8Array.from(indexed, (p) => quantiseLength(p.text.length))
  const pagesFile = `${hash(lengths)}.pages.bin`
  files.set(`search/index/${pagesFile}`, lengths)
  const ids = new Map(pages.map((p, i) => [p.url, i]))
  const inFocus = pages.map((p, i) => (p.url.startsWith(FOCUS_PREFIX) ? i : -1)).filter((i) => i >= 0)
  const manifest: Manifest = {
    v: FORMAT_VERSION,
    pages: n,
    buckets: buckets.map((b) => b.name),
    heavy: Object.fromEntries(heavyKeys.map((k) => [k, [heavy.get(k)!.name, heavy.get(k)!.bytes.length]])),
    pagesFile,
    records: gen,
    types: [...new Set(pages.map((p) => p.type).filter(Boolean))].sort(),
    focus: inFocus.length ? [inFocus[0]!, inFocus[inFocus.length - 1]! + 1] : [0, 0],
    synonyms: shipSynonyms(synonyms, (url) => ids.get(url)),
  }
  files.set('search/manifest.json', JSON.stringify(manifest))
  return {
    manifest,
    files,
    stats: { pages: n, tokens: tokens.size, buckets: buckets.length, heavyTokens: heavy.size, bucketBytes, largestBucket, recordBytes, pagesFileBytes: lengths.length, patched: changed ? changed.length : null },
    state: { pages, indexed, records, tokens, options: opts, buckets, heavy },
  }
}

/** The ids of the pages that differ from `previous`'s, or null when the index must be built whole. */
function changedPages(previous: IndexState, pages: IndexedPage[], opts: Required<IndexOptions>): number[] | null {
  if (previous.pages.length !== pages.length || previous.options.bucketTarget !== opts.bucketTarget || previous.options.heavyBytes !== opts.heavyBytes) return null
  const changed: number[] = []
  for (let i = 0; i < pages.length; i++) {
    const a = previous.pages[i]!
    const b = pages[i]!
    if (a.url !== b.url) return null
    if (a.title !== b.title || a.type !== b.type || a.text !== b.text || a.titleSpan?.[0] !== b.titleSpan?.[0] || a.titleSpan?.[1] !== b.titleSpan?.[1]) changed.push(i)
    if (changed.length > pages.length * PATCH_SHARE) return null
  }
  return changed
}

/** Every token of every page, its postings encoded (format.ts). */
function collectTokens(indexed: PatchPage[]): TokenMap {
  const collector = new Collector()
  indexed.forEach((p, id) => collector.add(id, p.text, p.titleLength, p.type))
  const all = new ByteWriter(1 << 20)
  const spans = [...collector.tokens(all, indexed.length)]
  const postings = all.view()
  return new Map(spans.map((t) => [t.key, { kind: t.kind, bytes: postings.subarray(t.from, t.to) }]))
}

/**
 * The bucket files: tokens with large postings in files of their own, the rest in buckets by a stable hash,
 * as many as the total size asks for. A patch reuses every bucket none of the affected tokens is in.
 */
function assemble(tokens: TokenMap, opts: Required<IndexOptions>, previous?: IndexState, affected?: Set<string>): { buckets: Bucket[]; heavy: Map<string, Bucket> } {
  const isHeavy = (t: EncodedToken) => t.bytes.length >= opts.heavyBytes && t.kind !== TokenKind.Type
  const bucket = (keys: string[]): Bucket => {
    keys.sort(byKey)
    const w = new ByteWriter()
    w.uint(keys.length)
    for (const key of keys) {
      const t = tokens.get(key)!
      w.uint(key.length)
      for (let i = 0; i < key.length; i++) w.uint(key.charCodeAt(i))
      w.byte(t.kind)
      w.uint(t.bytes.length)
      w.bytes(t.bytes)
    }
    const bytes = w.result()
    return { name: hash(bytes), bytes, keys }
  }
  const heavy = new Map<string, Bucket>()
  let total = 0
  for (const [key, t] of tokens) {
    total += t.bytes.length + key.length * 2 + 4
    if (!isHeavy(t)) continue
    const b = (!affected?.has(key) && previous?.heavy.get(key)) || bucket([key])
    heavy.set(key, b)
    total -= b.bytes.length
  }
  const count = Math.max(1, Math.ceil(total / opts.bucketTarget))
  if (previous && affected && previous.buckets.length === count) {
    const touched = new Map<number, string[]>()
    for (const key of affected) {
      const b = bucketOf(key, count)
      const list = touched.get(b) ?? touched.set(b, []).get(b)!
      const t = tokens.get(key)
      if (t && !isHeavy(t)) list.push(key)
    }
    const buckets = previous.buckets.map((old, b) => (touched.has(b) ? bucket(old.keys.filter((k) => !affected.has(k)).concat(touched.get(b)!)) : old))
    return { buckets, heavy }
  }
  const lists: string[][] = Array.from({ length: count }, () => [])
  for (const [key, t] of tokens) if (!isHeavy(t)) lists[bucketOf(key, count)]!.push(key)
  return { buckets: lists.map(bucket), heavy }
}
