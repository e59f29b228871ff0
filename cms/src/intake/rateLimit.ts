/**
 * Rate limits for the public intake: per client address, per phone number, and per code that is looked up
 * (receipt, cancel code). In memory by default; in Redis when REDIS_URL is set, so several CMS instances share
 * the counts. RATE_LIMITS=off turns them off (benchmarks only).
 *
 * No key holds a phone number, an address or a code in clear: each is an HMAC under a key derived from
 * PAYLOAD_SECRET (limiterKey), so neither Redis nor a memory dump gives them away.
 */
import { createHmac } from 'node:crypto'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { Redis } from 'ioredis'
import { payloadSecret } from '../lib/secret'
import { env } from '../env'

/**
 * - ip: valid submissions per address; invalid: refused posts per address (a separate, larger bucket: junk from
 *   one machine behind a shared address never uses up the residents' own posts there);
 * - opinionPhone / registrationPhone: submissions per phone number, spent only once the proof of work passed;
 * - lookup: status look-ups, result pages and cancellations per address;
 * - codeTries: tries per receipt or cancel code; a successful one clears it, the one after the last allowed
 *   failure locks the code (blockDuration).
 */
export type Bucket = 'ip' | 'invalid' | 'opinionPhone' | 'registrationPhone' | 'lookup' | 'codeTries'
type Rule = { points: number; duration: number; blockDuration?: number }

/** points per duration (seconds) */
export const bucketRules = (): Record<Bucket, Rule> => ({
  ip: { points: env.INTAKE_LIMIT_IP, duration: env.INTAKE_LIMIT_IP_WINDOW },
  invalid: { points: env.INTAKE_LIMIT_INVALID, duration: env.INTAKE_LIMIT_IP_WINDOW },
  opinionPhone: { points: env.INTAKE_LIMIT_OPINION_PHONE, duration: env.INTAKE_LIMIT_PHONE_WINDOW },
  registrationPhone: { points: env.INTAKE_LIMIT_REGISTRATION_PHONE, duration: env.INTAKE_LIMIT_PHONE_WINDOW },
  lookup: { points: env.INTAKE_LIMIT_LOOKUP, duration: env.INTAKE_LIMIT_IP_WINDOW },
  codeTries: { points: env.INTAKE_LOOKUP_FAILURES, duration: env.INTAKE_LOOKUP_LOCK, blockDuration: env.INTAKE_LOOKUP_LOCK },
})

export const rateLimitsEnabled = () => env.RATE_LIMITS

// One set per process, not per bundle: Next loads this module for the App Router and again for the Pages routes
// (intake/pagesRoute.ts); every route must count into the same buckets.
type Registry = { redis?: Redis; limiters?: Record<Bucket, RateLimiterAbstract>; keySecret?: Buffer }
const registry: Registry = ((globalThis as { [key: symbol]: Registry })[Symbol.for('lawpoint.rateLimits')] ??= {})

/**
 * The key a value is counted under: HMAC-SHA-256 of bucket and value under a key derived from PAYLOAD_SECRET
 * (as the ALTCHA key is), 128 bits in base64url. The same secret on every instance gives the same keys in Redis.
 */
export function limiterKey(bucket: Bucket, value: string): string {
  registry.keySecret ??= createHmac('sha256', payloadSecret()).update('lawpoint rate-limit keys').digest()
  return createHmac('sha256', registry.keySecret).update(`${bucket}\0${value}`).digest('base64url').slice(0, 22)
}

function redisClient(url: string): Redis {
  if (registry.redis) return registry.redis
  registry.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  registry.redis.on('error', () => {
    /* the memory insurance limiter takes over while Redis is down */
  })
  return registry.redis
}

/** Builds the limiters; with a Redis URL they live in Redis (key prefix per deployment), with memory as insurance. */
export function createLimiters(redisUrl = env.REDIS_URL, prefix = env.RATE_LIMIT_PREFIX) {
  const rules = bucketRules()
  const out = {} as Record<Bucket, RateLimiterAbstract>
  for (const [bucket, rule] of Object.entries(rules) as [Bucket, Rule][]) {
    const memory = new RateLimiterMemory({ ...rule, keyPrefix: `${prefix}:${bucket}` })
    out[bucket] = redisUrl
      ? new RateLimiterRedis({ ...rule, storeClient: redisClient(redisUrl), keyPrefix: `${prefix}:rl:${bucket}`, insuranceLimiter: memory })
      : memory
  }
  return out
}

/** Resolves once the shared Redis connection is up (tests; the memory insurance covers the first moments in production). */
export async function redisReady(timeoutMs = 5000): Promise<void> {
  const redis = registry.redis
  if (!redis || redis.status === 'ready') return
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('Redis 连接超时')), timeoutMs)
    redis.once('ready', () => (clearTimeout(t), resolve()))
  })
}

const limiters = () => (registry.limiters ??= createLimiters())

/** Consumes one point from each bucket; returns the seconds to wait if any is exhausted, else 0. */
export async function consume(keys: Partial<Record<Bucket, string | undefined>>, using = limiters()): Promise<number> {
  if (!rateLimitsEnabled()) return 0
  let wait = 0
  for (const [bucket, value] of Object.entries(keys) as [Bucket, string | undefined][]) {
    if (!value) continue
    try {
      await using[bucket].consume(limiterKey(bucket, value))
    } catch (res) {
      if (res instanceof RateLimiterRes) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000))
      else throw res
    }
  }
  return wait
}

/** A code that can be looked up or used: an opinion receipt, a cancel code (cancelling), a cancel code (its result page). */
export type CodeUse = 'receipt' | 'cancel' | 'result'

/**
 * Counts one try at a code before it is checked, so that concurrent guesses cannot slip past the count; returns
 * the seconds the code stays locked (0: go ahead). A try that turns out right is taken back with codeTryRight().
 */
export const codeTry = (use: CodeUse, code: string, using = limiters()) => consume({ codeTries: `${use}:${code}` }, using)

/** The code was right: its failures are forgotten. */
export async function codeTryRight(use: CodeUse, code: string, using = limiters()): Promise<void> {
  if (!rateLimitsEnabled()) return
  await using.codeTries.delete(limiterKey('codeTries', `${use}:${code}`)).catch(() => {
    /* Redis down: the count simply runs out with its window */
  })
}
