const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 }

/** 一千一百六十五 → 1165; 十二 → 12. Returns NaN for text that is not a numeral. */
export function chineseToNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  let total = 0
  let section = 0
  let current = 0
  for (const ch of text) {
    if (ch in digits) current = digits[ch]!
    else if (ch === '万') {
      total += (section + current) * 10000
      section = 0
      current = 0
    } else if (ch in units) {
      section += (current || 1) * units[ch]!
      current = 0
    } else return Number.NaN
  }
  return total + section + current
}

const numeralChars = '零一二三四五六七八九'
/** 1165 → 一千一百六十五 (the way law texts write article numbers). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`)
  if (n >= 10000) throw new RangeError(`too large for an article number: ${n}`)
  if (n === 0) return '零'
  const parts: string[] = []
  const unitNames = ['', '十', '百', '千']
  const s = String(n)
  let pendingZero = false
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i])
    const unit = unitNames[s.length - 1 - i]!
    if (d === 0) {
      pendingZero = parts.length > 0
      continue
    }
    if (pendingZero) parts.push('零')
    pendingZero = false
    parts.push(numeralChars[d]! + unit)
  }
  let out = parts.join('')
  if (n >= 10 && n < 20) out = out.replace(/^一十/, '十')
  return out
}

/** 第一千一百六十五条 */
export const articleLabel = (n: number) => `第${numberToChinese(n)}条`
