import type { AgentAvailability, UnavailableReason } from './availability';
import { evaluateCandidates, formatScore, rankCandidates } from './routing-candidates';
import { type RoutingCriterion, unmatchedCriteria } from './routing-match';
import { assertTimeZone, parseInstant, toUtcIso } from './time';

/**
 * A routing rule: which leads it takes (`match`; every criterion set must hold, see
 * `unmatchedCriteria`), which agents share them, and how: `score` assigns to the lowest workload
 * score at once; `claim` offers the lead to the group for `claimTimeoutSeconds`. Budgets are
 * minor units. The caller passes enabled rules only, in priority order.
 */
export interface RoutingRule {
  id: string;
  name: string;
  match: {
    sources?: readonly string[];
    postalCodes?: readonly string[];
    areas?: readonly string[];
    budgetMin?: number | null;
    budgetMax?: number | null;
    pipelineKeys?: readonly string[];
  };
  agentIds: readonly string[];
  mode: 'score' | 'claim';
  claimTimeoutSeconds: number;
}

/** An agent in the routing snapshot: availability settings plus live workload counts. */
export interface RoutingAgent extends AgentAvailability {
  id: string;
  name: string;
  capacityWeight: number;
  maxActiveLeads: number | null;
  activeLeads: number;
  pendingTasks: number;
  overdueTasks: number;
  /** ISO 8601; null if never assigned (goes first among equals). */
  lastAssignedAt: string | null;
}

/** What routing reads of a lead. Budgets are minor units; null when the lead gave none. */
export interface RoutingLead {
  source: string;
  postalCodes: readonly string[];
  areas: readonly string[];
  budgetMin: number | null;
  budgetMax: number | null;
  pipelineKey: string;
}

/** Why a candidate was passed over. */
export type CandidateSkip = UnavailableReason | 'at_capacity' | 'unknown_agent';

/** One agent considered, with the numbers behind its score. */
export interface RoutingCandidate {
  agentId: string;
  name: string;
  eligible: boolean;
  skipped: CandidateSkip | null;
  /** Workload score (see `workloadScore`); null for an unknown agent or one with no capacity. */
  score: number | null;
  activeLeads: number;
  pendingTasks: number;
  overdueTasks: number;
  capacityWeight: number;
}

/**
 * Why routing decided what it did, for the assignment history. `rules`: every rule evaluated, in
 * order, up to the deciding one; `candidates`: every agent of the matching rules evaluated.
 */
export interface RoutingTrace {
  rules: { ruleId: string; name: string; matched: boolean; failedCriteria: RoutingCriterion[] }[];
  candidates: RoutingCandidate[];
  chosen: string | null;
  tieBreak: null | 'round_robin';
  ruleId: string | null;
  /** One sentence for people. */
  summary: string;
}

/** Result of `routeLead`. */
export type RoutingDecision = {
  outcome:
    | { kind: 'assigned'; agentId: string; ruleId: string; score: number }
    | { kind: 'offered'; ruleId: string; agentIds: string[]; expiresAt: string }
    | { kind: 'unassigned'; reason: 'no_rule_matched' | 'no_eligible_agent' };
  trace: RoutingTrace;
};

const skipWords: Record<CandidateSkip, string> = {
  inactive: 'inactive',
  away: 'away',
  outside_working_hours: 'outside working hours',
  at_capacity: 'at capacity',
  unknown_agent: 'not a known agent',
};

/** "Bo away, Cy at capacity". */
export function describeSkips(candidates: readonly RoutingCandidate[]): string {
  return candidates
    .filter((c) => c.skipped !== null)
    .map((c) => `${c.name} ${skipWords[c.skipped!]}`)
    .join(', ');
}

