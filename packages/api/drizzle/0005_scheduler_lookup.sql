-- The in-process scheduler (overdue tasks, expired lead offers, heat refresh) must find every
-- organization to do each one's work in that org's own scope. It may list them, and only them,
-- with the lookup setting estatekit.lookup_job = 'scheduler'; nothing else is readable that way.
DROP POLICY organizations_read ON organizations;
--> statement-breakpoint
CREATE POLICY organizations_read ON organizations FOR SELECT
  USING (
    id = estatekit_current_org()
    OR slug = estatekit_lookup('org_slug')
    OR estatekit_lookup('job') = 'scheduler'
  );
