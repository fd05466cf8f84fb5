-- Row-level security for the leasing and ledger tables, as 0001 and 0004 do for the others:
-- ENABLED and FORCED, per-operation policies keyed on the request's org. Money history is never
-- rewritten (DESIGN rule 3): charges, payments, allocations, reversals, payment decisions,
-- receipts, attachments and deposit movements can only be read and appended by the app role,
-- and a trigger refuses UPDATE and DELETE for every role.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'estatekit_app') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON buildings, units, tenants, leases, lease_units,
      lease_tenants, charge_lines, ledger_policies, payment_plans, receipt_counters TO estatekit_app;
    GRANT SELECT, INSERT ON charges, payments, payment_decisions, payment_attachments, receipts,
      allocations, reversals, deposit_movements TO estatekit_app;
  END IF;
EXCEPTION
  WHEN insufficient_privilege THEN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['charges', 'payments', 'payment_decisions', 'payment_attachments',
    'receipts', 'allocations', 'reversals', 'deposit_movements']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION estatekit_forbid_rewrite()', t || '_append_only', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (org_id = estatekit_current_org())', t || '_read', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (org_id = estatekit_current_org())', t || '_insert', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['buildings', 'units', 'tenants', 'leases', 'lease_units',
    'lease_tenants', 'charge_lines', 'ledger_policies', 'payment_plans', 'receipt_counters']
  LOOP
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (org_id = estatekit_current_org())', t || '_read', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (org_id = estatekit_current_org())', t || '_insert', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org())', t || '_update', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (org_id = estatekit_current_org())', t || '_delete', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- Positive amounts only: a correction is a reversal, never a negative entry.
ALTER TABLE charges ADD CONSTRAINT charges_amount_positive CHECK (amount_minor > 0);
--> statement-breakpoint
ALTER TABLE payments ADD CONSTRAINT payments_amount_positive CHECK (amount_minor > 0);
--> statement-breakpoint
ALTER TABLE allocations ADD CONSTRAINT allocations_amount_positive CHECK (amount_minor > 0);
--> statement-breakpoint
ALTER TABLE deposit_movements ADD CONSTRAINT deposit_movements_amount_positive CHECK (amount_minor > 0);
