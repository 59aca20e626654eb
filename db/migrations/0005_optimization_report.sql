ALTER TABLE "optimizations" ADD COLUMN "report" jsonb;--> statement-breakpoint
ALTER TABLE "optimizations" ADD COLUMN "status" text DEFAULT 'queued' NOT NULL;