CREATE TABLE "advisor_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"background" text DEFAULT '' NOT NULL,
	"background_consent_at" timestamp with time zone,
	"photo_key" text,
	"photo_media_type" text,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"topic_levels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sdg_levels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"formats" text[] DEFAULT '{}'::text[] NOT NULL,
	"base_municipality_ags" text,
	"served_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"served_districts" text[] DEFAULT '{}'::text[] NOT NULL,
	"travel_radius_km" smallint,
	"weekly_capacity_hours" smallint,
	"active" boolean DEFAULT true NOT NULL,
	"public_team" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advisor_blocked_period" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_conflict" (
	"consultation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_conflict_consultation_id_user_id_pk" PRIMARY KEY("consultation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "time_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"advisor_id" text NOT NULL,
	"consultation_id" uuid NOT NULL,
	"work_date" date NOT NULL,
	"minutes" integer NOT NULL,
	"activity" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kilometres" integer DEFAULT 0 NOT NULL,
	"expenses_cents" integer DEFAULT 0 NOT NULL,
	"expense_note" text DEFAULT '' NOT NULL,
	"receipt_key" text,
	"receipt_media_type" text,
	"receipt_file_name" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"reject_reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "honorarium_rate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"valid_from" date NOT NULL,
	"hourly_cents" integer NOT NULL,
	"kilometre_cents" integer NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "honorarium_rate_valid_from_unique" UNIQUE("valid_from")
);
--> statement-breakpoint
ALTER TABLE "advisor_profile" ADD CONSTRAINT "advisor_profile_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_profile" ADD CONSTRAINT "advisor_profile_base_municipality_ags_municipality_ags_fk" FOREIGN KEY ("base_municipality_ags") REFERENCES "public"."municipality"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_blocked_period" ADD CONSTRAINT "advisor_blocked_period_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_conflict" ADD CONSTRAINT "consultation_conflict_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_conflict" ADD CONSTRAINT "consultation_conflict_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entry" ADD CONSTRAINT "time_entry_advisor_id_user_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entry" ADD CONSTRAINT "time_entry_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advisor_blocked_period_user_idx" ON "advisor_blocked_period" USING btree ("user_id","starts_on");--> statement-breakpoint
CREATE INDEX "time_entry_advisor_date_idx" ON "time_entry" USING btree ("advisor_id","work_date");--> statement-breakpoint
CREATE INDEX "time_entry_consultation_idx" ON "time_entry" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "time_entry_status_idx" ON "time_entry" USING btree ("status");