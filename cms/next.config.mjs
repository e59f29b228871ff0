import { withPayload } from '@payloadcms/next/withPayload'

// `next build` and `next start` run with NODE_ENV=production, `next dev` without. Next evaluates headers()
// when it builds (routes manifest), so a production build never carries the dev allowances.
const dev = process.env.NODE_ENV !== 'production'

/**
 * Content-Security-Policy of the admin (/admin/…): everything from the CMS itself.
 *  - scripts: 'unsafe-inline' because the App Router streams its page data as inline <script> blocks and Payload
 *    adds a few (theme); nonces would need a middleware rendering every admin page per request with a fresh
 *    nonce. 'unsafe-eval' only in dev (React Refresh / HMR); the production admin runs without it.
 *  - styles inline (Payload's and React's style attributes); images also data: and blob: (upload previews).
 *  - connect: the admin's own API (+ the dev server's HMR websocket in dev).
 * Not allowed, on purpose: third-party origins. Payload's JSON field editor (Monaco) would load from
 * cdn.jsdelivr.net; our system-written JSON fields use src/components/JsonView.tsx, plain text, instead.
 */
const adminCsp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

const adminHeaders = [
  { key: 'Content-Security-Policy', value: adminCsp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests run their own server beside a developer's (Next allows one dev server per distDir).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The shared package ships TypeScript source.
  transpilePackages: ['@lawpoint/content-types'],
  // Admin pages are dynamic; keep the build lean on a 2-core machine.
  productionBrowserSourceMaps: false,
  // The admin only. /api/… is left alone: the public intake's result pages, the check-in page and the draft
  // preview set their own headers (a stricter CSP, Referrer-Policy no-referrer), and Next 16 keeps a header set
  // here and drops a route's own header of the same name (next/dist/server/send-response.js): theirs would be lost.
  async headers() {
    return [{ source: '/admin/:path*', headers: adminHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
