/**
 * One build, from a content snapshot to the live site: write the snapshot into a fresh build
 * directory, run the site build (Astro + Pagefind) into its dist/, validate, deploy to the configured
 * targets, then switch `live` atomically. A failure at any step leaves `live` untouched.
 * No Payload imports: the CMS job, `npm run publish` and the benchmark all call this.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { SiteSnapshot } from '@lawpoint/content-types'
import { deployTargets } from './deploy'
import { withBuildLock } from './lock'
import { buildsRoot, repoRoot, siteRoot } from './paths'
import { currentLive, distOf, markOk, newBuildName, pruneBuilds, switchLive } from './switch'
import { validateSite, type ValidationResult } from './validate'
import { warmBuild } from './warm'
import { env } from '../env'

export interface BuildOptions {
  /** The content; a promise lets the site build start (Node, Astro, its config) while the CMS still exports. */
  snapshot: SiteSnapshot | Promise<SiteSnapshot>
  /** Personal contact details from the CMS that must not appear in the output (needed only for validation). */
  forbidden?: string[] | Promise<string[]>
  root?: string
  /** Shell command that builds the site; default runs `astro build` in site/ (Pagefind included). */
  command?: string
  /** Called with the build's name as soon as its directory exists. */
  onStart?: (info: { name: string; dir: string }) => void | Promise<void>
  log?: (line: string) => void
}

export interface BuildOutcome {
  name: string
  dir: string
  ok: boolean
  error?: string
  durationMs: number
  timings: Record<string, number>
  validation?: ValidationResult
  previousLive: string | null
}

export class BuildError extends Error {}

/** Runs a build and, if it passes, makes it live. Never throws for a failed build: see outcome.ok. */
export async function runSiteBuild(options: BuildOptions): Promise<BuildOutcome> {
  const root = options.root ?? buildsRoot()
  return withBuildLock(root, () => buildLocked(root, options))
}

async function buildLocked(root: string, options: BuildOptions): Promise<BuildOutcome> {
  const started = Date.now()
  let name = newBuildName()
  while (fs.existsSync(path.join(root, name))) name = newBuildName(new Date(Date.now() + 1))
  const dir = path.join(root, name)
  const dist = distOf(root, name)
  fs.mkdirSync(dir, { recursive: true })
  const logFile = fs.openSync(path.join(dir, 'build.log'), 'a')
  const log = (line: string) => {
    fs.writeSync(logFile, `${line}\n`)
    options.log?.(line)
  }
  const timings: Record<string, number> = {}
  const step = async <T>(label: string, work: () => Promise<T> | T): Promise<T> => {
    const t = Date.now()
    try {
      return await work()
    } finally {
      timings[label] = Date.now() - t
      log(`[${label}] ${timings[label]} ms`)
    }
  }
  const previousLive = currentLive(root)
  const outcome: BuildOutcome = { name, dir, ok: false, durationMs: 0, timings, previousLive }
  try {
    await options.onStart?.({ name, dir })
    const snapshotFile = path.join(dir, 'snapshot.json')
    const previousDist = previousLive ? distOf(root, previousLive) : undefined
    // The site build starts at once and waits for the file (SNAPSHOT_WAIT_MS), which appears whole (rename).
    const abort = new AbortController()
    const written = step('snapshot', async () => {
      const s = await options.snapshot
      await fs.promises.writeFile(`${snapshotFile}.part`, JSON.stringify(s))
      await fs.promises.rename(`${snapshotFile}.part`, snapshotFile)
      return s
    })
    written.catch(() => abort.abort())
    // Needed only for validation; a failed query stops the build like a failed export.
    const forbiddenValues = Promise.resolve(options.forbidden)
    forbiddenValues.catch(() => abort.abort())
    const built = step('build', () => runCommand(options.command ?? env.SITE_BUILD_COMMAND, { snapshotFile, dist, root, previousDist }, log, abort.signal))
    const [snapshot, , forbidden] = await Promise.all([written, built, forbiddenValues])
    const validation = await step('validate', () =>
      validateSite(dist, snapshot, {
        allow: publicContacts(snapshot),
        forbidden,
        previous: previousDist ? { previousDist, knownInodes: lastLive?.dist === previousDist ? lastLive.inodes : undefined } : undefined,
      }),
    )
    outcome.validation = validation
    log(`页面 ${validation.pages} 个（应有内容页 ${validation.expectedPages} 个），文件 ${validation.files} 个`)
    if (validation.errors.length) throw new BuildError(`校验未通过：\n${validation.errors.join('\n')}`)
    for (const target of deployTargets()) await step(`deploy:${target.name}`, () => target.deploy(dist, log))
    await step('switch', () => {
      markOk(name, root)
      switchLive(name, root)
    })
    lastLive = { dist, inodes: validation.inodes }
    outcome.ok = true
    const removed = pruneBuilds(root)
    if (removed.length) log(`已清理旧构建：${removed.join('、')}`)
  } catch (error) {
    outcome.error = error instanceof BuildError ? error.message : (error as Error).stack || String(error)
    log(`构建失败：${outcome.error}`)
  } finally {
    outcome.durationMs = Date.now() - started
    log(`${outcome.ok ? '已上线' : '未上线'}，用时 ${outcome.durationMs} ms`)
    fs.closeSync(logFile)
  }
  return outcome
}

