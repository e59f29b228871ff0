import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`body\` text,
  	\`category\` text DEFAULT 'work',
  	\`author\` text DEFAULT '江海区人大常委会',
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_body\` text,
  	\`version_category\` text DEFAULT 'work',
  	\`version_author\` text DEFAULT '江海区人大常委会',
  	\`version_published_at\` text,
  	\`version_publishedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`law_explainers_cases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`facts\` text,
  	\`outcome\` text,
  	\`analysis\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`law_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`law_explainers_cases_order_idx\` ON \`law_explainers_cases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_cases_parent_id_idx\` ON \`law_explainers_cases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`law_explainers_qa\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`law_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`law_explainers_qa_order_idx\` ON \`law_explainers_qa\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_qa_parent_id_idx\` ON \`law_explainers_qa\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`law_explainers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`law\` text DEFAULT '中华人民共和国民法典',
  	\`law_key\` text DEFAULT 'civil-code',
  	\`book\` text,
  	\`part\` text,
  	\`chapter\` text,
  	\`section\` text,
  	\`article_number\` numeric,
  	\`article_number_end\` numeric,
  	\`article_label\` text,
  	\`article_text\` text,
  	\`explanation\` text,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`law_explainers_law_idx\` ON \`law_explainers\` (\`law\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_law_key_idx\` ON \`law_explainers\` (\`law_key\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_book_idx\` ON \`law_explainers\` (\`book\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_chapter_idx\` ON \`law_explainers\` (\`chapter\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_article_number_idx\` ON \`law_explainers\` (\`article_number\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_published_at_idx\` ON \`law_explainers\` (\`published_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`law_explainers_slug_idx\` ON \`law_explainers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_updated_at_idx\` ON \`law_explainers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers_created_at_idx\` ON \`law_explainers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`law_explainers__status_idx\` ON \`law_explainers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`law_explainers_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`law_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`law_explainers_texts_order_parent\` ON \`law_explainers_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`law_explainers_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`law_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`law_explainers_numbers_order_parent_idx\` ON \`law_explainers_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_law_explainers_v_version_cases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`facts\` text,
  	\`outcome\` text,
  	\`analysis\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_law_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_cases_order_idx\` ON \`_law_explainers_v_version_cases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_cases_parent_id_idx\` ON \`_law_explainers_v_version_cases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_law_explainers_v_version_qa\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_law_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_qa_order_idx\` ON \`_law_explainers_v_version_qa\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_qa_parent_id_idx\` ON \`_law_explainers_v_version_qa\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_law_explainers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_law\` text DEFAULT '中华人民共和国民法典',
  	\`version_law_key\` text DEFAULT 'civil-code',
  	\`version_book\` text,
  	\`version_part\` text,
  	\`version_chapter\` text,
  	\`version_section\` text,
  	\`version_article_number\` numeric,
  	\`version_article_number_end\` numeric,
  	\`version_article_label\` text,
  	\`version_article_text\` text,
  	\`version_explanation\` text,
  	\`version_published_at\` text,
  	\`version_publishedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`law_explainers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_parent_idx\` ON \`_law_explainers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_law_idx\` ON \`_law_explainers_v\` (\`version_law\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_law_key_idx\` ON \`_law_explainers_v\` (\`version_law_key\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_book_idx\` ON \`_law_explainers_v\` (\`version_book\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_chapter_idx\` ON \`_law_explainers_v\` (\`version_chapter\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_article_number_idx\` ON \`_law_explainers_v\` (\`version_article_number\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_published_at_idx\` ON \`_law_explainers_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_slug_idx\` ON \`_law_explainers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_updated_at_idx\` ON \`_law_explainers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version_created_at_idx\` ON \`_law_explainers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_version_version__status_idx\` ON \`_law_explainers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_created_at_idx\` ON \`_law_explainers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_updated_at_idx\` ON \`_law_explainers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_latest_idx\` ON \`_law_explainers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_law_explainers_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_law_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_texts_order_parent\` ON \`_law_explainers_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_law_explainers_v_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_law_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_law_explainers_v_numbers_order_parent_idx\` ON \`_law_explainers_v_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`lectures_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lectures_speakers_order_idx\` ON \`lectures_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lectures_speakers_parent_id_idx\` ON \`lectures_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lectures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'lecture',
  	\`state\` text DEFAULT 'scheduled',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`capacity\` numeric,
  	\`registration_opens_at\` text,
  	\`registrationopensat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`registration_closes_at\` text,
  	\`registrationclosesat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lectures_starts_at_idx\` ON \`lectures\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`lectures_cover_idx\` ON \`lectures\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lectures_slug_idx\` ON \`lectures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lectures_updated_at_idx\` ON \`lectures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lectures_created_at_idx\` ON \`lectures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lectures__status_idx\` ON \`lectures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_lectures_v_version_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lectures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_speakers_order_idx\` ON \`_lectures_v_version_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_speakers_parent_id_idx\` ON \`_lectures_v_version_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lectures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text DEFAULT 'lecture',
  	\`version_state\` text DEFAULT 'scheduled',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_capacity\` numeric,
  	\`version_registration_opens_at\` text,
  	\`version_registrationopensat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_registration_closes_at\` text,
  	\`version_registrationclosesat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_lectures_v_parent_idx\` ON \`_lectures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_starts_at_idx\` ON \`_lectures_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_cover_idx\` ON \`_lectures_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_slug_idx\` ON \`_lectures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_updated_at_idx\` ON \`_lectures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_created_at_idx\` ON \`_lectures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version__status_idx\` ON \`_lectures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_created_at_idx\` ON \`_lectures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_updated_at_idx\` ON \`_lectures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_latest_idx\` ON \`_lectures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`square_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'constitution',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`place_name\` text,
  	\`place_address\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`square_events_starts_at_idx\` ON \`square_events\` (\`starts_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`square_events_slug_idx\` ON \`square_events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`square_events_updated_at_idx\` ON \`square_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`square_events_created_at_idx\` ON \`square_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`square_events__status_idx\` ON \`square_events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`square_events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`square_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`square_events_texts_order_parent\` ON \`square_events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`square_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`square_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`square_events_rels_order_idx\` ON \`square_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`square_events_rels_parent_idx\` ON \`square_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`square_events_rels_path_idx\` ON \`square_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`square_events_rels_media_id_idx\` ON \`square_events_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_square_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text DEFAULT 'constitution',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_place_name\` text,
  	\`version_place_address\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`square_events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_square_events_v_parent_idx\` ON \`_square_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_version_version_starts_at_idx\` ON \`_square_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_version_version_slug_idx\` ON \`_square_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_version_version_updated_at_idx\` ON \`_square_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_version_version_created_at_idx\` ON \`_square_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_version_version__status_idx\` ON \`_square_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_created_at_idx\` ON \`_square_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_updated_at_idx\` ON \`_square_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_latest_idx\` ON \`_square_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_square_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_square_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_square_events_v_texts_order_parent\` ON \`_square_events_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_square_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_square_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_square_events_v_rels_order_idx\` ON \`_square_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_rels_parent_idx\` ON \`_square_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_rels_path_idx\` ON \`_square_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_square_events_v_rels_media_id_idx\` ON \`_square_events_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`recaps\` (
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
  await db.run(sql`CREATE INDEX \`recaps_lecture_idx\` ON \`recaps\` (\`lecture_id\`);`)
  await db.run(sql`CREATE INDEX \`recaps_square_event_idx\` ON \`recaps\` (\`square_event_id\`);`)
  await db.run(sql`CREATE INDEX \`recaps_author_idx\` ON \`recaps\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`recaps_published_at_idx\` ON \`recaps\` (\`published_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`recaps_slug_idx\` ON \`recaps\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`recaps_updated_at_idx\` ON \`recaps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`recaps_created_at_idx\` ON \`recaps\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`recaps__status_idx\` ON \`recaps\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`recaps_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recaps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`recaps_rels_order_idx\` ON \`recaps_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`recaps_rels_parent_idx\` ON \`recaps_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`recaps_rels_path_idx\` ON \`recaps_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`recaps_rels_media_id_idx\` ON \`recaps_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_recaps_v\` (
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
  await db.run(sql`CREATE TABLE \`_recaps_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_recaps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_recaps_v_rels_order_idx\` ON \`_recaps_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_rels_parent_idx\` ON \`_recaps_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_rels_path_idx\` ON \`_recaps_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_recaps_v_rels_media_id_idx\` ON \`_recaps_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`label\` text,
  	\`chapter\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_articles_order_idx\` ON \`consultations_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_articles_parent_id_idx\` ON \`consultations_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`draft_kind\` text DEFAULT 'law',
  	\`level\` text DEFAULT 'national',
  	\`drafting_body\` text,
  	\`opens_at\` text,
  	\`opensat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`closes_at\` text,
  	\`closesat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`summary\` text,
  	\`explanation\` text,
  	\`result_published_at\` text,
  	\`result_publishedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`result_opinion_count\` numeric,
  	\`result_adopted_count\` numeric,
  	\`result_body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_opens_at_idx\` ON \`consultations\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_closes_at_idx\` ON \`consultations\` (\`closes_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_slug_idx\` ON \`consultations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`consultations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_media_id_idx\` ON \`consultations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`label\` text,
  	\`chapter\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_articles_order_idx\` ON \`_consultations_v_version_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_articles_parent_id_idx\` ON \`_consultations_v_version_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_draft_kind\` text DEFAULT 'law',
  	\`version_level\` text DEFAULT 'national',
  	\`version_drafting_body\` text,
  	\`version_opens_at\` text,
  	\`version_opensat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_closes_at\` text,
  	\`version_closesat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_summary\` text,
  	\`version_explanation\` text,
  	\`version_result_published_at\` text,
  	\`version_result_publishedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_result_opinion_count\` numeric,
  	\`version_result_adopted_count\` numeric,
  	\`version_result_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_parent_idx\` ON \`_consultations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_opens_at_idx\` ON \`_consultations_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_closes_at_idx\` ON \`_consultations_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_slug_idx\` ON \`_consultations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_updated_at_idx\` ON \`_consultations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_at_idx\` ON \`_consultations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version__status_idx\` ON \`_consultations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_created_at_idx\` ON \`_consultations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_updated_at_idx\` ON \`_consultations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_latest_idx\` ON \`_consultations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_order_idx\` ON \`_consultations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_parent_idx\` ON \`_consultations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_path_idx\` ON \`_consultations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_media_id_idx\` ON \`_consultations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`collection_points_subject_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`collection_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`collection_points_subject_areas_order_idx\` ON \`collection_points_subject_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`collection_points_subject_areas_parent_idx\` ON \`collection_points_subject_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`collection_points\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text DEFAULT 'collection-point',
  	\`address\` text,
  	\`description\` text,
  	\`public_phone\` text,
  	\`liaison_name\` text,
  	\`liaison_phone\` text,
  	\`order\` numeric DEFAULT 100,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_points_slug_idx\` ON \`collection_points\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`collection_points_updated_at_idx\` ON \`collection_points\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`collection_points_created_at_idx\` ON \`collection_points\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`collection_points__status_idx\` ON \`collection_points\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_collection_points_v_version_subject_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_collection_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_collection_points_v_version_subject_areas_order_idx\` ON \`_collection_points_v_version_subject_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_collection_points_v_version_subject_areas_parent_idx\` ON \`_collection_points_v_version_subject_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_collection_points_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_kind\` text DEFAULT 'collection-point',
  	\`version_address\` text,
  	\`version_description\` text,
  	\`version_public_phone\` text,
  	\`version_liaison_name\` text,
  	\`version_liaison_phone\` text,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`collection_points\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_collection_points_v_parent_idx\` ON \`_collection_points_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_collection_points_v_version_version_slug_idx\` ON \`_collection_points_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_collection_points_v_version_version_updated_at_idx\` ON \`_collection_points_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_collection_points_v_version_version_created_at_idx\` ON \`_collection_points_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_collection_points_v_version_version__status_idx\` ON \`_collection_points_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_collection_points_v_created_at_idx\` ON \`_collection_points_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_collection_points_v_updated_at_idx\` ON \`_collection_points_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_collection_points_v_latest_idx\` ON \`_collection_points_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`experts_subject_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`experts_subject_areas_order_idx\` ON \`experts_subject_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`experts_subject_areas_parent_idx\` ON \`experts_subject_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`experts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`organisation\` text,
  	\`title\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`experts_updated_at_idx\` ON \`experts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`experts_created_at_idx\` ON \`experts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`expert_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`topic\` text NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`expert_id\` integer NOT NULL,
  	\`state\` text DEFAULT 'requested' NOT NULL,
  	\`requested_at\` text,
  	\`requestedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`received_at\` text,
  	\`receivedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`question\` text,
  	\`view\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`expert_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`expert_reviews_consultation_idx\` ON \`expert_reviews\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_reviews_expert_idx\` ON \`expert_reviews\` (\`expert_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_reviews_updated_at_idx\` ON \`expert_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`expert_reviews_created_at_idx\` ON \`expert_reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`expert_reviews_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`opinions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`expert_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opinions_id\`) REFERENCES \`opinions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expert_reviews_rels_order_idx\` ON \`expert_reviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`expert_reviews_rels_parent_idx\` ON \`expert_reviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_reviews_rels_path_idx\` ON \`expert_reviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`expert_reviews_rels_opinions_id_idx\` ON \`expert_reviews_rels\` (\`opinions_id\`);`)
  await db.run(sql`CREATE TABLE \`opinions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`receipt\` text,
  	\`kind\` text DEFAULT 'consultation' NOT NULL,
  	\`consultation_id\` integer,
  	\`article_number\` numeric,
  	\`article_label\` text,
  	\`content\` text NOT NULL,
  	\`name\` text,
  	\`phone\` text,
  	\`identity\` text,
  	\`locality\` text,
  	\`attachment_id\` integer,
  	\`show_publicly\` integer DEFAULT false,
  	\`consent\` integer DEFAULT false,
  	\`channel\` text DEFAULT 'online' NOT NULL,
  	\`collection_point_id\` integer,
  	\`gathered_at\` text,
  	\`gatheredat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`entered_by_id\` integer,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`category\` text,
  	\`summary\` text,
  	\`duplicate_of_id\` integer,
  	\`staff_note\` text,
  	\`feedback\` text,
  	\`reward_issued\` integer DEFAULT false,
  	\`personal_data_erased_at\` text,
  	\`personaldataerasedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`opinion_attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`collection_point_id\`) REFERENCES \`collection_points\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`entered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`opinions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`opinions_receipt_idx\` ON \`opinions\` (\`receipt\`);`)
  await db.run(sql`CREATE INDEX \`opinions_kind_idx\` ON \`opinions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`opinions_consultation_idx\` ON \`opinions\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`opinions_phone_idx\` ON \`opinions\` (\`phone\`);`)
  await db.run(sql`CREATE INDEX \`opinions_attachment_idx\` ON \`opinions\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`opinions_collection_point_idx\` ON \`opinions\` (\`collection_point_id\`);`)
  await db.run(sql`CREATE INDEX \`opinions_entered_by_idx\` ON \`opinions\` (\`entered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`opinions_status_idx\` ON \`opinions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`opinions_duplicate_of_idx\` ON \`opinions\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`opinions_updated_at_idx\` ON \`opinions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opinions_created_at_idx\` ON \`opinions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`opinion_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`opinion_attachments_updated_at_idx\` ON \`opinion_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opinion_attachments_created_at_idx\` ON \`opinion_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`opinion_attachments_filename_idx\` ON \`opinion_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`lecture_id\` integer NOT NULL,
  	\`name\` text,
  	\`phone\` text,
  	\`attendees\` numeric DEFAULT 1 NOT NULL,
  	\`note\` text,
  	\`consent\` integer DEFAULT false,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`waitlist_position\` numeric,
  	\`check_in_code\` text,
  	\`cancel_code\` text,
  	\`checked_in_at\` text,
  	\`checkedinat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`cancelled_at\` text,
  	\`cancelledat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`personal_data_erased_at\` text,
  	\`personaldataerasedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`lecture_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_lecture_idx\` ON \`registrations\` (\`lecture_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_phone_idx\` ON \`registrations\` (\`phone\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_waitlist_position_idx\` ON \`registrations\` (\`waitlist_position\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_check_in_code_idx\` ON \`registrations\` (\`check_in_code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_cancel_code_idx\` ON \`registrations\` (\`cancel_code\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`collection_point_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`collection_point_id\`) REFERENCES \`collection_points\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_collection_point_idx\` ON \`users\` (\`collection_point_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`trigger\` text,
  	\`changes\` text,
  	\`requested_at\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`pages\` numeric,
  	\`output_dir\` text,
  	\`timings\` text,
  	\`error\` text,
  	\`log\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_builds_status_idx\` ON \`site_builds\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_order_idx\` ON \`site_settings_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_parent_id_idx\` ON \`site_settings_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_links_order_idx\` ON \`site_settings_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_links_parent_id_idx\` ON \`site_settings_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT '江海区基层立法联系点' NOT NULL,
  	\`tagline\` text,
  	\`description\` text,
  	\`contact_address\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_hours\` text,
  	\`footer\` text,
  	\`intake_altcha_required\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`search_synonyms_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_entries_order_idx\` ON \`search_synonyms_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`search_synonyms_entries_parent_id_idx\` ON \`search_synonyms_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_synonyms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`search_synonyms_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_texts_order_parent\` ON \`search_synonyms_texts\` (\`order\`,\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`law_explainers_cases\`;`)
  await db.run(sql`DROP TABLE \`law_explainers_qa\`;`)
  await db.run(sql`DROP TABLE \`law_explainers\`;`)
  await db.run(sql`DROP TABLE \`law_explainers_texts\`;`)
  await db.run(sql`DROP TABLE \`law_explainers_numbers\`;`)
  await db.run(sql`DROP TABLE \`_law_explainers_v_version_cases\`;`)
  await db.run(sql`DROP TABLE \`_law_explainers_v_version_qa\`;`)
  await db.run(sql`DROP TABLE \`_law_explainers_v\`;`)
  await db.run(sql`DROP TABLE \`_law_explainers_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_law_explainers_v_numbers\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`lectures_speakers\`;`)
  await db.run(sql`DROP TABLE \`lectures\`;`)
  await db.run(sql`DROP TABLE \`_lectures_v_version_speakers\`;`)
  await db.run(sql`DROP TABLE \`_lectures_v\`;`)
  await db.run(sql`DROP TABLE \`square_events\`;`)
  await db.run(sql`DROP TABLE \`square_events_texts\`;`)
  await db.run(sql`DROP TABLE \`square_events_rels\`;`)
  await db.run(sql`DROP TABLE \`_square_events_v\`;`)
  await db.run(sql`DROP TABLE \`_square_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_square_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`recaps\`;`)
  await db.run(sql`DROP TABLE \`recaps_rels\`;`)
  await db.run(sql`DROP TABLE \`_recaps_v\`;`)
  await db.run(sql`DROP TABLE \`_recaps_v_rels\`;`)
  await db.run(sql`DROP TABLE \`consultations_articles\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_articles\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`collection_points_subject_areas\`;`)
  await db.run(sql`DROP TABLE \`collection_points\`;`)
  await db.run(sql`DROP TABLE \`_collection_points_v_version_subject_areas\`;`)
  await db.run(sql`DROP TABLE \`_collection_points_v\`;`)
  await db.run(sql`DROP TABLE \`experts_subject_areas\`;`)
  await db.run(sql`DROP TABLE \`experts\`;`)
  await db.run(sql`DROP TABLE \`expert_reviews\`;`)
  await db.run(sql`DROP TABLE \`expert_reviews_rels\`;`)
  await db.run(sql`DROP TABLE \`opinions\`;`)
  await db.run(sql`DROP TABLE \`opinion_attachments\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_navigation\`;`)
  await db.run(sql`DROP TABLE \`site_settings_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms_entries\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms_texts\`;`)
}
