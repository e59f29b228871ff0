/**
 * Every upload the site shows, found in the snapshot: the upload fields of each document type and the upload
 * nodes inside rich text. Pure: the snapshot in, the media documents out (each once, by id).
 */
import type { PublicMedia, SiteSnapshot } from '@lawpoint/content-types'

type Ref = PublicMedia | number | null | undefined
export const isMedia = (ref: unknown): ref is PublicMedia =>
  typeof ref === 'object' && ref !== null && typeof (ref as PublicMedia).filename === 'string' && typeof (ref as PublicMedia).id === 'number'

type Node = { type?: string; value?: unknown; children?: Node[] }
/** Upload nodes of a Lexical document, in reading order (their value is the media document at depth 1). */
export function richTextUploads(doc: unknown): PublicMedia[] {
  const out: PublicMedia[] = []
  const walk = (nodes: Node[] | undefined) => {
    for (const n of nodes ?? []) {
      if (n.type === 'upload' && isMedia(n.value)) out.push(n.value)
      walk(n.children)
    }
  }
  walk((doc as { root?: { children?: Node[] } } | null | undefined)?.root?.children)
  return out
}

export function collectMedia(snapshot: Pick<SiteSnapshot, 'news' | 'lectures' | 'squareEvents' | 'recaps' | 'consultations' | 'explainers'>): PublicMedia[] {
  const found = new Map<number, PublicMedia>()
  const add = (refs: Ref[]) => {
    for (const r of refs) if (isMedia(r)) found.set(r.id, r)
  }
  for (const n of snapshot.news) add([n.cover, ...richTextUploads(n.body)])
  for (const l of snapshot.lectures) add([l.cover, ...richTextUploads(l.body)])
  for (const e of snapshot.squareEvents) add([...(e.photos ?? []), ...richTextUploads(e.body)])
  for (const r of snapshot.recaps) add([...(r.gallery ?? []), ...richTextUploads(r.body)])
  for (const c of snapshot.consultations) add([...(c.attachments ?? []), ...richTextUploads(c.explanation), ...richTextUploads(c.result?.body)])
  for (const x of snapshot.explainers) add(richTextUploads(x.explanation))
  return [...found.values()].sort((a, b) => a.id - b.id)
}