/** The contact point's own published contact details may appear on the site. */
function publicContacts(s: SiteSnapshot): string[] {
  const c = (s.settings as { contact?: { phone?: string | null; email?: string | null } } | undefined)?.contact
  return [c?.phone ?? '', c?.email ?? '', ...env.SITE_PUBLIC_CONTACTS].filter(Boolean)
}

/** The inodes of the last build this process validated and switched live (the next build's validation skips what it links). */
let lastLive: { dist: string; inodes: ValidationResult['inodes'] } | undefined

/**
 * Runs the site build: in the warm build server (warm.ts) unless a command is set or SITE_BUILD_WARM is off,
 * falling back to a plain `astro build` if the warm build fails. Its output goes to build.log, and its tail into
 * the error if it fails.
 */
async function runCommand(
  command: string | undefined,
  paths: { snapshotFile: string; dist: string; root: string; previousDist?: string },
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  const buildEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SNAPSHOT_FILE: paths.snapshotFile,
    SNAPSHOT_WAIT_MS: '600000',
    SNAPSHOT_STRICT: '1',
    OUT_DIR: paths.dist,
    // Kept between builds (one build at a time): Astro's content store and our index cache.
    ASTRO_CACHE_DIR: path.join(paths.root, '.cache/astro'),
    PREVIOUS_DIST: paths.previousDist ?? '',
    // The build copies the uploads it shows from where this CMS keeps them.
    MEDIA_DIR: env.MEDIA_DIR,
    NODE_ENV: 'production',
  }
  if (!command && env.SITE_BUILD_WARM) {
    try {
      return await warmBuild(paths.root, buildEnv, log, signal)
    } catch (error) {
      if (signal?.aborted) throw error
      // From nothing: neither the warm process's state nor the previous build can be the cause again.
      log(`热构建失败，改用完整构建：${(error as Error).message}`)
      fs.rmSync(paths.dist, { recursive: true, force: true })
      return spawnBuild(command, { ...buildEnv, PREVIOUS_DIST: '' }, log, signal)
    }
  }
  return spawnBuild(command, buildEnv, log, signal)
}

function spawnBuild(command: string | undefined, buildEnv: NodeJS.ProcessEnv, log: (line: string) => void, signal?: AbortSignal): Promise<void> {
  const astro = path.join(repoRoot, 'node_modules/astro/astro.js')
  const [cmd, args, shell] = command ? [command, [], true] : [process.execPath, [astro, 'build'], false]
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args as string[], { cwd: siteRoot, env: buildEnv, shell, stdio: ['ignore', 'pipe', 'pipe'] })
    signal?.addEventListener('abort', () => child.kill('SIGTERM'), { once: true })
    const tail: string[] = []
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue
        log(line)
        tail.push(line)
        if (tail.length > 30) tail.shift()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new BuildError(`网站构建命令失败（退出码 ${code ?? signal}）：\n${tail.join('\n')}`)),
    )
  })
}
