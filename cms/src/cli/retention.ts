/** npm run retention -w cms — erase personal fields of submissions older than RETENTION_DAYS (default 730). */
import { localPayload } from '../lib/localPayload'
import { eraseExpiredPersonalData, retentionDays } from '../privacy/retention'

const payload = await localPayload()
const days = retentionDays()
const result = await eraseExpiredPersonalData(payload, days)
payload.logger.info(`保存期限 ${days} 天（${result.cutoff} 之前）：已删除 ${result.opinions} 条意见、${result.registrations} 条报名中的个人信息`)
await payload.destroy()
process.exit(0)
