import { getPayload, type Payload } from 'payload'
import config from '../payload.config'
import { applyMigrations } from './migrate'

/** A Local API instance for scripts and tests, with the schema migrated up to date. */
export async function localPayload(): Promise<Payload> {
  const payload = await getPayload({ config, cron: false })
  await applyMigrations(payload)
  return payload
}
