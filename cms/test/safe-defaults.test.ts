/**
 * Safe defaults: a production CMS needs its own secret and refuses demo passwords, and a staff cookie counts
 * only on the CMS's own origin. Production here is NODE_ENV=production without LAWPOINT_DEMO (npm start's demo).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoUsers } from '../src/seed/demoUsers'
import { testPayload } from './helpers'
import { api, cmsUrl } from './rest'

const cmsDir = path.resolve(import.meta.dirname, '..')
const demoAdmin = demoUsers.find((u) => u.role === 'admin')!

/** Runs a CMS command-line script as production would, and returns its exit code and output. */
function runAsProduction(script: string, env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, ['src/cli/run.mjs', script], {
    cwd: cmsDir,
    env: { ...process.env, NODE_ENV: 'production', LAWPOINT_DEMO: undefined, JOBS_AUTORUN: 'false', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { status: r.status, output: `${r.stdout}${r.stderr}` }
}

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => {
  await payload.delete({ collection: 'users', where: { email: { equals: demoAdmin.email } }, overrideAccess: true })
})

describe('production start', () => {
  it('refuses to run without its own PAYLOAD_SECRET, saying so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-prod-'))
    const r = runAsProduction('migrate', { DATABASE_URL: `file:${path.join(dir, 'prod.db')}`, PAYLOAD_SECRET: undefined })
    fs.rmSync(dir, { recursive: true, force: true })
    expect(r.status).not.toBe(0)
    expect(r.output).toContain('生产环境必须设置 PAYLOAD_SECRET')
  })

  it('refuses while a demo login still has its public password, and starts once it is changed', async () => {
    // The seed test may have made the demo accounts already: give the demo admin its public password either way.
    const existing = await payload.find({ collection: 'users', where: { email: { equals: demoAdmin.email } }, overrideAccess: true })
    const user = existing.docs[0]
      ? await payload.update({ collection: 'users', id: existing.docs[0].id, data: { password: demoAdmin.password }, overrideAccess: true })
      : await payload.create({ collection: 'users', data: { email: demoAdmin.email, password: demoAdmin.password, name: '演示管理员', role: 'admin' }, overrideAccess: true })
    const refused = runAsProduction('migrate', { DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: 'a-production-secret-of-our-own' })
    expect(refused.status).not.toBe(0)
    expect(refused.output).toContain('演示账号仍在使用公开的演示密码')
    expect(refused.output).toContain(demoAdmin.email)
    // Other tests may have seeded the other demo logins: every one of them gets a password of its own.
    const demos = await payload.find({ collection: 'users', where: { email: { in: demoUsers.map((u) => u.email) } }, overrideAccess: true, limit: 0 })
    for (const d of [user, ...demos.docs]) await payload.update({ collection: 'users', id: d.id, data: { password: 'a-new-password-only-staff-know' }, overrideAccess: true })
    const started = runAsProduction('migrate', { DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: 'a-production-secret-of-our-own' })
    expect(started.output).not.toContain('演示账号')
    expect(started.status).toBe(0)
  })

  it('creates no demo logins under NODE_ENV=production, even when asked', () => {
    const r = spawnSync(process.execPath, ['src/cli/run.mjs', 'seed', '--demo'], {
      cwd: cmsDir,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'file:/nonexistent/never-opened.db' },
      encoding: 'utf8',
    })
    expect(r.status).not.toBe(0)
    expect(`${r.stdout}${r.stderr}`).toContain('不能创建演示账号')
  })
})

describe('staff cookies', () => {
  it('a script on the public site cannot read opinions with a logged-in staff member’s cookie', async () => {
    const email = `cookie-editor-${Date.now()}@test.local`
    await payload.create({ collection: 'users', data: { email, password: 'pw-cookie-editor', name: '编辑', role: 'editor' }, overrideAccess: true })
    const res = await fetch(`${cmsUrl()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'pw-cookie-editor' }) })
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!
    expect(cookie).toMatch(/^payload-token=/)
    // The same cookie works from the admin's own origin …
    const own = await api('/api/opinions?limit=1', { headers: { cookie, origin: cmsUrl() } })
    expect(own.status).toBe(200)
    // … and counts for nothing when the request comes from the site's origin.
    const fromSite = await api('/api/opinions?limit=1', { headers: { cookie, origin: 'http://localhost:4321' } })
    expect(fromSite.status).toBe(403)
    expect(JSON.stringify(fromSite.body)).not.toContain('"docs"')
  })
})
