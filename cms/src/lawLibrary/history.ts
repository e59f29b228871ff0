/**
 * What a law file says about the law besides its articles: the dated lines above `<!-- INFO END -->` (adopted,
 * amended, in force) and the dates derived from them. Pure: the importer, the collection and the tests use it.
 */

/** The database the shipped texts come from (laws/README.md). */
export const defaultLawSource = '国家法律法规数据库 https://flk.npc.gov.cn'

/** A law's key is a URL segment. */
export const lawKeyPattern = /^[a-z0-9-]+$/

/** 中华人民共和国劳动合同法 → 劳动合同法 */
export const shortTitleOf = (title: string) => title.replace(/^中华人民共和国/, '') || title

const dated = /^[(（]?\s*\d{4}\s*年/

/**
 * The history lines of a law file, as published: every line above `<!-- INFO END -->` that is not a heading.
 * A line the source wrapped (a long decision title) is joined to the dated line it continues; undated lines
 * before the first date (a title printed again) are left out.
 */
export function historyLines(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/)
  const end = lines.findIndex((l) => l.includes('<!-- INFO END -->'))
  if (end < 0) return []
  const out: string[] = []
  for (const raw of lines.slice(0, end)) {
    const line = raw.trim().replace(/[\s\u3000]+/g, ' ')
    if (!line || line.startsWith('#') || /^-{3,}$/.test(line)) continue
    if (dated.test(line)) out.push(line)
    else if (out.length) out[out.length - 1] += line
  }
  return out
}

export interface LawDates {
  /** The first 通过 (adopted) date. */
  adoptedAt?: string
  /** The stated 施行 / 实施 date (the latest stated), else the adoption date. */
  effectiveAt?: string
  /** The latest 修正 / 修订 (amendment or revision) date; none for a law never amended. */
  amendedAt?: string
}

const dateRe = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`

/**
 * Dates from the history lines. Each date governs the words after it up to the next date, so a line such as
 * “2001年…通过根据2009年…修正” counts as an adoption and an amendment. Amendments to the Constitution are
 * “通过的《…宪法修正案》”: the 修正 wins over the 通过.
 */
export function lawDates(history: readonly string[]): LawDates {
  const out: LawDates = {}
  let stated: string | undefined
  for (const line of history) {
    const matches = [...line.matchAll(dateRe)]
    matches.forEach((m, i) => {
      const date = iso(m[1]!, m[2]!, m[3]!)
      const words = line.slice(m.index! + m[0].length, matches[i + 1]?.index ?? line.length)
      if (/修正|修订|修改/.test(words)) {
        if (!out.amendedAt || date > out.amendedAt) out.amendedAt = date
      } else if (/施行|实施/.test(words)) {
        if (!stated || date > stated) stated = date
      } else if (/通过/.test(words)) {
        if (!out.adoptedAt || date < out.adoptedAt) out.adoptedAt = date
      }
    })
  }
  out.effectiveAt = stated ?? out.adoptedAt
  return out
}

/** The newest date a file mentions (for choosing between two versions of the same law): history first, then the file name. */
export function latestDate(history: readonly string[], fileName: string): string {
  const dates = history.flatMap((l) => [...l.matchAll(dateRe)].map((m) => iso(m[1]!, m[2]!, m[3]!)))
  const fromName = /\((\d{4}-\d{2}-\d{2})\)/.exec(fileName)?.[1]
  return [...dates, fromName ?? ''].sort().at(-1) ?? ''
}
