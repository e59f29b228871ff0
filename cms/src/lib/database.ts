import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { cmsRoot, repoRoot } from './paths'
import { env } from '../env'


export type DatabaseKind = 'sqlite' | 'postgres'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  throw new Error(`DATABASE_URL 无法识别：应以 file:（SQLite）或 postgres://（PostgreSQL）开头（收到 ${url.split(':')[0]}:…）`)
}

/** file:./x is taken from the repository root, so every workspace script points at the same file. */
export function sqliteFile(url: string): string {
  const file = url.slice('file:'.length)
  return path.isAbsolute(file) ? file : path.resolve(repoRoot, file)
}

/**
 * The adapter follows DATABASE_URL. Schema changes go through committed migrations only
 * (push is off everywhere), so a production start on an empty database builds its schema unprompted.
 */
export function databaseAdapter(url = env.DATABASE_URL): DatabaseAdapterObj {
  const kind = databaseKind(url)
  const migrationDir = path.join(cmsRoot, 'src/migrations', kind)
  if (kind === 'postgres')
    return postgresAdapter({ pool: { connectionString: url }, push: false, migrationDir, prodMigrations: postgresMigrations })
  return sqliteAdapter({
    client: { url: `file:${sqliteFile(url)}` },
    push: false,
    migrationDir,
    prodMigrations: sqliteMigrations,
    // FULL: an acknowledged opinion survives a power cut (NORMAL may lose the last commits; bench:intake compares).
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: env.SQLITE_SYNCHRONOUS },
    busyTimeout: 10_000,
  })
}
