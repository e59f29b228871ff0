import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export const cmsDir = path.resolve(import.meta.dirname, '..')
const nextBin = path.resolve(cmsDir, '../node_modules/next/dist/bin/next')

/** How the tests run the CMS: its production server when a production build exists and CMS_TEST_MODE=start (as in CI), else `next dev`. */
export const cmsMode = (): 'start' | 'dev' => (process.env.CMS_TEST_MODE === 'start' && fs.existsSync(path.join(cmsDir, '.next/BUILD_ID')) ? 'start' : 'dev')

/** The node arguments that serve the CMS on 127.0.0.1:port in that mode (run in cmsDir). */
export const cmsServerArgs = (mode: 'start' | 'dev', port: number) => [...(mode === 'start' ? ['server.mjs'] : [nextBin, 'dev']), '-p', String(port), '-H', '127.0.0.1']

/**
 * For a server on the suite's shared database, which may hold the demo seed's accounts and their public passwords
 * (seed.test.ts): it runs as the local demo does (`npm start`). A production CMS refuses to start with them
 * (safe-defaults.test.ts), and since it starts Payload as soon as it listens, it would end at once.
 */
export const sharedDatabaseEnv = { LAWPOINT_DEMO: 'true' } as const

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Applies the committed migrations to the test database (the server itself never pushes schema). */
export function migrate(env: NodeJS.ProcessEnv, script: 'migrate' | 'seed' = 'migrate') {
  try {
    execFileSync(process.execPath, ['src/cli/run.mjs', script], {
      cwd: cmsDir,
      env,
      // Inherit: piped output made the child exit early (code 13) under vitest.
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    const { status, stdout, stderr } = error as { status?: number; stdout?: Buffer; stderr?: Buffer }
    throw new Error(`测试数据库${script === 'seed' ? '写入演示内容' : '迁移'}失败（退出码 ${status}）：\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}

/**
 * The real CMS over HTTP: its production server (cms/server.mjs, what `npm start` runs) when a production build
 * exists and CMS_TEST_MODE=start (as in CI), otherwise `next dev`. The PID kept is the real server's, not an npx wrapper's.
 */
export async function startCms(env: NodeJS.ProcessEnv): Promise<{ url: string; stop: () => Promise<void>; process: ChildProcess }> {
  const port = await freePort()
  const mode = cmsMode()
  // Each test run gets its own dev output folder: Next allows one dev server per folder.
  const distDir = mode === 'dev' ? `.next-test/${process.pid}` : '.next'
  const child = spawn(process.execPath, cmsServerArgs(mode, port), {
    cwd: cmsDir,
    // The CMS knows its own address: for QR links, and for the site builds it runs (where forms post to).
    env: { ...env, ...sharedDatabaseEnv, CMS_URL: `http://127.0.0.1:${port}`, PUBLIC_CMS_URL: `http://127.0.0.1:${port}`, PORT: String(port), NEXT_DIST_DIR: distDir, NODE_ENV: mode === 'start' ? 'production' : 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  // If the test runner dies, the server goes with it.
  const killOnExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {}
  }
  process.once('exit', killOnExit)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  // The first request compiles the API route in dev mode; wait for a real answer from Payload.
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`CMS 进程已退出：\n${output}`)
    try {
      const res = await fetch(`${url}/api/globals/site-settings`, { signal: AbortSignal.timeout(60_000) })
      if (res.status === 200) break
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  if (Date.now() >= deadline) throw new Error(`CMS 未能在 180 秒内启动：\n${output}`)
  const stop = async () => {
    if (child.exitCode !== null) return
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      /* already gone */
    }
    await new Promise((r) => {
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {}
        r(null)
      }, 5000)
      child.once('exit', () => (clearTimeout(t), r(null)))
    })
    if (mode === 'dev') fs.rmSync(path.join(cmsDir, distDir), { recursive: true, force: true })
  }
  return { url, stop, process: child }
}
