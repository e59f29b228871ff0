/**
 * The bundled static server for the built site: `npm run serve:site` (SITE_PORT, default 4321).
 * Serves SITE_DIR, else the live build (data/site-builds/live) when the publishing pipeline made one,
 * else site/dist. Hashed assets are cached for a year; pages and the search index are revalidated.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { repoRoot } from './lib/processes'

export function siteDir(): string {
  if (process.env.SITE_DIR) return path.resolve(process.env.SITE_DIR)
  const live = path.join(repoRoot, 'data/site-builds/live')
  return fs.existsSync(live) ? live : path.join(repoRoot, 'site/dist')
}

export function createSiteServer(fixedDir?: string) {
  // sirv resolves the directory once; re-create it when the live link moves (or first appears) so a
  // switch is seen at once.
  const dirNow = () => fixedDir ?? siteDir()
  let current = fs.realpathSync(dirNow())
  let handler = makeHandler(current)
  function makeHandler(root: string) {
    return sirv(root, {
      dev: false,
      etag: true,
      setHeaders(res, pathname) {
        // Astro's bundles and Pagefind's fragments, indexes and filters carry content hashes in their names.
        if (/^\/(_astro\/|pagefind\/(fragment|index|filter)\/)/.test(pathname))
          res.setHeader('cache-control', 'public, max-age=31536000, immutable')
        else res.setHeader('cache-control', 'public, max-age=0, must-revalidate')
      },
    })
  }
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(current, '404.html')
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(fs.existsSync(page) ? fs.readFileSync(page) : '<h1>404 页面不存在</h1>')
  }
  return http.createServer((req, res) => {
    const real = fs.realpathSync(dirNow())
    if (real !== current) {
      current = real
      handler = makeHandler(current)
    }
    handler(req, res, () => notFound(res))
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.SITE_PORT ?? 4321)
  const dir = siteDir()
  if (!fs.existsSync(dir)) {
    console.error(`没有找到已构建的网站目录 ${dir}，请先运行 npm run build:site`)
    process.exit(1)
  }
  createSiteServer(process.env.SITE_DIR ? dir : undefined).listen(port, () => console.log(`网站：http://localhost:${port}/ （目录 ${dir}）`))
}
