/**
 * Cache policy and content types of the built site's files, used by every server of it: the S3 upload
 * (object metadata) and `npm run serve:site`; docs/nginx.conf writes the same rules as nginx locations.
 * Hashed files never change under the same name; everything else is revalidated so a publish shows at once.
 */
export function cacheControlFor(key: string): string {
  const k = key.replace(/^\/+/, '')
  // Astro's hashed bundles and Pagefind's content-addressed index chunks, fragments, filters, wasm.
  if (k.startsWith('_astro/')) return 'public, max-age=31536000, immutable'
  // Shards of a large site's index (pagefind-shards/<shard>/…) are bundles of the same layout.
  const p = k.replace(/^pagefind-shards\/[^/]+\//, 'pagefind/')
  if (/^pagefind\/(fragment|index|filter)\//.test(p) || /^pagefind\/.*\.pf_meta$/.test(p) || /^pagefind\/wasm\./.test(p))
    return 'public, max-age=31536000, immutable'
  // pagefind-entry.json, shards.json, pagefind.js, pagefind-ui.* and the pages themselves: revalidate.
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
