/**
 * npm run export:snapshot -w cms [-- OUT_FILE]
 * Writes the published content the site is built from (default: site/snapshot/snapshot.json).
 */
import fs from 'node:fs'
import path from 'node:path'
import { runScript } from '../lib/localPayload'
import { exportSnapshot } from '../publishing/snapshot'
import { env } from '../env'

const out = path.resolve(process.argv[2] ?? env.SNAPSHOT_FILE)

runScript(async (payload) => {
  const snapshot = await exportSnapshot(payload)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const tmp = `${out}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(snapshot))
  fs.renameSync(tmp, out)
  const counts = Object.entries(snapshot)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
  payload.logger.info(`已导出网站内容快照 ${out}：${counts.join('，')}`)
})
