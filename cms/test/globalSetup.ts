import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import pg from 'pg'
import { freePort, migrate, startCms } from './cmsServer'

/**
 * One fresh database per test run: a temp SQLite file, or — with TEST_DATABASE_URL=postgres://… —
 * a new database on that server, dropped afterwards. Each test file migrates it through localPayload().
 */
export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL
  let url: string
  let teardown: () => Promise<void>
  if (base && /^postgres(ql)?:\/\//.test(base)) {
    const name = `lawpoint_test_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const u = new URL(base)
    u.pathname = `/${name}`
    url = u.toString()
    teardown = async () => {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    }
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-test-'))
    url = `file:${path.join(dir, 'test.db')}`
    teardown = async () => fs.rmSync(dir, { recursive: true, force: true })
  }
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
  process.env.JOBS_AUTORUN = 'false'
  // Intake tests spread their clients over addresses with X-Forwarded-For, as behind one proxy in production
  // (security.test.ts also starts a CMS with the default, 0: socket addresses only).
  process.env.TRUST_PROXY ??= '1'
  process.env.PRIVATE_UPLOADS_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-private-'))
  process.env.MEDIA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-media-'))
  // Site builds: into a throwaway directory, run by the CMS server only (test workers' Local API
  // writes don't enqueue builds), with a short debounce so tests stay quick.
  const siteBuilds = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-site-builds-'))
  process.env.SITE_BUILDS_DIR = siteBuilds
  process.env.SITE_BUILD_HOOKS = 'false'
  process.env.SITE_BUILD_AUTORUN = 'false'
  project.provide('siteBuildsDir', siteBuilds)
  project.provide('databaseUrl', url)
  console.log(`测试数据库：${url.replace(/\/\/[^@]*@/, '//')}`)
  // Browser tests of the public site serve it on a port the CMS knows (links back, allowed origins).
  if (process.env.LAWPOINT_TEST_SEED === 'true') {
    const sitePort = await freePort()
    process.env.SITE_URL = `http://127.0.0.1:${sitePort}`
    process.env.SITE_ORIGINS = process.env.SITE_URL
    project.provide('sitePort', sitePort)
  }
  // Browser tests look at the admin full of demo content, demo logins included (the local demo's setting);
  // integration tests start empty.
  if (process.env.LAWPOINT_TEST_SEED === 'true') process.env.LAWPOINT_DEMO = 'true'
  migrate(process.env, process.env.LAWPOINT_TEST_SEED === 'true' ? 'seed' : 'migrate')
  const cms = await startCms({
    ...process.env,
    SITE_BUILD_HOOKS: 'true',
    SITE_BUILD_AUTORUN: 'true',
    SITE_BUILD_DEBOUNCE_MS: process.env.SITE_BUILD_DEBOUNCE_MS ?? '2000',
    SITE_BUILD_MAX_WAIT_MS: process.env.SITE_BUILD_MAX_WAIT_MS ?? '15000',
  })
  project.provide('cmsUrl', cms.url)
  console.log(`测试用 CMS：${cms.url}`)
  return async () => {
    await cms.stop()
    await teardown()
    fs.rmSync(siteBuilds, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    cmsUrl: string
    siteBuildsDir: string
    sitePort: number
  }
}
