/**
 * Cuts pages' index text into tokens (format.ts: unigrams and bigrams per run of one character class, and the
 * page's result kind as a type token) and encodes each token's postings. Used for the whole site (build-index.ts) and for the pages an edit changed
 * (patch-index.ts): both write a page's part of a posting list with the same function, so a patched index is
 * byte for byte a fresh one.
 */
import { ByteWriter, charClass, TokenKind, typeToken, writeIds } from './format'

/** A token's postings as written into a bucket. */
export interface EncodedToken {
  kind: TokenKind
  bytes: Uint8Array
}
export type TokenMap = Map<string, EncodedToken>

/** One token of a set of pages: its pages (ascending) and, for a bigram, each page's part of the postings. */
export interface PageEntries {
  key: string
  kind: TokenKind
  pages: number[]
  segments?: Uint8Array[]
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

/**
 * Collects the tokens of every page as flat event lists (typed arrays: every character of the site goes
 * through here, and millions of small arrays would keep the garbage collector busy). Characters and pairs
 * get dense numbers as they are first seen. Pages are added in id order.
 */
export class Collector {
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
  private typePages = new Map<string, number[]>()

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

  add(page: number, text: string, titleLength: number, type: string) {
    if (type) (this.typePages.get(type) ?? this.typePages.set(type, []).get(type)!).push(page)
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

  /** Every token (unigrams, then bigrams) with its events grouped by page, page by page. */
  private *groups(): Generator<{ key: string; kind: TokenKind; events: Int32Array; pageOf: Int32Array }> {
    const uni = groupBy(this.uniChar.data, this.uniChar.length, this.chars.length)
    for (let c = 0; c < this.chars.length; c++) {
      const from = uni.start[c]!
      const to = uni.start[c + 1]!
      if (from < to) yield { key: this.chars[c]!, kind: TokenKind.Unigram, events: uni.order.subarray(from, to), pageOf: this.uniPage.data }
    }
    const bi = groupBy(this.evPair.data, this.evPair.length, this.pairA.length)
    for (let b = 0; b < this.pairA.length; b++) {
      const from = bi.start[b]!
      const to = bi.start[b + 1]!
      if (from < to) yield { key: this.chars[this.pairA[b]!]! + this.chars[this.pairB[b]!]!, kind: TokenKind.Bigram, events: bi.order.subarray(from, to), pageOf: this.evPage.data }
    }
  }

  /** One page's part of a bigram's postings: its events[k … end) (format.ts). */
  private writeSegment(w: ByteWriter, events: Int32Array, k: number, end: number) {
    const pos = this.evPos.data
    let inTitle = 0
    for (let j = k; j < end; j++) if (pos[events[j]!]! & TITLE) inTitle++
    w.uint((end - k) * 2 + (inTitle ? 1 : 0))
    if (inTitle) w.uint(inTitle)
    let prev = 0
    for (let j = k; j < end; j++) {
      const q = pos[events[j]!]! & ~TITLE
      w.uint(j === k ? q : q - prev)
      prev = q
    }
  }

  /** Every token's postings, written one after another into `w`, for an index of `pages` pages. */
  *tokens(w: ByteWriter, pages: number): Generator<{ key: string; kind: TokenKind; from: number; to: number }> {
    const ids = new Int32List()
    for (const { key, kind, events, pageOf } of this.groups()) {
      const from = w.length
      ids.length = 0
      for (let k = 0; k < events.length; k++) {
        const p = pageOf[events[k]!]!
        if (ids.length === 0 || ids.data[ids.length - 1] !== p) ids.push(p)
      }
      writeIds(w, ids.data.subarray(0, ids.length), pages)
      if (kind === TokenKind.Bigram)
        for (let k = 0; k < events.length; ) {
          const end = pageEnd(events, pageOf, k)
          this.writeSegment(w, events, k, end)
          k = end
        }
      yield { key, kind, from, to: w.length }
    }
    for (const [type, list] of this.typePages) {
      const from = w.length
      writeIds(w, list, pages)
      yield { key: typeToken(type), kind: TokenKind.Type, from, to: w.length }
    }
  }

  /** Every token with its pages and, for bigrams, each page's part of the postings (patch-index.ts). */
  *entries(): Generator<PageEntries> {
    for (const { key, kind, events, pageOf } of this.groups()) {
      const pages: number[] = []
      const segments: Uint8Array[] = []
      for (let k = 0; k < events.length; ) {
        const end = pageEnd(events, pageOf, k)
        pages.push(pageOf[events[k]!]!)
        if (kind === TokenKind.Bigram) {
          const w = new ByteWriter(16)
          this.writeSegment(w, events, k, end)
          segments.push(w.result())
        }
        k = end
      }
      yield kind === TokenKind.Bigram ? { key, kind, pages, segments } : { key, kind, pages }
    }
    for (const [type, list] of this.typePages) yield { key: typeToken(type), kind: TokenKind.Type, pages: [...list] }
  }
}

/** Where the run of events of the page of events[k] ends (events are grouped by page). */
function pageEnd(events: Int32Array, pageOf: Int32Array, k: number): number {
  const p = pageOf[events[k]!]!
  let end = k + 1
  while (end < events.length && pageOf[events[end]!] === p) end++
  return end
}
