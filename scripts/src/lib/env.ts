/**
 * Every setting the scripts (npm start, serve:site, the benchmarks, search:eval) read, from the environment
 * once and checked: a wrong value stops the script with a message naming the variable. Defaults are written
 * here and nowhere else in scripts/ (README › Configuration); relative paths are taken from the repository
 * root, as in the CMS. An empty value counts as unset.
 *
 * Children get their configuration as `env: { ...process.env, … }`; that is not a read. bench-build.ts
 * also sets the CMS's variables before it imports CMS modules (the CMS reads its environment once, at import).
 */
import path from 'node:path'
import { z } from 'zod'
import { parseEnv as parseCmsSettings } from '@lawpoint/cms/settings'
import { count, flag, list, parseSettings, port, webAddress } from '@lawpoint/content-types/settings'
import { env as siteEnv } from '@lawpoint/site/lib/env'
import { repoRoot } from './processes'

const origin = webAddress
const directory = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((p) => path.resolve(repoRoot, p))
const optionalDirectory = z
  .string()
  .optional()
  .transform((p) => (p === undefined ? undefined : path.resolve(repoRoot, p)))
/** The CMS's own defaults (cms/src/settings.ts), not written a second time here. */
const cms = parseCmsSettings({})
const portOf = (url: string) => Number(new URL(url).port) || 80
const cmsDefaults = {
  cmsPort: portOf(cms.cmsUrl),
  sitePort: portOf(cms.SITE_URL),
  databaseUrl: cms.DATABASE_URL,
  snapshotFile: cms.SNAPSHOT_FILE,
  siteBuildDebounceMs: cms.SITE_BUILD_DEBOUNCE_MS,
}

const schema = z
  .object({
    // npm start, npm run serve:site
    CMS_PORT: port(cmsDefaults.cmsPort),
    SITE_PORT: port(cmsDefaults.sitePort),
    CMS_URL: origin.optional(),
    SITE_URL: origin.optional(),
    DATABASE_URL: z.string().default(cmsDefaults.databaseUrl),
    LAWPOINT_SEED: flag(false),
    LAWPOINT_BUILD_SITE: flag(false),
    SITE_DIR: optionalDirectory,
    // content for benchmarks and search:eval
    // Ours, not our users': the whole law corpus beside the repository, for benchmarks and search:eval only.
    SHARED_DIR: directory('../shared'),
    SNAPSHOT_FILE: directory(cmsDefaults.snapshotFile),
    SITE_BUILD_DEBOUNCE_MS: count(cmsDefaults.siteBuildDebounceMs),
    // benchmarks
    CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
    BENCH_SECONDS: count(10, 1),
    BENCH_LEVELS: list('1,10,100')
      .transform((xs) => xs.map(Number))
      .pipe(z.array(z.number({ error: '应为逗号分隔的整数' }).int('应为整数').min(1, '不能小于 1')).min(1, '至少一项')),
    BENCH_TARGETS: list('ours,next,stock').pipe(z.array(z.enum(['ours', 'next', 'stock'], { error: '应为 ours、next、stock 中的一项或几项' })).min(1, '至少一项')),
    BENCH_SKIP_BUILD: flag(false),
    BENCH_SERVER_NODE_ARGS: z
      .string()
      .default('')
      .transform((s) => s.split(' ').filter(Boolean)),
    BENCH_KEEP: flag(false),
  })
  .transform((e) => ({
    ...e,
    // The URLs follow the ports unless set.
    CMS_URL: e.CMS_URL ?? `http://localhost:${e.CMS_PORT}`,
    SITE_URL: e.SITE_URL ?? `http://localhost:${e.SITE_PORT}`,
  }))

export type ScriptsEnv = z.infer<typeof schema>

/** Parses an environment; throws one error naming every wrong variable. */
export const parseEnv = (source: Record<string, string | undefined>): ScriptsEnv => parseSettings(schema, source, '脚本无法运行')

export const env: ScriptsEnv = parseEnv(process.env)

/** The site build's output (the site's OUT_DIR, relative to site/): served and measured when there is no SITE_DIR. */
export const siteDist = path.resolve(repoRoot, 'site', siteEnv.OUT_DIR)
