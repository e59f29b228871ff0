/**
 * Incremental publishing (see lib/incremental.ts). Before the build: the digest of the site's code and of
 * the site settings, which every page's digest includes, so a code or settings change renders everything.
 * After the build: pages left out as unchanged are hard-linked from the previous build, and the manifest
 * of every page's digest is written for the next build.
 */
import type { AstroIntegration } from 'astro'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { env, internalHandoff, warmServerHooks } from '../lib/env'
import { manifestPath, pageFile, setBuiltPages } from '../lib/incremental'
import { checkSnapshot } from '../lib/snapshot-check'
import { loadSnapshot } from '../lib/snapshot-source'

/** Every file the pages are made from: the site's sources and config, the shared types, the lock file. */
function codeDigest(siteRoot: string): string {
  const hash = createHash('sha1')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else hash.update(relative(siteRoot, file)).update(readFileSync(file))
    }
  }
  for (const dir of ['src', 'public', '../content-types/src']) if (existsSync(join(siteRoot, dir))) walk(join(siteRoot, dir))
  for (const file of ['astro.config.ts', 'tailwind.config.mjs', 'package.json', '../package-lock.json'])
    if (existsSync(join(siteRoot, file))) hash.update(file).update(readFileSync(join(siteRoot, file)))
  // Pages show both (form actions, canonical links).
  hash.update(env.PUBLIC_CMS_URL).update(env.SITE_URL)
  return hash.digest('hex')
}

/** The last sitemap this process wrote (the warm build server builds again): its pages, build and files. */
let lastSitemap: { key: string; dist: string; files: string[] } | undefined

function link(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true })
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}

/**
 * `sitemap` is the sitemap integration, run from here: Astro tells integrations only about the pages it
 * rendered, and the sitemap must also list the linked ones.
 */
export default function incremental({ sitemap }: { sitemap: AstroIntegration }): AstroIntegration {
  let siteRoot = process.cwd()
  type Hook = (params: unknown) => unknown
  const forward = (name: keyof AstroIntegration['hooks'], params: unknown) => (sitemap.hooks[name] as Hook | undefined)?.(params)
  return {
    name: 'lawpoint-incremental',
    hooks: {
      // The sitemap's other hooks (routes, config) as they are; setup and build:done wrapped below.
      ...sitemap.hooks,
      'astro:config:setup': async (params) => {
        await forward('astro:config:setup', params)
        siteRoot = fileURLToPath(params.config.root)
        const atStart = codeDigest(siteRoot)
        warmServerHooks.codeChanged = () => codeDigest(siteRoot) !== atStart
      },
      // Per build, not per process: the warm build server (build-server.mjs) runs this hook for each of its builds.
      'astro:build:start': async (params) => {
        await forward('astro:build:start', params)
        internalHandoff.setPlanDir(mkdtempSync(join(tmpdir(), 'lawpoint-plan-')))
        const snapshot = await loadSnapshot()
        // A cold build's content sync checked every document; a later build of the warm server is checked here.
        checkSnapshot(snapshot)
        internalHandoff.setPageInputs(`${codeDigest(siteRoot)}:${JSON.stringify(snapshot.settings)}`)
      },
      'astro:build:done': async (params) => {
        const { dir, logger } = params
        const tStart = Date.now()
        const dist = fileURLToPath(dir)
        const previous = env.PREVIOUS_DIST ?? ''
        const planDir = internalHandoff.planDir()
        const manifest: Record<string, string> = {}
        const renderedUrls = new Set(params.pages.map((p) => `/${p.pathname}`))
        let linked = 0
        let rendered = 0
        for (const file of existsSync(planDir) ? readdirSync(planDir) : []) {
          const { plan, rendered: n } = JSON.parse(readFileSync(join(planDir, file), 'utf8')) as { plan: Record<string, string>; rendered: number }
          rendered += n
          for (const [url, digest] of Object.entries(plan)) {
            manifest[url] = digest
            if (!renderedUrls.has(url)) {
              link(pageFile(previous, url), pageFile(dist, url))
              linked++
            }
          }
        }
        rmSync(planDir, { recursive: true, force: true })
        mkdirSync(dirname(manifestPath(dist)), { recursive: true })
        writeFileSync(manifestPath(dist), JSON.stringify(manifest))
        const tLinked = Date.now()
        if (linked) logger.info(`rendered ${rendered} changed pages, linked ${linked} unchanged pages from the previous build (${tLinked - tStart} ms)`)
        const linkedPages = Object.keys(manifest).filter((url) => !renderedUrls.has(url))
        // Every page for the search index: the planned ones, and the few other pages rendered (/404.html is a file).
        const pages = new Map(Object.keys(manifest).map((url) => [url, pageFile(dist, url)]))
        for (const url of renderedUrls) {
          if (pages.has(url)) continue
          const asFolder = pageFile(dist, url)
          const asFile = join(dist, `${url.replace(/\/$/, '')}.html`)
          if (existsSync(asFolder)) pages.set(url, asFolder)
          else if (existsSync(asFile)) pages.set(`${url.replace(/\/$/, '')}.html`, asFile)
        }
        setBuiltPages(dist, pages)
        const listed = [...params.pages, ...linkedPages.map((url) => ({ pathname: url.slice(1) }))]
        // The same pages as the last build of this process, whose output is the previous build: the same sitemap.
        const key = `${env.SITE_URL}\n${listed.map((p) => p.pathname).sort().join('\n')}`
        // Folders compared without a trailing slash (Astro's dir URL has one, PREVIOUS_DIST none).
        if (lastSitemap && previous && lastSitemap.dist === resolve(previous) && lastSitemap.key === key && lastSitemap.files.every((f) => existsSync(join(previous, f)))) {
          for (const f of lastSitemap.files) link(join(previous, f), join(dist, f))
          logger.info(`sitemap: the same pages as the previous build, its files linked (${Date.now() - tLinked} ms)`)
        } else {
          await forward('astro:build:done', { dir: params.dir, routes: params.routes, assets: params.assets, logger: params.logger, pages: listed })
          logger.info(`sitemap ${Date.now() - tLinked} ms`)
        }
        lastSitemap = { key, dist: resolve(dist), files: readdirSync(dist).filter((f) => /^sitemap-.*\.xml$/.test(f)) }
      },
    },
  }
}
