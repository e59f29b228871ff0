/**
 * Every setting of the site build, read from the environment once and checked: a wrong value stops the
 * build with a message naming the variable. Defaults are written here and nowhere else (README › Configuration).
 * An empty value counts as unset (the publishing pipeline passes PREVIOUS_DIST='' for a first build).
 *
 * Build time only: this module uses zod. Browser code (src/client/*, <script> blocks and what
 * they import, e.g. lib/search/*) must not import it; what the browser needs (the CMS URL) is rendered into
 * the pages at build time.
 */
import { join } from 'node:path'
import { z } from 'zod'
import { count, flag, parseSettings, webAddress } from '@lawpoint/content-types/settings'

const origin = webAddress
const instant = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), '应为日期时间，如 2026-11-28T10:00:00+08:00')
  .transform((s) => new Date(s))

const schema = z
  .object({
    SITE_URL: origin.default('http://localhost:4321'),
    /** Where the build fetches content from when there is no snapshot file. */
    CMS_URL: origin.optional(),
    PUBLIC_CMS_URL: origin.optional(),
    // Relative to site/ (Astro's root).
    OUT_DIR: z.string().default('./dist'),
    ASTRO_CACHE_DIR: z.string().default('./node_modules/.astro'),
    PREVIOUS_DIST: z.string().optional(),
    // Relative to site/ (the build's working directory).
    SNAPSHOT_FILE: z.string().default('snapshot/snapshot.json'),
    SNAPSHOT_WAIT_MS: count(0),
    SNAPSHOT_STRICT: flag(false),
    SITE_NOW: instant.optional(),
    /** Where the CMS keeps uploads (its MEDIA_DIR); default: the fixture's media for the fixture, else ../cms/media. */
    MEDIA_DIR: z.string().optional(),
  })
  .transform((e) => ({ ...e, PUBLIC_CMS_URL: e.PUBLIC_CMS_URL ?? e.CMS_URL ?? 'http://localhost:3000' }))

export type SiteEnv = z.infer<typeof schema>

/** Parses an environment; throws one error naming every wrong variable. */
export const parseEnv = (source: Record<string, string | undefined>): SiteEnv => parseSettings(schema, source, '网站无法构建')

/**
 * The build's settings. Read again when another build starts in the same process (the warm build server,
 * build-server.mjs, sets LAWPOINT_BUILD_ID for each build); otherwise read once.
 */
let current: { build: string | undefined; env: SiteEnv } | undefined
function currentEnv(): SiteEnv {
  const build = process.env.LAWPOINT_BUILD_ID
  if (!current || current.build !== build) current = { build, env: parseEnv(process.env) }
  return current.env
}
export const env: SiteEnv = new Proxy({} as SiteEnv, { get: (_, key) => currentEnv()[key as keyof SiteEnv] })

/** What each copy of a module holds for the current build, dropped by releaseBuild (shared by every copy). */
const RELEASE = Symbol.for('lawpoint.releaseBuild')
const releasers = ((globalThis as { [RELEASE]?: Set<() => void> })[RELEASE] ??= new Set())
export const onReleaseBuild = (release: () => void): void => void releasers.add(release)
/** The warm build server, after a build: whatever belonged to it (the snapshot, the library) can be collected. */
export function releaseBuild(): void {
  for (const release of releasers) release()
}

const AFTER = Symbol.for('lawpoint.afterBuild')
const afterTasks = ((globalThis as { [AFTER]?: (() => void)[] })[AFTER] ??= [])
/**
 * Work that can wait until the build is live, like writing a cache for the next process: the warm build server
 * (LAWPOINT_WARM) runs it after answering; any other build, at once.
 */
export function afterBuild(task: () => void): void {
  if (process.env.LAWPOINT_WARM) afterTasks.push(task)
  else task()
}
function runAfterBuildTasks(): void {
  for (const task of afterTasks.splice(0)) task()
}

/**
 * What the warm build server (build-server.mjs, plain JavaScript: it runs without a TypeScript loader) calls in the
 * site's code, through one process-wide object: after each build, the tasks that could wait and the release of the
 * build's memory; before each, whether the site's code changed since it started (set by the incremental integration).
 */
export interface WarmServerHooks {
  runAfterBuildTasks(): void
  releaseBuild(): void
  codeChanged(): boolean
}
const WARM = Symbol.for('lawpoint.warmServerHooks')
export const warmServerHooks: WarmServerHooks = ((globalThis as { [WARM]?: WarmServerHooks })[WARM] ??= {
  runAfterBuildTasks,
  releaseBuild: () => releaseBuild(),
  codeChanged: () => false,
})

/** A value computed once per build (memo of a module that the warm build server keeps between builds). */
export function perBuild<T>(make: () => T): () => T {
  let memo: { build: string | undefined; value: T } | undefined
  onReleaseBuild(() => (memo = undefined))
  return () => {
    const build = process.env.LAWPOINT_BUILD_ID
    if (!memo || memo.build !== build) memo = { build, value: make() }
    return memo.value
  }
}

/** Where the site's forms post to and images like registration QR codes come from (rendered into the pages). */
export const cmsPublicUrl = env.PUBLIC_CMS_URL

/**
 * "Now" for everything computed at build time (days left, upcoming vs past). SITE_NOW pins it so
 * test builds of the fixture are deterministic.
 */
export function siteNow(): Date {
  return env.SITE_NOW ? new Date(env.SITE_NOW) : new Date()
}

/**
 * Hand-offs inside one build, not settings (nobody sets them). Astro loads the site's modules several times
 * in one process (the config with its integrations, the content config, the bundled pages), and module
 * state is not shared between those copies: these values go through process.env, so they are read at call
 * time, never parsed once above.
 *  - LAWPOINT_PLAN_DIR: a fresh folder per build, made by the incremental integration (astro:config:setup),
 *    where each route's getStaticPaths (page bundle) leaves its plan (lib/incremental.ts).
 *  - LAWPOINT_PAGE_INPUTS: the digest of the site's code and settings, made by the same integration, part
 *    of every page's digest.
 *  - LAWPOINT_SNAPSHOT_FILE: the snapshot the build actually uses when it did not come from SNAPSHOT_FILE
 *    (fetched from CMS_URL, or the test fixture), so every copy builds from the same content.
 */
export const internalHandoff = {
  planDir: (): string => process.env.LAWPOINT_PLAN_DIR || join(process.cwd(), 'node_modules', '.lawpoint-plan'),
  setPlanDir(dir: string): void {
    process.env.LAWPOINT_PLAN_DIR = dir
  },
  pageInputs: (): string => process.env.LAWPOINT_PAGE_INPUTS ?? '',
  setPageInputs(inputs: string): void {
    process.env.LAWPOINT_PAGE_INPUTS = inputs
  },
  snapshotFile: (): string => process.env.LAWPOINT_SNAPSHOT_FILE || env.SNAPSHOT_FILE,
  setSnapshotFile(file: string): void {
    process.env.LAWPOINT_SNAPSHOT_FILE = file
  },
}
