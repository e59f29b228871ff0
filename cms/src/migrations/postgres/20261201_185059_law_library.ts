import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_laws_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__laws_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "laws_imports" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"imported_at" timestamp(3) with time zone,
  	"added" numeric,
  	"changed" numeric,
  	"removed" numeric,
  	"files" varchar,
  	"summary" varchar
  );
  
  CREATE TABLE "laws" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"short_title" varchar,
  	"key" varchar,
  	"category" varchar,
  	"effective_at" varchar,
  	"amended_at" varchar,
  	"source" varchar DEFAULT '国家法律法规数据库 https://flk.npc.gov.cn',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_laws_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "laws_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_laws_v_version_imports" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"imported_at" timestamp(3) with time zone,
  	"added" numeric,
  	"changed" numeric,
  	"removed" numeric,
  	"files" varchar,
  	"summary" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_laws_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_short_title" varchar,
  	"version_key" varchar,
  	"version_category" varchar,
  	"version_effective_at" varchar,
  	"version_amended_at" varchar,
  	"version_source" varchar DEFAULT '国家法律法规数据库 https://flk.npc.gov.cn',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__laws_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_laws_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "law_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"law_id" integer NOT NULL,
  	"number" numeric NOT NULL,
  	"label" varchar NOT NULL,
  	"position" numeric NOT NULL,
  	"book" varchar,
  	"part" varchar,
  	"chapter" varchar,
  	"section" varchar,
  	"text" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "lectures_cited_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"law_id" integer
  );
  
  CREATE TABLE "lectures_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_lectures_v_version_cited_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"law_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_lectures_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "consultations_cited_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"law_id" integer
  );
  
  CREATE TABLE "consultations_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_consultations_v_version_cited_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"law_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultations_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "laws_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "law_articles_id" integer;
  ALTER TABLE "laws_imports" ADD CONSTRAINT "laws_imports_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "laws_texts" ADD CONSTRAINT "laws_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_laws_v_version_imports" ADD CONSTRAINT "_laws_v_version_imports_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_laws_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_parent_id_laws_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v_texts" ADD CONSTRAINT "_laws_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_laws_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "law_articles" ADD CONSTRAINT "law_articles_law_id_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures_cited_articles" ADD CONSTRAINT "lectures_cited_articles_law_id_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures_cited_articles" ADD CONSTRAINT "lectures_cited_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lectures_numbers" ADD CONSTRAINT "lectures_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lectures_v_version_cited_articles" ADD CONSTRAINT "_lectures_v_version_cited_articles_law_id_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v_version_cited_articles" ADD CONSTRAINT "_lectures_v_version_cited_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lectures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lectures_v_numbers" ADD CONSTRAINT "_lectures_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lectures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_cited_articles" ADD CONSTRAINT "consultations_cited_articles_law_id_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations_cited_articles" ADD CONSTRAINT "consultations_cited_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_numbers" ADD CONSTRAINT "consultations_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_cited_articles" ADD CONSTRAINT "_consultations_v_version_cited_articles_law_id_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_cited_articles" ADD CONSTRAINT "_consultations_v_version_cited_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_numbers" ADD CONSTRAINT "_consultations_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "laws_imports_order_idx" ON "laws_imports" USING btree ("_order");
  CREATE INDEX "laws_imports_parent_id_idx" ON "laws_imports" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "laws_title_idx" ON "laws" USING btree ("title");
  CREATE UNIQUE INDEX "laws_key_idx" ON "laws" USING btree ("key");
  CREATE INDEX "laws_category_idx" ON "laws" USING btree ("category");
  CREATE INDEX "laws_updated_at_idx" ON "laws" USING btree ("updated_at");
  CREATE INDEX "laws_created_at_idx" ON "laws" USING btree ("created_at");
  CREATE INDEX "laws__status_idx" ON "laws" USING btree ("_status");
  CREATE INDEX "laws_texts_order_parent" ON "laws_texts" USING btree ("order","parent_id");
  CREATE INDEX "_laws_v_version_imports_order_idx" ON "_laws_v_version_imports" USING btree ("_order");
  CREATE INDEX "_laws_v_version_imports_parent_id_idx" ON "_laws_v_version_imports" USING btree ("_parent_id");
  CREATE INDEX "_laws_v_parent_idx" ON "_laws_v" USING btree ("parent_id");
  CREATE INDEX "_laws_v_version_version_title_idx" ON "_laws_v" USING btree ("version_title");
  CREATE INDEX "_laws_v_version_version_key_idx" ON "_laws_v" USING btree ("version_key");
  CREATE INDEX "_laws_v_version_version_category_idx" ON "_laws_v" USING btree ("version_category");
  CREATE INDEX "_laws_v_version_version_updated_at_idx" ON "_laws_v" USING btree ("version_updated_at");
  CREATE INDEX "_laws_v_version_version_created_at_idx" ON "_laws_v" USING btree ("version_created_at");
  CREATE INDEX "_laws_v_version_version__status_idx" ON "_laws_v" USING btree ("version__status");
  CREATE INDEX "_laws_v_created_at_idx" ON "_laws_v" USING btree ("created_at");
  CREATE INDEX "_laws_v_updated_at_idx" ON "_laws_v" USING btree ("updated_at");
  CREATE INDEX "_laws_v_latest_idx" ON "_laws_v" USING btree ("latest");
  CREATE INDEX "_laws_v_texts_order_parent" ON "_laws_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "law_articles_law_idx" ON "law_articles" USING btree ("law_id");
  CREATE INDEX "law_articles_updated_at_idx" ON "law_articles" USING btree ("updated_at");
  CREATE INDEX "law_articles_created_at_idx" ON "law_articles" USING btree ("created_at");
  CREATE UNIQUE INDEX "law_label_idx" ON "law_articles" USING btree ("law_id","label");
  CREATE INDEX "law_number_idx" ON "law_articles" USING btree ("law_id","number");
  CREATE INDEX "lectures_cited_articles_order_idx" ON "lectures_cited_articles" USING btree ("_order");
  CREATE INDEX "lectures_cited_articles_parent_id_idx" ON "lectures_cited_articles" USING btree ("_parent_id");
  CREATE INDEX "lectures_cited_articles_law_idx" ON "lectures_cited_articles" USING btree ("law_id");
  CREATE INDEX "lectures_numbers_order_parent_idx" ON "lectures_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_lectures_v_version_cited_articles_order_idx" ON "_lectures_v_version_cited_articles" USING btree ("_order");
  CREATE INDEX "_lectures_v_version_cited_articles_parent_id_idx" ON "_lectures_v_version_cited_articles" USING btree ("_parent_id");
  CREATE INDEX "_lectures_v_version_cited_articles_law_idx" ON "_lectures_v_version_cited_articles" USING btree ("law_id");
  CREATE INDEX "_lectures_v_numbers_order_parent_idx" ON "_lectures_v_numbers" USING btree ("order","parent_id");
  CREATE INDEX "consultations_cited_articles_order_idx" ON "consultations_cited_articles" USING btree ("_order");
  CREATE INDEX "consultations_cited_articles_parent_id_idx" ON "consultations_cited_articles" USING btree ("_parent_id");
  CREATE INDEX "consultations_cited_articles_law_idx" ON "consultations_cited_articles" USING btree ("law_id");
  CREATE INDEX "consultations_numbers_order_parent_idx" ON "consultations_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_consultations_v_version_cited_articles_order_idx" ON "_consultations_v_version_cited_articles" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_cited_articles_parent_id_idx" ON "_consultations_v_version_cited_articles" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_version_cited_articles_law_idx" ON "_consultations_v_version_cited_articles" USING btree ("law_id");
  CREATE INDEX "_consultations_v_numbers_order_parent_idx" ON "_consultations_v_numbers" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_laws_fk" FOREIGN KEY ("laws_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_law_articles_fk" FOREIGN KEY ("law_articles_id") REFERENCES "public"."law_articles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_laws_id_idx" ON "payload_locked_documents_rels" USING btree ("laws_id");
  CREATE INDEX "payload_locked_documents_rels_law_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("law_articles_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "laws_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "laws" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "laws_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_laws_v_version_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_laws_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_laws_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "law_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lectures_cited_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lectures_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_lectures_v_version_cited_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_lectures_v_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations_cited_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v_version_cited_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v_numbers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "laws_imports" CASCADE;
  DROP TABLE "laws" CASCADE;
  DROP TABLE "laws_texts" CASCADE;
  DROP TABLE "_laws_v_version_imports" CASCADE;
  DROP TABLE "_laws_v" CASCADE;
  DROP TABLE "_laws_v_texts" CASCADE;
  DROP TABLE "law_articles" CASCADE;
  DROP TABLE "lectures_cited_articles" CASCADE;
  DROP TABLE "lectures_numbers" CASCADE;
  DROP TABLE "_lectures_v_version_cited_articles" CASCADE;
  DROP TABLE "_lectures_v_numbers" CASCADE;
  DROP TABLE "consultations_cited_articles" CASCADE;
  DROP TABLE "consultations_numbers" CASCADE;
  DROP TABLE "_consultations_v_version_cited_articles" CASCADE;
  DROP TABLE "_consultations_v_numbers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_laws_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_law_articles_fk";
  
  DROP INDEX "payload_locked_documents_rels_laws_id_idx";
  DROP INDEX "payload_locked_documents_rels_law_articles_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "laws_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "law_articles_id";
  DROP TYPE "public"."enum_laws_status";
  DROP TYPE "public"."enum__laws_v_version_status";`)
}
