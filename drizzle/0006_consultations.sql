CREATE TABLE "consultation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"year" integer NOT NULL,
	"state" text DEFAULT 'requested' NOT NULL,
	"paused_from" text,
	"municipality_ags" text,
	"district_code" text,
	"contact_name" text NOT NULL,
	"contact_function" text DEFAULT '' NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdgs" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"concern" text NOT NULL,
	"involve" text DEFAULT '' NOT NULL,
	"desired_format" text DEFAULT '' NOT NULL,
	"timeframe" text DEFAULT '' NOT NULL,
	"heard_via" text DEFAULT '' NOT NULL,
	"target_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"decline_reason" text,
	"withdraw_reason" text,
	"evaluation_waiver" text,
	"status_token_hash" text NOT NULL,
	"submission_key" text,
	"source" text NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "consultation_reference_unique" UNIQUE("reference"),
	CONSTRAINT "consultation_status_token_hash_unique" UNIQUE("status_token_hash"),
	CONSTRAINT "consultation_submission_key_unique" UNIQUE("submission_key")
);
--> statement-breakpoint
CREATE TABLE "consultation_member" (
	"consultation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"message" text,
	"decline_reason" text,
	"invited_by" text,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "consultation_member_consultation_id_user_id_role_pk" PRIMARY KEY("consultation_id","user_id","role")
);
--> statement-breakpoint
CREATE TABLE "timeline_entry" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "timeline_entry_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"consultation_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_municipality_ags_municipality_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipality"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_district_code_district_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."district"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_member" ADD CONSTRAINT "consultation_member_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_member" ADD CONSTRAINT "consultation_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_entry_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_state_idx" ON "consultation" USING btree ("state");--> statement-breakpoint
CREATE INDEX "consultation_municipality_idx" ON "consultation" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "consultation_district_idx" ON "consultation" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "consultation_year_idx" ON "consultation" USING btree ("year");--> statement-breakpoint
CREATE INDEX "consultation_member_user_idx" ON "consultation_member" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "timeline_entry_consultation_idx" ON "timeline_entry" USING btree ("consultation_id","at");