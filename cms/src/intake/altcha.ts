/**
 * Self-hosted proof of work (ALTCHA): no third party sees the visitor. Required when ALTCHA_ENABLED=true
 * or when staff switch it on in 网站设置 › 群众来件防护 (e.g. during a bot wave).
 */
import { createHmac } from 'node:crypto'
import { createChallenge, verifySolution } from 'altcha-lib'
import type { Payload } from 'payload'
import { payloadSecret } from '../lib/secret'
import { siteIdentity } from '../lib/siteSettings'
import { env } from '../env'

export const altchaKey = () => env.ALTCHA_HMAC_KEY ?? createHmac('sha256', payloadSecret()).update('altcha').digest('hex')

export async function newChallenge() {
  return createChallenge({
    hmacKey: altchaKey(),
    maxNumber: env.ALTCHA_MAX_NUMBER,
    expires: new Date(Date.now() + 10 * 60_000),
  })
}

// Each solved challenge is good for one submission (per instance; challenges expire after 10 minutes anyway). One
// map per process, not per bundle: the App Router and the Pages routes (intake/pagesRoute.ts) load this module apart.
const used: Map<string, number> = ((globalThis as { [key: symbol]: Map<string, number> })[Symbol.for('lawpoint.altchaUsed')] ??= new Map())

export async function verifyAltcha(value: unknown): Promise<boolean> {
  if (typeof value !== 'string' || value.length > 2000) return false
  let ok = false
  try {
    ok = await verifySolution(value, altchaKey(), true)
  } catch {
    return false
  }
  if (!ok) return false
  const now = Date.now()
  if (used.has(value)) return false
  used.set(value, now + 11 * 60_000)
  if (used.size > 10_000) for (const [k, t] of used) if (t < now) used.delete(k)
  return true
}

/** Whether submissions must carry a solved challenge: ALTCHA_ENABLED, or staff's switch in 网站设置. */
export async function altchaRequired(payload: Payload): Promise<boolean> {
  if (env.ALTCHA_ENABLED) return true
  // Settings unreadable (database busy): take the posts rather than refuse every resident.
  return siteIdentity(payload).then((s) => s.altchaRequired, () => false)
}
