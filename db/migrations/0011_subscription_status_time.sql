ALTER TABLE "subscriptions" ADD COLUMN "status_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "subscriptions_workspace" ON "subscriptions" USING btree ("workspace_id");