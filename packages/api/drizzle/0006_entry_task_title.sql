DROP INDEX "tasks_entry_once_key";--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_entry_once_key" ON "tasks" USING btree ("lead_id","lead_version","type","title") WHERE lead_version is not null;