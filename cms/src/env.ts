/**
 * Every setting of the CMS, read from the environment once and checked: a wrong value stops the start with a
 * message naming the variable. Defaults are written here and nowhere else (README › Configuration).
 */
import path from 'node:path'
import { z } from 'zod'
import { cmsRoot, repoRoot } from './lib/paths'

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'], { error: '应为 true 或 false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'on', 'yes'].includes(v)))
const count = (fallback: number, min = 0) => z.coerce.number({ error: '应为整数' }).int('应为整数').min(min, `不能小于 ${min}`).default(fallback)
const url = z.url({ protocol: /^https?$/, error: '应为 http:// 或 https:// 开头的网址' }).transform((u) => u.replace(/\/+$/, ''))
const origin = (fallback: string) => url.default(fallback)
const list = (fallback = '') =>
  z
    .string()
    .default(fallback)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
const directory = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((p) => path.resolve(repoRoot, p))
const optional = z
  .string()
  .optional()
  .transform((s) => s || undefined)

const schema = z.object({
  // core
  DATABASE_URL: z
    .string()
    .default('file:./data/lawpoint.db')
    .refine((u) => /^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/.test(u), '应以 file:、postgres:// 或 mongodb:// 开头'),
  PAYLOAD_SECRET: optional,
  /** Unset: Payload answers with relative file URLs, and absolute links (QR codes) use cmsUrl's default. */
  CMS_URL: url.optional(),
  SITE_URL: origin('http://localhost:4321'),
  SITE_ORIGINS: list('http://localhost:4321,http://127.0.0.1:4321'),
  MEDIA_DIR: directory(path.join(cmsRoot, 'media')),
  PRIVATE_UPLOADS_DIR: directory(path.join(cmsRoot, 'private-uploads')),
  JOBS_AUTORUN: flag(true),
  GRAPHQL_DISABLED: flag(false),
  SHARED_DIR: directory(path.resolve(repoRoot, '../shared')),
  // public intake
  REDIS_URL: optional,
  RATE_LIMITS: flag(true),
  RATE_LIMIT_PREFIX: z.string().default('lawpoint'),
  INTAKE_LIMIT_IP: count(30, 1),
  INTAKE_LIMIT_IP_WINDOW: count(600, 1),
  INTAKE_LIMIT_OPINION_PHONE: count(10, 1),
  INTAKE_LIMIT_REGISTRATION_PHONE: count(6, 1),
  INTAKE_LIMIT_PHONE_WINDOW: count(3600, 1),
  INTAKE_LIMIT_LOOKUP: count(30, 1),
  TRUST_PROXY: flag(false),
  ALTCHA_ENABLED: flag(false),
  ALTCHA_HMAC_KEY: optional,
  ALTCHA_MAX_NUMBER: count(100_000, 1000),
  RETENTION_DAYS: count(730, 1),
  // publishing
  SITE_BUILDS_DIR: directory('data/site-builds'),
  SITE_BUILDS_KEEP: count(5, 2),
  SITE_BUILD_DEBOUNCE_MS: count(3000),
  SITE_BUILD_MAX_WAIT_MS: count(20_000),
  SITE_BUILD_HOOKS: flag(true),
  SITE_BUILD_AUTORUN: flag(true),
  SITE_BUILD_COMMAND: optional,
  SITE_PUBLIC_CONTACTS: list(),
  SITE_S3_BUCKET: optional,
  SITE_S3_PREFIX: z.string().default(''),
  SITE_S3_REGION: z.string().default(process.env.AWS_REGION || 'us-east-1'),
  SITE_S3_ENDPOINT: optional,
  SITE_S3_FORCE_PATH_STYLE: flag(false),
  SNAPSHOT_FILE: directory('site/snapshot/snapshot.json'),
  // tools
  POSTGRES_URL: optional,
})

export type CmsEnv = z.infer<typeof schema> & {
  /** The CMS's public address for absolute links: CMS_URL, else the local default. */
  cmsUrl: string
}

/** Parses an environment; throws one error listing every wrong variable. */
export function parseEnv(source: NodeJS.ProcessEnv): CmsEnv {
  const parsed = schema.safeParse(source)
  if (parsed.success) return { ...parsed.data, cmsUrl: parsed.data.CMS_URL ?? 'http://localhost:3000' }
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}：${i.message}（当前值：${JSON.stringify(source[String(i.path[0])])}）`)
  throw new Error(`环境变量设置有误，CMS 无法启动：\n${lines.join('\n')}`)
}

export const env: CmsEnv = parseEnv(process.env)
