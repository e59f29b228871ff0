import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: codes are read aloud and typed by elderly residents.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** A random code of unambiguous characters, e.g. for check-in and cancellation. */
export function randomCode(length = 8): string {
  let code = ''
  for (let i = 0; i < length; i++) code += alphabet[randomInt(alphabet.length)]
  return code
}
