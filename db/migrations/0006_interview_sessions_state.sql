ALTER TABLE "interview_questions" ADD COLUMN "guidance" jsonb;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "follow_ups" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "last_activity_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "interview_sessions_one_active" ON "interview_sessions" USING btree ("user_id") WHERE status = 'active';