/**
 * Incremental publishing: a page whose inputs are the same as in the previous build is not rendered
 * again; the build links the previous build's file instead (integrations/incremental.ts).
 *
 * Each route's getStaticPaths names, per page, its URL and everything the page shows (the document,
 * titles of what it links to …). The digest of that, of the site's code and of the site settings is
 * compared with the previous build's manifest. With no previous build, or PREVIOUS_DIST unset, every
 * page is rendered.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { env, internalHandoff, perBuild } from './env'

export const manifestPath = (dist: string) => join(dist, '_lawpoint', 'pages.json')
export const pageFile = (dist: string, url: string) => join(dist, url, 'index.html')

const previousManifest = perBuild((): Record<string, string> | null => {
  const dist = env.PREVIOUS_DIST
  if (!dist || !existsSync(manifestPath(dist))) return null
  try {
    return JSON.parse(readFileSync(manifestPath(dist), 'utf8')) as Record<string, string>
  } catch {
    return null
  }
})

/** Site code and settings: set by the integration before pages are built (same process, another module copy). */
export const digestOf = (inputs: unknown) => createHash('sha1').update(internalHandoff.pageInputs()).update('\0').update(JSON.stringify(inputs)).digest('hex')

/**
 * The paths still to render. Every page's digest goes into the plan (one file per route); pages whose
 * digest matches the previous build's, and whose file is there, are left out and linked afterwards.
 */
export function changedOnly<P>(route: string, paths: P[], page: (p: P) => { url: string; inputs: unknown }): P[] {
  const prev = previousManifest()
  const plan: Record<string, string> = {}
  const rendered: P[] = []
  for (const p of paths) {
    const { url, inputs } = page(p)
    const digest = digestOf(inputs)
    plan[url] = digest
    // The previous build was validated and is never changed: its manifest says which pages it has (checking each
    // file was a system call per page). Should one be missing after all, linking fails and the pipeline builds
    // again without the previous build.
    if (!prev || prev[url] !== digest) rendered.push(p)
  }
  // Where getStaticPaths leaves each route's plan for the integration: a fresh folder per build.
  const planDir = internalHandoff.planDir()
  mkdirSync(planDir, { recursive: true })
  writeFileSync(join(planDir, `${route.replace(/[^a-z0-9]+/gi, '_')}.json`), JSON.stringify({ plan, rendered: rendered.length }))
  return rendered
}

/**
 * Every HTML page of a finished build by URL (as lib/search/local.ts › htmlPages finds them by walking the output):
 * the incremental integration knows them all, so the search index need not walk 20,000 folders to find them.
 */
const BUILT = Symbol.for('lawpoint.builtPages')
type Built = { [BUILT]?: { dist: string; pages: Map<string, string> } }
export const setBuiltPages = (dist: string, pages: Map<string, string>): void => void ((globalThis as Built)[BUILT] = { dist, pages })
export function builtPages(dist: string): Map<string, string> | undefined {
  const built = (globalThis as Built)[BUILT]
  return built?.dist === dist ? built.pages : undefined
}
