import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`recaps\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`recaps\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`recaps\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`recaps\` ADD \`reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`recaps_review_state_idx\` ON \`recaps\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`recaps_reviewed_by_idx\` ON \`recaps\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_recaps_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_recaps_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_recaps_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_recaps_v\` ADD \`version_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_review_state_idx\` ON \`_recaps_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_reviewed_by_idx\` ON \`_recaps_v\` (\`version_reviewed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_recaps\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`lecture_id\` integer,
  	\`square_event_id\` integer,
  	\`summary\` text,
  	\`body\` text,
  	\`review_state\` text DEFAULT 'writing',
  	\`byline\` text DEFAULT '江海区立法联系点志愿者',
  	\`author_id\` integer,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`lecture_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`square_event_id\`) REFERENCES \`square_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_recaps\`("id", "title", "lecture_id", "square_event_id", "summary", "body", "review_state", "byline", "author_id", "published_at", "publishedat_tz", "slug", "updated_at", "created_at", "_status") SELECT "id", "title", "lecture_id", "square_event_id", "summary", "body", "review_state", "byline", "author_id", "published_at", "publishedat_tz", "slug", "updated_at", "created_at", "_status" FROM \`recaps\`;`)
  await db.run(sql`DROP TABLE \`recaps\`;`)
  await db.run(sql`ALTER TABLE \`__new_recaps\` RENAME TO \`recaps\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`recaps_lecture_idx\` ON \`recaps\` (\`lecture_id\`);`)
  await db.run(sql`CREATE INDEX \`recaps_square_event_idx\` ON \`recaps\` (\`square_event_id\`);`)
  await db.run(sql`CREATE INDEX \`recaps_author_idx\` ON \`recaps\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`recaps_published_at_idx\` ON \`recaps\` (\`published_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`recaps_slug_idx\` ON \`recaps\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`recaps_updated_at_idx\` ON \`recaps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`recaps_created_at_idx\` ON \`recaps\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`recaps__status_idx\` ON \`recaps\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__recaps_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_lecture_id\` integer,
  	\`version_square_event_id\` integer,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_review_state\` text DEFAULT 'writing',
  	\`version_byline\` text DEFAULT '江海区立法联系点志愿者',
  	\`version_author_id\` integer,
  	\`version_published_at\` text,
  	\`version_publishedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recaps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lecture_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_square_event_id\`) REFERENCES \`square_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__recaps_v\`("id", "parent_id", "version_title", "version_lecture_id", "version_square_event_id", "version_summary", "version_body", "version_review_state", "version_byline", "version_author_id", "version_published_at", "version_publishedat_tz", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_lecture_id", "version_square_event_id", "version_summary", "version_body", "version_review_state", "version_byline", "version_author_id", "version_published_at", "version_publishedat_tz", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_recaps_v\`;`)
  await db.run(sql`DROP TABLE \`_recaps_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__recaps_v\` RENAME TO \`_recaps_v\`;`)
  await db.run(sql`CREATE INDEX \`_recaps_v_parent_idx\` ON \`_recaps_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_lecture_idx\` ON \`_recaps_v\` (\`version_lecture_id\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_square_event_idx\` ON \`_recaps_v\` (\`version_square_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_author_idx\` ON \`_recaps_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_published_at_idx\` ON \`_recaps_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_slug_idx\` ON \`_recaps_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_updated_at_idx\` ON \`_recaps_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version_created_at_idx\` ON \`_recaps_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_version_version__status_idx\` ON \`_recaps_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_created_at_idx\` ON \`_recaps_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_updated_at_idx\` ON \`_recaps_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_latest_idx\` ON \`_recaps_v\` (\`latest\`);`)
}
