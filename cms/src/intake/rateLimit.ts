/**
 * Rate limits for the public intake: per client address and per phone number. In memory by default;
 * in Redis when REDIS_URL is set, so several CMS instances share the counts. RATE_LIMITS=off turns
 * them off (benchmarks only).
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { Redis } from 'ioredis'
import { env } from '../env'

export type Bucket = 'ip' | 'opinionPhone' | 'registrationPhone' | 'lookup'

/** points per duration (seconds) */
export const bucketRules = (): Record<Bucket, { points: number; duration: number }> => ({
  ip: { points: env.INTAKE_LIMIT_IP, duration: env.INTAKE_LIMIT_IP_WINDOW },
  opinionPhone: { points: env.INTAKE_LIMIT_OPINION_PHONE, duration: env.INTAKE_LIMIT_PHONE_WINDOW },
  registrationPhone: { points: env.INTAKE_LIMIT_REGISTRATION_PHONE, duration: env.INTAKE_LIMIT_PHONE_WINDOW },
  lookup: { points: env.INTAKE_LIMIT_LOOKUP, duration: env.INTAKE_LIMIT_IP_WINDOW },
})

export const rateLimitsEnabled = () => env.RATE_LIMITS

let redis: Redis | undefined
function redisClient(url: string): Redis {
  redis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  redis.on('error', () => {
    /* the memory insurance limiter takes over while Redis is down */
  })
  return redis
}

/** Builds the limiters; with a Redis URL they live in Redis (key prefix per deployment), with memory as insurance. */
export function createLimiters(redisUrl = env.REDIS_URL, prefix = env.RATE_LIMIT_PREFIX) {
  const rules = bucketRules()
  const out = {} as Record<Bucket, RateLimiterAbstract>
  for (const [bucket, rule] of Object.entries(rules) as [Bucket, { points: number; duration: number }][]) {
    const memory = new RateLimiterMemory({ ...rule, keyPrefix: `${prefix}:${bucket}` })
    out[bucket] = redisUrl
      ? new RateLimiterRedis({ ...rule, storeClient: redisClient(redisUrl), keyPrefix: `${prefix}:rl:${bucket}`, insuranceLimiter: memory })
      : memory
  }
  return out
}

/** Resolves once the shared Redis connection is up (tests; the memory insurance covers the first moments in production). */
export async function redisReady(timeoutMs = 5000): Promise<void> {
  if (!redis || redis.status === 'ready') return
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('Redis 连接超时')), timeoutMs)
    redis!.once('ready', () => (clearTimeout(t), resolve()))
  })
}

let limiters: Record<Bucket, RateLimiterAbstract> | undefined

/** Consumes one point from each bucket; returns the seconds to wait if any is exhausted, else 0. */
export async function consume(keys: Partial<Record<Bucket, string | undefined>>, using = (limiters ??= createLimiters())): Promise<number> {
  if (!rateLimitsEnabled()) return 0
  let wait = 0
  for (const [bucket, key] of Object.entries(keys) as [Bucket, string | undefined][]) {
    if (!key) continue
    try {
      await using[bucket].consume(key)
    } catch (res) {
      if (res instanceof RateLimiterRes) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000))
      else throw res
    }
  }
  return wait
}
