import {
  type AgentWorkload,
  availabilityAt,
  DomainError,
  DomainErrorCode,
  type RoutingAgent,
  type WorkingHours,
  workloadScore,
} from '@estatekit/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { agents, users } from '../db/schema';
import type { OrgScope } from './org-scope';

/** Live counts per agent: active (open-stage) leads, open and overdue tasks. */
async function workloadCounts(scope: OrgScope) {
  const result = await scope.tx.execute(sql`
    select a.user_id,
      (select count(*)::int from leads l
        join pipeline_stages s on s.pipeline_id = l.pipeline_id and s.key = l.stage_key
        where l.org_id = ${scope.org.id} and l.assignee_id = a.user_id and s.kind = 'open') as active_leads,
      (select count(*)::int from tasks t
        where t.org_id = ${scope.org.id} and t.assignee_id = a.user_id and t.status = 'open') as pending_tasks,
      (select count(*)::int from tasks t
        where t.org_id = ${scope.org.id} and t.assignee_id = a.user_id and t.status = 'overdue') as overdue_tasks
    from agents a where a.org_id = ${scope.org.id}`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return new Map(
    rows.map((r) => [
      String(r.user_id),
      {
        activeLeads: Number(r.active_leads),
        pendingTasks: Number(r.pending_tasks),
        overdueTasks: Number(r.overdue_tasks),
      },
    ]),
  );
}

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

/**
 * Every agent of the org as the router sees them: availability settings, capacity, and live
 * workload counts. `forUpdate` locks the agents' rows so concurrent auto-assignments in the
 * same org take turns (each sees the other's result: round-robin holds under concurrency).
 */
export async function loadRoutingAgents(
  scope: OrgScope,
  options: { forUpdate?: boolean } = {},
): Promise<RoutingAgent[]> {
  const query = scope.tx
    .select({ agent: agents, name: users.name })
    .from(agents)
    .innerJoin(users, eq(users.id, agents.userId))
    .where(eq(agents.orgId, scope.org.id))
    .orderBy(asc(agents.userId));
  const rows = options.forUpdate ? await query.for('update', { of: agents }) : await query;
  const counts = await workloadCounts(scope);
  return rows.map(({ agent, name }) => ({
    id: agent.userId,
    name,
    active: agent.active,
    awayFrom: iso(agent.awayFrom),
    awayUntil: iso(agent.awayUntil),
    workingHours: (agent.workingHours as WorkingHours | null) ?? null,
    capacityWeight: agent.capacityWeight,
    maxActiveLeads: agent.maxActiveLeads,
    lastAssignedAt: iso(agent.lastAssignedAt),
    ...(counts.get(agent.userId) ?? { activeLeads: 0, pendingTasks: 0, overdueTasks: 0 }),
  }));
}

/** Records that `agentId` was just given a lead (the round-robin tie-break reads it). */
export async function markAssigned(scope: OrgScope, agentId: string, at: string): Promise<void> {
  await scope.tx
    .update(agents)
    .set({ lastAssignedAt: at })
    .where(and(eq(agents.orgId, scope.org.id), eq(agents.userId, agentId)));
}

/**
 * Each agent's workload score, availability now, and conversion rate (won ÷ closed among leads
 * assigned to them that closed in the 90 days before `now`).
 */
export async function agentWorkloads(scope: OrgScope, now: string): Promise<AgentWorkload[]> {
  const [list, emails, closed] = await Promise.all([
    loadRoutingAgents(scope),
    scope.tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.orgId, scope.org.id)),
    scope.tx.execute(sql`
      select l.assignee_id, count(*) filter (where s.kind = 'won')::int as won,
        count(*) filter (where s.kind = 'lost')::int as lost
      from leads l join pipeline_stages s on s.pipeline_id = l.pipeline_id and s.key = l.stage_key
      where l.org_id = ${scope.org.id} and l.closed_at > ${now}::timestamptz - interval '90 days'
        and s.kind in ('won', 'lost')
      group by l.assignee_id`),
  ]);
  const emailOf = new Map(emails.map((u) => [u.id, u.email]));
  const closedOf = new Map(
    (closed as unknown as { rows: { assignee_id: string; won: number; lost: number }[] }).rows.map(
      (r) => [r.assignee_id, r],
    ),
  );
  return list.map((a) => {
    const availability = availabilityAt(a, now, scope.org.timeZone);
    const c = closedOf.get(a.id);
    const decided = c ? c.won + c.lost : 0;
    return {
      agentId: a.id,
      name: a.name,
      email: emailOf.get(a.id) ?? '',
      active: a.active,
      available: availability.available,
      unavailableReason: availability.available ? null : availability.reason,
      capacityWeight: a.capacityWeight,
      maxActiveLeads: a.maxActiveLeads,
      activeLeads: a.activeLeads,
      pendingTasks: a.pendingTasks,
      overdueTasks: a.overdueTasks,
      score: workloadScore(a),
      conversionRate: decided > 0 ? c!.won / decided : null,
    };
  });
}

/** Fields `agents.availability` may change. */
export interface AvailabilityPatch {
  active?: boolean | undefined;
  capacityWeight?: number | undefined;
  maxActiveLeads?: number | null | undefined;
  workingHours?: WorkingHours | null | undefined;
  awayFrom?: string | null | undefined;
  awayUntil?: string | null | undefined;
}

/**
 * Makes the staff user `userId` an agent (if not yet) and applies `patch`. NOT_FOUND if the
 * org has no such user.
 */
export async function upsertAgent(
  scope: OrgScope,
  userId: string,
  patch: AvailabilityPatch,
): Promise<void> {
  const user = await scope.tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, scope.org.id), eq(users.id, userId)));
  if (!user[0]) {
    throw new DomainError(DomainErrorCode.NotFound, `No staff user with id ${userId}.`, {
      context: { userId },
    });
  }
  const values = Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as AvailabilityPatch;
  await scope.tx
    .insert(agents)
    .values({ userId, orgId: scope.org.id, ...values })
    .onConflictDoUpdate({
      target: agents.userId,
      set: Object.keys(values).length > 0 ? values : { userId },
    });
}

/**
 * Throws NOT_FOUND (issue at `path`) unless every id is an agent of the scope's org: leads and
 * rules never point at another org's people.
 */
export async function assertAgentsOfOrg(
  scope: OrgScope,
  agentIds: readonly string[],
  path: string[],
): Promise<void> {
  const wanted = [...new Set(agentIds)];
  if (wanted.length === 0) return;
  const found = await scope.tx
    .select({ id: agents.userId })
    .from(agents)
    .where(and(eq(agents.orgId, scope.org.id), inArray(agents.userId, wanted)));
  const known = new Set(found.map((r) => r.id));
  const missing = wanted.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new DomainError(DomainErrorCode.NotFound, `No agent with id ${missing.join(', ')}.`, {
      context: {
        issues: [{ path, message: `not an agent of this organization: ${missing.join(', ')}` }],
      },
      suggestion: 'Make the user an agent first (agents.availability).',
    });
  }
}
