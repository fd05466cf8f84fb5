import { agingAsOf } from '@estatekit/domain';
import type { LedgerStatement, TenantLedgers } from './mock-api.ledger.types';
import { entriesOf } from './mock-api.ledger-entries';
import { notFound } from './mock-api.ledger-errors';
import type { StatementInput } from './mock-api.ledger-inputs';
import { type LeaseLedger, type LedgerState, owed, sum } from './mock-api.ledger-state';

/*
 * What `ledger.forLease` and `ledger.forTenant` answer: statements (entries narrowed by period
 * and charge type, balances always those of the whole ledger) and their summaries as of the
 * mock's day.
 */

/** Balance, credit, what is due, deposit held and aging, as of the mock's day. */
function summaryOf(state: LedgerState, { book }: LeaseLedger): LedgerStatement['summary'] {
  const { today } = state;
  const totals = book.balance();
  const due = book.openCharges(today);
  const deposits = new Set(
    book
      .liveCharges()
      .filter((c) => c.type === 'deposit')
      .map((c) => c.id),
  );
  return {
    asOf: today,
    chargedMinor: totals.chargedMinor,
    allocatedMinor: totals.allocatedMinor,
    balanceMinor: totals.balanceMinor,
    unappliedCreditMinor: totals.unappliedCreditMinor,
    dueMinor: owed(due),
    depositHeldMinor: sum(book.liveAllocations().filter((a) => deposits.has(a.chargeId))),
    aging: agingAsOf(due, today),
  };
}

/** `ledger.forLease`: narrowed to a period and charge types, balances kept. */
export function statement(state: LedgerState, input: StatementInput): LedgerStatement {
  const ledger = state.ledgerOf(input.leaseId);
  const { lease } = ledger;
  const entries = entriesOf(state, ledger);
  const types = input.chargeTypes ? new Set<string>(input.chargeTypes) : null;
  const chargeTypeOf = new Map(
    entries.filter((e) => e.kind === 'charge').map((e) => [e.id, e.chargeType]),
  );
  const inPeriod = (date: string) =>
    (!input.from || date >= input.from) && (!input.to || date <= input.to);
  const before = entries.filter((e) => input.from && e.date < input.from);
  const shown = entries.filter((e) => {
    if (!inPeriod(e.date)) return false;
    if (!types) return true;
    const type = e.chargeType ?? (e.chargeId ? chargeTypeOf.get(e.chargeId) : null);
    return type ? types.has(type) : e.kind === 'payment';
  });
  return {
    lease: {
      id: lease.id,
      status: lease.status,
      currency: lease.currency,
      buildingName: state.buildingOf(lease).name,
      units: lease.units,
      tenants: state.tenantsOf(lease),
    },
    openingBalanceMinor: before.at(-1)?.balanceAfterMinor ?? 0,
    entries: shown,
    summary: summaryOf(state, ledger),
  };
}

/**
 * `ledger.forTenant`: the tenant's leases newest first (ties by id), each as a whole statement,
 * and per currency the sum of their balances and credit. NOT_FOUND for an unknown tenant.
 */
export function tenantLedgers(state: LedgerState, tenantId: string): TenantLedgers {
  const { fixture } = state;
  const leases = fixture.leases
    .filter((l) => l.tenantIds.includes(tenantId))
    .sort((a, b) =>
      a.startDate === b.startDate ? (a.id < b.id ? -1 : 1) : a.startDate > b.startDate ? -1 : 1,
    )
    .map((l) => statement(state, { leaseId: l.id }));
  if (leases.length === 0 && !fixture.tenants.some((t) => t.id === tenantId)) {
    throw notFound('tenant', tenantId);
  }
  const totals = new Map<string, { balanceMinor: number; unappliedCreditMinor: number }>();
  for (const l of leases) {
    const t = totals.get(l.lease.currency) ?? { balanceMinor: 0, unappliedCreditMinor: 0 };
    t.balanceMinor += l.summary.balanceMinor;
    t.unappliedCreditMinor += l.summary.unappliedCreditMinor;
    totals.set(l.lease.currency, t);
  }
  return { tenantId, leases, totals: [...totals].map(([currency, t]) => ({ currency, ...t })) };
}
