import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * After 20261201_220420_recap_review: recaps (and their versions) published before the review had a state of its own
 * for it are 已发布, as publishing now records (collections/Recaps/hooks/review.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`UPDATE \`recaps\` SET \`review_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`_recaps_v\` SET \`version_review_state\` = 'published' WHERE \`version__status\` = 'published';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`UPDATE \`recaps\` SET \`review_state\` = 'writing' WHERE \`review_state\` = 'published';`)
  await db.run(sql`UPDATE \`_recaps_v\` SET \`version_review_state\` = 'writing' WHERE \`version_review_state\` = 'published';`)
}
