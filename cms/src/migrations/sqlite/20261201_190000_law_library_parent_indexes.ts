import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { lawLibraryParentIndexTables } from '../parentIndexes'

/** As 20261128_140000_parent_indexes, for the hasMany tables of the law library (history lines, cited article numbers). */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const t of lawLibraryParentIndexTables)
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${t}_parent_order_idx\` ON \`${t}\` (\`parent_id\`, \`order\`)`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const t of lawLibraryParentIndexTables) await db.run(sql.raw(`DROP INDEX IF EXISTS \`${t}_parent_order_idx\``))
}
