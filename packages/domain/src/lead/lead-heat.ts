import type { StageKind } from './lead.codes';
import { parseInstant } from './time';

/** An interaction's weight halves every 7 days of age. */
export const HEAT_INTERACTION_HALF_LIFE_DAYS = 7;
/** Engagement E at which heat reaches 1 − 1/e ≈ 63 % of its ceiling; E = 2 is two fresh touches. */
export const HEAT_ENGAGEMENT_SCALE = 2;
/** Days a lead may sit in one stage before heat starts to cool for being stuck. */
export const HEAT_STAGE_GRACE_DAYS = 14;
/** After the grace period, the stuck factor halves every 14 days. */
export const HEAT_STAGE_HALF_LIFE_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * Lead heat, an integer 0–100 saying how warm a lead is, for sorting the board and nudging agents.
 *
 *   E     = Σ over interactions of 2^(−ageDays / 7)            (engagement: recent and frequent)
 *   stuck = 2^(−max(0, daysInStage − 14) / 14)                 (cools once stuck past 14 days)
 *   heat  = round(100 × (1 − e^(−E / 2)) × stuck)
 *
 * `ageDays` = (now − interaction) in days, counted as 0 for an interaction stamped after `now`
 * (clock skew); `daysInStage` = (now − stageEnteredAt) in days, at least 0. Each interaction
 * adds a positive term, so another interaction never lowers heat; staying longer in a stage never
 * raises it. A lead with no interactions has heat 0; closed stages (`stageKind` won or lost)
 * always have heat 0. Constants: `HEAT_INTERACTION_HALF_LIFE_DAYS` (7), `HEAT_ENGAGEMENT_SCALE`
 * (2), `HEAT_STAGE_GRACE_DAYS` (14), `HEAT_STAGE_HALF_LIFE_DAYS` (14).
 *
 * Worked example: now 2026-03-22T12:00Z; interactions at now, 7 and 14 days before; stage
 * entered 21 days before. E = 1 + 0.5 + 0.25 = 1.75; 1 − e^(−0.875) = 0.5831;
 * stuck = 2^(−7/14) = 0.7071; heat = round(100 × 0.5831 × 0.7071) = round(41.23) = 41.
 * Had it entered the stage 10 days before (inside the grace period), heat = round(58.31) = 58.
 *
 * Arguments are ISO 8601 instants. Throws `DomainError` (VALIDATION_FAILED) for a malformed one.
 */
export function leadHeat(input: {
  interactions: readonly string[];
  stageEnteredAt: string;
  now: string;
  stageKind?: StageKind;
}): number {
  const now = parseInstant(input.now, 'now');
  const enteredAt = parseInstant(input.stageEnteredAt, 'stageEnteredAt');
  const interactions = input.interactions.map((at) => parseInstant(at, 'interactions'));
  if (input.stageKind === 'won' || input.stageKind === 'lost') return 0;
  let engagement = 0;
  for (const at of interactions) {
    const ageDays = Math.max(0, now - at) / DAY_MS;
    engagement += 2 ** (-ageDays / HEAT_INTERACTION_HALF_LIFE_DAYS);
  }
  const daysInStage = Math.max(0, now - enteredAt) / DAY_MS;
  const stuck =
    2 ** (-Math.max(0, daysInStage - HEAT_STAGE_GRACE_DAYS) / HEAT_STAGE_HALF_LIFE_DAYS);
  const warmth = 1 - Math.exp(-engagement / HEAT_ENGAGEMENT_SCALE);
  return Math.round(100 * warmth * stuck);
}