/**
 * Picks who gets a new lead. Rules are tried in order; the first rule that matches the lead
 * AND has at least one eligible agent decides. Eligible = known, `availabilityAt` says available
 * (active, not away, within working hours in the agent's or else the org's `timeZone`) and not
 * at capacity (`maxActiveLeads` reached, or `capacityWeight` ≤ 0). In `score` mode the eligible
 * agent with the lowest `workloadScore` wins; equal scores go round robin (least recently
 * assigned first, never-assigned before anyone, then by id), so equal agents alternate when the
 * caller updates `activeLeads`/`lastAssignedAt` after each assignment. In `claim` mode the lead
 * is offered to the eligible agents (best score first) until now + `claimTimeoutSeconds`; see
 * `resolveOffer`. No matching rule → unassigned `no_rule_matched`; matching rules but nobody
 * eligible → unassigned `no_eligible_agent`. Every step is recorded in `trace`.
 *
 * Worked example: one score rule "Nairobi buyers" with three agents, all within hours —
 *   Amina: 4 active leads, 3 pending, 1 overdue, weight 1 → (2×4 + 3 + 3×1) / 1 = 14
 *   Brian: 6 active leads, 4 pending, 0 overdue, weight 2 → (2×6 + 4 + 0) / 2 = 8
 *   Chen:  1 active lead, 0 pending, 0 overdue, weight 1 → 2, but away until tomorrow: skipped
 * Brian (8) wins over Amina (14); Chen would have won had he been in.
 *
 * `now` is ISO 8601, `timeZone` IANA. Throws `DomainError` (VALIDATION_FAILED) for a malformed
 * instant or zone, or a negative or fractional count in the snapshot.
 */
export function routeLead(input: {
  lead: RoutingLead;
  rules: readonly RoutingRule[];
  agents: readonly RoutingAgent[];
  now: string;
  timeZone: string;
}): RoutingDecision {
  const nowMs = parseInstant(input.now, 'now');
  assertTimeZone(input.timeZone);
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const rules: RoutingTrace['rules'] = [];
  const candidates: RoutingCandidate[] = [];
  const matchedNames: string[] = [];
  for (const rule of input.rules) {
    const failedCriteria = unmatchedCriteria(rule, input.lead);
    rules.push({
      ruleId: rule.id,
      name: rule.name,
      matched: failedCriteria.length === 0,
      failedCriteria,
    });
    if (failedCriteria.length > 0) continue;
    matchedNames.push(`"${rule.name}"`);
    const group = evaluateCandidates(rule.agentIds, agents, input.now, input.timeZone);
    for (const c of group) {
      if (!candidates.some((seen) => seen.agentId === c.agentId)) candidates.push(c);
    }
    const { ranked, tieBreak } = rankCandidates(
      group.filter((c) => c.eligible),
      agents,
    );
    const best = ranked[0];
    if (!best) continue;
    const base = { rules, candidates, ruleId: rule.id };
    if (rule.mode === 'claim') {
      const expiresAt = toUtcIso(nowMs + rule.claimTimeoutSeconds * 1000);
      const agentIds = ranked.map((c) => c.agentId);
      return {
        outcome: { kind: 'offered', ruleId: rule.id, agentIds, expiresAt },
        trace: {
          ...base,
          chosen: null,
          tieBreak: null,
          summary: `Offered by rule "${rule.name}" to ${ranked.map((c) => c.name).join(', ')} until ${expiresAt}; the first to claim it gets the lead.`,
        },
      };
    }
    const tie = tieBreak ? '; equal scores go to the least recently assigned' : '';
    return {
      outcome: { kind: 'assigned', agentId: best.agentId, ruleId: rule.id, score: best.score ?? 0 },
      trace: {
        ...base,
        chosen: best.agentId,
        tieBreak,
        summary: `Assigned to ${best.name} by rule "${rule.name}": lowest workload score (${formatScore(best.score)}) of ${ranked.length} eligible agent${ranked.length === 1 ? '' : 's'}${tie}.`,
      },
    };
  }
  const matched = matchedNames.length > 0;
  const skips = describeSkips(candidates);
  return {
    outcome: { kind: 'unassigned', reason: matched ? 'no_eligible_agent' : 'no_rule_matched' },
    trace: {
      rules,
      candidates,
      chosen: null,
      tieBreak: null,
      ruleId: null,
      summary: matched
        ? `${matchedNames.length === 1 ? 'Rule' : 'Rules'} ${matchedNames.join(', ')} matched, but no agent in ${matchedNames.length === 1 ? 'it' : 'them'} can take the lead now${skips ? ` (${skips})` : ''}, so it stays unassigned.`
        : 'No routing rule matched this lead, so it stays unassigned.',
    },
  };
}
