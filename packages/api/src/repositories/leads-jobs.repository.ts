import { and, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { leads, organizations, pipelineStages } from '../db/schema';
import type { OrgScope } from './org-scope';

/**
 * Ids of every organization, for the scheduler only: read through the `scheduler` lookup policy
 * of `organizations` (see 0005_scheduler_lookup.sql). Each org's work then runs in its own scope.
 */
export async function allOrgIds(database: Database): Promise<string[]> {
  const rows = await database.withLookup({ job: 'scheduler' }, (tx) =>
    tx.select({ id: organizations.id }).from(organizations),
  );
  return rows.map((r) => r.id);
}

/** Leads on offer whose claim window has passed, locked for update. */
export async function expiredOffers(scope: OrgScope, now: string) {
  return scope.tx
    .select()
    .from(leads)
    .where(
      and(
        eq(leads.orgId, scope.org.id),
        isNull(leads.assigneeId),
        isNotNull(leads.offerExpiresAt),
        lte(leads.offerExpiresAt, now),
      ),
    )
    .for('update');
}

/** Stores a recomputed heat without touching the lead's version (heat is derived, not edited). */
export async function setHeat(scope: OrgScope, leadId: string, heat: number): Promise<void> {
  await scope.tx
    .update(leads)
    .set({ heat })
    .where(and(eq(leads.orgId, scope.org.id), eq(leads.id, leadId)));
}

/** Open-stage leads with what their heat depends on: activity instants and stage entry. */
export async function openLeadsForHeat(scope: OrgScope) {
  const result = await scope.tx.execute(sql`
    select l.id, l.heat, l.stage_entered_at, l.created_at, s.kind,
      coalesce((select array_agg(a.occurred_at order by a.occurred_at) from lead_activities a
        where a.lead_id = l.id and a.org_id = l.org_id), '{}') as interactions
    from ${leads} l
    join ${pipelineStages} s on s.pipeline_id = l.pipeline_id and s.key = l.stage_key
    where l.org_id = ${scope.org.id} and s.kind = 'open'`);
  return (
    result as unknown as {
      rows: {
        id: string;
        heat: number;
        stage_entered_at: string | Date;
        created_at: string | Date;
        kind: string;
        interactions: (string | Date)[] | string;
      }[];
    }
  ).rows;
}
