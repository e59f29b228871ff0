/**
 * The site search's static index: its file layout, binary encoding and tokens, shared by the build
 * (build-index.ts, Node) and the browser (engine.ts). Browser-safe: no Node imports. docs/search.md
 * describes the design.
 *
 * Text is matched in its NFKC, lower-cased form (extract.ts › matchingText). It is cut into runs of one
 * class: Han characters (with 〇), or word characters (other letters, digits, _). Per run the index holds
 *  - every overlapping pair of characters (a bigram) → the pages holding it, and in each the positions
 *    (UTF-16 offsets) where it starts;
 *  - every character (a unigram) → the pages holding it (one-character queries).
 * A query term of n ≥ 2 characters occurs in a page iff, for some p, each bigram of a cover of the term
 * (pairs at offsets 0, 2, 4 …, and n − 2: together they pin every character) starts at p + its offset.
 * Each page's positions count from its title: the page text is indexed as title, line break, the rest, so
 * "the title holds the term" is "the match lies in the first positions", which the postings mark.
 *
 * Files (all under /search/):
 *  manifest.json            the entry point, revalidated on every visit: page count, bucket files, the pages
 *                           file, the records folder, the synonyms (with the page id a dictionary term names)
 *  index/<hash>.bin         postings buckets: token → postings, a token's bucket chosen by a stable hash;
 *                           content-addressed, cached for a year (a name changes iff its content does)
 *  index/<hash>.pages.bin   one byte per page: its length (log scale), for the ranking
 *  records/<gen>/<n>.json   the result records ({ url, title, type, text }) of pages 4n … 4n + 3, fetched for
 *                           the results shown; <gen> is a digest of the page list, so ids never point at another
 *                           page
 */

export const SEARCH_DIR = '/search/'
export const MANIFEST_PATH = '/search/manifest.json'
export const INDEX_DIR = '/search/index/'
export const RECORDS_DIR = '/search/records/'

export const FORMAT_VERSION = 2

/**
 * Result records per file. One file per page made half of a library build's 47,000 files, each a system call or
 * more for every publish (linked, then checked), for records of 0.5 KB gzipped; four to a file cut that by three
 * quarters and add at most 1.5 KB gzipped per result shown (neighbouring articles often share a file).
 */
export const RECORDS_PER_FILE = 4
/** The file holding page `id`'s record: an array in page order, the record at `id % RECORDS_PER_FILE`. */
export const recordFile = (gen: string, id: number) => `${RECORDS_DIR}${gen}/${Math.floor(id / RECORDS_PER_FILE)}.json`

/** Synonym entry as shipped: [term, expansions, page id of the article a dictionary term names (or -1)]. */
export type ShippedSynonym = [term: string, expansions: string[], target: number]

export interface Manifest {
  v: number
  /** Number of pages (ids 0 … pages − 1, by URL). */
  pages: number
  /** Content hashes of the buckets, in bucket order: index/<hash>.bin. */
  buckets: string[]
  /**
   * Tokens whose postings are large (pairs of boilerplate found on most pages) have a file of their own
   * (index/<hash>.bin, a one-token bucket) instead of a place in a bucket: token → [hash, bytes]. The query
   * side avoids them where it can (termCover with a cost).
   */
  heavy: Record<string, [string, number]>
  /** index/<pagesFile> */
  pagesFile: string
  /** records/<records>/<n>.json (recordFile) */
  records: string
  /** The result kinds pages name (for filters), in the order of their type tokens. */
  types: string[]
  /**
   * Page ids [from, to) of the site's focus, the Civil Code (/civil-code/…): among pages whose titles hold the
   * query equally, its articles come first (第1032条 without a law's name means the Civil Code's).
   */
  focus: [number, number]
  synonyms: ShippedSynonym[]
}

export interface PageRecord {
  url: string
  title: string
  type: string
  /** The text the resident reads on the page (extract.ts), for the excerpt. */
  text: string
}

/** What a bucket entry holds: one character's pages, a pair's pages and positions, or a result kind's pages. */
export const TokenKind = { Unigram: 0, Bigram: 1, Type: 2 } as const
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind]

/** The token of a result kind (a control character never occurs in text tokens). */
export const typeToken = (type: string) => `\u0001${type}`

