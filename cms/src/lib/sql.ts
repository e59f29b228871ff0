import { commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

export { sql }
export type { SQL }

type Drizzle = {
  all?: (q: SQL) => Promise<unknown[]>
  run?: (q: SQL) => Promise<unknown>
  execute?: (q: SQL) => Promise<{ rows: unknown[] }>
  transaction: <T>(fn: (tx: Drizzle) => Promise<T>) => Promise<T>
}
type Adapter = { name: string; drizzle: Drizzle; sessions?: Record<string, { db: Drizzle }> }

export const dialectOf = (payload: Payload): 'sqlite' | 'postgres' => ((payload.db as unknown as Adapter).name === 'postgres' ? 'postgres' : 'sqlite')

/** The drizzle handle for raw statements: the request's open transaction if it has one, else the pool. */
export async function drizzleOf(payload: Payload, req?: Partial<PayloadRequest>): Promise<Drizzle> {
  const adapter = payload.db as unknown as Adapter
  const id = req?.transactionID ? await req.transactionID : undefined
  if (id && adapter.sessions?.[String(id)]) return adapter.sessions[String(id)]!.db
  return adapter.drizzle
}

/** Rows of a raw statement as plain objects, on SQLite (libsql) and PostgreSQL alike. */
export async function rows<T = Record<string, unknown>>(db: Drizzle, q: SQL): Promise<T[]> {
  if (db.execute) return (await db.execute(q)).rows as T[]
  return (await db.all!(q)) as T[]
}

/** One transaction on PostgreSQL; on SQLite each statement is atomic on its own and callers keep to single statements. */
export async function inTransaction<T>(payload: Payload, db: Drizzle, fn: (db: Drizzle) => Promise<T>, ownTransaction: boolean): Promise<T> {
  if (dialectOf(payload) === 'postgres' && ownTransaction) return db.transaction((tx) => fn(tx))
  return fn(db)
}

/** Unique-constraint violations on either database. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } }
  const text = `${e?.code ?? ''} ${e?.message ?? ''} ${e?.cause?.code ?? ''} ${e?.cause?.message ?? ''}`
  return /23505|UNIQUE constraint|SQLITE_CONSTRAINT_UNIQUE|duplicate key/i.test(text)
}

/**
 * One transaction around a script's writes, Local API and adapter calls alike (the law importer: one commit per law
 * instead of one per statement, and a law is written whole or not at all).
 * PostgreSQL: Payload's own transaction on `req` (pass `req` to every call). SQLite: Payload runs without
 * transactions there, every statement on the process's one connection, so BEGIN IMMEDIATE … COMMIT on that
 * connection (not libsql's transaction(), which hands the connection over and opens a new one without our
 * PRAGMAs). Every statement the process sends until COMMIT joins it: only for scripts that write alone in their
 * process (CLI, seed, tests), never inside the server.
 */
export async function scriptTransaction<T>(payload: Payload, req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  if (dialectOf(payload) === 'postgres') {
    const own = await initTransaction(req)
    try {
      const out = await fn()
      if (own) await commitTransaction(req)
      return out
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
  }
  const db = (payload.db as unknown as Adapter).drizzle
  await db.run!(sql.raw('BEGIN IMMEDIATE'))
  try {
    const out = await fn()
    await db.run!(sql.raw('COMMIT'))
    return out
  } catch (error) {
    await db.run!(sql.raw('ROLLBACK')).catch(() => undefined)
    throw error
  }
}
