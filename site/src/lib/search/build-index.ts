/**
 * Builds the site search's static index (format.ts) from the pages' extracted text (extract.ts). Pure and
 * deterministic: the same pages and synonyms give the same bytes, whatever the order they come in.
 * Node only (node:crypto); the integration (integrations/search-index) writes the files.
 */
import { createHash } from 'node:crypto'
import { matchingText, type ExtractedPage } from './extract'
import {
  bucketOf,
  ByteWriter,
  charClass,
  FORMAT_VERSION,
  quantiseLength,
  TokenKind,
  typeToken,
  writeIds,
  type Manifest,
  type PageRecord,
  type ShippedSynonym,
} from './format'

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

/** Type tokens: page ids only. */
interface Entry {
  kind: TokenKind
  ids: number[]
}

export interface BuiltIndex {
  manifest: Manifest
  /** Path under the site root → content. */
  files: Map<string, Uint8Array | string>
  stats: { pages: number; tokens: number; buckets: number; heavyTokens: number; bucketBytes: number; largestBucket: number; recordBytes: number; pagesFileBytes: number }
}

const hash = (data: Uint8Array | string) => createHash('sha256').update(data).digest('base64url').slice(0, 12)

/** The text as indexed: title first (positions count from it), then the rest; lower-cased. */
export function indexText(page: Pick<ExtractedPage, 'text' | 'titleSpan'>): { text: string; titleLength: number } {
  const m = matchingText(page)
  if (!m.titleSpan) return { text: m.text.toLowerCase(), titleLength: 0 }
  const [a, b] = m.titleSpan
  const title = m.text.slice(a, b).toLowerCase()
  return { text: `${title}\n${(m.text.slice(0, a) + m.text.slice(b)).toLowerCase()}`, titleLength: title.length }
}

/** A growable Int32Array. */
class Int32List {
  data = new Int32Array(1 << 16)
  length = 0
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }
}

const TITLE = 1 << 30

/** Indices 0 … n−1 grouped by key (counting sort, stable): order[start[k] … start[k + 1]) are key k's. */
function groupBy(keys: Int32Array, n: number, keyCount: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(keyCount + 1)
  for (let i = 0; i < n; i++) start[keys[i]! + 1]!++
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!
  const cursor = start.slice(0, keyCount)
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[cursor[keys[i]!]!++] = i
  return { start, order }
}

interface Token {
  key: string
  kind: TokenKind
  write: (w: ByteWriter) => void
}

/**
 * Collects the tokens of every page as flat event lists (typed arrays: every character of the site goes
 * through here, and millions of small arrays would keep the garbage collector busy). Characters and pairs
 * get dense numbers as they are first seen.
 */
class Collector {
  private charId = new Int32Array(0x110000).fill(-1)
  private chars: string[] = []
  private classes: number[] = []
  private lastPage: number[] = []
  private uniChar = new Int32List()
  private uniPage = new Int32List()
  private pairId = new Map<number, number>()
  private pairA: number[] = []
  private pairB: number[] = []
  private evPair = new Int32List()
  private evPage = new Int32List()
  private evPos = new Int32List()

  private idOf(cp: number): number {
    let id = this.charId[cp]!
    if (id < 0) {
      id = this.chars.length
      const ch = String.fromCodePoint(cp)
      this.charId[cp] = id
      this.chars.push(ch)
      this.classes.push(charClass(ch))
      this.lastPage.push(-1)
    }
    return id
  }

  add(page: number, text: string, titleLength: number) {
    let prev = -1
    let prevAt = 0
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!
      const len = cp > 0xffff ? 2 : 1
      const id = this.idOf(cp)
      const cls = this.classes[id]!
      if (!cls) {
        prev = -1
        i += len
        continue
      }
      if (this.lastPage[id] !== page) {
        this.lastPage[id] = page
        this.uniChar.push(id)
        this.uniPage.push(page)
      }
      if (prev >= 0 && this.classes[prev] === cls) {
        const key = prev * 0x40000 + id
        let pair = this.pairId.get(key)
        if (pair === undefined) {
          pair = this.pairA.length
          this.pairId.set(key, pair)
          this.pairA.push(prev)
          this.pairB.push(id)
        }
        this.evPair.push(pair)
        this.evPage.push(page)
        this.evPos.push(i + len <= titleLength ? prevAt | TITLE : prevAt)
      }
      prev = id
      prevAt = i
      i += len
    }
  }

  /** Every token, with a function writing its postings (format.ts). */
  *tokens(pages: number): Generator<Token> {
    const uni = groupBy(this.uniChar.data, this.uniChar.length, this.chars.length)
    const uniPage = this.uniPage.data
    for (let c = 0; c < this.chars.length; c++) {
      const from = uni.start[c]!
      const to = uni.start[c + 1]!
      if (from < to) yield { key: this.chars[c]!, kind: TokenKind.Unigram, write: (w) => writeIds(w, uni.order.subarray(from, to).map((e) => uniPage[e]!), pages) }
    }
    const bi = groupBy(this.evPair.data, this.evPair.length, this.pairA.length)
    const ids = new Int32List()
    const page = this.evPage.data
    const pos = this.evPos.data
    const order = bi.order
    for (let b = 0; b < this.pairA.length; b++) {
      const from = bi.start[b]!
      const to = bi.start[b + 1]!
      const write = (w: ByteWriter) => {
        ids.length = 0
        for (let k = from; k < to; k++) {
          const p = page[order[k]!]!
          if (ids.length === 0 || ids.data[ids.length - 1] !== p) ids.push(p)
        }
        writeIds(w, ids.data.subarray(0, ids.length), pages)
        for (let k = from; k < to; ) {
          const p = page[order[k]!]!
          let end = k
          let inTitle = 0
          while (end < to && page[order[end]!] === p) {
            if (pos[order[end]!]! & TITLE) inTitle++
            end++
          }
          w.uint((end - k) * 2 + (inTitle ? 1 : 0))
          if (inTitle) w.uint(inTitle)
          let prev = 0
          for (let j = k; j < end; j++) {
            const q = pos[order[j]!]! & ~TITLE
            w.uint(j === k ? q : q - prev)
            prev = q
          }
          k = end
        }
      }
      yield { key: this.chars[this.pairA[b]!]! + this.chars[this.pairB[b]!]!, kind: TokenKind.Bigram, write }
    }
  }
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

