/** Build-time settings, read from the environment once. */

/** Where the site's forms post to and images like registration QR codes come from. */
export const cmsPublicUrl = (process.env.PUBLIC_CMS_URL ?? import.meta.env?.PUBLIC_CMS_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

/**
 * "Now" for everything computed at build time (days left, upcoming vs past). SITE_NOW pins it so
 * test builds of the fixture are deterministic.
 */
export function siteNow(): Date {
  const pinned = process.env.SITE_NOW
  return pinned ? new Date(pinned) : new Date()
}
