CREATE TABLE "user_preference" (
	"user_id" text PRIMARY KEY NOT NULL,
	"locale" text DEFAULT 'de' NOT NULL,
	"notification_mode" text DEFAULT 'immediate' NOT NULL,
	"calendar_token_hash" text,
	"calendar_token_created_at" timestamp with time zone,
	"last_digest_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_preference_calendar_token_hash_unique" UNIQUE("calendar_token_hash")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notification_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"consultation_id" uuid,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"digested_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "consultation_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"format" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"agenda" text DEFAULT '' NOT NULL,
	"participant_count" integer,
	"organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"organisations_text" text DEFAULT '' NOT NULL,
	"notes_shared" text DEFAULT '' NOT NULL,
	"notes_internal" text DEFAULT '' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"start_date" date,
	"due_date" date,
	"topic" text,
	"sdgs" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"status" text DEFAULT 'idea' NOT NULL,
	"reminder_sent_for" date,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_status_change" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measure_status_change_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"measure_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'all' NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_document_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "evaluation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"satisfaction" smallint,
	"aim_perspectives" smallint,
	"aim_appreciation" smallint,
	"aim_participation" smallint,
	"learnings" text DEFAULT '' NOT NULL,
	"would_recommend" boolean,
	"case_story_consent" boolean,
	"organisations_involved" integer,
	"organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"new_cooperations" integer,
	"participants" integer,
	"measures_planned" integer,
	"measures_implemented" integer,
	"migration_share_estimate" smallint,
	"comments" text DEFAULT '' NOT NULL,
	"submitted_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_consultation_kind_uq" UNIQUE("consultation_id","kind")
);
--> statement-breakpoint
ALTER TABLE "user_preference" ADD CONSTRAINT "user_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_session" ADD CONSTRAINT "consultation_session_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_status_change" ADD CONSTRAINT "measure_status_change_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_document" ADD CONSTRAINT "consultation_document_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_pending_idx" ON "notification" USING btree ("user_id","digested_at");--> statement-breakpoint
CREATE INDEX "consultation_session_consultation_idx" ON "consultation_session" USING btree ("consultation_id","starts_at");--> statement-breakpoint
CREATE INDEX "consultation_session_starts_idx" ON "consultation_session" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "measure_consultation_idx" ON "measure" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "measure_due_idx" ON "measure" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "measure_status_change_measure_idx" ON "measure_status_change" USING btree ("measure_id","at");--> statement-breakpoint
CREATE INDEX "consultation_document_consultation_idx" ON "consultation_document" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "evaluation_kind_idx" ON "evaluation" USING btree ("kind");