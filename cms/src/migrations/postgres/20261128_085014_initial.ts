import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_news_category" AS ENUM('work', 'legislation', 'education', 'notice');
  CREATE TYPE "public"."enum_news_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_category" AS ENUM('work', 'legislation', 'education', 'notice');
  CREATE TYPE "public"."enum__news_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_law_explainers_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_law_explainers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__law_explainers_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__law_explainers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_lectures_kind" AS ENUM('lecture', 'forum');
  CREATE TYPE "public"."enum_lectures_state" AS ENUM('scheduled', 'cancelled', 'finished');
  CREATE TYPE "public"."enum_lectures_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_lectures_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_lectures_registrationopensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_lectures_registrationclosesat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_lectures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lectures_v_version_kind" AS ENUM('lecture', 'forum');
  CREATE TYPE "public"."enum__lectures_v_version_state" AS ENUM('scheduled', 'cancelled', 'finished');
  CREATE TYPE "public"."enum__lectures_v_version_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__lectures_v_version_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__lectures_v_version_registrationopensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__lectures_v_version_registrationclosesat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__lectures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_square_events_kind" AS ENUM('constitution', 'rule-of-law');
  CREATE TYPE "public"."enum_square_events_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_square_events_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_square_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__square_events_v_version_kind" AS ENUM('constitution', 'rule-of-law');
  CREATE TYPE "public"."enum__square_events_v_version_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__square_events_v_version_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__square_events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_recaps_review_state" AS ENUM('writing', 'submitted', 'returned');
  CREATE TYPE "public"."enum_recaps_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_recaps_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__recaps_v_version_review_state" AS ENUM('writing', 'submitted', 'returned');
  CREATE TYPE "public"."enum__recaps_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__recaps_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_consultations_draft_kind" AS ENUM('law', 'regulation', 'plan');
  CREATE TYPE "public"."enum_consultations_level" AS ENUM('national', 'provincial', 'municipal');
  CREATE TYPE "public"."enum_consultations_opensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_consultations_closesat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_consultations_result_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_consultations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consultations_v_version_draft_kind" AS ENUM('law', 'regulation', 'plan');
  CREATE TYPE "public"."enum__consultations_v_version_level" AS ENUM('national', 'provincial', 'municipal');
  CREATE TYPE "public"."enum__consultations_v_version_opensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__consultations_v_version_closesat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__consultations_v_version_result_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__consultations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_collection_points_subject_areas" AS ENUM('economy', 'urban', 'environment', 'livelihood', 'culture', 'governance', 'rule-of-law');
  CREATE TYPE "public"."enum_collection_points_kind" AS ENUM('collection-point', 'liaison-unit', 'deputy-room');
  CREATE TYPE "public"."enum_collection_points_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__collection_points_v_version_subject_areas" AS ENUM('economy', 'urban', 'environment', 'livelihood', 'culture', 'governance', 'rule-of-law');
  CREATE TYPE "public"."enum__collection_points_v_version_kind" AS ENUM('collection-point', 'liaison-unit', 'deputy-room');
  CREATE TYPE "public"."enum__collection_points_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_experts_subject_areas" AS ENUM('economy', 'urban', 'environment', 'livelihood', 'culture', 'governance', 'rule-of-law');
  CREATE TYPE "public"."enum_expert_reviews_state" AS ENUM('requested', 'received');
  CREATE TYPE "public"."enum_expert_reviews_requestedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_expert_reviews_receivedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_opinions_kind" AS ENUM('consultation', 'legislative-work', 'law-application', 'governance');
  CREATE TYPE "public"."enum_opinions_identity" AS ENUM('resident', 'enterprise', 'lawyer', 'deputy', 'official', 'expert', 'other');
  CREATE TYPE "public"."enum_opinions_channel" AS ENUM('online', 'offline');
  CREATE TYPE "public"."enum_opinions_gatheredat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_opinions_status" AS ENUM('received', 'sorted', 'forwarded', 'adopted', 'not-adopted');
  CREATE TYPE "public"."enum_opinions_category" AS ENUM('economy', 'urban', 'environment', 'livelihood', 'culture', 'governance', 'rule-of-law');
  CREATE TYPE "public"."enum_opinions_personaldataerasedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');
  CREATE TYPE "public"."enum_registrations_checkedinat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_registrations_cancelledat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_registrations_personaldataerasedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'volunteer', 'liaison');
  CREATE TYPE "public"."enum_site_builds_status" AS ENUM('queued', 'running', 'live', 'superseded', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'siteBuild', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'siteBuild', 'schedulePublish');
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"category" "enum_news_category" DEFAULT 'work',
  	"author" varchar DEFAULT '江海区人大常委会',
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_news_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_category" "enum__news_v_version_category" DEFAULT 'work',
  	"version_author" varchar DEFAULT '江海区人大常委会',
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__news_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "law_explainers_cases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"facts" varchar,
  	"outcome" varchar,
  	"analysis" varchar
  );
  
  CREATE TABLE "law_explainers_qa" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "law_explainers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"law" varchar DEFAULT '中华人民共和国民法典',
  	"law_key" varchar DEFAULT 'civil-code',
  	"book" varchar,
  	"part" varchar,
  	"chapter" varchar,
  	"section" varchar,
  	"article_number" numeric,
  	"article_number_end" numeric,
  	"article_label" varchar,
  	"article_text" varchar,
  	"explanation" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_law_explainers_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_law_explainers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "law_explainers_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "law_explainers_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_law_explainers_v_version_cases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"facts" varchar,
  	"outcome" varchar,
  	"analysis" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_law_explainers_v_version_qa" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_law_explainers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_law" varchar DEFAULT '中华人民共和国民法典',
  	"version_law_key" varchar DEFAULT 'civil-code',
  	"version_book" varchar,
  	"version_part" varchar,
  	"version_chapter" varchar,
  	"version_section" varchar,
  	"version_article_number" numeric,
  	"version_article_number_end" numeric,
  	"version_article_label" varchar,
  	"version_article_text" varchar,
  	"version_explanation" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__law_explainers_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__law_explainers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_law_explainers_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_law_explainers_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "lectures_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "lectures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_lectures_kind" DEFAULT 'lecture',
  	"state" "enum_lectures_state" DEFAULT 'scheduled',
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_lectures_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_lectures_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"capacity" numeric,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registrationopensat_tz" "enum_lectures_registrationopensat_tz" DEFAULT 'Asia/Shanghai',
  	"registration_closes_at" timestamp(3) with time zone,
  	"registrationclosesat_tz" "enum_lectures_registrationclosesat_tz" DEFAULT 'Asia/Shanghai',
  	"summary" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lectures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_lectures_v_version_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_lectures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__lectures_v_version_kind" DEFAULT 'lecture',
  	"version_state" "enum__lectures_v_version_state" DEFAULT 'scheduled',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__lectures_v_version_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__lectures_v_version_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_venue_name" varchar,
  	"version_venue_address" varchar,
  	"version_capacity" numeric,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registrationopensat_tz" "enum__lectures_v_version_registrationopensat_tz" DEFAULT 'Asia/Shanghai',
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_registrationclosesat_tz" "enum__lectures_v_version_registrationclosesat_tz" DEFAULT 'Asia/Shanghai',
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lectures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "square_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_square_events_kind" DEFAULT 'constitution',
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_square_events_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_square_events_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"place_name" varchar,
  	"place_address" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_square_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "square_events_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "square_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_square_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__square_events_v_version_kind" DEFAULT 'constitution',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__square_events_v_version_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__square_events_v_version_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_place_name" varchar,
  	"version_place_address" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__square_events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_square_events_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_square_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "recaps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"lecture_id" integer,
  	"square_event_id" integer,
  	"summary" varchar,
  	"body" jsonb,
  	"review_state" "enum_recaps_review_state" DEFAULT 'writing',
  	"byline" varchar DEFAULT '江海区立法联系点志愿者',
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_recaps_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_recaps_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "recaps_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_recaps_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_lecture_id" integer,
  	"version_square_event_id" integer,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_review_state" "enum__recaps_v_version_review_state" DEFAULT 'writing',
  	"version_byline" varchar DEFAULT '江海区立法联系点志愿者',
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__recaps_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__recaps_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_recaps_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "consultations_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"label" varchar,
  	"chapter" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"draft_kind" "enum_consultations_draft_kind" DEFAULT 'law',
  	"level" "enum_consultations_level" DEFAULT 'national',
  	"drafting_body" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"opensat_tz" "enum_consultations_opensat_tz" DEFAULT 'Asia/Shanghai',
  	"closes_at" timestamp(3) with time zone,
  	"closesat_tz" "enum_consultations_closesat_tz" DEFAULT 'Asia/Shanghai',
  	"summary" varchar,
  	"explanation" jsonb,
  	"result_published_at" timestamp(3) with time zone,
  	"result_publishedat_tz" "enum_consultations_result_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"result_opinion_count" numeric,
  	"result_adopted_count" numeric,
  	"result_body" jsonb,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_consultations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "consultations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_consultations_v_version_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"label" varchar,
  	"chapter" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_draft_kind" "enum__consultations_v_version_draft_kind" DEFAULT 'law',
  	"version_level" "enum__consultations_v_version_level" DEFAULT 'national',
  	"version_drafting_body" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_opensat_tz" "enum__consultations_v_version_opensat_tz" DEFAULT 'Asia/Shanghai',
  	"version_closes_at" timestamp(3) with time zone,
  	"version_closesat_tz" "enum__consultations_v_version_closesat_tz" DEFAULT 'Asia/Shanghai',
  	"version_summary" varchar,
  	"version_explanation" jsonb,
  	"version_result_published_at" timestamp(3) with time zone,
  	"version_result_publishedat_tz" "enum__consultations_v_version_result_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_result_opinion_count" numeric,
  	"version_result_adopted_count" numeric,
  	"version_result_body" jsonb,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__consultations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_consultations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "collection_points_subject_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_collection_points_subject_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "collection_points" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"kind" "enum_collection_points_kind" DEFAULT 'collection-point',
  	"address" varchar,
  	"description" varchar,
  	"public_phone" varchar,
  	"liaison_name" varchar,
  	"liaison_phone" varchar,
  	"order" numeric DEFAULT 100,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_collection_points_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_collection_points_v_version_subject_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__collection_points_v_version_subject_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_collection_points_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_kind" "enum__collection_points_v_version_kind" DEFAULT 'collection-point',
  	"version_address" varchar,
  	"version_description" varchar,
  	"version_public_phone" varchar,
  	"version_liaison_name" varchar,
  	"version_liaison_phone" varchar,
  	"version_order" numeric DEFAULT 100,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__collection_points_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "experts_subject_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_experts_subject_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "experts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"field" varchar NOT NULL,
  	"organisation" varchar,
  	"title" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "expert_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" varchar NOT NULL,
  	"consultation_id" integer NOT NULL,
  	"expert_id" integer NOT NULL,
  	"state" "enum_expert_reviews_state" DEFAULT 'requested' NOT NULL,
  	"requested_at" timestamp(3) with time zone,
  	"requestedat_tz" "enum_expert_reviews_requestedat_tz" DEFAULT 'Asia/Shanghai',
  	"received_at" timestamp(3) with time zone,
  	"receivedat_tz" "enum_expert_reviews_receivedat_tz" DEFAULT 'Asia/Shanghai',
  	"question" varchar,
  	"view" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "expert_reviews_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"opinions_id" integer
  );
  
  CREATE TABLE "opinions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"receipt" varchar,
  	"kind" "enum_opinions_kind" DEFAULT 'consultation' NOT NULL,
  	"consultation_id" integer,
  	"article_number" numeric,
  	"article_label" varchar,
  	"content" varchar NOT NULL,
  	"name" varchar,
  	"phone" varchar,
  	"identity" "enum_opinions_identity",
  	"locality" varchar,
  	"attachment_id" integer,
  	"show_publicly" boolean DEFAULT false,
  	"consent" boolean DEFAULT false,
  	"channel" "enum_opinions_channel" DEFAULT 'online' NOT NULL,
  	"collection_point_id" integer,
  	"gathered_at" timestamp(3) with time zone,
  	"gatheredat_tz" "enum_opinions_gatheredat_tz" DEFAULT 'Asia/Shanghai',
  	"entered_by_id" integer,
  	"status" "enum_opinions_status" DEFAULT 'received' NOT NULL,
  	"category" "enum_opinions_category",
  	"summary" varchar,
  	"duplicate_of_id" integer,
  	"staff_note" varchar,
  	"feedback" varchar,
  	"reward_issued" boolean DEFAULT false,
  	"personal_data_erased_at" timestamp(3) with time zone,
  	"personaldataerasedat_tz" "enum_opinions_personaldataerasedat_tz" DEFAULT 'Asia/Shanghai',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "opinion_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"lecture_id" integer NOT NULL,
  	"name" varchar,
  	"phone" varchar,
  	"attendees" numeric DEFAULT 1 NOT NULL,
  	"note" varchar,
  	"consent" boolean DEFAULT false,
  	"status" "enum_registrations_status" DEFAULT 'confirmed' NOT NULL,
  	"waitlist_position" numeric,
  	"check_in_code" varchar,
  	"cancel_code" varchar,
  	"checked_in_at" timestamp(3) with time zone,
  	"checkedinat_tz" "enum_registrations_checkedinat_tz" DEFAULT 'Asia/Shanghai',
  	"cancelled_at" timestamp(3) with time zone,
  	"cancelledat_tz" "enum_registrations_cancelledat_tz" DEFAULT 'Asia/Shanghai',
  	"personal_data_erased_at" timestamp(3) with time zone,
  	"personaldataerasedat_tz" "enum_registrations_personaldataerasedat_tz" DEFAULT 'Asia/Shanghai',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"collection_point_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_builds_status" DEFAULT 'queued' NOT NULL,
  	"trigger" varchar,
  	"changes" jsonb,
  	"requested_at" timestamp(3) with time zone,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"pages" numeric,
  	"output_dir" varchar,
  	"timings" jsonb,
  	"error" varchar,
  	"log" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"news_id" integer,
  	"law_explainers_id" integer,
  	"media_id" integer,
  	"lectures_id" integer,
  	"square_events_id" integer,
  	"recaps_id" integer,
  	"consultations_id" integer,
  	"collection_points_id" integer,
  	"experts_id" integer,
  	"expert_reviews_id" integer,
  	"opinions_id" integer,
  	"opinion_attachments_id" integer,
  	"registrations_id" integer,
  	"users_id" integer,
  	"site_builds_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar DEFAULT '江海区基层立法联系点' NOT NULL,
  	"tagline" varchar,
  	"description" varchar,
  	"contact_address" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_hours" varchar,
  	"footer" varchar,
  	"intake_altcha_required" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "search_synonyms_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL
  );
  
  CREATE TABLE "search_synonyms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "search_synonyms_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "law_explainers_cases" ADD CONSTRAINT "law_explainers_cases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."law_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "law_explainers_qa" ADD CONSTRAINT "law_explainers_qa_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."law_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "law_explainers_texts" ADD CONSTRAINT "law_explainers_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."law_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "law_explainers_numbers" ADD CONSTRAINT "law_explainers_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."law_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_law_explainers_v_version_cases" ADD CONSTRAINT "_law_explainers_v_version_cases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_law_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_law_explainers_v_version_qa" ADD CONSTRAINT "_law_explainers_v_version_qa_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_law_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_law_explainers_v" ADD CONSTRAINT "_law_explainers_v_parent_id_law_explainers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."law_explainers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_law_explainers_v_texts" ADD CONSTRAINT "_law_explainers_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_law_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_law_explainers_v_numbers" ADD CONSTRAINT "_law_explainers_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_law_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures_speakers" ADD CONSTRAINT "lectures_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lectures" ADD CONSTRAINT "lectures_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v_version_speakers" ADD CONSTRAINT "_lectures_v_version_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lectures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_parent_id_lectures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lectures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "square_events_texts" ADD CONSTRAINT "square_events_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."square_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "square_events_rels" ADD CONSTRAINT "square_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."square_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "square_events_rels" ADD CONSTRAINT "square_events_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_square_events_v" ADD CONSTRAINT "_square_events_v_parent_id_square_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."square_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_square_events_v_texts" ADD CONSTRAINT "_square_events_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_square_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_square_events_v_rels" ADD CONSTRAINT "_square_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_square_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_square_events_v_rels" ADD CONSTRAINT "_square_events_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recaps" ADD CONSTRAINT "recaps_lecture_id_lectures_id_fk" FOREIGN KEY ("lecture_id") REFERENCES "public"."lectures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recaps" ADD CONSTRAINT "recaps_square_event_id_square_events_id_fk" FOREIGN KEY ("square_event_id") REFERENCES "public"."square_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recaps" ADD CONSTRAINT "recaps_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recaps_rels" ADD CONSTRAINT "recaps_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recaps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recaps_rels" ADD CONSTRAINT "recaps_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recaps_v" ADD CONSTRAINT "_recaps_v_parent_id_recaps_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recaps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recaps_v" ADD CONSTRAINT "_recaps_v_version_lecture_id_lectures_id_fk" FOREIGN KEY ("version_lecture_id") REFERENCES "public"."lectures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recaps_v" ADD CONSTRAINT "_recaps_v_version_square_event_id_square_events_id_fk" FOREIGN KEY ("version_square_event_id") REFERENCES "public"."square_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recaps_v" ADD CONSTRAINT "_recaps_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recaps_v_rels" ADD CONSTRAINT "_recaps_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_recaps_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recaps_v_rels" ADD CONSTRAINT "_recaps_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_articles" ADD CONSTRAINT "consultations_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_articles" ADD CONSTRAINT "_consultations_v_version_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_parent_id_consultations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v_rels" ADD CONSTRAINT "_consultations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_rels" ADD CONSTRAINT "_consultations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "collection_points_subject_areas" ADD CONSTRAINT "collection_points_subject_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."collection_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_collection_points_v_version_subject_areas" ADD CONSTRAINT "_collection_points_v_version_subject_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_collection_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_collection_points_v" ADD CONSTRAINT "_collection_points_v_parent_id_collection_points_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."collection_points"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experts_subject_areas" ADD CONSTRAINT "experts_subject_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expert_reviews" ADD CONSTRAINT "expert_reviews_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expert_reviews" ADD CONSTRAINT "expert_reviews_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expert_reviews_rels" ADD CONSTRAINT "expert_reviews_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."expert_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expert_reviews_rels" ADD CONSTRAINT "expert_reviews_rels_opinions_fk" FOREIGN KEY ("opinions_id") REFERENCES "public"."opinions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opinions" ADD CONSTRAINT "opinions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opinions" ADD CONSTRAINT "opinions_attachment_id_opinion_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."opinion_attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opinions" ADD CONSTRAINT "opinions_collection_point_id_collection_points_id_fk" FOREIGN KEY ("collection_point_id") REFERENCES "public"."collection_points"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opinions" ADD CONSTRAINT "opinions_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opinions" ADD CONSTRAINT "opinions_duplicate_of_id_opinions_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."opinions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_lecture_id_lectures_id_fk" FOREIGN KEY ("lecture_id") REFERENCES "public"."lectures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_collection_point_id_collection_points_id_fk" FOREIGN KEY ("collection_point_id") REFERENCES "public"."collection_points"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_law_explainers_fk" FOREIGN KEY ("law_explainers_id") REFERENCES "public"."law_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lectures_fk" FOREIGN KEY ("lectures_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_square_events_fk" FOREIGN KEY ("square_events_id") REFERENCES "public"."square_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recaps_fk" FOREIGN KEY ("recaps_id") REFERENCES "public"."recaps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_collection_points_fk" FOREIGN KEY ("collection_points_id") REFERENCES "public"."collection_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_expert_reviews_fk" FOREIGN KEY ("expert_reviews_id") REFERENCES "public"."expert_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opinions_fk" FOREIGN KEY ("opinions_id") REFERENCES "public"."opinions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opinion_attachments_fk" FOREIGN KEY ("opinion_attachments_id") REFERENCES "public"."opinion_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation" ADD CONSTRAINT "site_settings_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_links" ADD CONSTRAINT "site_settings_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_synonyms_entries" ADD CONSTRAINT "search_synonyms_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_synonyms_texts" ADD CONSTRAINT "search_synonyms_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "law_explainers_cases_order_idx" ON "law_explainers_cases" USING btree ("_order");
  CREATE INDEX "law_explainers_cases_parent_id_idx" ON "law_explainers_cases" USING btree ("_parent_id");
  CREATE INDEX "law_explainers_qa_order_idx" ON "law_explainers_qa" USING btree ("_order");
  CREATE INDEX "law_explainers_qa_parent_id_idx" ON "law_explainers_qa" USING btree ("_parent_id");
  CREATE INDEX "law_explainers_law_idx" ON "law_explainers" USING btree ("law");
  CREATE INDEX "law_explainers_law_key_idx" ON "law_explainers" USING btree ("law_key");
  CREATE INDEX "law_explainers_book_idx" ON "law_explainers" USING btree ("book");
  CREATE INDEX "law_explainers_chapter_idx" ON "law_explainers" USING btree ("chapter");
  CREATE INDEX "law_explainers_article_number_idx" ON "law_explainers" USING btree ("article_number");
  CREATE INDEX "law_explainers_published_at_idx" ON "law_explainers" USING btree ("published_at");
  CREATE UNIQUE INDEX "law_explainers_slug_idx" ON "law_explainers" USING btree ("slug");
  CREATE INDEX "law_explainers_updated_at_idx" ON "law_explainers" USING btree ("updated_at");
  CREATE INDEX "law_explainers_created_at_idx" ON "law_explainers" USING btree ("created_at");
  CREATE INDEX "law_explainers__status_idx" ON "law_explainers" USING btree ("_status");
  CREATE INDEX "law_explainers_texts_order_parent" ON "law_explainers_texts" USING btree ("order","parent_id");
  CREATE INDEX "law_explainers_numbers_order_parent_idx" ON "law_explainers_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_law_explainers_v_version_cases_order_idx" ON "_law_explainers_v_version_cases" USING btree ("_order");
  CREATE INDEX "_law_explainers_v_version_cases_parent_id_idx" ON "_law_explainers_v_version_cases" USING btree ("_parent_id");
  CREATE INDEX "_law_explainers_v_version_qa_order_idx" ON "_law_explainers_v_version_qa" USING btree ("_order");
  CREATE INDEX "_law_explainers_v_version_qa_parent_id_idx" ON "_law_explainers_v_version_qa" USING btree ("_parent_id");
  CREATE INDEX "_law_explainers_v_parent_idx" ON "_law_explainers_v" USING btree ("parent_id");
  CREATE INDEX "_law_explainers_v_version_version_law_idx" ON "_law_explainers_v" USING btree ("version_law");
  CREATE INDEX "_law_explainers_v_version_version_law_key_idx" ON "_law_explainers_v" USING btree ("version_law_key");
  CREATE INDEX "_law_explainers_v_version_version_book_idx" ON "_law_explainers_v" USING btree ("version_book");
  CREATE INDEX "_law_explainers_v_version_version_chapter_idx" ON "_law_explainers_v" USING btree ("version_chapter");
  CREATE INDEX "_law_explainers_v_version_version_article_number_idx" ON "_law_explainers_v" USING btree ("version_article_number");
  CREATE INDEX "_law_explainers_v_version_version_published_at_idx" ON "_law_explainers_v" USING btree ("version_published_at");
  CREATE INDEX "_law_explainers_v_version_version_slug_idx" ON "_law_explainers_v" USING btree ("version_slug");
  CREATE INDEX "_law_explainers_v_version_version_updated_at_idx" ON "_law_explainers_v" USING btree ("version_updated_at");
  CREATE INDEX "_law_explainers_v_version_version_created_at_idx" ON "_law_explainers_v" USING btree ("version_created_at");
  CREATE INDEX "_law_explainers_v_version_version__status_idx" ON "_law_explainers_v" USING btree ("version__status");
  CREATE INDEX "_law_explainers_v_created_at_idx" ON "_law_explainers_v" USING btree ("created_at");
  CREATE INDEX "_law_explainers_v_updated_at_idx" ON "_law_explainers_v" USING btree ("updated_at");
  CREATE INDEX "_law_explainers_v_latest_idx" ON "_law_explainers_v" USING btree ("latest");
  CREATE INDEX "_law_explainers_v_texts_order_parent" ON "_law_explainers_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_law_explainers_v_numbers_order_parent_idx" ON "_law_explainers_v_numbers" USING btree ("order","parent_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE INDEX "lectures_speakers_order_idx" ON "lectures_speakers" USING btree ("_order");
  CREATE INDEX "lectures_speakers_parent_id_idx" ON "lectures_speakers" USING btree ("_parent_id");
  CREATE INDEX "lectures_starts_at_idx" ON "lectures" USING btree ("starts_at");
  CREATE INDEX "lectures_cover_idx" ON "lectures" USING btree ("cover_id");
  CREATE UNIQUE INDEX "lectures_slug_idx" ON "lectures" USING btree ("slug");
  CREATE INDEX "lectures_updated_at_idx" ON "lectures" USING btree ("updated_at");
  CREATE INDEX "lectures_created_at_idx" ON "lectures" USING btree ("created_at");
  CREATE INDEX "lectures__status_idx" ON "lectures" USING btree ("_status");
  CREATE INDEX "_lectures_v_version_speakers_order_idx" ON "_lectures_v_version_speakers" USING btree ("_order");
  CREATE INDEX "_lectures_v_version_speakers_parent_id_idx" ON "_lectures_v_version_speakers" USING btree ("_parent_id");
  CREATE INDEX "_lectures_v_parent_idx" ON "_lectures_v" USING btree ("parent_id");
  CREATE INDEX "_lectures_v_version_version_starts_at_idx" ON "_lectures_v" USING btree ("version_starts_at");
  CREATE INDEX "_lectures_v_version_version_cover_idx" ON "_lectures_v" USING btree ("version_cover_id");
  CREATE INDEX "_lectures_v_version_version_slug_idx" ON "_lectures_v" USING btree ("version_slug");
  CREATE INDEX "_lectures_v_version_version_updated_at_idx" ON "_lectures_v" USING btree ("version_updated_at");
  CREATE INDEX "_lectures_v_version_version_created_at_idx" ON "_lectures_v" USING btree ("version_created_at");
  CREATE INDEX "_lectures_v_version_version__status_idx" ON "_lectures_v" USING btree ("version__status");
  CREATE INDEX "_lectures_v_created_at_idx" ON "_lectures_v" USING btree ("created_at");
  CREATE INDEX "_lectures_v_updated_at_idx" ON "_lectures_v" USING btree ("updated_at");
  CREATE INDEX "_lectures_v_latest_idx" ON "_lectures_v" USING btree ("latest");
  CREATE INDEX "square_events_starts_at_idx" ON "square_events" USING btree ("starts_at");
  CREATE UNIQUE INDEX "square_events_slug_idx" ON "square_events" USING btree ("slug");
  CREATE INDEX "square_events_updated_at_idx" ON "square_events" USING btree ("updated_at");
  CREATE INDEX "square_events_created_at_idx" ON "square_events" USING btree ("created_at");
  CREATE INDEX "square_events__status_idx" ON "square_events" USING btree ("_status");
  CREATE INDEX "square_events_texts_order_parent" ON "square_events_texts" USING btree ("order","parent_id");
  CREATE INDEX "square_events_rels_order_idx" ON "square_events_rels" USING btree ("order");
  CREATE INDEX "square_events_rels_parent_idx" ON "square_events_rels" USING btree ("parent_id");
  CREATE INDEX "square_events_rels_path_idx" ON "square_events_rels" USING btree ("path");
  CREATE INDEX "square_events_rels_media_id_idx" ON "square_events_rels" USING btree ("media_id");
  CREATE INDEX "_square_events_v_parent_idx" ON "_square_events_v" USING btree ("parent_id");
  CREATE INDEX "_square_events_v_version_version_starts_at_idx" ON "_square_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_square_events_v_version_version_slug_idx" ON "_square_events_v" USING btree ("version_slug");
  CREATE INDEX "_square_events_v_version_version_updated_at_idx" ON "_square_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_square_events_v_version_version_created_at_idx" ON "_square_events_v" USING btree ("version_created_at");
  CREATE INDEX "_square_events_v_version_version__status_idx" ON "_square_events_v" USING btree ("version__status");
  CREATE INDEX "_square_events_v_created_at_idx" ON "_square_events_v" USING btree ("created_at");
  CREATE INDEX "_square_events_v_updated_at_idx" ON "_square_events_v" USING btree ("updated_at");
  CREATE INDEX "_square_events_v_latest_idx" ON "_square_events_v" USING btree ("latest");
  CREATE INDEX "_square_events_v_texts_order_parent" ON "_square_events_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_square_events_v_rels_order_idx" ON "_square_events_v_rels" USING btree ("order");
  CREATE INDEX "_square_events_v_rels_parent_idx" ON "_square_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_square_events_v_rels_path_idx" ON "_square_events_v_rels" USING btree ("path");
  CREATE INDEX "_square_events_v_rels_media_id_idx" ON "_square_events_v_rels" USING btree ("media_id");
  CREATE INDEX "recaps_lecture_idx" ON "recaps" USING btree ("lecture_id");
  CREATE INDEX "recaps_square_event_idx" ON "recaps" USING btree ("square_event_id");
  CREATE INDEX "recaps_author_idx" ON "recaps" USING btree ("author_id");
  CREATE INDEX "recaps_published_at_idx" ON "recaps" USING btree ("published_at");
  CREATE UNIQUE INDEX "recaps_slug_idx" ON "recaps" USING btree ("slug");
  CREATE INDEX "recaps_updated_at_idx" ON "recaps" USING btree ("updated_at");
  CREATE INDEX "recaps_created_at_idx" ON "recaps" USING btree ("created_at");
  CREATE INDEX "recaps__status_idx" ON "recaps" USING btree ("_status");
  CREATE INDEX "recaps_rels_order_idx" ON "recaps_rels" USING btree ("order");
  CREATE INDEX "recaps_rels_parent_idx" ON "recaps_rels" USING btree ("parent_id");
  CREATE INDEX "recaps_rels_path_idx" ON "recaps_rels" USING btree ("path");
  CREATE INDEX "recaps_rels_media_id_idx" ON "recaps_rels" USING btree ("media_id");
  CREATE INDEX "_recaps_v_parent_idx" ON "_recaps_v" USING btree ("parent_id");
  CREATE INDEX "_recaps_v_version_version_lecture_idx" ON "_recaps_v" USING btree ("version_lecture_id");
  CREATE INDEX "_recaps_v_version_version_square_event_idx" ON "_recaps_v" USING btree ("version_square_event_id");
  CREATE INDEX "_recaps_v_version_version_author_idx" ON "_recaps_v" USING btree ("version_author_id");
  CREATE INDEX "_recaps_v_version_version_published_at_idx" ON "_recaps_v" USING btree ("version_published_at");
  CREATE INDEX "_recaps_v_version_version_slug_idx" ON "_recaps_v" USING btree ("version_slug");
  CREATE INDEX "_recaps_v_version_version_updated_at_idx" ON "_recaps_v" USING btree ("version_updated_at");
  CREATE INDEX "_recaps_v_version_version_created_at_idx" ON "_recaps_v" USING btree ("version_created_at");
  CREATE INDEX "_recaps_v_version_version__status_idx" ON "_recaps_v" USING btree ("version__status");
  CREATE INDEX "_recaps_v_created_at_idx" ON "_recaps_v" USING btree ("created_at");
  CREATE INDEX "_recaps_v_updated_at_idx" ON "_recaps_v" USING btree ("updated_at");
  CREATE INDEX "_recaps_v_latest_idx" ON "_recaps_v" USING btree ("latest");
  CREATE INDEX "_recaps_v_rels_order_idx" ON "_recaps_v_rels" USING btree ("order");
  CREATE INDEX "_recaps_v_rels_parent_idx" ON "_recaps_v_rels" USING btree ("parent_id");
  CREATE INDEX "_recaps_v_rels_path_idx" ON "_recaps_v_rels" USING btree ("path");
  CREATE INDEX "_recaps_v_rels_media_id_idx" ON "_recaps_v_rels" USING btree ("media_id");
  CREATE INDEX "consultations_articles_order_idx" ON "consultations_articles" USING btree ("_order");
  CREATE INDEX "consultations_articles_parent_id_idx" ON "consultations_articles" USING btree ("_parent_id");
  CREATE INDEX "consultations_opens_at_idx" ON "consultations" USING btree ("opens_at");
  CREATE INDEX "consultations_closes_at_idx" ON "consultations" USING btree ("closes_at");
  CREATE UNIQUE INDEX "consultations_slug_idx" ON "consultations" USING btree ("slug");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE INDEX "consultations__status_idx" ON "consultations" USING btree ("_status");
  CREATE INDEX "consultations_rels_order_idx" ON "consultations_rels" USING btree ("order");
  CREATE INDEX "consultations_rels_parent_idx" ON "consultations_rels" USING btree ("parent_id");
  CREATE INDEX "consultations_rels_path_idx" ON "consultations_rels" USING btree ("path");
  CREATE INDEX "consultations_rels_media_id_idx" ON "consultations_rels" USING btree ("media_id");
  CREATE INDEX "_consultations_v_version_articles_order_idx" ON "_consultations_v_version_articles" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_articles_parent_id_idx" ON "_consultations_v_version_articles" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_parent_idx" ON "_consultations_v" USING btree ("parent_id");
  CREATE INDEX "_consultations_v_version_version_opens_at_idx" ON "_consultations_v" USING btree ("version_opens_at");
  CREATE INDEX "_consultations_v_version_version_closes_at_idx" ON "_consultations_v" USING btree ("version_closes_at");
  CREATE INDEX "_consultations_v_version_version_slug_idx" ON "_consultations_v" USING btree ("version_slug");
  CREATE INDEX "_consultations_v_version_version_updated_at_idx" ON "_consultations_v" USING btree ("version_updated_at");
  CREATE INDEX "_consultations_v_version_version_created_at_idx" ON "_consultations_v" USING btree ("version_created_at");
  CREATE INDEX "_consultations_v_version_version__status_idx" ON "_consultations_v" USING btree ("version__status");
  CREATE INDEX "_consultations_v_created_at_idx" ON "_consultations_v" USING btree ("created_at");
  CREATE INDEX "_consultations_v_updated_at_idx" ON "_consultations_v" USING btree ("updated_at");
  CREATE INDEX "_consultations_v_latest_idx" ON "_consultations_v" USING btree ("latest");
  CREATE INDEX "_consultations_v_rels_order_idx" ON "_consultations_v_rels" USING btree ("order");
  CREATE INDEX "_consultations_v_rels_parent_idx" ON "_consultations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_consultations_v_rels_path_idx" ON "_consultations_v_rels" USING btree ("path");
  CREATE INDEX "_consultations_v_rels_media_id_idx" ON "_consultations_v_rels" USING btree ("media_id");
  CREATE INDEX "collection_points_subject_areas_order_idx" ON "collection_points_subject_areas" USING btree ("order");
  CREATE INDEX "collection_points_subject_areas_parent_idx" ON "collection_points_subject_areas" USING btree ("parent_id");
  CREATE UNIQUE INDEX "collection_points_slug_idx" ON "collection_points" USING btree ("slug");
  CREATE INDEX "collection_points_updated_at_idx" ON "collection_points" USING btree ("updated_at");
  CREATE INDEX "collection_points_created_at_idx" ON "collection_points" USING btree ("created_at");
  CREATE INDEX "collection_points__status_idx" ON "collection_points" USING btree ("_status");
  CREATE INDEX "_collection_points_v_version_subject_areas_order_idx" ON "_collection_points_v_version_subject_areas" USING btree ("order");
  CREATE INDEX "_collection_points_v_version_subject_areas_parent_idx" ON "_collection_points_v_version_subject_areas" USING btree ("parent_id");
  CREATE INDEX "_collection_points_v_parent_idx" ON "_collection_points_v" USING btree ("parent_id");
  CREATE INDEX "_collection_points_v_version_version_slug_idx" ON "_collection_points_v" USING btree ("version_slug");
  CREATE INDEX "_collection_points_v_version_version_updated_at_idx" ON "_collection_points_v" USING btree ("version_updated_at");
  CREATE INDEX "_collection_points_v_version_version_created_at_idx" ON "_collection_points_v" USING btree ("version_created_at");
  CREATE INDEX "_collection_points_v_version_version__status_idx" ON "_collection_points_v" USING btree ("version__status");
  CREATE INDEX "_collection_points_v_created_at_idx" ON "_collection_points_v" USING btree ("created_at");
  CREATE INDEX "_collection_points_v_updated_at_idx" ON "_collection_points_v" USING btree ("updated_at");
  CREATE INDEX "_collection_points_v_latest_idx" ON "_collection_points_v" USING btree ("latest");
  CREATE INDEX "experts_subject_areas_order_idx" ON "experts_subject_areas" USING btree ("order");
  CREATE INDEX "experts_subject_areas_parent_idx" ON "experts_subject_areas" USING btree ("parent_id");
  CREATE INDEX "experts_updated_at_idx" ON "experts" USING btree ("updated_at");
  CREATE INDEX "experts_created_at_idx" ON "experts" USING btree ("created_at");
  CREATE INDEX "expert_reviews_consultation_idx" ON "expert_reviews" USING btree ("consultation_id");
  CREATE INDEX "expert_reviews_expert_idx" ON "expert_reviews" USING btree ("expert_id");
  CREATE INDEX "expert_reviews_updated_at_idx" ON "expert_reviews" USING btree ("updated_at");
  CREATE INDEX "expert_reviews_created_at_idx" ON "expert_reviews" USING btree ("created_at");
  CREATE INDEX "expert_reviews_rels_order_idx" ON "expert_reviews_rels" USING btree ("order");
  CREATE INDEX "expert_reviews_rels_parent_idx" ON "expert_reviews_rels" USING btree ("parent_id");
  CREATE INDEX "expert_reviews_rels_path_idx" ON "expert_reviews_rels" USING btree ("path");
  CREATE INDEX "expert_reviews_rels_opinions_id_idx" ON "expert_reviews_rels" USING btree ("opinions_id");
  CREATE UNIQUE INDEX "opinions_receipt_idx" ON "opinions" USING btree ("receipt");
  CREATE INDEX "opinions_kind_idx" ON "opinions" USING btree ("kind");
  CREATE INDEX "opinions_consultation_idx" ON "opinions" USING btree ("consultation_id");
  CREATE INDEX "opinions_phone_idx" ON "opinions" USING btree ("phone");
  CREATE INDEX "opinions_attachment_idx" ON "opinions" USING btree ("attachment_id");
  CREATE INDEX "opinions_collection_point_idx" ON "opinions" USING btree ("collection_point_id");
  CREATE INDEX "opinions_entered_by_idx" ON "opinions" USING btree ("entered_by_id");
  CREATE INDEX "opinions_status_idx" ON "opinions" USING btree ("status");
  CREATE INDEX "opinions_duplicate_of_idx" ON "opinions" USING btree ("duplicate_of_id");
  CREATE INDEX "opinions_updated_at_idx" ON "opinions" USING btree ("updated_at");
  CREATE INDEX "opinions_created_at_idx" ON "opinions" USING btree ("created_at");
  CREATE INDEX "opinion_attachments_updated_at_idx" ON "opinion_attachments" USING btree ("updated_at");
  CREATE INDEX "opinion_attachments_created_at_idx" ON "opinion_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "opinion_attachments_filename_idx" ON "opinion_attachments" USING btree ("filename");
  CREATE INDEX "registrations_lecture_idx" ON "registrations" USING btree ("lecture_id");
  CREATE INDEX "registrations_phone_idx" ON "registrations" USING btree ("phone");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_waitlist_position_idx" ON "registrations" USING btree ("waitlist_position");
  CREATE UNIQUE INDEX "registrations_check_in_code_idx" ON "registrations" USING btree ("check_in_code");
  CREATE UNIQUE INDEX "registrations_cancel_code_idx" ON "registrations" USING btree ("cancel_code");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_collection_point_idx" ON "users" USING btree ("collection_point_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_law_explainers_id_idx" ON "payload_locked_documents_rels" USING btree ("law_explainers_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_lectures_id_idx" ON "payload_locked_documents_rels" USING btree ("lectures_id");
  CREATE INDEX "payload_locked_documents_rels_square_events_id_idx" ON "payload_locked_documents_rels" USING btree ("square_events_id");
  CREATE INDEX "payload_locked_documents_rels_recaps_id_idx" ON "payload_locked_documents_rels" USING btree ("recaps_id");
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");
  CREATE INDEX "payload_locked_documents_rels_collection_points_id_idx" ON "payload_locked_documents_rels" USING btree ("collection_points_id");
  CREATE INDEX "payload_locked_documents_rels_experts_id_idx" ON "payload_locked_documents_rels" USING btree ("experts_id");
  CREATE INDEX "payload_locked_documents_rels_expert_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("expert_reviews_id");
  CREATE INDEX "payload_locked_documents_rels_opinions_id_idx" ON "payload_locked_documents_rels" USING btree ("opinions_id");
  CREATE INDEX "payload_locked_documents_rels_opinion_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("opinion_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_navigation_order_idx" ON "site_settings_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_navigation_parent_id_idx" ON "site_settings_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_settings_links_order_idx" ON "site_settings_links" USING btree ("_order");
  CREATE INDEX "site_settings_links_parent_id_idx" ON "site_settings_links" USING btree ("_parent_id");
  CREATE INDEX "search_synonyms_entries_order_idx" ON "search_synonyms_entries" USING btree ("_order");
  CREATE INDEX "search_synonyms_entries_parent_id_idx" ON "search_synonyms_entries" USING btree ("_parent_id");
  CREATE INDEX "search_synonyms_texts_order_parent" ON "search_synonyms_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "news" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "law_explainers_cases" CASCADE;
  DROP TABLE "law_explainers_qa" CASCADE;
  DROP TABLE "law_explainers" CASCADE;
  DROP TABLE "law_explainers_texts" CASCADE;
  DROP TABLE "law_explainers_numbers" CASCADE;
  DROP TABLE "_law_explainers_v_version_cases" CASCADE;
  DROP TABLE "_law_explainers_v_version_qa" CASCADE;
  DROP TABLE "_law_explainers_v" CASCADE;
  DROP TABLE "_law_explainers_v_texts" CASCADE;
  DROP TABLE "_law_explainers_v_numbers" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "lectures_speakers" CASCADE;
  DROP TABLE "lectures" CASCADE;
  DROP TABLE "_lectures_v_version_speakers" CASCADE;
  DROP TABLE "_lectures_v" CASCADE;
  DROP TABLE "square_events" CASCADE;
  DROP TABLE "square_events_texts" CASCADE;
  DROP TABLE "square_events_rels" CASCADE;
  DROP TABLE "_square_events_v" CASCADE;
  DROP TABLE "_square_events_v_texts" CASCADE;
  DROP TABLE "_square_events_v_rels" CASCADE;
  DROP TABLE "recaps" CASCADE;
  DROP TABLE "recaps_rels" CASCADE;
  DROP TABLE "_recaps_v" CASCADE;
  DROP TABLE "_recaps_v_rels" CASCADE;
  DROP TABLE "consultations_articles" CASCADE;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "consultations_rels" CASCADE;
  DROP TABLE "_consultations_v_version_articles" CASCADE;
  DROP TABLE "_consultations_v" CASCADE;
  DROP TABLE "_consultations_v_rels" CASCADE;
  DROP TABLE "collection_points_subject_areas" CASCADE;
  DROP TABLE "collection_points" CASCADE;
  DROP TABLE "_collection_points_v_version_subject_areas" CASCADE;
  DROP TABLE "_collection_points_v" CASCADE;
  DROP TABLE "experts_subject_areas" CASCADE;
  DROP TABLE "experts" CASCADE;
  DROP TABLE "expert_reviews" CASCADE;
  DROP TABLE "expert_reviews_rels" CASCADE;
  DROP TABLE "opinions" CASCADE;
  DROP TABLE "opinion_attachments" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_navigation" CASCADE;
  DROP TABLE "site_settings_links" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "search_synonyms_entries" CASCADE;
  DROP TABLE "search_synonyms" CASCADE;
  DROP TABLE "search_synonyms_texts" CASCADE;
  DROP TYPE "public"."enum_news_category";
  DROP TYPE "public"."enum_news_publishedat_tz";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_category";
  DROP TYPE "public"."enum__news_v_version_publishedat_tz";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_law_explainers_publishedat_tz";
  DROP TYPE "public"."enum_law_explainers_status";
  DROP TYPE "public"."enum__law_explainers_v_version_publishedat_tz";
  DROP TYPE "public"."enum__law_explainers_v_version_status";
  DROP TYPE "public"."enum_lectures_kind";
  DROP TYPE "public"."enum_lectures_state";
  DROP TYPE "public"."enum_lectures_startsat_tz";
  DROP TYPE "public"."enum_lectures_endsat_tz";
  DROP TYPE "public"."enum_lectures_registrationopensat_tz";
  DROP TYPE "public"."enum_lectures_registrationclosesat_tz";
  DROP TYPE "public"."enum_lectures_status";
  DROP TYPE "public"."enum__lectures_v_version_kind";
  DROP TYPE "public"."enum__lectures_v_version_state";
  DROP TYPE "public"."enum__lectures_v_version_startsat_tz";
  DROP TYPE "public"."enum__lectures_v_version_endsat_tz";
  DROP TYPE "public"."enum__lectures_v_version_registrationopensat_tz";
  DROP TYPE "public"."enum__lectures_v_version_registrationclosesat_tz";
  DROP TYPE "public"."enum__lectures_v_version_status";
  DROP TYPE "public"."enum_square_events_kind";
  DROP TYPE "public"."enum_square_events_startsat_tz";
  DROP TYPE "public"."enum_square_events_endsat_tz";
  DROP TYPE "public"."enum_square_events_status";
  DROP TYPE "public"."enum__square_events_v_version_kind";
  DROP TYPE "public"."enum__square_events_v_version_startsat_tz";
  DROP TYPE "public"."enum__square_events_v_version_endsat_tz";
  DROP TYPE "public"."enum__square_events_v_version_status";
  DROP TYPE "public"."enum_recaps_review_state";
  DROP TYPE "public"."enum_recaps_publishedat_tz";
  DROP TYPE "public"."enum_recaps_status";
  DROP TYPE "public"."enum__recaps_v_version_review_state";
  DROP TYPE "public"."enum__recaps_v_version_publishedat_tz";
  DROP TYPE "public"."enum__recaps_v_version_status";
  DROP TYPE "public"."enum_consultations_draft_kind";
  DROP TYPE "public"."enum_consultations_level";
  DROP TYPE "public"."enum_consultations_opensat_tz";
  DROP TYPE "public"."enum_consultations_closesat_tz";
  DROP TYPE "public"."enum_consultations_result_publishedat_tz";
  DROP TYPE "public"."enum_consultations_status";
  DROP TYPE "public"."enum__consultations_v_version_draft_kind";
  DROP TYPE "public"."enum__consultations_v_version_level";
  DROP TYPE "public"."enum__consultations_v_version_opensat_tz";
  DROP TYPE "public"."enum__consultations_v_version_closesat_tz";
  DROP TYPE "public"."enum__consultations_v_version_result_publishedat_tz";
  DROP TYPE "public"."enum__consultations_v_version_status";
  DROP TYPE "public"."enum_collection_points_subject_areas";
  DROP TYPE "public"."enum_collection_points_kind";
  DROP TYPE "public"."enum_collection_points_status";
  DROP TYPE "public"."enum__collection_points_v_version_subject_areas";
  DROP TYPE "public"."enum__collection_points_v_version_kind";
  DROP TYPE "public"."enum__collection_points_v_version_status";
  DROP TYPE "public"."enum_experts_subject_areas";
  DROP TYPE "public"."enum_expert_reviews_state";
  DROP TYPE "public"."enum_expert_reviews_requestedat_tz";
  DROP TYPE "public"."enum_expert_reviews_receivedat_tz";
  DROP TYPE "public"."enum_opinions_kind";
  DROP TYPE "public"."enum_opinions_identity";
  DROP TYPE "public"."enum_opinions_channel";
  DROP TYPE "public"."enum_opinions_gatheredat_tz";
  DROP TYPE "public"."enum_opinions_status";
  DROP TYPE "public"."enum_opinions_category";
  DROP TYPE "public"."enum_opinions_personaldataerasedat_tz";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_registrations_checkedinat_tz";
  DROP TYPE "public"."enum_registrations_cancelledat_tz";
  DROP TYPE "public"."enum_registrations_personaldataerasedat_tz";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
