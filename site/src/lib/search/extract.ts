/**
 * The text a resident reads on a page, from its rendered HTML: the one definition the search index, the
 * result excerpts and the evaluation's ground truth (scripts/src/search-eval.ts) all use.
 *
 * Page conventions (the same ones stock Pagefind reads, so a comparison indexes the same pages the same way):
 *  - the searchable area is the element with `data-pagefind-body` (several are joined; a page without one is
 *    not searchable);
 *  - subtrees with `data-pagefind-ignore` are left out, and so are <script>, <style>, <template>, <noscript>
 *    (not shown while scripts run, and the search needs them) and elements with the `hidden` attribute;
 *  - the title is the page's first <h1>;
 *  - the kind of result comes from `data-pagefind-meta="type:…"` (SearchMeta.astro), else from
 *    `data-pagefind-filter="type:…"`.
 * Entities are decoded; whitespace collapses to one space as the browser shows it; block elements (p, li,
 * h1–h6, div, section, tr, td, br, dt, dd …) end a line, so a run of characters never joins across blocks.
 * Matching reads the text NFKC-normalised (full-width digits and letters, compatibility ideographs), as the
 * query side normalises (query.ts): matchingText.
 *
 * Build time and Node only (htmlparser2); the browser never parses pages.
 */
import { Parser } from 'htmlparser2'

export interface ExtractedPage {
  /** The first <h1>'s text ('' if none). */
  title: string
  /** The result kind (新闻, 普法解读 …), or '' if the page names none. */
  type: string
  /** The searchable text, lines separated by \n. */
  text: string
  /**
   * Where the title stands in `text` (UTF-16 offsets, end exclusive) when the first <h1> is part of the
   * searchable text; null otherwise. The index ranks title matches by it.
   */
  titleSpan: [number, number] | null
}

/** Elements whose start and end break a line (everything else is inline: a, strong, span, time, mark …). */
const blockElements = new Set(
  ('address article aside blockquote body br button caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr img input legend li main menu nav ol option p pre section select summary table tbody td ' +
    'textarea tfoot th thead tr ul video audio iframe canvas').split(' '),
)
/** Elements whose content is never read as page text. */
const skippedElements = new Set(['script', 'style', 'template', 'noscript'])

const BODY_ATTR = 'data-pagefind-body'
const BODY_MARKER = BODY_ATTR

/** The `type:` value among Pagefind's comma-separated `key:value` pairs. */
function typeFrom(value: string | undefined): string {
  if (!value) return ''
  for (const part of value.split(',')) {
    const m = /^\s*type\s*:(.*)$/s.exec(part)
    if (m) return m[1]!.trim()
  }
  return ''
}

/** A flat copy: the pieces of the text are slices of the whole page, which the page's text would keep alive. */
const copyOf = (s: string) => ` ${s}`.slice(1)

const markerBytes = new TextEncoder().encode(BODY_MARKER)
const utf8 = new TextDecoder()

/** The page from its first searchable area on, decoded (UTF-8 bytes: only that part is decoded). */
function fromBody(html: string | Uint8Array): string | null {
  if (typeof html === 'string') {
    const marker = html.indexOf(BODY_MARKER)
    const start = marker < 0 ? -1 : html.lastIndexOf('<', marker)
    return start < 0 ? null : html.slice(start)
  }
  const marker = indexOfBytes(html, markerBytes)
  const start = marker < 0 ? -1 : html.lastIndexOf(0x3c, marker)
  return start < 0 ? null : utf8.decode(html.subarray(start))
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!
  for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    let k = 1
    while (k < needle.length && hay[i + k] === needle[k]) k++
    if (k === needle.length) return i
  }
  return -1
}

/**
 * Reads a rendered page (its text, or its UTF-8 bytes). Returns null for a page without a searchable area
 * (redirects, the search page itself, 404). Only the part of the document from the first searchable area on
 * is decoded and parsed: the <head> with its inlined stylesheet is three quarters of every page.
 */
