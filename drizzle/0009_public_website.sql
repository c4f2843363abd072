CREATE TABLE "case_story" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"consultation_id" uuid,
	"municipality_ags" text,
	"year" smallint NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdgs" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"title" text NOT NULL,
	"teaser" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"quotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result_measure_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" text,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_story_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "case_story_image" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_story_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"widths" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"alt" text NOT NULL,
	"alt_translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_story_revision" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_story_revision_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_story_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"municipality_ags" text,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"capacity" integer,
	"case_story_id" uuid,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "event_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"locale" text DEFAULT 'de' NOT NULL,
	"status" text NOT NULL,
	"cancel_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "event_registration_cancel_token_hash_unique" UNIQUE("cancel_token_hash")
);
--> statement-breakpoint
CREATE TABLE "content_page" (
	"key" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_page_revision" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "content_page_revision_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"page_key" text NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox_mail" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "topic" ADD COLUMN "name_translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "case_story" ADD CONSTRAINT "case_story_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_story" ADD CONSTRAINT "case_story_municipality_ags_municipality_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipality"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_story_image" ADD CONSTRAINT "case_story_image_case_story_id_case_story_id_fk" FOREIGN KEY ("case_story_id") REFERENCES "public"."case_story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_story_revision" ADD CONSTRAINT "case_story_revision_case_story_id_case_story_id_fk" FOREIGN KEY ("case_story_id") REFERENCES "public"."case_story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_municipality_ags_municipality_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipality"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_case_story_id_case_story_id_fk" FOREIGN KEY ("case_story_id") REFERENCES "public"."case_story"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_page_revision" ADD CONSTRAINT "content_page_revision_page_key_content_page_key_fk" FOREIGN KEY ("page_key") REFERENCES "public"."content_page"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_story_status_idx" ON "case_story" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "case_story_municipality_idx" ON "case_story" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "case_story_search_idx" ON "case_story" USING gin (to_tsvector('german', "title" || ' ' || "teaser" || ' ' || "body"));--> statement-breakpoint
CREATE INDEX "case_story_image_story_idx" ON "case_story_image" USING btree ("case_story_id","position");--> statement-breakpoint
CREATE INDEX "case_story_revision_story_idx" ON "case_story_revision" USING btree ("case_story_id","version");--> statement-breakpoint
CREATE INDEX "event_status_start_idx" ON "event" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "event_creator_idx" ON "event" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "event_registration_event_idx" ON "event_registration" USING btree ("event_id","status","created_at");--> statement-breakpoint
CREATE INDEX "content_page_revision_page_idx" ON "content_page_revision" USING btree ("page_key","version");