/**
 * The CMS's production server (`npm start -w cms`, replacing `next start`): Next's own request handler for the
 * admin, Payload's REST API and everything else, as a documented Next custom server; the public intake routes
 * (/api/public/…, intake/pagesRoute.ts) are answered by their handler directly once Next has loaded them.
 *
 * Why: at 100 concurrent residents posting opinions, two thirds of the CMS's CPU went to Next's routing of each
 * request (route resolution, the Pages API runner, tracing), not to the opinion (docs/benchmarks.md › Public
 * intake). Each public route registers its handler when its module loads (the first request to it goes through
 * Next, as do routes not registered), so both ways run the same function; only the routing differs.
 *
 * Plain JavaScript, run by plain node: `node server.mjs [-p port] [-H host]` (PORT and 3000 by default).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

// What `next start` sets: React's and Next's production builds.
process.env.NODE_ENV = 'production'
const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } })
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname

const { default: next } = await import('next')
const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

/** Path → handler, filled by intake/pagesRoute.ts as the public routes load (one Map per process). */
const direct = (globalThis[Symbol.for('lawpoint.publicRoutes')] ??= new Map())

const server = http.createServer((req, res) => {
  const url = req.url ?? '/'
  const query = url.indexOf('?')
  const route = direct.get(query < 0 ? url : url.slice(0, query))
  const served = route ? route(req, res) : handle(req, res)
  served.catch((error) => {
    console.error(`请求处理失败 ${url}`, error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.on('error', (error) => {
  console.error('CMS 服务无法启动', error)
  process.exit(1)
})
server.listen(port, hostname, () => {
  console.log(`CMS 已启动：http://${hostname ?? 'localhost'}:${port}`)
  void startPayload()
})

/**
 * Payload starts with the first request that needs it, and its job crons with it (scheduled publishing, site
 * builds, the retention job): a CMS restarted at night would publish nothing at 8:00 until someone came by. One
 * request to itself starts it now. If that start fails (the database not reachable yet, demo logins refused), the
 * process ends: Payload remembers a failed start and would skip its onInit on the next try, so the supervisor's
 * restart is the clean retry.
 */
async function startPayload() {
  const { address, port: listening } = /** @type {import('node:net').AddressInfo} */ (server.address())
  const host = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '::1' : address
  try {
    const res = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${listening}/api/globals/site-settings?depth=0`, {
      signal: AbortSignal.timeout(120_000),
    })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
  } catch (error) {
    console.error('CMS 启动失败，进程退出：', error)
    process.exit(1)
  }
  // The instance the config's onInit published (src/lib/payloadInstance.ts, the same key: this file cannot import it).
  const payload = globalThis[Symbol.for('lawpoint.payload')]
  const runsJobs = payload ? ((await payload.config.jobs.shouldAutoRun?.(payload)) ?? true) : false
  console.log(`Payload 已启动：定时任务 ${payload?.crons?.length ?? 0} 个${runsJobs ? '' : '（JOBS_AUTORUN 已关闭：本实例不运行任务）'}`)
}

// As `next start`: stop taking connections, let the requests in flight finish (an opinion waiting for its group's
// commit gets its receipt), then exit; at most 10 s. NEXT_MANUAL_SIG_HANDLE leaves the signals to the host.
let stopping = false
const stop = (code) => {
  if (stopping) return
  stopping = true
  server.close(() => process.exit(code))
  server.closeIdleConnections()
  setTimeout(() => process.exit(code), 10_000).unref()
}
if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
  process.on('SIGINT', () => stop(130))
  process.on('SIGTERM', () => stop(143))
}
