import { afterEach, describe, expect, it, vi } from 'vitest'
import { cancelCodeFormat, checkInCodeFormat, codeAlphabet, patternBody, receiptFormat, receiptRandomLength } from '../src/codes'
import { cancelRequest, statusLookup } from '../src/submissions'

afterEach(() => vi.restoreAllMocks())

describe('random codes', () => {
  it('draw again rather than favour small values (rejection sampling)', async () => {
    const length = cancelCodeFormat.generate().length
    // The first draw is above the last whole multiple of the alphabet's size: it must be dropped, not wrapped.
    const random = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(((buf: Uint32Array) => (buf.fill(5), (buf[0] = 2 ** 32 - 1), buf)) as never)
    vi.resetModules() // a fresh module: its pool of random words starts empty
    const fresh = await import('../src/codes')
    expect(fresh.cancelCodeFormat.generate()).toBe(codeAlphabet[5]!.repeat(length))
    // One call fills the pool for many codes.
    for (let i = 0; i < 50; i++) fresh.cancelCodeFormat.generate()
    expect(random).toHaveBeenCalledTimes(1)
  })
})

describe('receipts', () => {
  it('are YJ, the Beijing date as yymmdd and nine random characters in groups of three', () => {
    const r = receiptFormat.generate(new Date('2026-11-28T10:00:00Z'))
    expect(r).toMatch(new RegExp(`^YJ261128-[${codeAlphabet}]{3}-[${codeAlphabet}]{3}-[${codeAlphabet}]{3}$`))
    expect(receiptFormat.test(r)).toBe(true)
    // 17:00 UTC is already the next day in Beijing.
    expect(receiptFormat.generate(new Date('2026-11-28T17:00:00Z'))).toMatch(/^YJ261129-/)
  })
  it('cannot be guessed: at least 40 bits of randomness, drawn evenly from the whole alphabet', () => {
    const bits = receiptRandomLength * Math.log2(codeAlphabet.length)
    expect(bits).toBeGreaterThanOrEqual(40)
    const r = receiptFormat.generate()
    expect(r.replace(/^YJ\d{6}/, '').replaceAll('-', '')).toHaveLength(receiptRandomLength)
    const seen = new Set<string>()
    for (let i = 0; i < 3000; i++) for (const c of receiptFormat.generate().slice(9).replaceAll('-', '')) seen.add(c)
    expect([...seen].sort().join('')).toBe([...codeAlphabet].sort().join(''))
  })
  it('are accepted in any case, with or without separators, half- or full-width, and stored grouped', () => {
    for (const typed of [' yj261128k7m2qx9ab ', 'YJ261128-K7M-2QX-9AB', 'YJ 261128 K7M 2QX 9AB', 'yj261128 k7m-2qx 9ab', 'ＹＪ２６１１２８－Ｋ７Ｍ－２ＱＸ－９ＡＢ', 'YJ261128\u3000K7M2QX9AB']) {
      expect(receiptFormat.normalise(typed), typed).toBe('YJ261128-K7M-2QX-9AB')
      expect(receiptFormat.test(typed), typed).toBe(true)
      expect(statusLookup.shape.receipt.parse(typed)).toBe('YJ261128-K7M-2QX-9AB')
    }
    for (const bad of ['YJ261128-K7M-2QX-9A', 'YJ261128-K7M-2QX-9ABC', 'YJ202611280001', 'XJ261128-K7M-2QX-9AB', 'YJ2611-K7M-2QX-9AB', ''])
      expect(receiptFormat.test(bad), bad).toBe(false)
  })
  it('give the browser a pattern that takes what residents type (case aside) and what the site shows', () => {
    const html = new RegExp(`^(?:${patternBody(receiptFormat.pattern)})$`, 'v')
    for (const typed of ['YJ261128-K7M-2QX-9AB', 'YJ261128K7M2QX9AB', 'YJ 261128 K7M 2QX 9AB', 'YJ261128－K7M－2QX－9AB', receiptFormat.example]) expect(html.test(typed), typed).toBe(true)
    for (const bad of ['YJ261128-K7M-2QX', 'YJ202611280001']) expect(html.test(bad), bad).toBe(false)
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
    expect(patternBody(receiptFormat.pattern)).toBe(receiptFormat.pattern.source.slice(1, -1))
    expect(patternBody(cancelCodeFormat.pattern)).toBe('[A-Z0-9]{8}')
  })
})
