import { agingAsOf, agingBuckets, type IsoDate, openAmounts } from '@estatekit/domain';
import type { DelinquencyReport, DelinquencyRow } from './mock-api.ledger.types';
import { notFound } from './mock-api.ledger-errors';
import { type LeaseLedger, type LedgerState, sum } from './mock-api.ledger-state';

/*
 * `reports.delinquency`: each lease's open amounts on a day, aged by days past due (the
 * domain's `agingAsOf`), as the ledger stood at the end of that day: entries reversed later
 * still count, payments received later do not.
 */

/** One lease's aging on `asOf` as the ledger stood at the end of that day; null if nothing is open. */
function delinquencyRow(
  state: LedgerState,
  { lease, book }: LeaseLedger,
  asOf: IsoDate,
): DelinquencyRow | null {
  const { factsOf } = state;
  const reversedOn = new Map(
    book.reversals.map((r) => [r.entryId, factsOf(r.id, 'reversal').effectiveOn]),
  );
  const standing = (id: string) => (reversedOn.get(id) ?? '9999-12-31') > asOf;
  const charges = book.charges.filter((c) => c.dueDate <= asOf && standing(c.id));
  const ids = new Set(charges.map((c) => c.id));
  const allocations = book.allocations.filter(
    (a) => factsOf(a.id, 'allocation').effectiveOn <= asOf && standing(a.id),
  );
  const open = openAmounts(
    charges,
    allocations.filter((a) => ids.has(a.chargeId)),
  );
  const unpaid = charges
    .map((c) => ({ dueDate: c.dueDate, openMinor: open.get(c.id) ?? 0 }))
    .filter((c) => c.openMinor > 0);
  if (unpaid.length === 0) return null;
  const payments = book.payments.filter(
    (p) => factsOf(p.id, 'payment').receivedOn <= asOf && standing(p.id),
  );
  const paid = new Set(payments.map((p) => p.id));
  return {
    leaseId: lease.id,
    buildingId: lease.buildingId,
    buildingName: state.buildingOf(lease).name,
    units: lease.units.map((u) => u.name).join(', ') || null,
    tenants:
      state
        .tenantsOf(lease)
        .map((t) => t.name)
        .join(', ') || null,
    status: lease.status,
    currency: lease.currency,
    ...agingAsOf(unpaid, asOf),
    unappliedCreditMinor: sum(payments) - sum(allocations.filter((a) => paid.has(a.paymentId))),
    oldestDueDate: unpaid.map((c) => c.dueDate).sort()[0]!,
  };
}

/**
 * `reports.delinquency` on `asOf` (an ISO date), of one building or all: largest total first
 * (ties by lease id), with per-currency totals. NOT_FOUND for an unknown building.
 */
export function delinquency(
  state: LedgerState,
  input: { asOf: IsoDate; buildingId?: string },
): DelinquencyReport {
  if (input.buildingId && !state.fixture.buildings.some((b) => b.id === input.buildingId)) {
    throw notFound('building', input.buildingId);
  }
  const rows = [...state.ledgers.values()]
    .filter((l) => !input.buildingId || l.lease.buildingId === input.buildingId)
    .flatMap((l) => delinquencyRow(state, l, input.asOf) ?? [])
    .sort((a, b) => b.totalMinor - a.totalMinor || (a.leaseId < b.leaseId ? -1 : 1));
  const totals = new Map<string, DelinquencyReport['totals'][number]>();
  for (const row of rows) {
    const t = totals.get(row.currency) ?? {
      currency: row.currency,
      ...agingAsOf([], input.asOf),
      leases: 0,
    };
    t.leases += 1;
    for (const key of [...agingBuckets, 'totalMinor'] as const) t[key] += row[key];
    totals.set(row.currency, t);
  }
  return { asOf: input.asOf, rows, totals: [...totals.values()] };
}
