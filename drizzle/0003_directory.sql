CREATE TABLE "land" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "government_region" (
	"code" text PRIMARY KEY NOT NULL,
	"land_code" text NOT NULL,
	"name" text NOT NULL,
	"historic" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "district" (
	"code" text PRIMARY KEY NOT NULL,
	"land_code" text NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"historic" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"ags" text PRIMARY KEY NOT NULL,
	"ars" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"land_code" text NOT NULL,
	"region_code" text NOT NULL,
	"district_code" text NOT NULL,
	"postal_code" text,
	"population" integer,
	"area_km2" double precision,
	"latitude" double precision,
	"longitude" double precision,
	"historic" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topic" (
	"slug" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"communities" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdgs" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"municipality_ags" text NOT NULL,
	"address" text,
	"website" text,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"founded_year" integer,
	"size_class" text,
	"verified" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'unconfirmed' NOT NULL,
	"publish_contact" boolean DEFAULT false NOT NULL,
	"publish_address" boolean DEFAULT false NOT NULL,
	"contactable" boolean DEFAULT false NOT NULL,
	"email_confirmed_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"last_confirmed_at" timestamp with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"last_reminder_at" timestamp with time zone,
	"hidden_reason" text,
	"possible_duplicate_of" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('german', immutable_unaccent(coalesce(name, '') || ' ' || coalesce(description, '')))) STORED
);
--> statement-breakpoint
CREATE TABLE "consent_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"text_version" text NOT NULL,
	"way" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_token" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "government_region" ADD CONSTRAINT "government_region_land_code_land_code_fk" FOREIGN KEY ("land_code") REFERENCES "public"."land"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district" ADD CONSTRAINT "district_land_code_land_code_fk" FOREIGN KEY ("land_code") REFERENCES "public"."land"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_land_code_land_code_fk" FOREIGN KEY ("land_code") REFERENCES "public"."land"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_district_code_district_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."district"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_municipality_ags_municipality_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipality"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_token" ADD CONSTRAINT "organisation_token_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "district_region_idx" ON "district" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "municipality_district_idx" ON "municipality" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "municipality_land_idx" ON "municipality" USING btree ("land_code");--> statement-breakpoint
CREATE INDEX "municipality_region_idx" ON "municipality" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "organisation_status_idx" ON "organisation" USING btree ("status");--> statement-breakpoint
CREATE INDEX "organisation_municipality_idx" ON "organisation" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "organisation_search_idx" ON "organisation" USING gin ("search");--> statement-breakpoint
CREATE INDEX "organisation_name_trgm_idx" ON "organisation" USING gin (immutable_unaccent(lower("name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisation_topics_idx" ON "organisation" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "organisation_languages_idx" ON "organisation" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "consent_record_subject_idx" ON "consent_record" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "organisation_token_org_idx" ON "organisation_token" USING btree ("organisation_id");