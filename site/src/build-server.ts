/**
 * The warm build server: one process that stays up between publishes, so that an edit costs what the edit
 * changes, not Node, Astro, the content sync and the Vite bundle again (docs/site-architecture.md › Warm builds).
 *
 * The first build is Astro's own `astro build`, step by step (core/build/index.js of the pinned Astro); the page
 * bundle it makes is then kept. The pages read their content from the snapshot at render time (lib/content.ts),
 * never from the bundle, so the same bundle renders every later snapshot: each later build only checks the
 * snapshot, runs Astro's page generation (which renders the changed pages, lib/incremental.ts) and the
 * integrations' build hooks into a new output folder. A code change ends the server (the parent starts a new one).
 * Module state that belongs to one build is keyed by LAWPOINT_BUILD_ID (lib/env.ts › perBuild).
 *
 * Run by the CMS's publishing runner (cms/src/publishing/warm.ts) with `node --import tsx`, cwd site/, over IPC:
 * it receives { id, env } per build and answers { id, ok, error?, stale? }. Everything it logs is the build's log.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { codeDigest } from './integrations/incremental'
import { releaseBuild, runAfterBuildTasks } from './lib/env'
import { checkSnapshot } from './lib/snapshot-check'
import { loadSnapshot } from './lib/snapshot-source'

export type WarmRequest = { id: string; env: Record<string, string> }
export type WarmReply = { id: string; ok: boolean; error?: string; stale?: boolean }

const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist')
// Astro exports none of these: they are read from the installed (pinned) version's files.
const internal = (path: string) => import(pathToFileURL(join(astroDist, path)).href) as Promise<Record<string, (...args: never[]) => unknown>>
type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- Astro's internal objects

const siteRoot = process.cwd()
process.env.LAWPOINT_WARM = '1'
/** This server's folder for the page bundle and the pages being rendered; gone with the server. */
const workDir = join(siteRoot, 'node_modules', '.lawpoint-warm', String(process.pid))
const removeWorkDir = () => fs.rmSync(workDir, { recursive: true, force: true })
// Folders of servers that did not end cleanly (killed, machine restarted).
for (const pid of fs.existsSync(dirname(workDir)) ? fs.readdirSync(dirname(workDir)) : []) if (!alive(Number(pid))) fs.rmSync(join(dirname(workDir), pid), { recursive: true, force: true })

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

interface Warm {
  code: string
  settings: Loose
  logger: Loose
  opts: Loose
  internals: Loose
  routes: Loose[]
  /** Client scripts and public files the bundle made (in workDir), linked into every build's output. */
  assets: string[]
  /** The files of workDir after the bundle was made: whatever else appears there is a rendered page. */
  bundle: Set<string>
  /** The bundle's top-level folders in workDir. */
  bundleFolders: Set<string>
}
let warm: Warm | undefined

async function warmUp(): Promise<Warm> {
  const code = codeDigest(siteRoot)
  const hooks = await internal('integrations/hooks.js')
  const { apply: applyPolyfill } = await internal('core/polyfill.js')
  const { resolveConfig } = await internal('core/config/config.js')
  const { createNodeLogger } = await internal('core/config/logging.js')
  const { createSettings } = await internal('core/config/settings.js')
  const { createDevelopmentManifest } = await internal('vite-plugin-astro-server/plugin.js')
  const { createRoutesList } = await internal('core/routing/index.js')
  const { createVite } = await internal('core/create-vite.js')
  const { syncInternal } = await internal('core/sync/index.js')
  const { collectPagesData } = await internal('core/build/page-data.js')
  const { createKey } = await internal('core/encryption.js')
  const { viteBuild } = await internal('core/build/static-build.js')
  const call = <T>(f: unknown, ...args: unknown[]) => (f as (...a: unknown[]) => T)(...args)

  call(applyPolyfill)
  const logger = call<Loose>(createNodeLogger, {})
  const { astroConfig } = await call<Promise<Loose>>(resolveConfig, {}, 'build')
  let settings = await call<Promise<Loose>>(createSettings, astroConfig, fileURLToPath(astroConfig.root))
  settings = await call<Promise<Loose>>(hooks.runHookConfigSetup, { settings, command: 'build', logger })
  const manifest = call<Loose>(createDevelopmentManifest, settings)
  const routesList = await call<Promise<Loose>>(createRoutesList, { settings }, logger)
  await call(hooks.runHookConfigDone, { settings, logger, command: 'build' })
  const viteConfig = await call<Promise<Loose>>(
    createVite,
    { server: { hmr: false, middlewareMode: true } },
    { settings, logger, mode: 'production', command: 'build', sync: false, routesList, manifest },
  )
  await call(syncInternal, { mode: 'production', settings, logger, fs, routesList, command: 'build', manifest })
  await call(hooks.runHookBuildStart, { config: settings.config, logger })
  const { allPages } = call<Loose>(collectPagesData, { settings, logger, manifest: routesList })
  const opts = {
    allPages,
    settings,
    logger,
    routesList,
    runtimeMode: 'production',
    origin: new URL(settings.config.site).origin,
    pageNames: [] as string[],
    teardownCompiler: false,
    viteConfig,
    key: call<Promise<unknown>>(createKey),
  }
  // The bundle is made into a folder of this server's own (inside the site folder, so Astro keeps its page bundle
  // there rather than in site/.astro, which a cold build in this checkout empties); pages are rendered there too,
  // then moved into each build's output.
  settings.config.outDir = pathToFileURL(`${workDir}/`)
  const { internals } = await call<Promise<Loose>>(viteBuild, opts)
  const bundle = new Set(walk(workDir))
  // What `astro build` would copy into the output besides the pages (static-build.js › cleanServerOutput): the
  // client scripts and public files, not the page bundle.
  const assets = [...bundle].filter((file) => !/\.mjs(\.map)?$/.test(file))
  const routes = Object.values(allPages as Record<string, Loose>).map((p) => p.route)
  const bundleFolders = new Set(fs.readdirSync(workDir).filter((name) => fs.statSync(join(workDir, name)).isDirectory()))
  return { code, settings, logger, opts, internals, routes, assets, bundle, bundleFolders }
}

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else yield path
  }
}

