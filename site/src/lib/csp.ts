/**
 * The public site's Content-Security-Policy, defined here and nowhere else. It travels with the pages:
 *  - every page carries it as <meta http-equiv="Content-Security-Policy"> (BaseLayout, Poster), so it holds
 *    wherever the build is served — nginx, `npm run serve:site`, an S3 bucket, the CMS's draft preview;
 *  - the build writes the header form (the same policy plus `frame-ancestors 'none'`, which a meta tag cannot
 *    carry) to dist/_lawpoint/csp.txt: `npm run serve:site` sends it, and docs/nginx.conf holds a copy
 *    (test/csp.test.ts checks the copy against this module).
 *
 * What the pages load, and why each source is here:
 *  - scripts: Astro's bundles (/_astro/*.js, 'self'; astro.config.ts keeps Astro from inlining small ones,
 *    the search's runtime among them) and the two inline scripts of lib/inline-scripts.ts by hash. No eval of
 *    any kind, no WebAssembly, no workers: the search reads its static index (/search/) with fetch.
 *  - styles: Astro inlines each page's stylesheet (build.inlineStylesheets: 'always') and components use
 *    style="" attributes, which no hash can allow: 'unsafe-inline' for styles only.
 *  - images: the site's own, data: URIs, and the CMS (the check-in QR code after an enhanced sign-up).
 *  - fetch: the site's own files (the search index) and the CMS (enhanced forms, ALTCHA challenge,
 *    live seat counts); forms post to the CMS (form-action; also its redirects back to the site).
 *
 * Build time only (node:crypto, and env reads the environment).
 */
import { createHash } from 'node:crypto'
import { env } from './env'
import { inlineScripts } from './inline-scripts'

/** The CSP source expression allowing one inline script (the exact text between <script> and </script>). */
export const scriptHash = (code: string): string => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`

/** The policy of the pages (meta tag form), for a given PUBLIC_CMS_URL. */
export function pagePolicy(cmsUrl: string): string {
  const cms = new URL(cmsUrl).origin
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...inlineScripts.map(scriptHash)],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', cms],
    ['connect-src', "'self'", cms],
    ['form-action', "'self'", cms],
    ['base-uri', "'self'"],
    ['object-src', "'none'"],
  ]
  return directives.map((d) => d.join(' ')).join('; ')
}

/** The header form: what a meta tag cannot say — no page of the site may be framed (clickjacking). */
export const headerPolicy = (cmsUrl: string): string => `${pagePolicy(cmsUrl)}; frame-ancestors 'none'`

/** This build's policies. */
export const siteCsp = { page: pagePolicy(env.PUBLIC_CMS_URL), header: headerPolicy(env.PUBLIC_CMS_URL) }
