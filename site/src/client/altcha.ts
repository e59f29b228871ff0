/**
 * The CMS can demand a proof of work (self-hosted ALTCHA) during a bot wave. Solved here on the
 * visitor's device with Web Crypto: find n ≤ maxnumber with SHA-256(salt + n) = challenge.
 * Returns the value for the `altcha` field, or null when the CMS does not ask for one.
 */
interface Challenge { algorithm: string; challenge: string; salt: string; signature: string; maxnumber?: number; required?: boolean }

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('')

export async function solveChallenge(url: string, onSolving?: () => void): Promise<string | null> {
  const res = await fetch(url, { headers: { accept: 'application/json' } })
  if (!res.ok) return null
  const c = (await res.json()) as Challenge
  if (!c.required || !crypto.subtle) return null
  onSolving?.()
  const enc = new TextEncoder()
  const started = performance.now()
  for (let n = 0; n <= (c.maxnumber ?? 1_000_000); n++) {
    if (hex(await crypto.subtle.digest('SHA-256', enc.encode(c.salt + n))) === c.challenge)
      return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature, took: Math.round(performance.now() - started) }))
  }
  return null
}
