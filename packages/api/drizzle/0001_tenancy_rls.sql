-- Tenancy (DESIGN rule 1), enforced by PostgreSQL itself as a second line behind the
-- repositories: every table with org_id has row-level security ENABLED and FORCED (so even the
-- table owner is subject to it), with separate read and write policies keyed on the org that
-- the API sets per request with set_config('estatekit.org_id', <uuid>, true) inside the
-- request's transaction. With no org set, reads return nothing and writes are refused.
--
-- The app runs as a role that is neither superuser nor BYPASSRLS: `estatekit_app` (NOLOGIN,
-- created here when the migrating role may create roles; on PostgreSQL, login roles are made
-- members of it; on PGlite the server switches to it with SET ROLE after migrating, because
-- PGlite's default user is a superuser, which silently ignores every policy).

CREATE OR REPLACE FUNCTION estatekit_current_org() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('estatekit.org_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION estatekit_lookup(name text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('estatekit.lookup_' || name, true), '') $$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'estatekit_app') THEN
    CREATE ROLE estatekit_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION
  WHEN duplicate_object THEN NULL;
  WHEN insufficient_privilege THEN
    RAISE NOTICE 'estatekit: cannot create role estatekit_app; the migrating role is the app role';
END $$;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'estatekit_app') THEN
    GRANT USAGE ON SCHEMA public TO estatekit_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON organizations, users, api_keys, listings TO estatekit_app;
    -- History is never rewritten (DESIGN rule 3): audit entries can only be appended.
    GRANT SELECT, INSERT ON audit_entries, instance_secrets TO estatekit_app;
  END IF;
EXCEPTION
  WHEN insufficient_privilege THEN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION estatekit_forbid_rewrite() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'estatekit: % rows are append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION estatekit_forbid_rewrite();
--> statement-breakpoint

-- organizations: an org sees itself; the CLI may find one by slug (estatekit.lookup_org_slug).
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organizations_read ON organizations FOR SELECT
  USING (id = estatekit_current_org() OR slug = estatekit_lookup('org_slug'));
--> statement-breakpoint
CREATE POLICY organizations_insert ON organizations FOR INSERT
  WITH CHECK (id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY organizations_update ON organizations FOR UPDATE
  USING (id = estatekit_current_org()) WITH CHECK (id = estatekit_current_org());
--> statement-breakpoint

-- api_keys: besides its own org's keys, a request may see the one key whose SHA-256 it
-- presents (estatekit.lookup_api_key_hash), which is how a key is resolved to its org.
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_keys_read ON api_keys FOR SELECT
  USING (org_id = estatekit_current_org() OR key_hash = estatekit_lookup('api_key_hash'));
--> statement-breakpoint
CREATE POLICY api_keys_insert ON api_keys FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY api_keys_update ON api_keys FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY api_keys_delete ON api_keys FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_read ON users FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY users_insert ON users FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY users_update ON users FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY users_delete ON users FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint

ALTER TABLE listings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE listings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY listings_read ON listings FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY listings_insert ON listings FOR INSERT WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY listings_update ON listings FOR UPDATE
  USING (org_id = estatekit_current_org()) WITH CHECK (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY listings_delete ON listings FOR DELETE USING (org_id = estatekit_current_org());
--> statement-breakpoint

ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_entries FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_entries_read ON audit_entries FOR SELECT USING (org_id = estatekit_current_org());
--> statement-breakpoint
CREATE POLICY audit_entries_insert ON audit_entries FOR INSERT
  WITH CHECK (org_id = estatekit_current_org());
