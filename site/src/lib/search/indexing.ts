/**
 * Build-time side of the search (see han.ts for why). For the page engineer:
 *
 * Inside the page's `data-pagefind-body` element, add once
 *
 *   <Fragment set:html={searchIndexHtml({ text: [title, label, articleText, explanationText].join('\n'), aliases })} />
 *
 * where `text` is ALL the text the page shows in its data-pagefind-body (what is not passed
 * cannot be found by a Chinese phrase), and `aliases` the explainer's `aliases` (彩礼, …).
 * It emits hidden, empty elements carrying `data-pagefind-meta`:
 *   - `zhq`: the ASCII pair-token stream of the text and the aliases (index-only; never show it);
 *   - `aliases`: the aliases joined by 、 (the search ranks explainers whose alias matches first);
 *   - `type`: the result type label, if given (shown next to the result, e.g. 法条解读).
 * Nothing visible changes. Recommended as well, for the stock ranking the search uses to order
 * results: `data-pagefind-weight="10"` on the heading holding the article label (第一千零三十二条).
 */
import { textTokens } from './han'

export const TOKENS_META = 'zhq'
export const ALIASES_META = 'aliases'

export interface SearchIndexInput {
  /** The page's searchable text (everything inside data-pagefind-body). */
  text: string
  /** Popular names for the page's subject, from LawExplainer.aliases. */
  aliases?: readonly string[] | null
  /** A short label for the kind of page (法条解读, 新闻, 讲座 …). */
  type?: string | null
}

const metaSafe = (s: string) => s.replace(/[,:"<>&\n\r]/g, ' ').replace(/\s+/g, ' ').trim()

/** The data-pagefind-meta attribute values, e.g. ['zhq:q0inz0h8a …', 'aliases:彩礼、天价彩礼']. */
export function searchIndexMeta({ text, aliases, type }: SearchIndexInput): string[] {
  const names = (aliases ?? []).map(metaSafe).filter(Boolean)
  const tokens = [text, ...names].flatMap(textTokens)
  const out = [`${TOKENS_META}:${tokens.join(' ')}`]
  if (names.length) out.push(`${ALIASES_META}:${names.join('、')}`)
  if (type && metaSafe(type)) out.push(`type:${metaSafe(type)}`)
  return out
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The hidden elements as HTML (for `set:html`). */
export function searchIndexHtml(input: SearchIndexInput): string {
  return searchIndexMeta(input)
    .map((m) => `<span hidden data-pagefind-meta="${attr(m)}"></span>`)
    .join('')
}
