/**
 * Building blocks of the three configuration modules (cms/src/env.ts, site/src/lib/env.ts,
 * scripts/src/lib/env.ts): how a switch, a number, a URL or a list is read from an environment variable, and
 * how a wrong one is reported. An empty value counts as unset.
 */
import { z } from 'zod'

export const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'], { error: '应为 true 或 false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'on', 'yes'].includes(v)))

export const count = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ error: '应为整数' }).int('应为整数').min(min, `不能小于 ${min}`).max(max, `不能大于 ${max}`).default(fallback)

export const port = (fallback: number) => count(fallback, 1, 65_535)

/** An http(s) address without its trailing slash. */
export const webAddress = z.url({ protocol: /^https?$/, error: '应为 http:// 或 https:// 开头的网址' }).transform((u) => u.replace(/\/+$/, ''))

/** Comma-separated values, trimmed. */
export const list = (fallback = '') =>
  z
    .string()
    .default(fallback)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))

export const optionalText = z.string().optional()

type Source = Record<string, string | undefined>

/**
 * Parses an environment with a schema; throws one error naming every wrong variable. Values are not repeated:
 * a database URL or a key may carry a password.
 */
export function parseSettings<S extends z.ZodType>(schema: S, source: Source, who: string): z.infer<S> {
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = schema.safeParse(set)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}：${i.message}`)
  throw new Error(`环境变量设置有误，${who}：\n${lines.join('\n')}`)
}
