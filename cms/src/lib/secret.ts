import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { cmsRoot } from './paths'
import { env } from '../env'
import { requireOwnSecret } from './productionChecks'

/**
 * PAYLOAD_SECRET from the environment; otherwise one generated on first start and kept beside the
 * SQLite data, so `npm start` needs no setup and restarts keep sessions valid. A production start
 * (other than the local demo) must bring its own: every instance needs the same one.
 */
export function payloadSecret(): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  requireOwnSecret()
  const file = path.resolve(cmsRoot, '..', 'data', '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const secret = randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    return secret
  }
}
