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
import { env as siteEnv } from '@lawpoint/site/lib/env'
import { repoRoot } from './processes'

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'], { error: '应为 true 或 false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'on', 'yes'].includes(v)))
const count = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ error: '应为整数' }).int('应为整数').min(min, `不能小于 ${min}`).max(max, `不能大于 ${max}`).default(fallback)
const port = (fallback: number) => count(fallback, 1, 65_535)
const origin = z.url({ protocol: /^https?$/, error: '应为 http:// 或 https:// 开头的网址' }).transform((u) => u.replace(/\/+$/, ''))
const directory = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((p) => path.resolve(repoRoot, p))
const optionalDirectory = z
  .string()
  .optional()
  .transform((p) => (p === undefined ? undefined : path.resolve(repoRoot, p)))
const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))

/**
 * Defaults the CMS also defines (cms/src/env.ts). DUPLICATED until @lawpoint/cms exports its env module
 * (`"./env"` in cms/package.json's exports); then take them from `parseEnv({})` of `@lawpoint/cms/env`
 * (the ports from its CMS_URL and SITE_URL) and delete this block. The builds folder is not duplicated:
 * serve-site asks @lawpoint/cms/publishing/paths.
 */
const cmsDefaults = {
  /** The port of the CMS's default CMS_URL (http://localhost:3000). */
  cmsPort: 3000,
  /** The port of the CMS's default SITE_URL (http://localhost:4321). */
  sitePort: 4321,
  databaseUrl: 'file:./data/lawpoint.db',
  sharedDir: '../shared',
  snapshotFile: 'site/snapshot/snapshot.json',
  siteBuildDebounceMs: 3000,
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
    SHARED_DIR: directory(cmsDefaults.sharedDir),
    LAWS_DIR: optionalDirectory,
    SNAPSHOT_FILE: directory(cmsDefaults.snapshotFile),
    SITE_BUILD_DEBOUNCE_MS: count(cmsDefaults.siteBuildDebounceMs),
    // benchmarks
    CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
    BENCH_SECONDS: count(10, 1),
    BENCH_LEVELS: list('1,10,100')
      .transform((xs) => xs.map(Number))
      .pipe(z.array(z.number({ error: '应为逗号分隔的整数' }).int('应为整数').min(1, '不能小于 1')).min(1, '至少一项')),
    BENCH_TARGETS: list('ours,stock').pipe(z.array(z.enum(['ours', 'stock'], { error: '应为 ours、stock 或 ours,stock' })).min(1, '至少一项')),
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
    LAWS_DIR: e.LAWS_DIR ?? path.join(e.SHARED_DIR, 'laws'),
  }))

export type ScriptsEnv = z.infer<typeof schema>

/** Parses an environment; throws one error listing every wrong variable. */
export function parseEnv(source: NodeJS.ProcessEnv): ScriptsEnv {
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = schema.safeParse(set)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}：${i.message}（当前值：${JSON.stringify(source[String(i.path[0])])}）`)
  throw new Error(`环境变量设置有误，脚本无法运行：\n${lines.join('\n')}`)
}

export const env: ScriptsEnv = parseEnv(process.env)

/** The site build's output (the site's OUT_DIR, relative to site/): served and measured when there is no SITE_DIR. */
export const siteDist = path.resolve(repoRoot, 'site', siteEnv.OUT_DIR)
