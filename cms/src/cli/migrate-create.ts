/**
 * npm run migrate:create -w cms -- NAME
 * Writes a migration for each SQL dialect from the current config (SQLite and PostgreSQL keep separate
 * migration folders).
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { env } from '../env'

const name = process.argv[2] ?? 'change'
const targets = {
  sqlite: `file:${path.join(os.tmpdir(), `lawpoint-migrate-${process.pid}.db`)}`,
  postgres: env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
}
for (const [dialect, url] of Object.entries(targets)) {
  console.log(`— ${dialect}`)
  execFileSync('npx', ['payload', 'migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, JOBS_AUTORUN: 'false' },
  })
}
