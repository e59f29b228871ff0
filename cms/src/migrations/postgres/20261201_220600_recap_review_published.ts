import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * See the SQLite migration of the same name. A migration of its own: PostgreSQL cannot use the enum value
 * 20261201_220440_recap_review adds in the transaction that adds it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "recaps" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_recaps_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "recaps" SET "review_state" = 'writing' WHERE "review_state" = 'published';
  UPDATE "_recaps_v" SET "version_review_state" = 'writing' WHERE "version_review_state" = 'published';`)
}
