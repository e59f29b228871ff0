import { afterEach, describe, expect, it, vi } from 'vitest'
import { cancelCodeFormat, checkInCodeFormat, codeAlphabet, patternBody, randomInt, receiptFormat } from '../src/codes'
import { cancelRequest, statusLookup } from '../src/submissions'

afterEach(() => vi.restoreAllMocks())

describe('randomInt', () => {
  it('stays in range and reaches every value', () => {
    const seen = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const n = randomInt(7)
      expect(n).toBeGreaterThanOrEqual(0)
      expect(n).toBeLessThan(7)
      seen.add(n)
    }
    expect(seen.size).toBe(7)
  })
  it('draws again rather than favour small values', () => {
    const draws = [2 ** 32 - 1, 5]
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(((buf: Uint32Array) => ((buf[0] = draws.shift()!), buf)) as never)
    expect(randomInt(10)).toBe(5)
  })
})

describe('receipts', () => {
  it('are YJ, the UTC date as yymmdd and six digits', () => {
    const r = receiptFormat.generate(new Date('2026-11-28T10:00:00Z'))
    expect(r).toMatch(/^YJ261128\d{6}$/)
    expect(receiptFormat.test(r)).toBe(true)
  })
  it('are accepted in lower case and with spaces around', () => {
    expect(receiptFormat.normalise(' yj261128000001 ')).toBe('YJ261128000001')
    expect(receiptFormat.test(' yj261128000001 ')).toBe(true)
    expect(receiptFormat.test('YJ26112800000')).toBe(false)
    expect(statusLookup.shape.receipt.parse(' yj261128000001 ')).toBe('YJ261128000001')
  })
})

describe('check-in and cancel codes', () => {
  it('use only unambiguous characters', () => {
    expect(codeAlphabet).not.toMatch(/[01ILO]/)
    for (const f of [checkInCodeFormat, cancelCodeFormat])
      for (let i = 0; i < 200; i++) {
        const code = f.generate()
        expect(code).toMatch(new RegExp(`^[${codeAlphabet}]{8}$`))
        expect(f.test(code)).toBe(true)
      }
  })
  it('accept any eight letters or digits, in any case', () => {
    expect(cancelCodeFormat.test('abcd1234')).toBe(true)
    expect(cancelCodeFormat.test('ABCD123')).toBe(false)
    expect(cancelRequest.shape.cancelCode.parse(' abcd2345 ')).toBe('ABCD2345')
    expect(cancelRequest.shape.cancelCode.safeParse('ABC-2345').success).toBe(false)
  })
  it('have examples of their own format', () => {
    for (const f of [receiptFormat, checkInCodeFormat, cancelCodeFormat]) expect(f.test(f.example)).toBe(true)
  })
  it('give the HTML pattern attribute its body', () => {
    expect(patternBody(receiptFormat.pattern)).toBe('YJ\\d{12}')
    expect(patternBody(cancelCodeFormat.pattern)).toBe('[A-Z0-9]{8}')
  })
})
