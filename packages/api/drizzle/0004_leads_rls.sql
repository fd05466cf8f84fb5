-- Row-level security for the lead pipeline tables, as 0001 does for the first ones: ENABLED and
-- FORCED, per-operation policies keyed on the request's org. Activities, assignment history and
-- idempotency answers are history: the app role may only read and append them.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'estatekit_app') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON pipelines, pipeline_stages, agents, leads, tasks, routing_rules TO estatekit_app;
    GRANT SELECT, INSERT ON lead_activities, lead_assignments, idempotency_keys TO estatekit_app;
  END IF;
EXCEPTION
  WHEN insufficient_privilege THEN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER lead_activities_append_only BEFORE UPDATE OR DELETE ON lead_activities
  FOR EACH ROW EXECUTE FUNCTION estatekit_forbid_rewrite();
--> statement-breakpoint
CREATE TRIGGER lead_assignments_append_only BEFORE UPDATE OR DELETE ON lead_assignments
  FOR EACH ROW EXECUTE FUNCTION estatekit_forbid_rewrite();
--> statement-breakpoint
CREATE TRIGGER idempotency_keys_append_only BEFORE UPDATE OR DELETE ON idempotency_keys
  FOR EACH ROW EXECUTE FUNCTION estatekit_forbid_rewrite();
--> statement-breakpoint
ALTER TABLE pipelines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE pipelines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY pipelines_read ON pipelines FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY pipelines_insert ON pipelines FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY pipelines_update ON pipelines FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY pipelines_delete ON pipelines FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint
ALTER TABLE pipeline_stages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE pipeline_stages FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY pipeline_stages_read ON pipeline_stages FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY pipeline_stages_insert ON pipeline_stages FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY pipeline_stages_update ON pipeline_stages FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY pipeline_stages_delete ON pipeline_stages FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint
ALTER TABLE agents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE agents FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agents_read ON agents FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY agents_insert ON agents FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY agents_update ON agents FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY agents_delete ON agents FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint
ALTER TABLE leads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE leads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY leads_read ON leads FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY leads_insert ON leads FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY leads_update ON leads FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY leads_delete ON leads FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tasks_read ON tasks FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY tasks_insert ON tasks FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY tasks_update ON tasks FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY tasks_delete ON tasks FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint
ALTER TABLE routing_rules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE routing_rules FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY routing_rules_read ON routing_rules FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY routing_rules_insert ON routing_rules FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY routing_rules_update ON routing_rules FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY routing_rules_delete ON routing_rules FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint
ALTER TABLE lead_activities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE lead_activities FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY lead_activities_read ON lead_activities FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY lead_activities_insert ON lead_activities FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
ALTER TABLE lead_assignments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE lead_assignments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY lead_assignments_read ON lead_assignments FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY lead_assignments_insert ON lead_assignments FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY idempotency_keys_read ON idempotency_keys FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY idempotency_keys_insert ON idempotency_keys FOR INSERT WITH CHECK (org_id = estatekit_current_org());
