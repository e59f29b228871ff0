/**
 * npm run bench:intake — accepted opinions per second and p50/p99 latency over HTTP on SQLite at 1, 10 and
 * 100 concurrent clients: our intake endpoint (POST /api/public/opinions: validation, rate limits, consultation
 * check, group-committed insert) served by the CMS's production server (cms/server.mjs), the same endpoint through
 * `next start` (Next's routing, as before that server), and Payload's stock REST create of the same document
 * (POST /api/opinions as an admin), measured in the same run on one fresh database.
 *
 * Rate limits stay ON: each request comes from its own client address (X-Forwarded-For with TRUST_PROXY=true,
 * as behind the production proxy) and its own phone number, so the limiter does its full work without refusing.
 * Afterwards every receipt answered with 201 is looked up in the database: nothing may be lost.
 *
 * Env: BENCH_SECONDS (per measurement, default 10), BENCH_SKIP_BUILD=1 to reuse cms/.next, BENCH_LEVELS=1,10,100,
 * BENCH_TARGETS=ours,next,stock.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Agent, request } from 'undici'
import { createClient } from '@libsql/client'
import { env } from './lib/env'
import { parseEnv as parseCmsSettings } from '@lawpoint/cms/settings'
import { repoRoot, run, waitForHttp, withProgress } from './lib/processes'

const cmsDir = path.join(repoRoot, 'cms')
const { BENCH_SECONDS: seconds, BENCH_LEVELS: levels, BENCH_TARGETS: targets } = env
const port = 3000 + Math.floor(Math.random() * 1000) + 1000
const base = `http://127.0.0.1:${port}`
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-bench-'))
const dbFile = path.join(tmp, 'bench.db')
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${dbFile}`,
  PAYLOAD_SECRET: 'bench-secret',
  MEDIA_DIR: path.join(tmp, 'media'),
  PRIVATE_UPLOADS_DIR: path.join(tmp, 'private'),
  JOBS_AUTORUN: 'false',
  SITE_BUILD_HOOKS: 'false',
  SITE_BUILD_AUTORUN: 'false',
  TRUST_PROXY: 'true',
  CMS_URL: base,
}
delete childEnv.NEXT_DIST_DIR

let server: ChildProcess | undefined
const stopServer = () => {
  if (server && server.exitCode === null) server.kill('SIGTERM')
}
process.on('exit', stopServer)
process.on('SIGINT', () => (stopServer(), process.exit(130)))

let addr = 0
let phoneSeq = 0
const nextAddr = () => {
  addr++
  return `10.${(addr >> 16) & 255}.${(addr >> 8) & 255}.${addr & 255}`
}
const nextPhone = () => `138${String(++phoneSeq).padStart(8, '0')}`

type Target = 'ours' | 'next' | 'stock'
const label: Record<Target, string> = { ours: '本项目接口（cms/server.mjs）', next: '本项目接口（next start）', stock: 'Payload REST' }
type Result = { target: Target; clients: number; ok: number; errors: number; perSecond: number; p50: number; p99: number; statuses: Record<number, number> }

/** The CMS's production server (`npm start -w cms`), or `next start` for the comparison; BENCH_SERVER_NODE_ARGS, e.g. --cpu-prof. */
async function startServer(kind: 'lawpoint' | 'next') {
  const entry = kind === 'lawpoint' ? ['server.mjs'] : [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'start']
  server = spawn(process.execPath, [...env.BENCH_SERVER_NODE_ARGS, ...entry, '-p', String(port), '-H', '127.0.0.1'], { cwd: cmsDir, env: childEnv, stdio: ['ignore', 'ignore', 'inherit'] })
  await withProgress(`启动 ${kind === 'lawpoint' ? 'cms/server.mjs' : 'next start'}（PID ${server.pid}）`, () => waitForHttp(`${base}/api/globals/site-settings`, 120_000, server))
}

