import type { RoutingLead, RoutingRule } from './routing';

/** Names of the criteria a routing rule can set, as `failedCriteria` reports them. */
export type RoutingCriterion = 'sources' | 'postalCodes' | 'areas' | 'budget' | 'pipelineKeys';

/** Case- and space-insensitive form of a postal code or area: `"SW1A 1AA"` → `"sw1a1aa"`. */
export function normalizeRoutingCode(value: string): string {
  return value.replace(/\s+/g, '').toLowerCase();
}

/** Whether two lists share an entry once normalised. */
function intersects(ruleValues: readonly string[], leadValues: readonly string[]): boolean {
  const wanted = new Set(ruleValues.map(normalizeRoutingCode));
  return leadValues.some((value) => wanted.has(normalizeRoutingCode(value)));
}

/** A list criterion is set when it has at least one entry; `[]` is treated like absent. */
const isSet = (values: readonly string[] | undefined): values is readonly string[] =>
  values !== undefined && values.length > 0;

/**
 * The criteria of `rule.match` that `lead` fails, in a fixed order; empty means the rule matches.
 * Every criterion the rule sets must hold: `sources` contains the lead's source; `postalCodes`
 * and `areas` share at least one entry with the lead's (compared ignoring case and spaces);
 * the budget band [budgetMin ?? 0, budgetMax ?? ∞] (minor units) overlaps the lead's
 * [budgetMin ?? 0, budgetMax ?? ∞], and a lead with no budget at all fails a rule that sets a
 * band; `pipelineKeys` contains the lead's pipeline. An empty list counts as not set.
 */
export function unmatchedCriteria(
  rule: Pick<RoutingRule, 'match'>,
  lead: RoutingLead,
): RoutingCriterion[] {
  const { match } = rule;
  const failed: RoutingCriterion[] = [];
  if (isSet(match.sources) && !match.sources.includes(lead.source)) failed.push('sources');
  if (isSet(match.postalCodes) && !intersects(match.postalCodes, lead.postalCodes)) {
    failed.push('postalCodes');
  }
  if (isSet(match.areas) && !intersects(match.areas, lead.areas)) failed.push('areas');
  const ruleMin = match.budgetMin ?? null;
  const ruleMax = match.budgetMax ?? null;
  if (ruleMin !== null || ruleMax !== null) {
    const hasBudget = lead.budgetMin !== null || lead.budgetMax !== null;
    const overlaps =
      (lead.budgetMin ?? 0) <= (ruleMax ?? Number.POSITIVE_INFINITY) &&
      (ruleMin ?? 0) <= (lead.budgetMax ?? Number.POSITIVE_INFINITY);
    if (!hasBudget || !overlaps) failed.push('budget');
  }
  if (isSet(match.pipelineKeys) && !match.pipelineKeys.includes(lead.pipelineKey)) {
    failed.push('pipelineKeys');
  }
  return failed;
}