function link(file: string, target: string) {
  fs.mkdirSync(dirname(target), { recursive: true })
  try {
    fs.linkSync(file, target)
  } catch {
    fs.copyFileSync(file, target)
  }
}

async function build({ id, env }: WarmRequest): Promise<WarmReply> {
  for (const [key, value] of Object.entries(env)) process.env[key] = value
  process.env.LAWPOINT_BUILD_ID = id
  // Set by a build that fell back to a fetched or fixture snapshot: never carried into the next one.
  delete process.env.LAWPOINT_SNAPSHOT_FILE
  const hooks = await internal('integrations/hooks.js')
  const { generatePages } = await internal('core/build/generate.js')
  const call = <T>(f: unknown, ...args: unknown[]) => (f as (...a: unknown[]) => T)(...args)
  const first = !warm
  if (warm && codeDigest(siteRoot) !== warm.code) return { id, ok: false, stale: true }
  warm ??= await warmUp()
  const { settings, logger, opts, internals, routes } = warm
  const dist = env.OUT_DIR!
  opts.pageNames.length = 0
  for (const route of routes) route.distURL = undefined
  if (!first) {
    await call(hooks.runHookBuildStart, { config: settings.config, logger })
    // What the content sync checks in a cold build: every document against the shared snapshot schemas.
    checkSnapshot(await loadSnapshot())
  }
  settings.config.outDir = pathToFileURL(`${workDir}/`)
  await call(generatePages, opts, internals)
  // Into the build's output, whole folders at a time (the bundle's own folders are not pages: chunks, pages, _astro).
  fs.mkdirSync(dist, { recursive: true })
  for (const name of fs.readdirSync(workDir)) {
    const path = join(workDir, name)
    if (warm.bundle.has(path)) continue
    if (!warm.bundleFolders.has(name)) fs.renameSync(path, join(dist, name))
    else
      for (const file of walk(path)) {
        if (warm.bundle.has(file)) continue
        fs.mkdirSync(dirname(join(dist, relative(workDir, file))), { recursive: true })
        fs.renameSync(file, join(dist, relative(workDir, file)))
      }
  }
  for (const file of warm.assets) link(file, join(dist, relative(workDir, file)))
  settings.config.outDir = pathToFileURL(`${dist}/`)
  await call(hooks.runHookBuildDone, { settings, pages: opts.pageNames, routes, logger })
  return { id, ok: true }
}

// One build at a time (the parent holds the build lock); the parent going away ends the server.
process.on('disconnect', () => process.exit(0))
process.on('exit', removeWorkDir)
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0))
process.on('message', (request: WarmRequest) => {
  build(request)
    .catch((error: unknown): WarmReply => {
      console.error((error as Error).stack ?? String(error))
      return { id: request.id, ok: false, error: (error as Error).message ?? String(error) }
    })
    .then((reply) => {
      // After a failed build the parent ends this server: Astro's state may be half-way.
      process.send?.(reply)
      runAfterBuildTasks()
      // Idle between publishes: only the bundle and the caches stay (the parent starts it with --expose-gc).
      releaseBuild()
      ;(globalThis as { gc?: () => void }).gc?.()
    })
})
