import { getPayload } from 'payload'
import config from '@payload-config'
import { UnsafeProductionError } from './productionChecks'

/** Starts Payload with the server; an unsafe production setup ends the process with the reason. */
export async function startPayload(): Promise<void> {
  try {
    await getPayload({ config })
  } catch (error) {
    if (!(error instanceof UnsafeProductionError)) throw error
    console.error(`\n内容管理后台拒绝启动：${error.message}\n`)
    process.exit(1)
  }
}
