/**
 * npm run publish — builds the site from the CMS database now and switches it live (the same
 * pipeline as publishing in the admin: snapshot, Astro + Pagefind, validation, atomic switch),
 * recorded in 网站发布记录. Exits non-zero, leaving the live site as it was, if the build fails.
 */
import { localPayload } from '@lawpoint/cms/lib/localPayload'
import { runSiteBuildForRecord } from '@lawpoint/cms/publishing/record'

const payload = await localPayload()
const record = await payload.create({
  collection: 'site-builds',
  data: { status: 'queued', trigger: '命令行发布（npm run publish）', requestedAt: new Date().toISOString(), changes: [] },
  depth: 0,
})
const outcome = await runSiteBuildForRecord(payload, record.id)
console.log(outcome.ok ? `已上线：${outcome.name}，用时 ${(outcome.durationMs / 1000).toFixed(1)} 秒` : `构建失败，线上网站未改变：\n${outcome.error}`)
await payload.destroy()
process.exit(outcome.ok ? 0 : 1)
