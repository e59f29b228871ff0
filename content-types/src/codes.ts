/**
 * The codes residents read out and type in: the opinion receipt, and a sign-up's check-in and cancel codes.
 * Each format is defined once — what is generated, what is accepted, how input is tidied — and the CMS
 * (generation, lookups), the zod schemas and the site's HTML pattern attributes all read it from here.
 * Randomness from globalThis.crypto, so it runs in Node and in browsers alike.
 */

export interface CodeFormat {
  /**
   * What an accepted code looks like once upper-cased: the schemas check normalise()'s result with it and the
   * site's HTML pattern attributes check typed input with it (so it also allows the separators a format allows).
   */
  pattern: RegExp
  /** For hints next to the input. */
  example: string
  /** A fresh code; `now` for formats that carry a date. */
  generate(now?: Date): string
  /** Typed input as it is stored and looked up: trimmed, upper case (receipts: grouped with hyphens). */
  normalise(input: string): string
  /** Whether typed input, once normalised, has the format. */
  test(input: string): boolean
}

const normalise = (input: string) => input.trim().toUpperCase()

function format(pattern: RegExp, example: string, generate: (now: Date) => string, tidy = normalise): CodeFormat {
  return { pattern, example, generate: (now = new Date()) => generate(now), normalise: tidy, test: (input) => pattern.test(tidy(input)) }
}

// No 0/O, 1/I/L: codes are read aloud and typed by elderly residents.
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/**
 * `length` characters of codeAlphabet, uniform (rejection sampling: plain `% n` would favour the small values).
 * Random words come from a pool filled 1,024 at a time (as Node's randomUUID keeps its entropy): a receipt is
 * drawn for every opinion, and each call for random values is a trip into the system's generator (in Next's
 * server through its wrapper too): one call per code was still 6 % of the intake's CPU at 100 clients.
 */
const pool = new Uint32Array(1024)
let poolAt = pool.length
const randomWord = () => {
  if (poolAt === pool.length) {
    globalThis.crypto.getRandomValues(pool)
    poolAt = 0
  }
  return pool[poolAt++]!
}
const randomCode = (length: number) => {
  const n = codeAlphabet.length
  const limit = 2 ** 32 - (2 ** 32 % n)
  let code = ''
  while (code.length < length) {
    const word = randomWord()
    if (word < limit) code += codeAlphabet[word % n]
  }
  return code
}

/** Random characters in a receipt: 31^9 ≈ 2^44.6 possibilities, so receipts cannot be found by trying. */
export const receiptRandomLength = 9
// What residents may type between the groups: spaces and hyphens, half- or full-width (a Chinese IME's too).
const separator = '(?: |\u3000|-|\uFF0D)*'
const separators = /[\s\u3000\-\uFF0D\u2010-\u2015_.·]/g

/**
 * Opinion receipts: YJ, the date in Beijing as yymmdd, then nine random characters of codeAlphabet in three
 * groups of three: YJ261128-K7M-2QX-9AB. The groups make it easy to read out and copy; the random part carries
 * about 44.6 bits, so a receipt cannot be guessed (and a status lookup also needs the phone's last four digits).
 * Typed input is accepted in any case, with or without the hyphens or spaces, in full-width characters too; it
 * is stored and looked up in the grouped form. The random part accepts any letters or digits, so a mistyped
 * receipt gets "not found" rather than "wrong format".
 */
export const receiptFormat = format(
  new RegExp(`^YJ${separator}(?:\\d${separator}){6}(?:[A-Z0-9]${separator}){${receiptRandomLength - 1}}[A-Z0-9]$`),
  'YJ261128-K7M-2QX-9AB',
  (now) => {
    const day = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(2, 10).replaceAll('-', '')
    return groupReceipt(`YJ${day}${randomCode(receiptRandomLength)}`)
  },
  (input) => {
    const compact = input.normalize('NFKC').toUpperCase().replace(separators, '')
    return /^YJ\d{6}[A-Z0-9]{9}$/.test(compact) ? groupReceipt(compact) : input.trim().toUpperCase()
  },
)

/** YJ261128K7M2QX9AB → YJ261128-K7M-2QX-9AB */
function groupReceipt(compact: string): string {
  return `${compact.slice(0, 8)}-${compact.slice(8, 11)}-${compact.slice(11, 14)}-${compact.slice(14)}`
}

/**
 * `length` characters drawn from codeAlphabet. Any letters or digits of that length are accepted, so a code entered
 * by staff (or a mistyped one) gets "not found" rather than "wrong format".
 */
function letterCode(length: number, example: string): CodeFormat {
  return format(new RegExp(`^[A-Z0-9]{${length}}$`), example, () => randomCode(length))
}

/** Shown at the door (and in the QR code) to check in. */
export const checkInCodeFormat = letterCode(8, 'K7M2QX9A')
/** The registrant's own key to cancel or see the sign-up. */
export const cancelCodeFormat = letterCode(8, 'R4TW8HNB')

/** A pattern's source without its anchors: for an HTML pattern attribute, which is implicitly anchored. */
export const patternBody = (pattern: RegExp) => pattern.source.replace(/^\^/, '').replace(/\$$/, '')
