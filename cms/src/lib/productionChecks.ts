/**
 * What a production CMS refuses to start with: no PAYLOAD_SECRET of its own, or a demo login whose public
 * password still works. The local demo (`npm start` sets LAWPOINT_DEMO) and development are exempt.
 * Checked when Payload starts (config and onInit): `npm run migrate` exits with the reason, and a server
 * logs it and answers nothing but errors. (Starting Payload from Next's instrumentation hook would stop the
 * server itself, but that bundle's copy of our hooks threw errors Payload no longer recognised as its own,
 * so their Chinese messages were lost.)
 */
import { pbkdf2Sync, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import { env } from '../env'
import { demoUsers } from '../seed/demoUsers'

// `next build` also runs with NODE_ENV=production; it serves nobody, so it is not checked.
export const isGuardedProduction = () => env.NODE_ENV === 'production' && !env.LAWPOINT_DEMO && env.NEXT_PHASE !== 'phase-production-build'

export class UnsafeProductionError extends Error {}

/** Payload's stored password format (auth/strategies/local): current `pbkdf2-sha256-v1:` hashes and legacy ones. */
function passwordMatches(password: string, salt: string, stored: string): boolean {
  const current = stored.startsWith('pbkdf2-sha256-v1:')
  const expected = Buffer.from(current ? stored.slice('pbkdf2-sha256-v1:'.length) : stored, 'hex')
  const actual = pbkdf2Sync(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** The demo logins whose public password still opens the account. */
export async function demoLoginsStillOpen(payload: Payload): Promise<string[]> {
  const open: string[] = []
  for (const u of demoUsers) {
    // The adapter's own read returns the hash and salt, which the API never shows.
    const row = (await payload.db.findOne({ collection: 'users', where: { email: { equals: u.email } } })) as { hash?: string; salt?: string } | null
    if (row?.hash && row.salt && passwordMatches(u.password, row.salt, row.hash)) open.push(u.email)
  }
  return open
}

export function requireOwnSecret(): void {
  if (isGuardedProduction() && !env.PAYLOAD_SECRET)
    throw new UnsafeProductionError('生产环境必须设置 PAYLOAD_SECRET（一串足够长的随机字符，各实例相同）；本地演示请用 npm start。')
}

export async function refuseDemoLogins(payload: Payload): Promise<void> {
  if (!isGuardedProduction()) return
  const open = await demoLoginsStillOpen(payload)
  if (open.length)
    throw new UnsafeProductionError(`以下演示账号仍在使用公开的演示密码，生产环境拒绝启动：${open.join('、')}。请在后台修改密码或删除这些账号（本地演示请用 npm start）。`)
}
