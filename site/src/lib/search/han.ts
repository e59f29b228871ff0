/**
 * Chinese (Han) text helpers shared by the query side and the index side of the site search.
 *
 * Why: Pagefind's extended build stores Chinese as words plus overlapping two-character pieces,
 * and the browser re-splits queries with Intl.Segmenter, whose split does not always agree with the
 * index (第一千零三十二条 → 第一|千|零|三|十二条 finds nothing when quoted; unquoted, 广场报名 matches
 * every page holding 广场 and 报名 anywhere). So every page also carries an index-only stream of
 * ASCII tokens, one per overlapping pair of Han characters (see indexing.ts), and a Chinese run
 * of the query becomes an exact Pagefind phrase over those tokens: contiguous tokens ⇔ the run
 * occurs in the text. ASCII tokens are never re-split by Intl.Segmenter, so the query side
 * reproduces the index side exactly, in every browser.
 */

/** One Han character (CJK ideographs of all blocks, plus 〇). */
export const hanChar = /[\p{Script=Han}〇]/u
const hanRunGlobal = /[\p{Script=Han}〇]+/gu

export const isHan = (ch: string) => hanChar.test(ch)

/** The maximal runs of Han characters in a text, in order. */
export const hanRuns = (text: string): string[] => text.match(hanRunGlobal) ?? []

/** Base-36, fixed width 4: covers every code point (36^4 > 0x10FFFF). Memoised: every page's text goes through here. */
const codes = new Map<string, string>()
const code = (ch: string) => {
  let c = codes.get(ch)
  if (c === undefined) codes.set(ch, (c = ch.codePointAt(0)!.toString(36).padStart(4, '0')))
  return c
}

/** Prefix letter keeping the tokens apart from ordinary words ("q" + 8 or 4 base-36 digits). */
export const TOKEN_PREFIX = 'q'

/** Token of a pair of Han characters. */
export const pairToken = (a: string, b: string) => TOKEN_PREFIX + code(a) + code(b)
/** Token of a single Han character (only emitted for the last character of a run). */
export const charToken = (a: string) => TOKEN_PREFIX + code(a)

/**
 * The index-side token stream of one Han run: a token per overlapping pair, then the last
 * character alone. The trailing single token keeps two runs from ever forming a contiguous
 * pair sequence, and lets a one-character query find characters that end a run.
 */
export function runTokens(run: string): string[] {
  const c = Array.from(run, code)
  const out: string[] = []
  for (let i = 0; i + 1 < c.length; i++) out.push(TOKEN_PREFIX + c[i] + c[i + 1])
  if (c.length) out.push(TOKEN_PREFIX + c[c.length - 1])
  return out
}

/** Per code point: its base-36 code if it is a Han character, else null (the regex runs once per character). */
const hanCodes = new Map<number, string | null>()
function hanCode(cp: number): string | null {
  let c = hanCodes.get(cp)
  if (c === undefined) {
    const ch = String.fromCodePoint(cp)
    hanCodes.set(cp, (c = isHan(ch) ? code(ch) : null))
  }
  return c
}

/**
 * The token stream of a whole text: the same as hanRuns(text).flatMap(runTokens), in one pass without the
 * intermediate arrays (every page of the site goes through here at build time).
 */
export function textTokens(text: string): string[] {
  const out: string[] = []
  let prev: string | null = null
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) i++
    const c = hanCode(cp)
    if (c !== null && prev !== null) out.push(TOKEN_PREFIX + prev + c)
    else if (c === null && prev !== null) out.push(TOKEN_PREFIX + prev)
    prev = c
  }
  if (prev !== null) out.push(TOKEN_PREFIX + prev)
  return out
}

/**
 * The Pagefind query that finds exactly the pages whose text contains the Han run:
 * - two or more characters: the quoted (exact, contiguous) sequence of pair tokens;
 * - one character: the unquoted token, which Pagefind prefix-matches against every pair
 *   starting with that character and the run-final single token.
 */
export function phraseQuery(run: string): string {
  const chars = [...run]
  if (chars.length === 0) throw new Error('empty run')
  if (chars.length === 1) return charToken(chars[0]!)
  const tokens: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(pairToken(chars[i]!, chars[i + 1]!))
  return tokens.length === 1 ? `"${tokens[0]}"` : `"${tokens.join(' ')}"`
}
