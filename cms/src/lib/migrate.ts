import type { Migration, Payload } from 'payload'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { databaseKind } from './database'
import { env } from '../env'

/** Applies the committed migrations for the configured database. */
export async function applyMigrations(payload: Payload, url = env.DATABASE_URL): Promise<void> {
  const kind = databaseKind(url)
  const migrations = (kind === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
  await payload.db.migrate({ migrations })
}
