// @ts-check
/**
 * The warm build server: one process that stays up between publishes, so that an edit costs what the edit
 * changes, not Node, Astro, the content sync and the Vite bundle again (docs/site-architecture.md › Warm builds).
 *
 * The first build is Astro's own `astro build`, step by step (core/build/index.js of the pinned Astro); the page
 * bundle it makes is then kept. The pages read their content from the snapshot at render time (lib/content.ts),
 * never from the bundle, so the same bundle renders every later snapshot: each later build runs the integrations'
 * build:start (which checks the new snapshot), Astro's page generation (which renders the changed pages,
 * lib/incremental.ts) and build:done into a new output folder. Module state that belongs to one build is keyed
 * by LAWPOINT_BUILD_ID (lib/env.ts › perBuild). A change to the site's code ends the server (the parent starts a
 * new one).
 *
 * Plain JavaScript, run by plain `node`: a TypeScript loader would double the time Node takes to load Astro and
 * Vite. It calls the site's own code only through the integrations and lib/env.ts › WarmServerHooks.
 * Run by the CMS's publishing runner (cms/src/publishing/warm.ts), cwd site/, over IPC: it receives { id, env } per
 * build and answers { id, ok, error?, stale? }. Everything it logs is the build's log.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist')
/**
 * Astro exports none of these: they are read from the installed (pinned) version's files.
 * @param {string} path
 * @returns {Promise<Record<string, any>>}
 */
const internal = (path) => import(pathToFileURL(join(astroDist, path)).href)

/** @returns {{ runAfterBuildTasks(): void; releaseBuild(): void; codeChanged(): boolean } | undefined} */
const siteHooks = () => /** @type {any} */ (globalThis)[Symbol.for('lawpoint.warmServerHooks')]

const siteRoot = process.cwd()
process.env.LAWPOINT_WARM = '1'
/** This server's folder for the page bundle and the pages being rendered; gone with the server. */
const workDir = join(siteRoot, 'node_modules', '.lawpoint-warm', String(process.pid))
// Folders of servers that did not end cleanly (killed, machine restarted).
for (const pid of fs.existsSync(dirname(workDir)) ? fs.readdirSync(dirname(workDir)) : [])
  if (!alive(Number(pid))) fs.rmSync(join(dirname(workDir), pid), { recursive: true, force: true })

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** @param {string} dir @returns {Generator<string>} */
function* walk(dir) {
  if (!fs.existsSync(dir)) return
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else yield path
  }
}

/** @param {string} file @param {string} target */
function link(file, target) {
  fs.mkdirSync(dirname(target), { recursive: true })
  try {
    fs.linkSync(file, target)
  } catch {
    fs.copyFileSync(file, target)
  }
}

/**
 * Astro's setup and bundle, once: `astro build` (core/build/index.js) up to its page generation.
 * @typedef {{ settings: any; logger: any; opts: any; internals: any; routes: any[]; assets: string[]; bundle: Set<string>; bundleFolders: Set<string> }} Warm
 * @returns {Promise<Warm>}
 */
async function warmUp() {
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

  applyPolyfill()
  const logger = createNodeLogger({})
  // Not Astro's line for each page written (ten thousand lines at ten thousand documents, formatted, piped to the
  // CMS and written to the build log: 2 % of a cold build): the log keeps one line per route, Astro's totals, and
  // the pages that were slow or not written.
  const dest = logger.options.dest
  logger.options.dest = { write: (/** @type {any} */ event) => routinePageLine(event) || dest.write(event) }
  const { astroConfig } = await resolveConfig({}, 'build')
  let settings = await createSettings(astroConfig, fileURLToPath(astroConfig.root))
  settings = await hooks.runHookConfigSetup({ settings, command: 'build', logger })
  const manifest = createDevelopmentManifest(settings)
  const routesList = await createRoutesList({ settings }, logger)
  await hooks.runHookConfigDone({ settings, logger, command: 'build' })
  const viteConfig = await createVite(
    { server: { hmr: false, middlewareMode: true } },
    { settings, logger, mode: 'production', command: 'build', sync: false, routesList, manifest },
  )
  await syncInternal({ mode: 'production', settings, logger, fs, routesList, command: 'build', manifest })
  await hooks.runHookBuildStart({ config: settings.config, logger })
  const { allPages } = collectPagesData({ settings, logger, manifest: routesList })
  const opts = {
    allPages,
    settings,
    logger,
    routesList,
    runtimeMode: 'production',
    origin: new URL(settings.config.site).origin,
    /** @type {string[]} */ pageNames: [],
    teardownCompiler: false,
    viteConfig,
    key: createKey(),
  }
  // The bundle is made into a folder of this server's own (inside the site folder, so Astro keeps its page bundle
  // there rather than in site/.astro, which a cold build in this checkout empties); pages are rendered there too,
  // then moved into each build's output.
  settings.config.outDir = pathToFileURL(`${workDir}/`)
  const { internals } = await viteBuild(opts)
  const bundle = new Set(walk(workDir))
  // What `astro build` would copy into the output besides the pages (static-build.js › cleanServerOutput): the
  // client scripts and public files, not the page bundle.
  const assets = [...bundle].filter((file) => !/\.mjs(\.map)?$/.test(file))
  const bundleFolders = new Set(fs.readdirSync(workDir).filter((name) => fs.statSync(join(workDir, name)).isDirectory()))
  /** @type {any[]} */
  const routes = Object.values(allPages).map((p) => p.route)
  return { settings, logger, opts, internals, routes, assets, bundle, bundleFolders }
}