export function buildIndex(
  input: readonly IndexedPage[],
  synonyms: readonly BuildSynonym[] = [],
  { bucketTarget = BUCKET_TARGET_BYTES, heavyBytes = HEAVY_TOKEN_BYTES } = {},
): BuiltIndex {
  const pages = [...input].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
  const n = pages.length
  const collector = new Collector()
  const typeTokens = new Map<string, Entry>()
  const lengths = new Uint8Array(n)
  const types: string[] = []
  const files = new Map<string, Uint8Array | string>()
  const gen = hash(pages.map((p) => p.url).join('\n'))
  let recordBytes = 0

  pages.forEach((page, id) => {
    const { text, titleLength } = indexText(page)
    collector.add(id, text, titleLength)
    lengths[id] = quantiseLength(text.length)
    if (page.type) {
      if (!types.includes(page.type)) types.push(page.type)
      const key = typeToken(page.type)
      let e = typeTokens.get(key)
      if (!e) typeTokens.set(key, (e = { kind: TokenKind.Type, ids: [] }))
      e.ids.push(id)
    }
    const record: PageRecord = { url: page.url, title: page.title, type: page.type, text: page.text }
    const json = JSON.stringify(record)
    recordBytes += Buffer.byteLength(json)
    files.set(`search/records/${gen}/${id}.json`, json)
  })
  types.sort()

  // Postings into one buffer, then buckets sized from the total.
  const all = new ByteWriter(1 << 20)
  const encoded: { key: string; kind: TokenKind; from: number; to: number }[] = []
  const typeEntries: Token[] = [...typeTokens].map(([key, e]) => ({ key, kind: e.kind, write: (w) => writeIds(w, e.ids, n) }))
  let total = 0
  for (const t of [...collector.tokens(n), ...typeEntries]) {
    const from = all.length
    t.write(all)
    encoded.push({ key: t.key, kind: t.kind, from, to: all.length })
    total += all.length - from + t.key.length * 2 + 4
  }
  const postings = all.view()
  const bucketFile = (list: typeof encoded): Uint8Array => {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    const w = new ByteWriter()
    w.uint(list.length)
    for (const t of list) {
      w.uint(t.key.length)
      for (let i = 0; i < t.key.length; i++) w.uint(t.key.charCodeAt(i))
      w.byte(t.kind)
      w.uint(t.to - t.from)
      w.bytes(postings.subarray(t.from, t.to))
    }
    return w.result()
  }
  let bucketBytes = 0
  let largestBucket = 0
  const heavy: Record<string, [string, number]> = {}
  const light: typeof encoded = []
  for (const t of encoded.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (t.to - t.from < heavyBytes || t.kind === TokenKind.Type) {
      light.push(t)
      continue
    }
    const bytes = bucketFile([t])
    const name = hash(bytes)
    heavy[t.key] = [name, bytes.length]
    files.set(`search/index/${name}.bin`, bytes)
    bucketBytes += bytes.length
    total -= bytes.length
  }
  const bucketCount = Math.max(1, Math.ceil(total / bucketTarget))
  const buckets: (typeof encoded)[] = Array.from({ length: bucketCount }, () => [])
  for (const t of light) buckets[bucketOf(t.key, bucketCount)]!.push(t)
  const names: string[] = []
  for (const list of buckets) {
    const bytes = bucketFile(list)
    const name = hash(bytes)
    names.push(name)
    files.set(`search/index/${name}.bin`, bytes)
    bucketBytes += bytes.length
    largestBucket = Math.max(largestBucket, bytes.length)
  }

  const pagesFile = `${hash(lengths)}.pages.bin`
  files.set(`search/index/${pagesFile}`, lengths)
  const ids = new Map(pages.map((p, i) => [p.url, i]))
  const inFocus = pages.map((p, i) => (p.url.startsWith(FOCUS_PREFIX) ? i : -1)).filter((i) => i >= 0)
  const manifest: Manifest = {
    v: FORMAT_VERSION,
    pages: n,
    buckets: names,
    heavy,
    pagesFile,
    records: gen,
    types,
    focus: inFocus.length ? [inFocus[0]!, inFocus[inFocus.length - 1]! + 1] : [0, 0],
    synonyms: shipSynonyms(synonyms, (url) => ids.get(url)),
  }
  files.set('search/manifest.json', JSON.stringify(manifest))
  return {
    manifest,
    files,
    stats: { pages: n, tokens: encoded.length, buckets: bucketCount, heavyTokens: Object.keys(heavy).length, bucketBytes, largestBucket, recordBytes, pagesFileBytes: lengths.length },
  }
}
