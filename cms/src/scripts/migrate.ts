/** npm run migrate — bring the configured database's schema up to date (no prompts). */
import { localPayload } from '../lib/localPayload'

const payload = await localPayload()
payload.logger.info('数据库结构已是最新')
await payload.destroy()
process.exit(0)
