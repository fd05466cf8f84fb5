import type { AgentWorkload } from '@estatekit/domain';

/** An agent's routing availability now: enumerated as `data-availability` on rows. */
export type AgentAvailability = 'available' | NonNullable<AgentWorkload['unavailableReason']>;

/** Words for each availability (colour is never the only signal). */
export const agentAvailabilityLabels: Record<AgentAvailability, string> = {
  available: 'Available',
  away: 'Away',
  outside_working_hours: 'Outside working hours',
  inactive: 'Inactive',
};

/** `available`, or why not (`inactive`, `away`, `outside_working_hours`), from `agents.workload`. */
export function agentAvailability(
  agent: Pick<AgentWorkload, 'available' | 'unavailableReason'>,
): AgentAvailability {
  if (agent.available) return 'available';
  return agent.unavailableReason ?? 'inactive';
}

/** Row orders of the workload table. */
export type AgentWorkloadOrder = 'score' | 'name';

/**
 * Agents in table order: by workload score ascending (the API routes the next lead to the
 * lowest score among available agents), ties and `name` order by name in `locale`.
 * Returns a new array.
 */
export function orderAgents(
  agents: readonly AgentWorkload[],
  order: AgentWorkloadOrder,
  locale: string,
): AgentWorkload[] {
  const byName = new Intl.Collator(locale).compare;
  return [...agents].sort((a, b) =>
    order === 'score' ? a.score - b.score || byName(a.name, b.name) : byName(a.name, b.name),
  );
}

/**
 * Each score as a share 0–1 of the highest score shown (for the bar next to it); all 0 when
 * every score is 0.
 */
export function relativeLoad(score: number, highest: number): number {
  return highest > 0 ? Math.min(1, Math.max(0, score / highest)) : 0;
}
