ALTER TABLE "resumes" ADD COLUMN "warnings" jsonb;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "parse_source" text;