/**
 * npm start — the whole system on one machine with the embedded default database:
 * migrate + seed (first run), build the CMS (when its code changed), build the site (when none is
 * built yet), then serve the CMS admin and the site, and print the URLs and demo logins.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { printDemoLogins } from '@lawpoint/cms/seed/demoUsers'
import { treeHash } from './lib/buildStamp'
import { env } from './lib/env'
import { repoRoot, run, waitForHttp, withProgress } from './lib/processes'
import { siteDir } from './serve-site'

const { CMS_PORT: cmsPort, SITE_PORT: sitePort, CMS_URL: cmsUrl, SITE_URL: siteUrl } = env
// The CMS, the site build (its forms post to CMS_URL unless PUBLIC_CMS_URL is set) and the static server.
// LAWPOINT_DEMO: this is the local demo — demo logins are created and printed, and the CMS's production start
// checks (own PAYLOAD_SECRET, no demo password) stand aside. A real deployment never sets it (README › Operations).
const childEnv = {
  ...process.env,
  CMS_URL: cmsUrl,
  SITE_URL: siteUrl,
  LAWPOINT_DEMO: 'true',
  // The demo site's forms post from SITE_URL: allow it unless origins are set explicitly.
  SITE_ORIGINS: process.env.SITE_ORIGINS || `${siteUrl},${siteUrl.replace('localhost', '127.0.0.1')}`,
  NEXT_TELEMETRY_DISABLED: '1',
}
const cmsDir = path.join(repoRoot, 'cms')
const children: ChildProcess[] = []

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 500).unref()
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

const [major, minor] = process.versions.node.split('.').map(Number)
if (major! < 20 || (major === 20 && minor! < 9)) {
  console.error(`需要 Node.js 20.9 或更高版本（当前 ${process.versions.node}）`)
  process.exit(1)
}

const databaseUrl = env.DATABASE_URL
const sqliteFile = databaseUrl.startsWith('file:') ? path.resolve(repoRoot, databaseUrl.slice(5)) : undefined
// The marker is written only after a complete seed, so an interrupted first start seeds again.
const seededMarker = sqliteFile ? `${sqliteFile}.seeded` : undefined
const firstRun = seededMarker ? !fs.existsSync(seededMarker) : false

try {
  if (firstRun || env.LAWPOINT_SEED)
    await withProgress('初始化数据库并写入演示内容', async () => {
      await run('npm', ['run', 'seed', '-w', 'cms'], { env: childEnv })
      if (seededMarker) fs.writeFileSync(seededMarker, new Date().toISOString())
    })

  const stampFile = path.join(cmsDir, '.next/lawpoint-build-stamp')
  const stamp = treeHash([path.join(cmsDir, 'src'), path.join(cmsDir, 'next.config.mjs'), path.join(repoRoot, 'content-types/src'), path.join(repoRoot, 'package-lock.json')])
  const built = fs.existsSync(path.join(cmsDir, '.next/BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp
  if (!built) {
    await withProgress('构建内容管理后台（首次约 2 分钟）', () =>
      run(process.execPath, [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'build'], {
        cwd: cmsDir,
        env: { ...childEnv, NEXT_DIST_DIR: '', JOBS_AUTORUN: 'false' },
      }),
    )
    fs.writeFileSync(stampFile, stamp)
  }

  if (!fs.existsSync(path.join(siteDir(), 'index.html')) || env.LAWPOINT_BUILD_SITE) {
    await withProgress('导出内容快照', () => run('npm', ['run', 'export:snapshot', '-w', 'cms'], { env: childEnv }))
    await withProgress('构建公众网站并建立搜索索引', () => run('npm', ['run', 'build', '-w', 'site'], { env: childEnv }))
  }

  const cms = spawn(process.execPath, ['server.mjs', '-p', String(cmsPort)], {
    cwd: cmsDir,
    env: { ...childEnv, NEXT_DIST_DIR: '', PORT: String(cmsPort) },
    stdio: 'inherit',
  })
  children.push(cms)
  const site = spawn(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(repoRoot, 'scripts/src/serve-site.ts')], {
    env: { ...childEnv, SITE_PORT: String(sitePort) },
    stdio: 'inherit',
  })
  children.push(site)
  for (const child of children) child.on('exit', (code) => code && (console.error('一个服务已退出，正在停止全部服务'), stopAll(1)))

  await withProgress('启动服务', () => Promise.all([waitForHttp(`${cmsUrl}/api/globals/site-settings`, 120_000, cms), waitForHttp(`${siteUrl}/`, 30_000, site)]))
  console.log('')
  console.log('江海区基层立法联系点已启动：')
  console.log(`  公众网站   ${siteUrl}/`)
  console.log(`  管理后台   ${cmsUrl}/admin`)
  printDemoLogins(`${cmsUrl}/admin`)
  console.log('按 Ctrl+C 停止。')
} catch (error) {
  console.error(`启动失败：${(error as Error).message}`)
  stopAll(1)
}
