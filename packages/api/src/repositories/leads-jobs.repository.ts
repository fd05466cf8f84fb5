import type { StageKind } from '@estatekit/domain';
import { and, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { leads, pipelineStages } from '../db/schema';
import type { OrgScope } from './org-scope';

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

/** An open lead as the heat refresh needs it; instants are ISO 8601. */
export interface LeadHeatInputs {
  id: string;
  heat: number;
  kind: StageKind;
  createdAt: string;
  stageEnteredAt: string;
  /** When each activity happened, oldest first. */
  interactions: string[];
}

/**
 * Open-stage leads with what their heat depends on: creation, stage entry and activity instants
 * (aggregated as JSON, which both drivers decode the same way).
 */
export async function openLeadsForHeat(scope: OrgScope): Promise<LeadHeatInputs[]> {
  const result = await scope.tx.execute(sql`
    select l.id, l.heat, s.kind, l.created_at, l.stage_entered_at,
      coalesce((select json_agg(a.occurred_at order by a.occurred_at) from lead_activities a
        where a.lead_id = l.id and a.org_id = l.org_id), '[]'::json) as interactions
    from ${leads} l
    join ${pipelineStages} s on s.pipeline_id = l.pipeline_id and s.key = l.stage_key
    where l.org_id = ${scope.org.id} and s.kind = 'open'`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const iso = (value: unknown) => new Date(value as string | Date).toISOString();
  return rows.map((r) => ({
    id: String(r.id),
    heat: Number(r.heat),
    kind: r.kind as StageKind,
    createdAt: iso(r.created_at),
    stageEnteredAt: iso(r.stage_entered_at),
    interactions: (r.interactions as string[]).map(iso),
  }));
}
