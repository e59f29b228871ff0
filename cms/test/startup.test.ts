/**
 * A restarted CMS starts its job crons (scheduled publishing, site builds, the retention job) without waiting for
 * a visitor: its production server (server.mjs) asks itself once at start. Production build only
 * (CMS_TEST_MODE=start, as in CI): `next dev` is not that server.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { cmsDir, cmsMode, cmsServerArgs, freePort, migrate } from './cmsServer'

it.runIf(cmsMode() === 'start')('starts Payload and its scheduled jobs at once, before any request comes in', { timeout: 180_000 }, async () => {
  const deadline = Date.now() + 150_000
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-startup-'))
  // A database of its own: this server runs jobs, and must not run the other tests' queued builds.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'startup.db')}`,
    SITE_BUILDS_DIR: path.join(dir, 'site-builds'),
    PAYLOAD_SECRET: 'a-startup-test-secret-of-its-own',
    JOBS_AUTORUN: 'true',
    NODE_ENV: 'production',
    LAWPOINT_DEMO: undefined,
  }
  migrate(env)
  const port = await freePort()
  const child = spawn(process.execPath, cmsServerArgs('start', port), { cwd: cmsDir, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {}
  }
  // If the test runner dies, this server (which runs jobs) goes with it.
  process.once('exit', kill)
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  try {
    while (!output.includes('Payload 已启动') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    expect(output).toContain('CMS 已启动')
    expect(output).toMatch(/Payload 已启动：定时任务 [1-9]\d* 个\n/)
    expect(output).not.toContain('启动失败')
  } finally {
    kill()
    process.off('exit', kill)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

it.runIf(cmsMode() === 'start')('ends, saying so, when Payload cannot start (no database), for its supervisor to start it again', { timeout: 120_000 }, async () => {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing', PAYLOAD_SECRET: 'a-startup-test-secret-of-its-own', NODE_ENV: 'production', PORT: String(port) }
  const child = spawn(process.execPath, cmsServerArgs('start', port), { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL')
      resolve(null)
    }, 100_000)
    child.once('exit', (c) => (clearTimeout(timer), resolve(c)))
  })
  expect(code).toBe(1)
  expect(output).toContain('CMS 启动失败，进程退出')
})
