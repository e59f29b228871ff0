/**
 * The bundled static server for the built site: `npm run serve:site` (SITE_PORT, default 4321).
 * Serves SITE_DIR, else the live build (SITE_BUILDS_DIR/live, as the CMS sees it) when the publishing pipeline
 * made one, else the site's OUT_DIR (site/dist). Cache and security headers follow the one policy of
 * content-types/src/static-files.ts; the Content-Security-Policy is the one the served build wrote
 * (_lawpoint/csp.txt: the policy its pages carry as a meta tag, plus frame-ancestors), read again when the live link moves.
 * Text is sent gzipped, as docs/nginx.conf does in production (a table of contents is 196 KB raw, 46 KB gzipped).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import compression from 'compression'
import sirv from 'sirv'
import { livePath } from '@lawpoint/cms/publishing/paths'
import { cacheControlFor, cspHeaderFile, securityHeaders } from '@lawpoint/content-types/static-files'
import { env, siteDist } from './lib/env'

export function siteDir(): string {
  if (env.SITE_DIR) return env.SITE_DIR
  const live = livePath()
  return fs.existsSync(live) ? live : siteDist
}

export function createSiteServer(fixedDir?: string) {
  // sirv resolves the directory once; re-create it when the live link moves (or first appears) so a
  // switch is seen at once.
  const dirNow = () => fixedDir ?? siteDir()
  let current = fs.realpathSync(dirNow())
  let headers = headersOf(current)
  let handler = makeHandler(current)
  function makeHandler(root: string) {
    return sirv(root, {
      dev: false,
      etag: true,
      setHeaders(res, pathname) {
        res.setHeader('cache-control', cacheControlFor(pathname))
      },
    })
  }
  function headersOf(root: string) {
    const file = path.join(root, cspHeaderFile)
    // A build from before the policy existed has no file: its pages carry no meta policy either.
    return securityHeaders(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null)
  }
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(current, '404.html')
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(fs.existsSync(page) ? fs.readFileSync(page) : '<h1>404 页面不存在</h1>')
  }
  const gzip = compression() as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void
  return http.createServer((req, res) => {
    const real = fs.realpathSync(dirNow())
    if (real !== current) {
      current = real
      headers = headersOf(current)
      handler = makeHandler(current)
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    gzip(req, res, () => handler(req, res, () => notFound(res)))
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = env.SITE_PORT
  const dir = siteDir()
  if (!fs.existsSync(dir)) {
    console.error(`没有找到已构建的网站目录 ${dir}，请先运行 npm run build:site`)
    process.exit(1)
  }
  createSiteServer(env.SITE_DIR ? dir : undefined).listen(port, () => console.log(`网站：http://localhost:${port}/ （目录 ${dir}）`))
}
