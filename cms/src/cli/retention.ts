/**
 * npm run retention -w cms — at once what the CMS's daily retention job does: erase personal fields of submissions
 * older than RETENTION_DAYS (default 730) and delete orphaned opinion attachments.
 */
import { localPayload } from '../lib/localPayload'
import { deleteOrphanAttachments, eraseExpiredPersonalData, retentionDays } from '../privacy/retention'

const payload = await localPayload()
const days = retentionDays()
const result = await eraseExpiredPersonalData(payload, days)
const orphans = await deleteOrphanAttachments(payload)
payload.logger.info(`保存期限 ${days} 天（${result.cutoff} 之前）：已删除 ${result.opinions} 条意见、${result.registrations} 条报名中的个人信息，清理无主附件 ${orphans} 个`)
await payload.destroy()
process.exit(0)
