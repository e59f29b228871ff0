/**
 * Every URL of the public site, and every CMS route under /api that the site and scripts call. Site links,
 * getStaticPaths, the CMS's build check, previews and result pages all build them here, so they cannot disagree.
 * No Node or DOM imports: the site's browser scripts use it too.
 */

type Sluggable = { id: number | string; slug?: string | null }
type Explainer = { lawKey: string; articleNumber: number | string }

/** The URL segment of a document: its slug, else its id. */
export const slugOf = (d: Sluggable) => d.slug || String(d.id)

/** `?a=1&b=2` from the defined values, encoded as the site always has (encodeURIComponent); '' when none. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const pairs = Object.entries(params).filter(([, v]) => v != null && v !== '')
  return pairs.length ? `${path}?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}` : path
}

/** Pages with a fixed address. */
export const sitePages = {
  home: '/',
  news: '/news/',
  civilCode: '/civil-code/',
  laws: '/laws/',
  lectures: '/lectures/',
  cancelRegistration: '/lectures/cancel/',
  squareEvents: '/square-events/',
  recaps: '/recaps/',
  consultations: '/consultations/',
  opinionStatus: '/opinions/status/',
  suggest: '/suggest/',
  collectionPoints: '/collection-points/',
  about: '/about/',
  privacy: '/privacy/',
  search: '/search/',
  rss: '/rss.xml',
} as const

export const newsPath = (d: Sluggable) => `/news/${slugOf(d)}/`
export const lecturePath = (d: Sluggable) => `/lectures/${slugOf(d)}/`
export const lecturePosterPath = (d: Sluggable) => `${lecturePath(d)}poster/`
export const eventPath = (d: Sluggable) => `/square-events/${slugOf(d)}/`
export const eventPosterPath = (d: Sluggable) => `${eventPath(d)}poster/`
export const recapPath = (d: Sluggable) => `/recaps/${slugOf(d)}/`
export const consultationPath = (d: Sluggable) => `/consultations/${slugOf(d)}/`
/** The opinion form for one article of a draft. */
export const consultationArticlePath = (d: Sluggable, articleNumber: number | string) => `${consultationPath(d)}${articleNumber}/`
/** A law's table of contents: the Civil Code keeps its own section; other laws live under /laws/<key>/. */
export const lawPath = (lawKey: string) => (lawKey === 'civil-code' ? sitePages.civilCode : `${sitePages.laws}${lawKey}/`)
/** One article of a library law; its explainers appear on the same page. */
export const articlePath = (lawKey: string, articleNumber: number | string) => `${lawPath(lawKey)}${articleNumber}/`
/** An explainer lives on the page of the article it explains (the first, for a run of articles). */
export const explainerPath = (d: Explainer) => articlePath(d.lawKey, d.articleNumber)
/** The status lookup, optionally with the receipt filled in. */
export const opinionStatusPath = (receipt?: string | null) => withQuery(sitePages.opinionStatus, { receipt })
/** The cancel form, optionally with the cancel code filled in. */
export const cancelRegistrationPath = (code?: string | null) => withQuery(sitePages.cancelRegistration, { code })
export const searchPath = (q?: string | null, type?: string | null) => withQuery(sitePages.search, { q, type })

/**
 * The site page of a CMS document, by collection slug: what the build check expects to exist and what a
 * preview shows. Null for documents without a page of their own.
 */
export function documentPath(collection: string, d: Sluggable & Record<string, unknown>): string | null {
  switch (collection) {
    case 'news':
      return newsPath(d)
    case 'law-explainers':
      return explainerPath(d as Sluggable & Explainer)
    case 'laws':
      return typeof d.key === 'string' ? lawPath(d.key) : null
    case 'lectures':
      return lecturePath(d)
    case 'square-events':
      return eventPath(d)
    case 'consultations':
      return consultationPath(d)
    case 'recaps':
      return recapPath(d)
    case 'collection-points':
      return sitePages.collectionPoints
    default:
      return null
  }
}

/** A site-absolute path on a base URL (SITE_URL, CMS_URL, Astro.site); a path prefix on the base is kept. */
export function absoluteUrl(base: string | URL, path: string): string {
  const root = String(base).replace(/\/*$/, '/')
  return new URL(path.replace(/^\/+/, ''), root).href
}

type Id = number | string
type ExportFormat = 'xlsx' | 'csv'

/** CMS routes. Fixed routes are strings (form actions); routes with parameters are functions. */
export const apiRoutes = {
  // Public intake (docs/intake.md).
  opinions: '/api/public/opinions',
  opinionStatus: '/api/public/opinions/status',
  registrations: '/api/public/registrations',
  cancelRegistration: '/api/public/registrations/cancel',
  challenge: '/api/public/challenge',
  stats: '/api/public/stats',
  /** Where a plain opinion post lands (303): the receipt. */
  opinionReceipt: (receipt: string) => withQuery('/api/public/opinions/receipt', { receipt }),
  /** A sign-up's live state, reached with the registrant's own cancel code. */
  registrationResult: (cancelCode: string) => withQuery('/api/public/registrations/result', { code: cancelCode }),
  /** Where a plain sign-up post lands when the phone already has a sign-up for the lecture: nothing of that sign-up, only the lecture. */
  registrationReceived: (lectureId: Id | '') => withQuery('/api/public/registrations/received', { lecture: lectureId }),
  checkInQr: (checkInCode: string) => `/api/public/registrations/qr/${encodeURIComponent(checkInCode)}.svg`,
  lectureCalendar: (lectureId: Id) => `/api/public/lectures/${lectureId}/ics`,
  // Staff only.
  consultationReport: (consultationId: Id, format: ExportFormat) => `/api/staff/consultations/${consultationId}/report.${format}`,
  lectureRegistrations: (lectureId: Id, format: ExportFormat) => `/api/staff/lectures/${lectureId}/registrations.${format}`,
  adoptedOpinions: (format: ExportFormat) => `/api/staff/opinions/adopted.${format}`,
  /** POST a code to check in; GET (optionally with the code, as the QR link does) for the phone page. */
  checkIn: (checkInCode?: string) => withQuery('/api/staff/check-in', { code: checkInCode }),
  rebuildSite: '/api/site-builds/rebuild',
  /** A recap's review (cms/src/collections/Recaps/endpoints.ts): save and submit (a new one has no id yet), return with a comment. */
  recapSubmit: (recapId?: Id) => (recapId === undefined ? '/api/recaps/submit' : `/api/recaps/${recapId}/submit`),
  recapReturn: (recapId: Id) => `/api/recaps/${recapId}/return`,
  preview: (collection: string, id: Id) => `/api/site-builds/preview/${collection}/${id}`,
  // Payload's own REST API, read by the site's snapshot fallback and the scripts.
  collection: (slug: string) => `/api/${slug}`,
  global: (slug: string) => `/api/globals/${slug}`,
} as const
