import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { lawLibraryParentIndexTables } from '../parentIndexes'

/** See the SQLite migration of the same name. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const t of lawLibraryParentIndexTables)
    await db.execute(sql.raw(`CREATE INDEX IF NOT EXISTS "${t}_parent_order_idx" ON "${t}" USING btree ("parent_id", "order")`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const t of lawLibraryParentIndexTables) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${t}_parent_order_idx"`))
}
