/**
 * Crash test: a second CMS on the same database takes a burst of opinions and is killed with SIGKILL in the
 * middle of it; after a restart, every opinion that was answered 2xx is there. Uses the production build when
 * one exists (CMS_TEST_MODE=start), otherwise `next dev` in its own build directory.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { cmsDir, cmsMode, cmsServerArgs, freePort, sharedDatabaseEnv } from './cmsServer'
import { testPayload } from './helpers'
import { sample } from './fixtures'

let payload: Payload
let consultation: number | string
let server: ChildProcess | undefined

const mode = cmsMode()
// Its own dev output folder, so it runs beside the suite's server and other runs.
const devDir = `.next-test/crash-${process.pid}`

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, cmsServerArgs(mode, port), {
    cwd: cmsDir,
    env: { ...process.env, ...sharedDatabaseEnv, PORT: String(port), NEXT_DIST_DIR: mode === 'dev' ? devDir : '.next', NODE_ENV: mode === 'start' ? 'production' : 'development', RATE_LIMITS: 'off' },
    stdio: 'ignore',
    detached: true,
  })
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('第二个 CMS 进程已退出')
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/public/challenge`, { signal: AbortSignal.timeout(60_000) })
      if (res.status === 200) return child
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('第二个 CMS 未能启动')
}
const kill9 = (child: ChildProcess) => {
  try {
    // The whole group: `next dev` serves from a forked worker; `next start` from the process itself.
    process.kill(-child.pid!, 'SIGKILL')
  } catch {}
}

beforeAll(async () => {
  payload = await testPayload()
  consultation = (await payload.create({ collection: 'consultations', data: sample('consultations', { _status: 'published' }) as never })).id
})
afterAll(() => {
  if (server) kill9(server)
  if (mode === 'dev') fs.rmSync(path.join(cmsDir, devDir), { recursive: true, force: true })
})

it('keeps every acknowledged opinion when the server is killed mid-burst', { timeout: 600_000 }, async () => {
  const port = await freePort()
  server = await start(port)
  const url = `http://127.0.0.1:${port}/api/public/opinions`
  // Warm the route so the burst hits a ready server.
  const warm = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'governance', content: '预热请求内容', name: '预热', phone: '13700000000', identity: 'resident', consent: true }) })
  expect(warm.status).toBe(201)

  const acknowledged: string[] = []
  const refusals: Record<string, number> = {}
  let failed = 0
  let n = 0
  let killed = false
  const client = async () => {
    while (!killed) {
      const i = ++n
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'consultation', consultation, content: `压力下的意见 ${i}`, name: '测试', phone: `136${String(i).padStart(8, '0')}`, identity: 'resident', consent: true }),
        })
        if (res.status >= 200 && res.status < 300) acknowledged.push(((await res.json()) as { receipt: string }).receipt)
        else {
          failed++
          const key = `${res.status} ${((await res.json().catch(() => ({}))) as { message?: string }).message ?? ''}`
          refusals[key] = (refusals[key] ?? 0) + 1
        }
      } catch (error) {
        failed++
        if (killed) return
        const key = String((error as Error).cause ?? error)
        refusals[key] = (refusals[key] ?? 0) + 1
      }
    }
  }
  const clients = Array.from({ length: 50 }, client)
  // Kill once a good part of the burst has been answered, while requests are in flight.
  const deadline = Date.now() + 120_000
  while (acknowledged.length < 150) {
    if (Date.now() > deadline) {
      killed = true
      throw new Error(`两分钟内只收到 ${acknowledged.length} 个成功回执；失败 ${failed} 次：${JSON.stringify(refusals)}`)
    }
    await new Promise((r) => setTimeout(r, 10))
  }
  kill9(server)
  killed = true
  await Promise.all(clients)
  expect(acknowledged.length).toBeGreaterThanOrEqual(150)

  // Restart on the same database and check through the restarted server and the database itself.
  server = await start(port)
  const stored = await payload.find({ collection: 'opinions', where: { receipt: { in: acknowledged } }, limit: 0, pagination: false, overrideAccess: true, select: { receipt: true } })
  const missing = acknowledged.filter((r) => !stored.docs.some((d) => d.receipt === r))
  expect(missing, `${acknowledged.length} acknowledged, ${failed} failed/cut off`).toEqual([])
  const sample1 = acknowledged.at(-1)!
  const row = stored.docs.find((d) => d.receipt === sample1)!
  const { docs } = await payload.find({ collection: 'opinions', where: { id: { equals: row.id } }, overrideAccess: true, context: { fullPhones: true } })
  const lookup = await fetch(`http://127.0.0.1:${port}/api/public/opinions/status?receipt=${sample1}&phoneLast4=${docs[0]!.phone!.slice(-4)}`, { headers: { accept: 'application/json' } })
  expect(lookup.status).toBe(200)
})
