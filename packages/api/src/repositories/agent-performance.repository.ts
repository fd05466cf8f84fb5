import { sql } from 'drizzle-orm';
import type { OrgScope } from './org-scope';

/** One agent's figures for a period (see `agents.performance`). */
export interface AgentPerformanceRow {
  agentId: string;
  name: string;
  leadsReceived: number;
  won: number;
  lost: number;
  conversionRate: number | null;
  medianSpeedToLeadMinutes: number | null;
  overdueTasks: number;
}

/**
 * Per agent, over the org-local days `from`..`to` (ISO dates, inclusive, in the org's time
 * zone): leads received (assignments to them), won and lost (leads of theirs that closed in
 * the period), conversion rate won ÷ (won + lost), median minutes from assignment to first
 * response for leads assigned in the period (speed-to-lead), and overdue tasks now.
 */
export async function agentPerformance(
  scope: OrgScope,
  period: { from: string; to: string },
): Promise<AgentPerformanceRow[]> {
  const tz = scope.org.timeZone;
  const start = sql`(${period.from}::date)::timestamp at time zone ${tz}`;
  const end = sql`((${period.to}::date + 1))::timestamp at time zone ${tz}`;
  const result = await scope.tx.execute(sql`
    with received as (
      select agent_id, count(*)::int as n from lead_assignments
      where org_id = ${scope.org.id} and agent_id is not null and method <> 'unassigned'
        and at >= ${start} and at < ${end}
      group by agent_id
    ), closed as (
      select l.assignee_id as agent_id,
        count(*) filter (where s.kind = 'won')::int as won,
        count(*) filter (where s.kind = 'lost')::int as lost
      from leads l join pipeline_stages s on s.pipeline_id = l.pipeline_id and s.key = l.stage_key
      where l.org_id = ${scope.org.id} and l.closed_at >= ${start} and l.closed_at < ${end}
      group by l.assignee_id
    ), speed as (
      select assignee_id as agent_id,
        percentile_cont(0.5) within group (
          order by extract(epoch from (first_response_at - assigned_at)) / 60
        ) as minutes
      from leads
      where org_id = ${scope.org.id} and assigned_at >= ${start} and assigned_at < ${end}
        and first_response_at is not null and first_response_at >= assigned_at
      group by assignee_id
    ), overdue as (
      select assignee_id as agent_id, count(*)::int as n from tasks
      where org_id = ${scope.org.id} and status = 'overdue' group by assignee_id
    )
    select a.user_id as agent_id, u.name,
      coalesce(r.n, 0) as received, coalesce(c.won, 0) as won, coalesce(c.lost, 0) as lost,
      sp.minutes, coalesce(o.n, 0) as overdue
    from agents a join users u on u.id = a.user_id
    left join received r on r.agent_id = a.user_id
    left join closed c on c.agent_id = a.user_id
    left join speed sp on sp.agent_id = a.user_id
    left join overdue o on o.agent_id = a.user_id
    where a.org_id = ${scope.org.id}
    order by u.name, a.user_id`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return rows.map((r) => {
    const won = Number(r.won);
    const lost = Number(r.lost);
    return {
      agentId: String(r.agent_id),
      name: String(r.name),
      leadsReceived: Number(r.received),
      won,
      lost,
      conversionRate: won + lost > 0 ? won / (won + lost) : null,
      medianSpeedToLeadMinutes:
        r.minutes === null || r.minutes === undefined
          ? null
          : Math.round(Number(r.minutes) * 10) / 10,
      overdueTasks: Number(r.overdue),
    };
  });
}
