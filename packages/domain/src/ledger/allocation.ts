import { MoneyError } from '../errors/domain-error';
import { type CurrencyCode, minorUnitDigits } from '../money/money';
import type { ChargeType, IsoDate } from './ledger.codes';
import { isoDateToDays } from './ledger-dates';
import type { AllocationPolicy } from './ledger-policies';
import { amountText, chargeTypeLabel, ordinal } from './ledger-text';

/** A charge as allocation sees it. Amounts are integer minor units. */
export interface OpenCharge {
  id: string;
  type: ChargeType;
  dueDate: IsoDate;
  /** What was charged. */
  amountMinor: number;
  /** What is still unpaid: `amountMinor` − live allocations to it. */
  openMinor: number;
  /** Creation order on the ledger (the second tie-breaker, after the due date). */
  sequence: number;
}

/** An allocation to write: `amountMinor` of a payment goes to `chargeId`. */
export interface AllocationDraft {
  chargeId: string;
  amountMinor: number;
  /** Whether this allocation clears what was open on the charge. */
  paysInFull: boolean;
  /** 1 for the first charge paid, 2 for the next… */
  rank: number;
  /** Why this charge was paid, for the landlord: "Oldest due first: rent due 2026-03-01 …". */
  reason: string;
}

/**
 * The canonical order: due date, then creation order, then id (compared by UTF-16 code units,
 * i.e. PostgreSQL `COLLATE "C"`), so every run and the database agree.
 */
export function compareCharges(a: OpenCharge, b: OpenCharge): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  if (a.sequence !== b.sequence) return a.sequence - b.sequence;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Throws `MoneyError` (INVALID_MONEY) unless `amountMinor` is a positive safe integer. */
export function assertPositiveMinor(amountMinor: number, field: string): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    throw new MoneyError(
      'INVALID_MONEY',
      `${field} must be a positive whole number of minor units; got ${amountMinor}`,
      { [field]: amountMinor },
    );
  }
}

function ordered(charges: readonly OpenCharge[], policy: AllocationPolicy) {
  const sorted = [...charges].sort(compareCharges);
  switch (policy.kind) {
    case 'oldest_due_first':
      return sorted;
    case 'largest_balance_first':
      return sorted.sort((a, b) => b.openMinor - a.openMinor);
    case 'charge_type_order': {
      const place = (c: OpenCharge) => {
        const at = policy.order.indexOf(c.type);
        return at === -1 ? policy.order.length : at;
      };
      return sorted.sort((a, b) => place(a) - place(b));
    }
    default:
      return policy satisfies never;
  }
}

function why(policy: AllocationPolicy, charge: OpenCharge, rank: number, cur: CurrencyCode) {
  const what = `${chargeTypeLabel(charge.type)} due ${charge.dueDate}`;
  switch (policy.kind) {
    case 'oldest_due_first':
      return `Oldest due first: ${what} (${rank === 1 ? 'oldest' : 'next oldest'} open charge)`;
    case 'largest_balance_first': {
      const which = rank === 1 ? 'largest' : 'next largest';
      return `Largest balance first: ${what} (${which} open balance, ${amountText(charge.openMinor, cur)})`;
    }
    case 'charge_type_order': {
      const at = policy.order.indexOf(charge.type);
      const place = at === -1 ? 'not in the order, so after the listed types' : ordinal(at + 1);
      const order = policy.order.map(chargeTypeLabel).join(' → ');
      return `Charge type order (${order}): ${what} (${place})`;
    }
    default:
      return policy satisfies never;
  }
}

/**
 * Spreads a payment over open charges. Only charges with `openMinor` > 0 and `dueDate` ≤ `asOf`
 * (the payment date) are eligible; a charge that falls due later is paid from the unapplied
 * credit when it does (`LedgerBook.applyCredit`). Charges are paid whole, in the policy's order
 * (`AllocationPolicy`; ties by due date, creation order, id), until the money runs out; the last
 * one may be paid in part. What is left is `unappliedMinor`, the tenant's credit.
 *
 * Amounts are integer minor units of `currency` (ISO 4217), used to write the reasons:
 * "Oldest due first: rent due 2026-03-01 (oldest open charge); paid in full",
 * "…; 120.00 of 450.00 paid, 330.00 still open" (450.00 = open before this payment).
 *
 * e.g. 500.00 against rent 450.00 due 03-01 and water 30.00 due 03-05, asOf 03-10 → rent 450.00,
 * water 30.00, 20.00 unapplied. Deterministic: same input, same output.
 *
 * Throws `MoneyError` (INVALID_MONEY) for a non-positive or non-safe `amountMinor` or an unknown
 * currency; `DomainError` (VALIDATION_FAILED) for a malformed `asOf`.
 */
export function allocatePayment(input: {
  amountMinor: number;
  charges: readonly OpenCharge[];
  policy: AllocationPolicy;
  asOf: IsoDate;
  currency: CurrencyCode;
}): { allocations: AllocationDraft[]; unappliedMinor: number } {
  const { policy, asOf, currency } = input;
  assertPositiveMinor(input.amountMinor, 'amountMinor');
  minorUnitDigits(currency);
  isoDateToDays(asOf, 'asOf');
  const eligible = input.charges.filter((c) => c.openMinor > 0 && c.dueDate <= asOf);
  const allocations: AllocationDraft[] = [];
  let left = input.amountMinor;
  for (const charge of ordered(eligible, policy)) {
    if (left === 0) break;
    const amountMinor = Math.min(left, charge.openMinor);
    const paysInFull = amountMinor === charge.openMinor;
    const rank = allocations.length + 1;
    const outcome = paysInFull
      ? 'paid in full'
      : `${amountText(amountMinor, currency)} of ${amountText(charge.openMinor, currency)} paid, ${amountText(charge.openMinor - amountMinor, currency)} still open`;
    const reason = `${why(policy, charge, rank, currency)}; ${outcome}`;
    allocations.push({ chargeId: charge.id, amountMinor, paysInFull, rank, reason });
    left -= amountMinor;
  }
  return { allocations, unappliedMinor: left };
}
