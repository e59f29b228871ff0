/**
 * An index patched instead of rebuilt, when a publish changed a few pages and kept the page list (the common
 * edit: an article corrected). A token's postings are its pages in id order and, for a bigram, each page's part;
 * so the tokens of the changed pages, before and after, are the only ones whose bytes can change. Those are
 * decoded, the changed pages' parts replaced (written by the same Collector as a full build), and encoded
 * again. Every other token keeps its bytes. build-index.ts checks nothing else differs (same URLs, same page ids).
 */
import { Collector, type EncodedToken, type PageEntries, type TokenMap } from './collector'
import { ByteReader, ByteWriter, readIds, TokenKind, writeIds } from './format'

export interface PatchPage {
  text: string
  titleLength: number
  type: string
}

/** A token's pages in a set of changed pages, with each page's part (null for unigrams and types). */
type Edit = { kind: TokenKind; parts: Map<number, Uint8Array | null | undefined> }

/** The tokens of pages ids[i], as entries with the real page ids. */
function entriesOf(pages: PatchPage[], ids: number[]): PageEntries[] {
  const collector = new Collector()
  pages.forEach((p, i) => collector.add(i, p.text, p.titleLength, p.type))
  return [...collector.entries()].map((e) => ({ ...e, pages: e.pages.map((i) => ids[i]!) }))
}

/**
 * Patches `tokens` in place for pages `ids` changed from `before` to `after` (same order); returns the keys
 * whose bytes may differ. (In place: copying the map took a fifth of a patch. The caller gives up the state it
 * came from: build-index.ts › IndexState.)
 */
export function patchTokens(tokens: TokenMap, ids: number[], before: PatchPage[], after: PatchPage[], pages: number): Set<string> {
  const edits = new Map<string, Edit>()
  const edit = (key: string, kind: TokenKind) => edits.get(key) ?? edits.set(key, { kind, parts: new Map() }).get(key)!
  // Every changed page leaves the tokens it had, then joins the ones it has.
  for (const e of entriesOf(before, ids)) for (const id of e.pages) edit(e.key, e.kind).parts.set(id, undefined)
  for (const e of entriesOf(after, ids)) e.pages.forEach((id, i) => edit(e.key, e.kind).parts.set(id, e.segments?.[i] ?? null))
  const changed = new Set(ids)
  for (const [key, { kind, parts }] of edits) {
    const token = patchToken(tokens.get(key), kind, changed, parts, pages)
    if (token) tokens.set(key, token)
    else tokens.delete(key)
  }
  return new Set(edits.keys())
}

function patchToken(old: EncodedToken | undefined, kind: TokenKind, changed: Set<number>, parts: Edit['parts'], pages: number): EncodedToken | undefined {
  const added = [...parts].filter((e): e is [number, Uint8Array | null] => e[1] !== undefined).sort((a, b) => a[0] - b[0])
  const ids: number[] = []
  const segments: Uint8Array[] = []
  const keep = (id: number, segment: Uint8Array | null) => {
    ids.push(id)
    if (segment) segments.push(segment)
  }
  let j = 0
  if (old) {
    const r = new ByteReader(old.bytes)
    const oldIds = readIds(r, pages)
    for (const id of oldIds) {
      while (j < added.length && added[j]![0] < id) keep(...added[j++]!)
      const segment = kind === TokenKind.Bigram ? skipSegment(r) : null
      if (!changed.has(id)) keep(id, segment)
    }
  }
  while (j < added.length) keep(...added[j++]!)
  if (!ids.length) return undefined
  const w = new ByteWriter(64)
  writeIds(w, ids, pages)
  for (const s of segments) w.bytes(s)
  return { kind, bytes: w.result() }
}

/** Reads past one page's part of a bigram's postings (format.ts), returning its bytes. */
function skipSegment(r: ByteReader): Uint8Array {
  const start = r.pos
  const head = r.uint()
  if (head & 1) r.uint()
  for (let k = Math.floor(head / 2); k > 0; k--) r.uint()
  return r.buf.subarray(start, r.pos)
}
