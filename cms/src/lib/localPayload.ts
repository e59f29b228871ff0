import { getPayload, type Payload } from 'payload'
import config from '../payload.config'
import { applyMigrations } from './migrate'

/** A Local API instance for scripts and tests, with the schema migrated up to date. */
export async function localPayload(): Promise<Payload> {
  // Scripts are not Next dev servers: don't let Payload dial a dev server's HMR socket on :3000.
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  const payload = await getPayload({ config, cron: false })
  await applyMigrations(payload)
  return payload
}

/** Runs a script's main function on a Local API instance, then exits with its outcome (see src/cli/run.mjs). */
export function runScript(main: (payload: Payload) => Promise<void>): void {
  localPayload()
    .then(async (payload) => {
      await main(payload)
      await payload.destroy()
      // The script may have set process.exitCode (a partial failure it reported itself).
      process.exit()
    })
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
