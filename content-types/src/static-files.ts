/**
 * Cache policy, content types and security headers of the built site's files, used by every server of it: the
 * S3 upload (object metadata: cache and type only) and `npm run serve:site`; docs/nginx.conf writes the same
 * rules as nginx locations. Hashed files never change under the same name; everything else is revalidated so a
 * publish shows at once.
 */
export function cacheControlFor(key: string): string {
  const k = key.replace(/^\/+/, '')
  // Astro's hashed bundles, the uploads' content-hashed files (media/<hash>.<ext>), and the site search's
  // content-addressed index files (search/index/<hash>…): the manifest (search/manifest.json) and the result
  // records (search/records/…) are revalidated like pages.
  if (k.startsWith('_astro/') || k.startsWith('media/') || k.startsWith('search/index/')) return 'public, max-age=31536000, immutable'
  // Stock Pagefind bundles (the search evaluation serves one beside the site for its comparison).
  // Shards of a large site's index (pagefind-shards/<shard>/…) are bundles of the same layout.
  const p = k.replace(/^pagefind-shards\/[^/]+\//, 'pagefind/')
  if (/^pagefind\/(fragment|index|filter)\//.test(p) || /^pagefind\/.*\.pf_meta$/.test(p) || /^pagefind\/wasm\./.test(p))
    return 'public, max-age=31536000, immutable'
  // pagefind-entry.json, pagefind.js, the search manifest and records, and the pages themselves: revalidate.
  return 'public, max-age=0, must-revalidate'
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
}

export function contentTypeFor(key: string): string {
  const ext = key.split('.').pop()?.toLowerCase() ?? ''
  return types[ext] ?? 'application/octet-stream'
}

/**
 * Where a build keeps its Content-Security-Policy in header form (written by the site build from
 * site/src/lib/csp.ts; the pages carry the same policy in a meta tag). Servers read it from the build they serve.
 */
export const cspHeaderFile = '_lawpoint/csp.txt'

/**
 * The security headers of every response of the built site (`npm run serve:site`, the site's browser tests;
 * docs/nginx.conf adds the same, plus HSTS over HTTPS). `csp`: the served build's cspHeaderFile, if it has one.
 * Frames: `frame-ancestors 'none'` in the policy, and X-Frame-Options for browsers without CSP level 2.
 */
export function securityHeaders(csp: string | null): Record<string, string> {
  return {
    ...(csp ? { 'content-security-policy': csp } : {}),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  }
}
