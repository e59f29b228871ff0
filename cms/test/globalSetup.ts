import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import pg from 'pg'
import { migrate, startCms } from './cmsServer'

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
  process.env.MEDIA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-media-'))
  project.provide('databaseUrl', url)
  console.log(`测试数据库：${url.replace(/\/\/[^@]*@/, '//')}`)
  // Browser tests look at the admin full of demo content; integration tests start empty.
  migrate(process.env, process.env.LAWPOINT_TEST_SEED === 'true' ? 'seed' : 'migrate')
  const cms = await startCms(process.env)
  project.provide('cmsUrl', cms.url)
  console.log(`测试用 CMS：${cms.url}`)
  return async () => {
    await cms.stop()
    await teardown()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    cmsUrl: string
  }
}
