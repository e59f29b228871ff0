/**
 * Browser origins allowed to call the CMS: the public site's (SITE_ORIGINS, comma-separated)
 * and the CMS's own, for the admin.
 */
export function siteOrigins(): string[] {
  const configured = (process.env.SITE_ORIGINS ?? 'http://localhost:4321,http://127.0.0.1:4321')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
  const cms = process.env.CMS_URL ?? 'http://localhost:3000'
  return [...new Set([...configured, cms])]
}

/** The public site's address, for links back to it. */
export const siteUrl = () => (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')