/** @type {Warm | undefined} */
let warm

/**
 * Astro's line for one page written, '  ├─ /laws/…/index.html (+3ms)' (maybe in colours), when it took under half a
 * second and the file was written. One line per page as long as the site renders several pages at a time
 * (astro.config.ts › build.concurrency); one at a time, Astro writes the time as a line of its own.
 * @param {{ level: string; label: string | null; message: string }} event
 */
function routinePageLine(event) {
  if (event.level !== 'info' || event.label !== null || event.message.includes('not created')) return false
  const m = /^\s+\S*[├└]─.*\(\+([\d.]+)(ms|s)\)/.exec(event.message)
  return !!m && Number(m[1]) * (m[2] === 's' ? 1000 : 1) < 500
}

/** @param {{ id: string; env: Record<string, string> }} request */
async function build({ id, env }) {
  for (const [key, value] of Object.entries(env)) process.env[key] = value
  process.env.LAWPOINT_BUILD_ID = id
  // Set by a build that fell back to a fetched or fixture snapshot: never carried into the next one.
  delete process.env.LAWPOINT_SNAPSHOT_FILE
  if (warm && siteHooks()?.codeChanged()) return { id, ok: false, stale: true }
  const hooks = await internal('integrations/hooks.js')
  const { generatePages } = await internal('core/build/generate.js')
  const first = !warm
  warm ??= await warmUp()
  const { settings, logger, opts, internals, routes } = warm
  const dist = env.OUT_DIR ?? ''
  if (!dist) throw new Error('OUT_DIR is not set')
  opts.pageNames.length = 0
  for (const route of routes) route.distURL = undefined
  const t0 = Date.now()
  if (!first) await hooks.runHookBuildStart({ config: settings.config, logger })
  const t1 = Date.now()
  settings.config.outDir = pathToFileURL(`${workDir}/`)
  await generatePages(opts, internals)
  const t2 = Date.now()
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
  const t3 = Date.now()
  await hooks.runHookBuildDone({ settings, pages: opts.pageNames, routes, logger })
  if (!first) logger.info('lawpoint-warm', `build:start ${t1 - t0} ms, pages ${t2 - t1} ms, into the output ${t3 - t2} ms, build:done ${Date.now() - t3} ms`)
  return { id, ok: true }
}

// One build at a time (the parent holds the build lock); the parent going away ends the server.
process.on('disconnect', () => process.exit(0))
process.on('exit', () => fs.rmSync(workDir, { recursive: true, force: true }))
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) process.on(signal, () => process.exit(0))
process.on('message', (/** @type {any} */ request) => {
  build(request)
    .catch((error) => {
      console.error(error?.stack ?? String(error))
      return { id: request.id, ok: false, error: error?.message ?? String(error) }
    })
    .then((reply) => {
      // After a failed build the parent ends this server: Astro's state may be half-way.
      process.send?.(reply)
      siteHooks()?.runAfterBuildTasks()
      // Idle between publishes: only the bundle and the caches stay (the parent starts it with --expose-gc).
      siteHooks()?.releaseBuild()
      /** @type {any} */ ;(globalThis).gc?.()
    })
})