async function createConsultation(token: string): Promise<number> {
  const res = await fetch(`${base}/api/consultations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      title: '压测草案',
      draftKind: 'law',
      level: 'national',
      draftingBody: '法工委',
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      summary: '压测',
      articles: [{ number: 1, label: '第一条', text: '条文' }],
      _status: 'published',
    }),
  })
  return ((await res.json()) as { doc: { id: number } }).doc.id
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN)

async function main() {
  if (!env.BENCH_SKIP_BUILD || !fs.existsSync(path.join(cmsDir, '.next/BUILD_ID')))
    await withProgress('构建 CMS（next build）', () => run(process.execPath, [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'build'], { cwd: cmsDir, env: childEnv }))
  await withProgress('迁移全新的 SQLite 数据库', () => run(process.execPath, ['src/cli/run.mjs', 'migrate'], { cwd: cmsDir, env: childEnv, stdio: ['ignore', 'ignore', 'inherit'] }))
  // An admin for the stock REST create, and an open consultation every target writes to (created once).
  const admin = { email: 'bench@lawpoint.local', password: 'bench-password-1', name: '压测', role: 'admin' }
  let token = ''
  let consultation = 0
  async function setUp() {
    if (!token) {
      const res = await fetch(`${base}/api/users/first-register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
      if (!res.ok) throw new Error(`创建管理员失败 ${res.status} ${await res.text()}`)
    }
    const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: admin.password }) })
    token = ((await res.json()) as { token: string }).token
    if (consultation) return
    consultation = await createConsultation(token)
  }

  const doc = () => ({
    kind: 'consultation',
    consultation,
    articleNumber: 1,
    content: '建议明确申请程序的办理时限，避免群众多次跑腿。',
    name: '压测用户',
    phone: nextPhone(),
    identity: 'resident',
    locality: '江南街道',
    showPublicly: false,
    consent: true,
  })
  const receipts: string[] = []
  let stockCreated = 0

  async function measure(target: Target, clients: number, durationMs: number, record: boolean): Promise<Result> {
    const agent = new Agent({ connections: clients, pipelining: 1, keepAliveTimeout: 30_000 })
    const latencies: number[] = []
    const statuses: Record<number, number> = {}
    let ok = 0
    let errors = 0
    const started = performance.now()
    const until = started + durationMs
    const url = target === 'stock' ? `${base}/api/opinions` : `${base}/api/public/opinions`
    const worker = async () => {
      while (performance.now() < until) {
        const body = JSON.stringify(target === 'stock' ? { ...doc(), channel: 'online', status: 'received' } : doc())
        const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': nextAddr() }
        if (target === 'stock') headers.authorization = `JWT ${token}`
        const t0 = performance.now()
        try {
          const r = await request(url, { method: 'POST', body, headers, dispatcher: agent })
          const text = await r.body.text()
          const t = performance.now() - t0
          statuses[r.statusCode] = (statuses[r.statusCode] ?? 0) + 1
          if (r.statusCode === 201) {
            ok++
            latencies.push(t)
            if (record) {
              if (target === 'stock') stockCreated++
              else receipts.push((JSON.parse(text) as { receipt: string }).receipt)
            }
          } else errors++
        } catch {
          errors++
        }
      }
    }
    await Promise.all(Array.from({ length: clients }, worker))
    const elapsed = (performance.now() - started) / 1000
    await agent.close()
    latencies.sort((a, b) => a - b)
    return { target, clients, ok, errors, perSecond: ok / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), statuses }
  }

  // One server at a time, each on the same database: ours (cms/server.mjs) serves `ours` and `stock`; `next start`
  // serves `next`, the same endpoint through Next's routing, as it ran before cms/server.mjs.
  const results: Result[] = []
  for (const kind of ['lawpoint', 'next'] as const) {
    const here = targets.filter((t) => (t === 'next') === (kind === 'next'))
    if (!here.length) continue
    await startServer(kind)
    await setUp()
    // Ours before stock: the stock REST run leaves the server slower for a while after it (its p99 at 100 clients
    // read 92–188 ms measured right after a stock run, 48–77 ms otherwise; docs/benchmarks.md).
    for (const target of here) {
      for (const clients of levels) {
        await measure(target, clients, 2000, true) // warm-up (rows counted in the loss check too)
        const r = await measure(target, clients, seconds * 1000, true)
        results.push(r)
        console.log(`  ${label[target]} ${clients} 并发：${r.perSecond.toFixed(0)}/秒 p50 ${r.p50.toFixed(1)} ms p99 ${r.p99.toFixed(1)} ms 错误 ${r.errors} ${JSON.stringify(r.statuses)}`)
      }
    }
    stopServer()
    await new Promise((resolve) => (server!.exitCode === null ? server!.once('exit', resolve) : resolve(null)))
  }

  // Nothing lost: every 201 receipt is in the table, and the row count matches all 201s.
  const db = createClient({ url: `file:${dbFile}` })
  const stored = new Set((await db.execute('SELECT receipt FROM opinions')).rows.map((r) => String(r.receipt)))
  const missing = receipts.filter((r) => !stored.has(r))
  const total = Number((await db.execute('SELECT COUNT(*) AS n FROM opinions')).rows[0]!.n)
  db.close()

  console.log(`\n机器：${os.cpus().length} 核 ${os.cpus()[0]?.model ?? ''}，Node ${process.version}，SQLite（WAL，synchronous=${childEnv.SQLITE_SYNCHRONOUS ?? parseCmsSettings({}).SQLITE_SYNCHRONOUS}），生产构建（cms/server.mjs；next start 为对照）`)
  console.log('限流：开启；每个请求使用不同的客户端地址（X-Forwarded-For，TRUST_PROXY=true）和不同的手机号\n')
  const shown = (['ours', 'next', 'stock'] as const).filter((t) => targets.includes(t))
  console.log(`| 并发 | ${shown.map((t) => `${label[t]} | p50 | p99`).join(' | ')} |${targets.includes('stock') ? ' 本项目 ÷ REST |' : ''}`)
  console.log(`|---:|${shown.map(() => '---:|---:|---:|').join('')}${targets.includes('stock') ? '---:|' : ''}`)
  for (const clients of levels) {
    const row = shown.map((t) => results.find((r) => r.target === t && r.clients === clients)!)
    const cells = row.map((r) => `${r.perSecond.toFixed(0)}/s | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms`)
    const o = row.find((r) => r.target === 'ours')
    const s = row.find((r) => r.target === 'stock')
    console.log(`| ${clients} | ${cells.join(' | ')} |${o && s ? ` ${(o.perSecond / s.perSecond).toFixed(2)}× |` : s ? ' — |' : ''}`)
  }
  console.log(`\n完整性：本项目接口回执 ${receipts.length} 个，库中缺失 ${missing.length} 个；表内共 ${total} 行 = 本项目 ${receipts.length} + REST ${stockCreated}${total === receipts.length + stockCreated ? ' ✔' : ' ✘'}`)
  stopServer()
  fs.rmSync(tmp, { recursive: true, force: true })
  if (missing.length || total !== receipts.length + stockCreated) process.exit(1)
}

main().catch((error) => {
  console.error(error)
  stopServer()
  process.exit(1)
})
