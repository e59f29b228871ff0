import { articleLabel } from '@lawpoint/content-types/chinese-numerals'

/**
 * Residents type article numbers in Arabic digits; the law texts write 第一千零三十二条.
 * Rewrites 第1032条 / 第 1032 条 / 第1032 / 1032条 / a bare 1032 into 第一千零三十二条, surrounded by
 * spaces so that it stands as its own term (隐私权第1032条 → 隐私权 第一千零三十二条).
 * Full-width digits are folded by the NFKC step in query.ts. Numbers that are clearly not
 * article numbers are left alone: five or more digits, decimals, zero, and numbers followed by
 * a unit (2020年, 3月, 500元, 18岁, 30日, 10%, 2号 …).
 */
const unitAfter = '年月日号元岁周天个%％.．点时分秒万千百亿'

export function normaliseArticleNumbers(query: string): string {
  let out = query.replace(/第\s*(\d{1,4})\s*条?/g, (m, d: string) => (Number(d) > 0 ? ` ${label(d)} ` : m))
  out = out.replace(
    new RegExp(`(^|[^\\d.])(\\d{1,4})(\\s*条|(?![\\d${unitAfter}]))`, 'g'),
    (m, pre: string, d: string, after: string) => (Number(d) > 0 && (d[0] !== '0' || after.trim()) ? `${pre} ${label(d)} ` : m),
  )
  return out.replace(/\s+/g, ' ').trim()
}

const label = (digits: string) => articleLabel(Number(digits))