export function extractPage(html: string | Uint8Array): ExtractedPage | null {
  const from = fromBody(html)
  if (from === null) return null

  let out = ''
  /** 0: nothing pending; 1: a space; 2: a line break (wins over a space). */
  let pending = 0
  let bodyDepth = 0
  let skipDepth = 0
  const stack: { body: boolean; skip: boolean; block: boolean; h1: boolean }[] = []
  let title = ''
  let titleState: 'before' | 'in' | 'done' = 'before'
  let titleInText = false
  let titleStart = -1
  let titleEnd = -1
  let type = ''
  let filterType = ''

  const breakLine = () => {
    pending = 2
  }
  const emit = (raw: string) => {
    // HTML's white space (not \s: a no-break space stays, as the browser shows it)
    const text = raw.replace(/[ \t\n\r\f]+/g, ' ')
    if (text === ' ') {
      if (pending === 0) pending = 1
      return
    }
    if (!text) return
    const lead = text.charCodeAt(0) === 32
    const trail = text.length > 1 && text.charCodeAt(text.length - 1) === 32
    const core = text.slice(lead ? 1 : 0, trail ? -1 : undefined)
    if (lead && pending === 0) pending = 1
    if (out.length && pending) out += pending === 2 ? '\n' : ' '
    pending = trail ? 1 : 0
    if (titleState === 'in' && titleInText && titleStart < 0) titleStart = out.length
    out += core
  }

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const isBody = bodyDepth === 0 && BODY_ATTR in attrs
        const skip = skippedElements.has(name) || 'hidden' in attrs || 'data-pagefind-ignore' in attrs
        const block = blockElements.has(name)
        const h1 = name === 'h1' && titleState === 'before' && skipDepth === 0 && !skip
        stack.push({ body: isBody, skip, block, h1 })
        if (isBody) {
          bodyDepth++
          breakLine()
        }
        if (!type && attrs['data-pagefind-meta']) type = typeFrom(attrs['data-pagefind-meta'])
        if (!filterType && attrs['data-pagefind-filter']) filterType = typeFrom(attrs['data-pagefind-filter'])
        if (skip) skipDepth++
        if (block && bodyDepth && !skipDepth) breakLine()
        if (h1) {
          titleState = 'in'
          titleInText = bodyDepth > 0
        }
      },
      ontext(text) {
        if (skipDepth) return
        if (titleState === 'in') title += text
        if (bodyDepth) emit(text)
      },
      onclosetag() {
        const el = stack.pop()
        if (!el) return
        if (el.block && bodyDepth && !skipDepth) breakLine()
        if (el.skip) skipDepth--
        if (el.h1) {
          titleState = 'done'
          if (titleInText && titleStart >= 0) titleEnd = out.length
        }
        if (el.body) {
          bodyDepth--
          breakLine()
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(from)
  parser.end()

  title = title.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '')
  const titleSpan: [number, number] | null = titleInText && titleStart >= 0 && titleEnd > titleStart ? [titleStart, titleEnd] : null
  return { title: copyOf(title), type: copyOf(type || filterType), text: copyOf(out), titleSpan }
}

/**
 * The form searches match against: NFKC (full-width digits and letters as ASCII, compatibility ideographs
 * as unified ones), with the title span moved along. Lower-casing is left to the matcher (words only).
 */
export function matchingText(page: Pick<ExtractedPage, 'text' | 'titleSpan'>): { text: string; titleSpan: [number, number] | null } {
  if (!page.titleSpan) return { text: page.text.normalize('NFKC'), titleSpan: null }
  const [a, b] = page.titleSpan
  // Normalised piece by piece (the title is a block of its own: nothing combines across its edges).
  const before = page.text.slice(0, a).normalize('NFKC')
  const title = page.text.slice(a, b).normalize('NFKC')
  return { text: before + title + page.text.slice(b).normalize('NFKC'), titleSpan: [before.length, before.length + title.length] }
}