/** FNV-1a over UTF-16 code units: the bucket of a token, the same in Node and every browser. */
export function bucketOf(token: string, buckets: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193)
  return (h >>> 0) % buckets
}

const hanChar = /[\p{Script=Han}〇]/u
const wordChar = /[\p{L}\p{N}_]/u

/** 1: Han, 2: word character, 0: anything else (a separator). */
export function charClass(ch: string): 0 | 1 | 2 {
  if (hanChar.test(ch)) return 1
  return wordChar.test(ch) ? 2 : 0
}

/** Length quantised to one byte on a log scale (1.05 steps): enough for the ranking. */
export const quantiseLength = (n: number) => Math.min(255, Math.round(Math.log1p(n) / Math.log(1.05)))
export const lengthOf = (q: number) => Math.expm1(q * Math.log(1.05))

/**
 * The bigrams a term needs to be found exactly: characters of the term with their UTF-16 offsets, and a
 * cover of pairs — every character in at least one chosen pair. By default pairs at offsets 0, 2, 4 …, plus
 * the last pair when the count is odd; with `cost` (a pair's bytes to fetch), the cheapest cover (a pair of
 * boilerplate found on every page is avoided where a rarer pair covers the same characters).
 */
export function termCover(term: string, cost?: (token: string) => number): { chars: string[]; cover: { token: string; offset: number }[] } {
  const chars = Array.from(term)
  const offsets: number[] = []
  let o = 0
  for (const c of chars) {
    offsets.push(o)
    o += c.length
  }
  const cover: { token: string; offset: number }[] = []
  const n = chars.length
  if (n < 2) return { chars, cover }
  const at = (i: number) => ({ token: chars[i]! + chars[i + 1]!, offset: offsets[i]! })
  if (!cost) {
    for (let i = 0; i + 1 < n; i += 2) cover.push(at(i))
    if (n % 2 === 1) cover.push(at(n - 2))
    return { chars, cover }
  }
  // best[j][c]: cheapest choice of pairs at offsets ≥ j covering characters j … n−1, where c says whether
  // character j is covered already (by the pair at j − 1); take[j][c]: whether that choice takes the pair at j.
  const best = Array.from({ length: n + 1 }, () => [Infinity, Infinity])
  const take = Array.from({ length: n + 1 }, () => [false, false])
  best[n] = [0, 0]
  for (let j = n - 1; j >= 0; j--) {
    for (const c of [0, 1]) {
      const skip = c ? best[j + 1]![0]! : Infinity
      const pick = j <= n - 2 ? cost(at(j).token) + best[j + 1]![1]! : Infinity
      best[j]![c] = Math.min(skip, pick)
      take[j]![c] = pick < skip
    }
  }
  for (let j = 0, c = 0; j < n; j++) {
    const t = take[j]![c]!
    if (t) cover.push(at(j))
    c = t ? 1 : 0
  }
  return { chars, cover }
}

// ---- varints ----

export class ByteWriter {
  private buf: Uint8Array
  length = 0
  constructor(capacity = 1024) {
    this.buf = new Uint8Array(capacity)
  }
  private grow(n: number) {
    if (this.length + n <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.length + n) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buf.subarray(0, this.length))
    this.buf = next
  }
  uint(v: number) {
    this.grow(5)
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buf[this.length++] = v
  }
  byte(v: number) {
    this.grow(1)
    this.buf[this.length++] = v
  }
  bytes(b: Uint8Array) {
    this.grow(b.length)
    this.buf.set(b, this.length)
    this.length += b.length
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length)
  }
  reset() {
    this.length = 0
  }
  /** The bytes written so far, without copying (valid until the next write). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length)
  }
}

export const varintLength = (v: number) => (v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5)

export class ByteReader {
  pos: number
  constructor(
    readonly buf: Uint8Array,
    pos = 0,
  ) {
    this.pos = pos
  }
  uint(): number {
    const buf = this.buf
    let b = buf[this.pos++]!
    if (b < 0x80) return b
    let v = b & 0x7f
    b = buf[this.pos++]!
    if (b < 0x80) return v | (b << 7)
    v |= (b & 0x7f) << 7
    b = buf[this.pos++]!
    if (b < 0x80) return v | (b << 14)
    v |= (b & 0x7f) << 14
    b = buf[this.pos++]!
    if (b < 0x80) return v | (b << 21)
    v |= (b & 0x7f) << 21
    b = buf[this.pos++]!
    return v + b * 2 ** 28
  }
  byte(): number {
    return this.buf[this.pos++]!
  }
}

// ---- postings ----

/**
 * Page ids, ascending: as a bitmap over all pages when that is smaller, else as varint deltas.
 * Header: count × 2 + (1 if bitmap).
 */
