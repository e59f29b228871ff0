/**
 * Every setting of the CMS, its default and its check: a wrong value stops the start with a message naming the
 * variable. Defaults are written here and nowhere else (README › Configuration). No side effect: env.ts reads
 * the environment with it, and the scripts take the CMS's defaults from parseEnv({}).
 */
import path from 'node:path'
import { z } from 'zod'
import { count, flag, list, optionalText, parseSettings, webAddress } from '@lawpoint/content-types/settings'
import { cmsRoot, repoRoot } from './lib/paths'

const origin = (fallback: string) => webAddress.default(fallback)
const directory = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((p) => path.resolve(repoRoot, p))


/**
 * A number of trusted proxy hops, as Express's `trust proxy` number: 0 ignores X-Forwarded-For; n takes the n-th
 * address from its right. The switch words of earlier versions still work: true/on/yes = 1, false/off/no = 0.
 */
const proxyHops = z.preprocess(
  (v) => (typeof v === 'string' ? ({ true: '1', on: '1', yes: '1', false: '0', off: '0', no: '0' } as Record<string, string>)[v.trim().toLowerCase()] ?? v : v),
  count(0, 0, 10),
)

const schema = z.object({
  // core
  DATABASE_URL: z
    .string()
    .default('file:./data/lawpoint.db')
    // The intake's batch writer, seat accounting and statistics are SQL, and no MongoDB server has been tested.
    .refine((u) => !/^mongodb(\+srv)?:/.test(u), '暂不支持 MongoDB：公众来件的写入、讲座座位和统计都使用 SQL，且未在真实的 MongoDB 服务器上测试过。请改用 file:（SQLite）或 postgres://（PostgreSQL）')
    .refine((u) => /^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:)/.test(u), '应以 file:（SQLite）或 postgres://（PostgreSQL）开头'),
  PAYLOAD_SECRET: optionalText,
  /** Unset: Payload answers with relative file URLs, and absolute links (QR codes) use cmsUrl's default. */
  CMS_URL: webAddress.optional(),
  SITE_URL: origin('http://localhost:4321'),
  SITE_ORIGINS: list('http://localhost:4321,http://127.0.0.1:4321'),
  MEDIA_DIR: directory(path.join(cmsRoot, 'media')),
  PRIVATE_UPLOADS_DIR: directory(path.join(cmsRoot, 'private-uploads')),
  /** SQLite's fsync policy: FULL (default) syncs the WAL on every commit, NORMAL only at checkpoints. */
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL'], { error: '应为 FULL 或 NORMAL' }).default('FULL'),
  /** The local demo (npm start sets it): demo logins are created, and production's start checks are relaxed. */
  LAWPOINT_DEMO: flag(false),
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  /** Set by Next itself (e.g. phase-production-build while `next build` runs). */
  NEXT_PHASE: optionalText,
  JOBS_AUTORUN: flag(true),
  GRAPHQL_DISABLED: flag(false),
  // public intake
  REDIS_URL: optionalText,
  RATE_LIMITS: flag(true),
  RATE_LIMIT_PREFIX: z.string().default('lawpoint'),
  INTAKE_LIMIT_IP: count(30, 1),
  INTAKE_LIMIT_IP_WINDOW: count(600, 1),
  INTAKE_LIMIT_OPINION_PHONE: count(10, 1),
  INTAKE_LIMIT_REGISTRATION_PHONE: count(6, 1),
  INTAKE_LIMIT_PHONE_WINDOW: count(3600, 1),
  INTAKE_LIMIT_LOOKUP: count(30, 1),
  /** Refused posts (bad fields, honeypot, failed proof of work) per address: their own bucket, so junk never uses up the valid posts' one. */
  INTAKE_LIMIT_INVALID: count(100, 1),
  /** Wrong tries per receipt / cancel code before it locks, and how long the lock (and the count) lasts, in seconds. */
  INTAKE_LOOKUP_FAILURES: count(5, 1),
  INTAKE_LOOKUP_LOCK: count(3600, 1),
  /** Proxies in front of the CMS that append to X-Forwarded-For: 0 (default) = use the socket address only. */
  TRUST_PROXY: proxyHops,
  ALTCHA_ENABLED: flag(false),
  ALTCHA_HMAC_KEY: optionalText,
  ALTCHA_MAX_NUMBER: count(100_000, 1000),
  RETENTION_DAYS: count(730, 1),
  // publishing
  SITE_BUILDS_DIR: directory('data/site-builds'),
  SITE_BUILDS_KEEP: count(5, 2),
  SITE_BUILD_DEBOUNCE_MS: count(3000),
  SITE_BUILD_MAX_WAIT_MS: count(20_000),
  SITE_BUILD_HOOKS: flag(true),
  SITE_BUILD_AUTORUN: flag(true),
  SITE_BUILD_COMMAND: optionalText,
  // A build process kept between publishes (publishing/warm.ts): an edit is live in seconds, for ~0.5–1 GB kept resident.
  SITE_BUILD_WARM: flag(true),
  SITE_PUBLIC_CONTACTS: list(),
  SITE_S3_BUCKET: optionalText,
  SITE_S3_PREFIX: z.string().default(''),
  SITE_S3_REGION: z.string().default(process.env.AWS_REGION || 'us-east-1'),
  SITE_S3_ENDPOINT: optionalText,
  SITE_S3_FORCE_PATH_STYLE: flag(false),
  SNAPSHOT_FILE: directory('site/snapshot/snapshot.json'),
  // tools
  POSTGRES_URL: optionalText,
})

export type CmsEnv = z.infer<typeof schema> & {
  /** The CMS's public address for absolute links: CMS_URL, else the local default. */
  cmsUrl: string
}

/** Parses an environment; throws one error naming every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): CmsEnv {
  const parsed = parseSettings(schema, source, 'CMS 无法启动')
  return { ...parsed, cmsUrl: parsed.CMS_URL ?? 'http://localhost:3000' }
}
