import { describe, expect, it } from 'vitest'
import { articleLabel, chineseToNumber, numberToChinese } from '../src/chinese-numerals'
import { consultationState, daysLeft } from '../src/consultation'
import { maskPhone } from '../src/patterns'

describe('Chinese article numbers', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [105, '一百零五'],
    [1032, '一千零三十二'],
    [1165, '一千一百六十五'],
    [1260, '一千二百六十'],
  ])('%i ⇄ %s', (n, text) => {
    expect(numberToChinese(n)).toBe(text)
    expect(chineseToNumber(text)).toBe(n)
  })

  it('labels articles the way law texts do', () => {
    expect(articleLabel(1042)).toBe('第一千零四十二条')
  })
})

describe('derived states', () => {
  const now = new Date('2026-06-01T00:00:00Z')
  it('puts a consultation in the state its dates say', () => {
    expect(consultationState({ opensAt: '2026-06-02T00:00:00Z', closesAt: '2026-07-01T00:00:00Z' }, now)).toBe('upcoming')
    expect(consultationState({ opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-07-01T00:00:00Z' }, now)).toBe('open')
    expect(consultationState({ opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-06-01T00:00:00Z' }, now)).toBe('closed')
    expect(daysLeft('2026-06-03T12:00:00Z', now)).toBe(3)
  })

  it('masks phones', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
  })
})
