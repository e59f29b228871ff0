import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_recaps_review_state" ADD VALUE 'published';
  ALTER TYPE "public"."enum__recaps_v_version_review_state" ADD VALUE 'published';
  ALTER TABLE "recaps" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "recaps" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "recaps" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "recaps" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_recaps_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_recaps_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_recaps_v" ADD COLUMN "version_reviewed_by_id" integer;
  ALTER TABLE "_recaps_v" ADD COLUMN "version_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "recaps" ADD CONSTRAINT "recaps_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recaps_v" ADD CONSTRAINT "_recaps_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "recaps_review_state_idx" ON "recaps" USING btree ("review_state");
  CREATE INDEX "recaps_reviewed_by_idx" ON "recaps" USING btree ("reviewed_by_id");
  CREATE INDEX "_recaps_v_version_version_review_state_idx" ON "_recaps_v" USING btree ("version_review_state");
  CREATE INDEX "_recaps_v_version_version_reviewed_by_idx" ON "_recaps_v" USING btree ("version_reviewed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "recaps" DROP CONSTRAINT "recaps_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_recaps_v" DROP CONSTRAINT "_recaps_v_version_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "recaps" ALTER COLUMN "review_state" SET DATA TYPE text;
  ALTER TABLE "recaps" ALTER COLUMN "review_state" SET DEFAULT 'writing'::text;
  DROP TYPE "public"."enum_recaps_review_state";
  CREATE TYPE "public"."enum_recaps_review_state" AS ENUM('writing', 'submitted', 'returned');
  ALTER TABLE "recaps" ALTER COLUMN "review_state" SET DEFAULT 'writing'::"public"."enum_recaps_review_state";
  ALTER TABLE "recaps" ALTER COLUMN "review_state" SET DATA TYPE "public"."enum_recaps_review_state" USING "review_state"::"public"."enum_recaps_review_state";
  ALTER TABLE "_recaps_v" ALTER COLUMN "version_review_state" SET DATA TYPE text;
  ALTER TABLE "_recaps_v" ALTER COLUMN "version_review_state" SET DEFAULT 'writing'::text;
  DROP TYPE "public"."enum__recaps_v_version_review_state";
  CREATE TYPE "public"."enum__recaps_v_version_review_state" AS ENUM('writing', 'submitted', 'returned');
  ALTER TABLE "_recaps_v" ALTER COLUMN "version_review_state" SET DEFAULT 'writing'::"public"."enum__recaps_v_version_review_state";
  ALTER TABLE "_recaps_v" ALTER COLUMN "version_review_state" SET DATA TYPE "public"."enum__recaps_v_version_review_state" USING "version_review_state"::"public"."enum__recaps_v_version_review_state";
  DROP INDEX "recaps_review_state_idx";
  DROP INDEX "recaps_reviewed_by_idx";
  DROP INDEX "_recaps_v_version_version_review_state_idx";
  DROP INDEX "_recaps_v_version_version_reviewed_by_idx";
  ALTER TABLE "recaps" DROP COLUMN "submitted_at";
  ALTER TABLE "recaps" DROP COLUMN "review_comment";
  ALTER TABLE "recaps" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "recaps" DROP COLUMN "reviewed_at";
  ALTER TABLE "_recaps_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_recaps_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_recaps_v" DROP COLUMN "version_reviewed_by_id";
  ALTER TABLE "_recaps_v" DROP COLUMN "version_reviewed_at";`)
}
