import { env } from '../env'

/**
 * Browser origins allowed to call the CMS: the public site's (SITE_ORIGINS, comma-separated)
 * and the CMS's own, for the admin.
 */
export function siteOrigins(): string[] {
  return [...new Set([...env.SITE_ORIGINS, env.cmsUrl])]
}

/** The public site's address, for links back to it. */
export const siteUrl = () => env.SITE_URL
