/** Builds the site from the fixture snapshot into a fresh temp dir (shared by the build and e2e tests). */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const siteRoot = fileURLToPath(new URL('..', import.meta.url))
export const fixtureNow = '2026-11-28T10:00:00+08:00'

export async function buildFixtureSite(env: Record<string, string> = {}): Promise<string> {
  // Outside the project, like the CMS publishing pipeline (Astro then drops its .astro files into
  // outDir; the clean-output integration must remove them, and the build test checks it does).
  const tmp = mkdtempSync(join(tmpdir(), 'lawpoint-site-'))
  const outDir = join(tmp, 'dist')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [join(siteRoot, '../node_modules/astro/astro.js'), 'build'], {
      cwd: siteRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        SNAPSHOT_FILE: 'test/fixtures/snapshot.json',
        SITE_NOW: fixtureNow,
        SITE_URL: 'https://lifa.jianghai.example',
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: join(tmp, 'cache'),
        CMS_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (${code}):\n${log.slice(-4000)}`))))
  })
  return outDir
}
