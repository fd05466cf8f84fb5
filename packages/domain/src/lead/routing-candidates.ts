import { availabilityAt } from './availability';
import type { RoutingAgent, RoutingCandidate } from './routing';
import { parseInstant } from './time';
import { workloadScore } from './workload';

/** Scores closer than this are equal (they are ratios of small integers; this absorbs float noise). */
const SCORE_EPSILON = 1e-9;

/**
 * One candidate line of the trace for agent `agentId`, checked in this order: `unknown_agent`
 * (not in the snapshot), the availability reasons of `availabilityAt`, then `at_capacity`
 * (`activeLeads ≥ maxActiveLeads`, or a `capacityWeight` that is not > 0: no capacity at all).
 * `score` is the workload score whenever the weight allows one, eligible or not.
 */
export function evaluateCandidate(
  agentId: string,
  agents: ReadonlyMap<string, RoutingAgent>,
  now: string,
  timeZone: string,
): RoutingCandidate {
  const agent = agents.get(agentId);
  if (!agent) {
    return {
      agentId,
      name: agentId,
      eligible: false,
      skipped: 'unknown_agent',
      score: null,
      activeLeads: 0,
      pendingTasks: 0,
      overdueTasks: 0,
      capacityWeight: 0,
    };
  }
  const hasCapacityWeight = Number.isFinite(agent.capacityWeight) && agent.capacityWeight > 0;
  const availability = availabilityAt(agent, now, timeZone);
  const full =
    !hasCapacityWeight ||
    (agent.maxActiveLeads !== null && agent.activeLeads >= agent.maxActiveLeads);
  const skipped = !availability.available ? availability.reason : full ? 'at_capacity' : null;
  return {
    agentId,
    name: agent.name,
    eligible: skipped === null,
    skipped,
    score: hasCapacityWeight ? workloadScore(agent) : null,
    activeLeads: agent.activeLeads,
    pendingTasks: agent.pendingTasks,
    overdueTasks: agent.overdueTasks,
    capacityWeight: agent.capacityWeight,
  };
}

/** Evaluates each distinct id once, in first-seen order. */
export function evaluateCandidates(
  agentIds: readonly string[],
  agents: ReadonlyMap<string, RoutingAgent>,
  now: string,
  timeZone: string,
): RoutingCandidate[] {
  return [...new Set(agentIds)].map((id) => evaluateCandidate(id, agents, now, timeZone));
}

/**
 * Orders eligible candidates best first: lowest workload score; among equal scores (round robin)
 * the least recently assigned (`lastAssignedAt` null first), then by agent id. `tieBreak` is
 * `round_robin` when more than one candidate shares the best score.
 */
export function rankCandidates(
  eligible: readonly RoutingCandidate[],
  agents: ReadonlyMap<string, RoutingAgent>,
): { ranked: RoutingCandidate[]; tieBreak: 'round_robin' | null } {
  const lastAssigned = (c: RoutingCandidate) => {
    const at = agents.get(c.agentId)?.lastAssignedAt ?? null;
    return at === null ? Number.NEGATIVE_INFINITY : parseInstant(at, 'lastAssignedAt');
  };
  const ranked = [...eligible].sort((a, b) => {
    const byScore = (a.score ?? 0) - (b.score ?? 0);
    if (Math.abs(byScore) > SCORE_EPSILON) return byScore;
    const byRecency = lastAssigned(a) - lastAssigned(b);
    if (byRecency !== 0 && !Number.isNaN(byRecency)) return byRecency;
    return a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0;
  });
  const best = ranked[0]?.score ?? 0;
  const tied = ranked.filter((c) => Math.abs((c.score ?? 0) - best) <= SCORE_EPSILON).length;
  return { ranked, tieBreak: tied > 1 ? 'round_robin' : null };
}

/** A score for a sentence: at most two decimals (`8`, `2.5`, `3.33`). */
export function formatScore(score: number | null): string {
  return score === null ? 'n/a' : String(Math.round(score * 100) / 100);
}
