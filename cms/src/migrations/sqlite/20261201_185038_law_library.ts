import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`laws_imports\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`imported_at\` text,
  	\`added\` numeric,
  	\`changed\` numeric,
  	\`removed\` numeric,
  	\`files\` text,
  	\`summary\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_imports_order_idx\` ON \`laws_imports\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`laws_imports_parent_id_idx\` ON \`laws_imports\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`laws\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`short_title\` text,
  	\`key\` text,
  	\`category\` text,
  	\`effective_at\` text,
  	\`amended_at\` text,
  	\`source\` text DEFAULT '国家法律法规数据库 https://flk.npc.gov.cn',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`laws_title_idx\` ON \`laws\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`laws_key_idx\` ON \`laws\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`laws_category_idx\` ON \`laws\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`laws_updated_at_idx\` ON \`laws\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laws_created_at_idx\` ON \`laws\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`laws__status_idx\` ON \`laws\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`laws_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_texts_order_parent\` ON \`laws_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v_version_imports\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`imported_at\` text,
  	\`added\` numeric,
  	\`changed\` numeric,
  	\`removed\` numeric,
  	\`files\` text,
  	\`summary\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_laws_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_version_imports_order_idx\` ON \`_laws_v_version_imports\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_imports_parent_id_idx\` ON \`_laws_v_version_imports\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_short_title\` text,
  	\`version_key\` text,
  	\`version_category\` text,
  	\`version_effective_at\` text,
  	\`version_amended_at\` text,
  	\`version_source\` text DEFAULT '国家法律法规数据库 https://flk.npc.gov.cn',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_parent_idx\` ON \`_laws_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_title_idx\` ON \`_laws_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_key_idx\` ON \`_laws_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_category_idx\` ON \`_laws_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_updated_at_idx\` ON \`_laws_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_created_at_idx\` ON \`_laws_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version__status_idx\` ON \`_laws_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_created_at_idx\` ON \`_laws_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_updated_at_idx\` ON \`_laws_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_latest_idx\` ON \`_laws_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_laws_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_texts_order_parent\` ON \`_laws_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`law_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law_id\` integer NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`label\` text NOT NULL,
  	\`position\` numeric NOT NULL,
  	\`book\` text,
  	\`part\` text,
  	\`chapter\` text,
  	\`section\` text,
  	\`text\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`law_articles_law_idx\` ON \`law_articles\` (\`law_id\`);`)
  await db.run(sql`CREATE INDEX \`law_articles_updated_at_idx\` ON \`law_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`law_articles_created_at_idx\` ON \`law_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`law_label_idx\` ON \`law_articles\` (\`law_id\`,\`label\`);`)
  await db.run(sql`CREATE INDEX \`law_number_idx\` ON \`law_articles\` (\`law_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`lectures_cited_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lectures_cited_articles_order_idx\` ON \`lectures_cited_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lectures_cited_articles_parent_id_idx\` ON \`lectures_cited_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lectures_cited_articles_law_idx\` ON \`lectures_cited_articles\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`lectures_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lectures_numbers_order_parent_idx\` ON \`lectures_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lectures_v_version_cited_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lectures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_cited_articles_order_idx\` ON \`_lectures_v_version_cited_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_cited_articles_parent_id_idx\` ON \`_lectures_v_version_cited_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_cited_articles_law_idx\` ON \`_lectures_v_version_cited_articles\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`_lectures_v_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_lectures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lectures_v_numbers_order_parent_idx\` ON \`_lectures_v_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_cited_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_cited_articles_order_idx\` ON \`consultations_cited_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_cited_articles_parent_id_idx\` ON \`consultations_cited_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_cited_articles_law_idx\` ON \`consultations_cited_articles\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_numbers_order_parent_idx\` ON \`consultations_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_cited_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_cited_articles_order_idx\` ON \`_consultations_v_version_cited_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_cited_articles_parent_id_idx\` ON \`_consultations_v_version_cited_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_cited_articles_law_idx\` ON \`_consultations_v_version_cited_articles\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_numbers_order_parent_idx\` ON \`_consultations_v_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`laws_id\` integer REFERENCES laws(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`law_articles_id\` integer REFERENCES law_articles(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laws_id_idx\` ON \`payload_locked_documents_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_law_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`law_articles_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`laws_imports\`;`)
  await db.run(sql`DROP TABLE \`laws\`;`)
  await db.run(sql`DROP TABLE \`laws_texts\`;`)
  await db.run(sql`DROP TABLE \`_laws_v_version_imports\`;`)
  await db.run(sql`DROP TABLE \`_laws_v\`;`)
  await db.run(sql`DROP TABLE \`_laws_v_texts\`;`)
  await db.run(sql`DROP TABLE \`law_articles\`;`)
  await db.run(sql`DROP TABLE \`lectures_cited_articles\`;`)
  await db.run(sql`DROP TABLE \`lectures_numbers\`;`)
  await db.run(sql`DROP TABLE \`_lectures_v_version_cited_articles\`;`)
  await db.run(sql`DROP TABLE \`_lectures_v_numbers\`;`)
  await db.run(sql`DROP TABLE \`consultations_cited_articles\`;`)
  await db.run(sql`DROP TABLE \`consultations_numbers\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_cited_articles\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_numbers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`law_explainers_id\` integer,
  	\`media_id\` integer,
  	\`lectures_id\` integer,
  	\`square_events_id\` integer,
  	\`recaps_id\` integer,
  	\`consultations_id\` integer,
  	\`collection_points_id\` integer,
  	\`experts_id\` integer,
  	\`expert_reviews_id\` integer,
  	\`opinions_id\` integer,
  	\`opinion_attachments_id\` integer,
  	\`registrations_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`law_explainers_id\`) REFERENCES \`law_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lectures_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`square_events_id\`) REFERENCES \`square_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recaps_id\`) REFERENCES \`recaps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`collection_points_id\`) REFERENCES \`collection_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_reviews_id\`) REFERENCES \`expert_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opinions_id\`) REFERENCES \`opinions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opinion_attachments_id\`) REFERENCES \`opinion_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "law_explainers_id", "media_id", "lectures_id", "square_events_id", "recaps_id", "consultations_id", "collection_points_id", "experts_id", "expert_reviews_id", "opinions_id", "opinion_attachments_id", "registrations_id", "users_id", "audit_log_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "news_id", "law_explainers_id", "media_id", "lectures_id", "square_events_id", "recaps_id", "consultations_id", "collection_points_id", "experts_id", "expert_reviews_id", "opinions_id", "opinion_attachments_id", "registrations_id", "users_id", "audit_log_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_law_explainers_id_idx\` ON \`payload_locked_documents_rels\` (\`law_explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lectures_id_idx\` ON \`payload_locked_documents_rels\` (\`lectures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_square_events_id_idx\` ON \`payload_locked_documents_rels\` (\`square_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_recaps_id_idx\` ON \`payload_locked_documents_rels\` (\`recaps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_collection_points_id_idx\` ON \`payload_locked_documents_rels\` (\`collection_points_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_experts_id_idx\` ON \`payload_locked_documents_rels\` (\`experts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expert_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`expert_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opinions_id_idx\` ON \`payload_locked_documents_rels\` (\`opinions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opinion_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`opinion_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
}
