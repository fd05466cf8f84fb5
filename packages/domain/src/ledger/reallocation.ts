import { LedgerError } from '../errors/domain-error';
import type { CurrencyCode } from '../money/money';
import { type AllocationDraft, assertPositiveMinor, type OpenCharge } from './allocation';
import { amountText } from './ledger-text';

/** Where a manager wants part of a payment to go: `amountMinor` (minor units, > 0) to `chargeId`. */
export interface ReallocationTarget {
  chargeId: string;
  amountMinor: number;
}

/** One thing wrong with a requested reallocation, listed in `LedgerError.context.issues`. */
export interface ReallocationIssue {
  rule: 'unknown_charge' | 'over_allocation' | 'exceeds_payment';
  /** The charge the issue is about; `null` for `exceeds_payment`, which is about the total. */
  chargeId: string | null;
  /** What was asked for (the charge's target, or the sum of all targets). */
  amountMinor: number;
  /** What is available: the charge's open amount, or the payment's amount; `null` if unknown. */
  availableMinor: number | null;
  message: string;
}

/** The reason written on every allocation a manager places by hand. */
export const REALLOCATION_REASON = 'Reallocated by hand';

/** Targets naming one charge twice are added up, in order of first mention. */
function merge(targets: readonly ReallocationTarget[]): ReallocationTarget[] {
  const byCharge = new Map<string, number>();
  targets.forEach((target, i) => {
    assertPositiveMinor(target.amountMinor, `targets[${i}].amountMinor`);
    byCharge.set(target.chargeId, (byCharge.get(target.chargeId) ?? 0) + target.amountMinor);
  });
  return [...byCharge].map(([chargeId, amountMinor]) => ({ chargeId, amountMinor }));
}

/**
 * Plans moving a payment's allocations to where a manager says (`targets`). History is not
 * edited: the plan reverses current allocations and creates new ones, leaving untouched each
 * current allocation that already matches a target exactly (same charge, same amount). Whatever
 * the targets leave of the payment is `unappliedMinor`, the tenant's credit.
 *
 * `charges` carry open amounts as if this payment's current allocations were already reversed.
 * A manager may target any open charge, including one not yet due. Amounts are integer minor
 * units of `currency`; every created allocation has the reason "Reallocated by hand".
 *
 * Throws `LedgerError` (LEDGER_RULE_VIOLATED) listing every problem in `context.issues`, with
 * `context.rule` the first one's: `unknown_charge` (no such open charge on the ledger),
 * `over_allocation` (a target above the charge's open amount), `exceeds_payment` (targets sum
 * beyond the payment). Throws `MoneyError` (INVALID_MONEY) for a non-positive or non-safe amount.
 */
export function planReallocation(input: {
  paymentAmountMinor: number;
  currentAllocations: readonly { id: string; chargeId: string; amountMinor: number }[];
  charges: readonly OpenCharge[];
  targets: readonly ReallocationTarget[];
  currency: CurrencyCode;
}): { reverse: string[]; create: AllocationDraft[]; unappliedMinor: number } {
  const { paymentAmountMinor, currency } = input;
  assertPositiveMinor(paymentAmountMinor, 'paymentAmountMinor');
  const targets = merge(input.targets);
  const charges = new Map(input.charges.map((c) => [c.id, c]));
  const issues: ReallocationIssue[] = [];
  for (const { chargeId, amountMinor } of targets) {
    const charge = charges.get(chargeId);
    if (!charge) {
      const message = `Charge ${chargeId} is not an open charge on this ledger.`;
      issues.push({ rule: 'unknown_charge', chargeId, amountMinor, availableMinor: null, message });
    } else if (amountMinor > charge.openMinor) {
      const [asked, open] = [
        amountText(amountMinor, currency),
        amountText(charge.openMinor, currency),
      ];
      const message = `${asked} ${currency} is more than the ${open} ${currency} open on charge ${chargeId}.`;
      issues.push({
        rule: 'over_allocation',
        chargeId,
        amountMinor,
        availableMinor: charge.openMinor,
        message,
      });
    }
  }
  const targetedMinor = targets.reduce((sum, t) => sum + t.amountMinor, 0);
  if (targetedMinor > paymentAmountMinor) {
    const [asked, paid] = [
      amountText(targetedMinor, currency),
      amountText(paymentAmountMinor, currency),
    ];
    const message = `The targets add up to ${asked} ${currency}, more than the ${paid} ${currency} paid.`;
    issues.push({
      rule: 'exceeds_payment',
      chargeId: null,
      amountMinor: targetedMinor,
      availableMinor: paymentAmountMinor,
      message,
    });
  }
  const [first] = issues;
  if (first) {
    throw new LedgerError(
      issues.map((issue) => issue.message).join(' '),
      { rule: first.rule, issues, paymentAmountMinor, targetedMinor },
      'Choose open charges and keep each amount within what is open and the total within the payment.',
    );
  }
  const kept = new Set<string>();
  const create: AllocationDraft[] = [];
  targets.forEach(({ chargeId, amountMinor }, i) => {
    const same = input.currentAllocations.find(
      (a) => !kept.has(a.id) && a.chargeId === chargeId && a.amountMinor === amountMinor,
    );
    if (same) {
      kept.add(same.id);
      return;
    }
    const paysInFull = amountMinor === charges.get(chargeId)?.openMinor;
    create.push({ chargeId, amountMinor, paysInFull, rank: i + 1, reason: REALLOCATION_REASON });
  });
  const reverse = input.currentAllocations.filter((a) => !kept.has(a.id)).map((a) => a.id);
  return { reverse, create, unappliedMinor: paymentAmountMinor - targetedMinor };
}
