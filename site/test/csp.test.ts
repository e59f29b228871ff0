/** The site's Content-Security-Policy (lib/csp.ts) and its copy for nginx (docs/nginx-security-headers.conf). */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { securityHeaders } from '@lawpoint/content-types/static-files'
import { headerPolicy, pagePolicy, scriptHash } from '../src/lib/csp'
import { inlineScripts } from '../src/lib/inline-scripts'

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]))

describe('the site policy', () => {
  const policy = directives(pagePolicy('https://cms.example.org:8443/some/path/'))

  it('allows scripts from the site itself and the inline scripts by hash, never inline or eval in general', () => {
    expect(policy.get('script-src')).toEqual(["'self'", ...inlineScripts.map(scriptHash)])
    expect(scriptHash('x')).toBe("'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='")
  })

  it('lets the pages talk to the CMS origin (forms, fetch, QR images) and to nothing else', () => {
    for (const d of ['img-src', 'connect-src', 'form-action']) expect(policy.get(d), d).toContain('https://cms.example.org:8443')
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
  })

  it('says frame-ancestors only in the header form (a meta tag cannot)', () => {
    expect(policy.has('frame-ancestors')).toBe(false)
    expect(headerPolicy('https://cms.example.org')).toBe(`${pagePolicy('https://cms.example.org')}; frame-ancestors 'none'`)
  })
})

describe('docs/nginx-security-headers.conf', () => {
  const conf = readFileSync(new URL('../../docs/nginx-security-headers.conf', import.meta.url), 'utf8')
  const headers = Object.fromEntries([...conf.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]))

  it('holds the current policy (update it when lib/inline-scripts.ts changes, then reload nginx)', () => {
    const csp = headers['content-security-policy'] ?? ''
    const cms = directives(csp).get('form-action')?.[1] ?? ''
    expect(csp).toBe(headerPolicy(cms))
  })

  it('sends what `npm run serve:site` sends, plus HSTS', () => {
    const { 'strict-transport-security': hsts, ...rest } = headers
    expect(hsts).toMatch(/^max-age=\d{7,}/)
    expect(rest).toEqual(securityHeaders(headers['content-security-policy']!))
  })

  it('is included in every block of docs/nginx.conf that has an add_header of its own (nginx does not inherit them)', () => {
    const nginx = readFileSync(new URL('../../docs/nginx.conf', import.meta.url), 'utf8').replace(/#.*$/gm, '')
    // Each block's own statements: strip nested blocks from the inside out.
    const blocks: string[] = []
    let text = nginx
    for (let m; (m = /\{([^{}]*)\}/.exec(text)); ) {
      blocks.push(m[1]!)
      text = text.slice(0, m.index) + ';' + text.slice(m.index + m[0].length)
    }
    const withHeaders = blocks.filter((b) => /\badd_header\b/.test(b))
    expect(withHeaders.length).toBeGreaterThanOrEqual(5)
    for (const b of withHeaders) expect(b, b.trim()).toMatch(/\binclude \S+\/docs\/nginx-security-headers\.conf;/)
    // …and at the HTTPS server level, for the responses no location adds headers to.
    expect(blocks.find((b) => /listen 443/.test(b))).toMatch(/\binclude \S+\/docs\/nginx-security-headers\.conf;/)
  })
})
