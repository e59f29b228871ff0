import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { snapshotCollections } from '@lawpoint/content-types'
import { siteBuildTask, SITE_BUILD_QUEUE } from './publishing/queue'
import { collections } from './collections'
import { SiteBuilds } from './publishing/SiteBuilds'
import { withSiteBuild, withSiteBuildGlobal } from './publishing/hooks'
import { intakeEndpoints } from './intake'
import { withCheckedQueries } from './hooks/checkQueryValues'
import { staffEndpoints } from './staff'
import { SearchSynonyms } from './globals/SearchSynonyms'
import { SiteSettings } from './globals/SiteSettings'
import { databaseAdapter } from './lib/database'
import { cmsRoot } from './lib/paths'
import { publishPayloadInstance } from './lib/payloadInstance'
import { refuseDemoLogins } from './lib/productionChecks'
import { payloadSecret } from './lib/secret'
import { retentionTask } from './privacy/retention'
import { siteOrigins } from './lib/origins'
import { env } from './env'

export default buildConfig({
  serverURL: env.CMS_URL,
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  // Public content rebuilds the site when what the public sees changes (cms/src/publishing/); so do the laws of the
  // library (their articles through their law: collections/Laws/LawArticles.ts).
  // Every query's values are checked before they reach SQL (hooks/checkQueryValues.ts).
  collections: [
    ...collections.map((c) => ([...Object.values(snapshotCollections), 'laws'] as string[]).includes(c.slug) ? withSiteBuild(c) : c),
    SiteBuilds,
  ].map(withCheckedQueries),
  globals: [SiteSettings, SearchSynonyms].map(withSiteBuildGlobal),
  endpoints: [...intakeEndpoints, ...staffEndpoints],
  // An empty list cell (and a relationship cell before its title arrives) shows a dash, not “<没有 字段名>”;
  // custom.scss gives the cells Payload leaves blank (dates, selects, long text) the same dash.
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh', translations: { zh: { general: { noLabel: '—' } } } },
  admin: {
    user: 'users',
    // Payload's own avatar, not Gravatar: the admin sends nothing about staff to outside services.
    avatar: 'default',
    // The site's name is staff's to edit (网站设置); the admin's static title does not repeat it.
    meta: { titleSuffix: ' · 内容管理后台', description: '基层立法联系点内容管理后台' },
    dateFormat: 'yyyy年M月d日 HH:mm',
    timezones: {
      supportedTimezones: [{ label: '北京时间', value: 'Asia/Shanghai' }],
      defaultTimezone: 'Asia/Shanghai',
    },
    importMap: { baseDir: path.join(cmsRoot, 'src') },
    // Recaps waiting for review (editors) or returned (volunteers) first, then the intake figures.
    components: { afterDashboard: ['/collections/Recaps/admin/ReviewDashboard#ReviewDashboard', '/staff/IntakeDashboard#IntakeDashboard'] },
  },
  // The site's scripts may call the public endpoints (CORS), but a staff cookie counts only on the CMS's own
  // origin: a script on the site cannot act or read as a logged-in staff member.
  cors: siteOrigins(),
  csrf: [env.cmsUrl],
  // Scheduled publishing runs as jobs; the server picks them up every minute. Site builds are run by
  // the CMS itself right after the debounce (cms/src/publishing/queue.ts); the 10-second cron is a safety net.
  jobs: {
    tasks: [siteBuildTask, retentionTask],
    enableConcurrencyControl: true,
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 20 },
      { cron: '*/10 * * * * *', queue: SITE_BUILD_QUEUE, limit: 1 },
    ],
    shouldAutoRun: () => env.JOBS_AUTORUN,
  },
  sharp,
  graphQL: { disable: env.GRAPHQL_DISABLED },
  // Types are generated into the shared package; cms/src/payload-types.d.ts binds them to payload.
  typescript: { outputFile: path.resolve(cmsRoot, '../content-types/src/payload-types.ts'), declare: false },
  telemetry: false,
  onInit: async (payload) => {
    publishPayloadInstance(payload)
    await refuseDemoLogins(payload)
  },
})