export function writeIds(w: ByteWriter, ids: ArrayLike<number>, pages: number) {
  let deltaBytes = 0
  let prev = -1
  for (let i = 0; i < ids.length; i++) {
    deltaBytes += varintLength(ids[i]! - prev - 1)
    prev = ids[i]!
  }
  const bitmapBytes = Math.ceil(pages / 8)
  if (bitmapBytes < deltaBytes) {
    w.uint(ids.length * 2 + 1)
    const bits = new Uint8Array(bitmapBytes)
    for (let i = 0; i < ids.length; i++) bits[ids[i]! >> 3]! |= 1 << (ids[i]! & 7)
    w.bytes(bits)
  } else {
    w.uint(ids.length * 2)
    prev = -1
    for (let i = 0; i < ids.length; i++) {
      w.uint(ids[i]! - prev - 1)
      prev = ids[i]!
    }
  }
}

export function readIds(r: ByteReader, pages: number): Int32Array {
  const head = r.uint()
  const n = Math.floor(head / 2)
  const ids = new Int32Array(n)
  if (head & 1) {
    const bytes = Math.ceil(pages / 8)
    let k = 0
    for (let b = 0; b < bytes && k < n; b++) {
      const v = r.buf[r.pos + b]!
      if (!v) continue
      for (let bit = 0; bit < 8; bit++) if (v & (1 << bit)) ids[k++] = b * 8 + bit
    }
    r.pos += bytes
  } else {
    let prev = -1
    for (let i = 0; i < n; i++) ids[i] = prev = prev + 1 + r.uint()
  }
  return ids
}

/** A token's postings, decoded. For bigrams: positions of page i are pos[start[i] … start[i + 1]), the first `inTitle[i]` of them in the title. */
export interface Postings {
  ids: Int32Array
  start?: Int32Array
  pos?: Int32Array
  inTitle?: Int32Array
}

export function readPostings(kind: TokenKind, bytes: Uint8Array, offset: number, pages: number): Postings {
  const r = new ByteReader(bytes, offset)
  const ids = readIds(r, pages)
  if (kind !== TokenKind.Bigram) return { ids }
  const n = ids.length
  const start = new Int32Array(n + 1)
  const inTitle = new Int32Array(n)
  // at least one position per page; grown when needed
  let pos = new Int32Array(Math.max(16, n * 2))
  let at = 0
  for (let i = 0; i < n; i++) {
    start[i] = at
    const head = r.uint()
    const count = Math.floor(head / 2)
    inTitle[i] = head & 1 ? r.uint() : 0
    if (at + count > pos.length) {
      const next = new Int32Array(Math.max(pos.length * 2, at + count))
      next.set(pos)
      pos = next
    }
    let p = 0
    for (let j = 0; j < count; j++) pos[at++] = p = j === 0 ? r.uint() : p + r.uint()
  }
  start[n] = at
  return { ids, start, pos: pos.subarray(0, at), inTitle }
}

/** A bucket's directory: token → where its postings start, and of which kind. */
export function readBucket(bytes: Uint8Array): Map<string, { kind: TokenKind; offset: number }> {
  const r = new ByteReader(bytes)
  const n = r.uint()
  const out = new Map<string, { kind: TokenKind; offset: number }>()
  for (let i = 0; i < n; i++) {
    const len = r.uint()
    let key = ''
    for (let k = 0; k < len; k++) key += String.fromCharCode(r.uint())
    const kind = r.byte() as TokenKind
    const size = r.uint()
    out.set(key, { kind, offset: r.pos })
    r.pos += size
  }
  return out
}
