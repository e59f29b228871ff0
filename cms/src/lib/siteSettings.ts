import type { Payload } from 'payload'

/** What the CMS's own pages need of the staff-editable 网站设置. */
export interface SiteIdentity {
  siteName: string
  altchaRequired: boolean
}

// One cache per process, not per bundle: Next loads this module once for the App Router (where staff save the
// settings and the hook below runs) and again for the lean Pages route; both must see a save at once.
type Cache = { entry?: { until: number; value: Promise<SiteIdentity> } }
const cache: Cache = ((globalThis as { [key: symbol]: Cache })[Symbol.for('lawpoint.siteIdentity')] ??= {})

/** The settings, cached for two seconds: the intake's hot path reads them on every post. */
export function siteIdentity(payload: Payload): Promise<SiteIdentity> {
  const now = Date.now()
  if (cache.entry && cache.entry.until > now) return cache.entry.value
  const value = payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    .then((s) => ({ siteName: s.siteName, altchaRequired: Boolean(s.intake?.altchaRequired) }))
  cache.entry = { until: now + 2000, value }
  // A failed read is not cached: the next request asks again.
  value.catch(() => (cache.entry = undefined))
  return value
}

/** Called when staff save the settings, so the next page shows the new values at once. */
export const forgetSiteIdentity = () => (cache.entry = undefined)
