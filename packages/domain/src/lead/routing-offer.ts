import type { CandidateSkip, RoutingAgent, RoutingTrace } from './routing';
import { describeSkips } from './routing';
import { evaluateCandidates, formatScore, rankCandidates } from './routing-candidates';
import { assertTimeZone, parseInstant } from './time';

/** An open claim-mode offer, as `routeLead` returned it (`expiresAt` ISO 8601). */
export interface RoutingOffer {
  ruleId: string;
  agentIds: readonly string[];
  expiresAt: string;
}

/** Result of `resolveOffer`. Refusals are data, not exceptions: show `message` to the claimant. */
export type OfferResolution =
  | {
      kind: 'assigned';
      method: 'claim' | 'auto';
      agentId: string;
      ruleId: string;
      score: number | null;
      trace: RoutingTrace;
    }
  | {
      kind: 'refused';
      reason: 'not_offered' | 'offer_expired' | 'claimant_unavailable';
      /** Why the claimant is unavailable (`claimant_unavailable` only). */
      skipped: CandidateSkip | null;
      message: string;
    }
  | { kind: 'pending'; expiresAt: string }
  | { kind: 'unassigned'; reason: 'no_eligible_agent'; trace: RoutingTrace };

/**
 * Settles a claim-mode offer at `now` (ISO 8601; `timeZone` IANA for working hours).
 * With a `claimantId`: refused `not_offered` if the agent was not offered the lead, refused
 * `offer_expired` once now ≥ `expiresAt`, refused `claimant_unavailable` if the agent is no
 * longer eligible (inactive, away, outside hours, at capacity); otherwise assigned with method
 * `claim`. Without a claimant: `pending` until `expiresAt`; from then on the lead falls back to
 * score routing among the offered agents who are eligible now (assigned with method `auto`,
 * lowest workload score, round robin on ties), or `unassigned` when none is. A late claim is
 * refused rather than turned into the fallback: the expiry job runs the fallback.
 * Throws `DomainError` (VALIDATION_FAILED) for a malformed instant or zone.
 */
export function resolveOffer(input: {
  offer: RoutingOffer;
  claimantId?: string;
  agents: readonly RoutingAgent[];
  now: string;
  timeZone: string;
}): OfferResolution {
  const { offer, claimantId } = input;
  const nowMs = parseInstant(input.now, 'now');
  const expired = nowMs >= parseInstant(offer.expiresAt, 'expiresAt');
  assertTimeZone(input.timeZone);
  const agents = new Map(input.agents.map((a) => [a.id, a]));

  if (claimantId !== undefined) {
    if (!offer.agentIds.includes(claimantId)) {
      return {
        kind: 'refused',
        reason: 'not_offered',
        skipped: null,
        message: 'This lead was not offered to you.',
      };
    }
    if (expired) {
      return {
        kind: 'refused',
        reason: 'offer_expired',
        skipped: null,
        message: `The offer expired at ${offer.expiresAt}; the lead goes to the agent with the lowest workload.`,
      };
    }
    const candidates = evaluateCandidates(offer.agentIds, agents, input.now, input.timeZone);
    const claimant = candidates.find((c) => c.agentId === claimantId)!;
    if (!claimant.eligible) {
      return {
        kind: 'refused',
        reason: 'claimant_unavailable',
        skipped: claimant.skipped,
        message: `You cannot take this lead now: ${describeSkips([{ ...claimant, name: 'you are' }])}.`,
      };
    }
    return {
      kind: 'assigned',
      method: 'claim',
      agentId: claimantId,
      ruleId: offer.ruleId,
      score: claimant.score,
      trace: {
        rules: [],
        candidates,
        chosen: claimantId,
        tieBreak: null,
        ruleId: offer.ruleId,
        summary: `Claimed by ${claimant.name} before the offer expired.`,
      },
    };
  }

  if (!expired) return { kind: 'pending', expiresAt: offer.expiresAt };
  const candidates = evaluateCandidates(offer.agentIds, agents, input.now, input.timeZone);
  const { ranked, tieBreak } = rankCandidates(
    candidates.filter((c) => c.eligible),
    agents,
  );
  const best = ranked[0];
  if (!best) {
    const skips = describeSkips(candidates);
    return {
      kind: 'unassigned',
      reason: 'no_eligible_agent',
      trace: {
        rules: [],
        candidates,
        chosen: null,
        tieBreak: null,
        ruleId: offer.ruleId,
        summary: `Nobody claimed the lead in time and none of the offered agents can take it now${skips ? ` (${skips})` : ''}, so it stays unassigned.`,
      },
    };
  }
  return {
    kind: 'assigned',
    method: 'auto',
    agentId: best.agentId,
    ruleId: offer.ruleId,
    score: best.score,
    trace: {
      rules: [],
      candidates,
      chosen: best.agentId,
      tieBreak,
      ruleId: offer.ruleId,
      summary: `Nobody claimed the lead in time, so it went to ${best.name}: lowest workload score (${formatScore(best.score)}) of ${ranked.length} eligible offered agent${ranked.length === 1 ? '' : 's'}.`,
    },
  };
}
