import { LedgerError } from '../errors/domain-error';
import type { AgingBucket, IsoDate } from './ledger.codes';
import { daysBetween } from './ledger-dates';

/**
 * Balances and aging (DESIGN "Leasing and accounting": balance = Σ charges − Σ allocations;
 * aging buckets current, 1–30, 31–60, 61–90, 90+). Callers pass live entries only: a reversed
 * charge, payment or allocation, and the reversal itself, are left out.
 */

/**
 * What is still unpaid on each charge: `amountMinor` − Σ `amountMinor` of the allocations to
 * it, keyed by charge id (integer minor units). Throws `LedgerError` (rule `unknown_charge`)
 * for an allocation to a charge not in `charges`: a reversed charge's allocations must be
 * reversed with it.
 */
export function openAmounts(
  charges: readonly { id: string; amountMinor: number }[],
  allocations: readonly { chargeId: string; amountMinor: number }[],
): Map<string, number> {
  const open = new Map(charges.map((c) => [c.id, c.amountMinor]));
  for (const allocation of allocations) {
    const before = open.get(allocation.chargeId);
    if (before === undefined) {
      throw new LedgerError(
        `An allocation points at charge ${allocation.chargeId}, which is not a live charge.`,
        { rule: 'unknown_charge', chargeId: allocation.chargeId },
      );
    }
    open.set(allocation.chargeId, before - allocation.amountMinor);
  }
  return open;
}

/** A ledger's totals, in integer minor units. */
export interface LedgerBalance {
  /** Σ live charges. */
  chargedMinor: number;
  /** Σ live allocations. */
  allocatedMinor: number;
  /** What the tenant owes: Σ charges − Σ allocations (credit not yet applied is not subtracted). */
  balanceMinor: number;
  /** Money received but not allocated to any charge: Σ payment-side entries − Σ allocations. */
  unappliedCreditMinor: number;
}

const sum = (entries: readonly { amountMinor: number }[]) =>
  entries.reduce((total, entry) => total + entry.amountMinor, 0);

/**
 * Totals of one ledger from its live entries: `payments` are the live confirmed payment-side
 * entries (cash payments, waivers, deposit applications). e.g. rent 1000.00 and a payment of
 * 1200.00 allocated 1000.00 → balance 0, unapplied credit 200.00. The balance does not net the
 * credit off: the credit is applied to charges as they fall due, and shown beside the balance.
 */
export function ledgerBalance(input: {
  charges: readonly { amountMinor: number }[];
  allocations: readonly { amountMinor: number }[];
  payments: readonly { amountMinor: number }[];
}): LedgerBalance {
  const chargedMinor = sum(input.charges);
  const allocatedMinor = sum(input.allocations);
  return {
    chargedMinor,
    allocatedMinor,
    balanceMinor: chargedMinor - allocatedMinor,
    unappliedCreditMinor: sum(input.payments) - allocatedMinor,
  };
}

/**
 * Days a charge is past due on `asOf`: `asOf − dueDate` in calendar days; 0 on the due date and
 * negative before it. Throws `DomainError` (VALIDATION_FAILED) for a malformed date.
 */
export function daysPastDue(dueDate: IsoDate, asOf: IsoDate): number {
  return daysBetween(dueDate, asOf);
}

/**
 * Aging bucket of a charge due on `dueDate`, on `asOf`: ≤ 0 days past due `current` (due today
 * or later), 1–30 `days1to30`, 31–60 `days31to60`, 61–90 `days61to90`, 91 and more
 * `days90plus`. Throws `DomainError` (VALIDATION_FAILED) for a malformed date.
 */
export function agingBucketFor(dueDate: IsoDate, asOf: IsoDate): AgingBucket {
  const days = daysPastDue(dueDate, asOf);
  if (days <= 0) return 'current';
  if (days <= 30) return 'days1to30';
  if (days <= 60) return 'days31to60';
  if (days <= 90) return 'days61to90';
  return 'days90plus';
}

/**
 * Open amounts (minor units) summed by aging bucket on `asOf`, plus their total. Every entry
 * passed counts, including charges not yet due (in `current`); pass only charges with an open
 * amount. e.g. 450.00 due 30 days ago and 30.00 due 31 days ago → days1to30 450.00,
 * days31to60 30.00, total 480.00.
 */
export function agingAsOf(
  open: readonly { dueDate: IsoDate; openMinor: number }[],
  asOf: IsoDate,
): Record<AgingBucket, number> & { totalMinor: number } {
  const aging = { current: 0, days1to30: 0, days31to60: 0, days61to90: 0, days90plus: 0 };
  let totalMinor = 0;
  for (const entry of open) {
    aging[agingBucketFor(entry.dueDate, asOf)] += entry.openMinor;
    totalMinor += entry.openMinor;
  }
  return { ...aging, totalMinor };
}
