/** The CMS's settings, read from the environment once, at start (schema and defaults: settings.ts). */
import { parseEnv, type CmsEnv } from './settings'

export type { CmsEnv }
export const env: CmsEnv = parseEnv(process.env)
