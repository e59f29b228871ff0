/**
 * The codes residents read out and type in: the opinion receipt, and a sign-up's check-in and cancel codes.
 * Each format is defined once — what is generated, what is accepted, how input is tidied — and the CMS
 * (generation, lookups), the zod schemas and the site's HTML pattern attributes all read it from here.
 * Randomness from globalThis.crypto, so it runs in Node and in browsers alike.
 */

/** A uniform integer in [0, n), by rejection sampling: plain `% n` would favour the small values. */
export function randomInt(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`randomInt: ${n}`)
  const limit = 2 ** 32 - (2 ** 32 % n)
  const buf = new Uint32Array(1)
  for (;;) {
    globalThis.crypto.getRandomValues(buf)
    if (buf[0]! < limit) return buf[0]! % n
  }
}

export interface CodeFormat {
  /** What a stored code looks like, after normalise(). */
  pattern: RegExp
  /** For hints next to the input. */
  example: string
  /** A fresh code; `now` for formats that carry a date. */
  generate(now?: Date): string
  /** Typed input as it is stored and looked up: trimmed, upper case. */
  normalise(input: string): string
  /** Whether typed input, once normalised, has the format. */
  test(input: string): boolean
}

const normalise = (input: string) => input.trim().toUpperCase()

function format(pattern: RegExp, example: string, generate: (now: Date) => string): CodeFormat {
  return { pattern, example, generate: (now = new Date()) => generate(now), normalise, test: (input) => pattern.test(normalise(input)) }
}

/**
 * Opinion receipts: YJ, the UTC date as yymmdd, then six random digits (YJ261128042517). Short to read out,
 * yet not guessable in sequence.
 */
export const receiptFormat = format(/^YJ\d{12}$/, 'YJ202611280001', (now) => {
  const day = now.toISOString().slice(2, 10).replaceAll('-', '')
  return `YJ${day}${String(randomInt(1_000_000)).padStart(6, '0')}`
})

// No 0/O, 1/I/L: codes are read aloud and typed by elderly residents.
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/**
 * `length` characters drawn from codeAlphabet. Any letters or digits of that length are accepted, so a code entered
 * by staff (or a mistyped one) gets "not found" rather than "wrong format".
 */
function letterCode(length: number, example: string): CodeFormat {
  return format(new RegExp(`^[A-Z0-9]{${length}}$`), example, () => {
    let code = ''
    for (let i = 0; i < length; i++) code += codeAlphabet[randomInt(codeAlphabet.length)]
    return code
  })
}

/** Shown at the door (and in the QR code) to check in. */
export const checkInCodeFormat = letterCode(8, 'K7M2QX9A')
/** The registrant's own key to cancel or see the sign-up. */
export const cancelCodeFormat = letterCode(8, 'R4TW8HNB')

/** A pattern's source without its anchors: for an HTML pattern attribute, which is implicitly anchored. */
export const patternBody = (pattern: RegExp) => pattern.source.replace(/^\^/, '').replace(/\$$/, '')
