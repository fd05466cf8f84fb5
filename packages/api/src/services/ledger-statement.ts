import type { ChargeType, IsoDate } from '@estatekit/domain';
import type { LedgerSnapshot } from '../repositories/ledger.repository';
import { ledgerState } from './ledger-state';

/** One row of a lease's ledger, in order, with the balance and credit after it. */
export interface StatementEntry {
  id: string;
  kind: 'charge' | 'payment' | 'allocation' | 'reversal' | 'deposit_movement';
  date: IsoDate;
  description: string;
  /** The entry's own amount (positive minor units). */
  amountMinor: number;
  /** How it moved the balance (Σ charges − Σ allocations): + for charges, − for allocations. */
  balanceEffectMinor: number;
  balanceAfterMinor: number;
  /** Unapplied credit after the entry (confirmed payments not yet allocated). */
  creditAfterMinor: number;
  chargeType: ChargeType | null;
  paymentId: string | null;
  chargeId: string | null;
  /** For a reversal: the entry it cancels. */
  reversesId: string | null;
  /** For an entry that was reversed: the reversal's id. */
  reversedById: string | null;
  payment: {
    kind: string;
    method: string | null;
    reference: string | null;
    status: string;
    receiptNumber: number | null;
    decisionReason: string | null;
    attachments: number;
  } | null;
  /** For a charge: what is still open on it now. */
  openMinor: number | null;
  reason: string | null;
}

const kindOrder = { charge: 0, payment: 1, allocation: 2, reversal: 3, deposit_movement: 4 };

/**
 * A lease's entries in date order (then in the order they were written) with the running
 * balance after each: the statement `ledger.forLease` returns and `LedgerView` shows.
 */
export function statementOf(snapshot: LedgerSnapshot, asOf: IsoDate) {
  const state = ledgerState(snapshot, asOf);
  const open = new Map(state.openCharges.map((c) => [c.id, c.openMinor]));
  const chargeById = new Map(snapshot.charges.map((c) => [c.id, c]));
  const paymentById = new Map(snapshot.payments.map((p) => [p.id, p]));
  const allocationById = new Map(snapshot.allocations.map((a) => [a.id, a]));
  type Draft = Omit<StatementEntry, 'balanceAfterMinor' | 'creditAfterMinor'> & {
    creditEffect: number;
    at: string;
  };
  const base = {
    chargeType: null,
    paymentId: null,
    chargeId: null,
    reversesId: null,
    reversedById: null,
    payment: null,
    openMinor: null,
    reason: null,
  };
  const drafts: Draft[] = [];
  for (const c of snapshot.charges) {
    drafts.push({
      ...base,
      id: c.id,
      kind: 'charge',
      date: c.dueDate,
      at: c.createdAt,
      description: c.description ?? c.type,
      amountMinor: c.amountMinor,
      balanceEffectMinor: c.amountMinor,
      creditEffect: 0,
      chargeType: c.type,
      chargeId: c.id,
      reversedById: c.reversal?.id ?? null,
      openMinor: c.reversal ? 0 : (open.get(c.id) ?? 0),
    });
  }
  for (const p of snapshot.payments) {
    const counts = p.status === 'confirmed' || p.status === 'reversed';
    drafts.push({
      ...base,
      id: p.id,
      kind: 'payment',
      date: p.receivedOn,
      at: p.createdAt,
      description: p.kind === 'payment' ? `Payment (${p.method ?? 'other'})` : (p.note ?? p.kind),
      amountMinor: p.amountMinor,
      balanceEffectMinor: 0,
      creditEffect: counts ? p.amountMinor : 0,
      paymentId: p.id,
      reversedById: p.reversal?.id ?? null,
      payment: {
        kind: p.kind,
        method: p.method,
        reference: p.reference,
        status: p.status,
        receiptNumber: p.receiptNumber,
        decisionReason: p.decisionReason,
        attachments: p.attachments,
      },
      reason: p.note,
    });
  }
  for (const a of snapshot.allocations) {
    const charge = chargeById.get(a.chargeId);
    drafts.push({
      ...base,
      id: a.id,
      kind: 'allocation',
      date: a.effectiveOn,
      at: a.createdAt,
      description: `Applied to ${charge?.description ?? charge?.type ?? 'charge'}`,
      amountMinor: a.amountMinor,
      balanceEffectMinor: -a.amountMinor,
      creditEffect: -a.amountMinor,
      paymentId: a.paymentId,
      chargeId: a.chargeId,
      chargeType: charge?.type ?? null,
      reversedById: a.reversal?.id ?? null,
      reason: a.reason,
    });
  }
  const reversalRows = [
    ...snapshot.charges.map((c) => ({ r: c.reversal, target: 'charge' as const, id: c.id })),
    ...snapshot.payments.map((p) => ({ r: p.reversal, target: 'payment' as const, id: p.id })),
    ...snapshot.allocations.map((a) => ({
      r: a.reversal,
      target: 'allocation' as const,
      id: a.id,
    })),
  ];
  for (const { r, target, id } of reversalRows) {
    if (!r) continue;
    const charge = target === 'charge' ? chargeById.get(id) : undefined;
    const payment = target === 'payment' ? paymentById.get(id) : undefined;
    const allocation = target === 'allocation' ? allocationById.get(id) : undefined;
    drafts.push({
      ...base,
      id: r.id,
      kind: 'reversal',
      date: r.effectiveOn,
      at: r.createdAt,
      description: `Reversal of ${target}`,
      amountMinor: charge?.amountMinor ?? payment?.amountMinor ?? allocation?.amountMinor ?? 0,
      balanceEffectMinor: charge ? -charge.amountMinor : allocation ? allocation.amountMinor : 0,
      creditEffect: payment ? -payment.amountMinor : allocation ? allocation.amountMinor : 0,
      reversesId: id,
      chargeId: charge?.id ?? allocation?.chargeId ?? null,
      paymentId: payment?.id ?? allocation?.paymentId ?? null,
      reason: r.reason,
    });
  }
  for (const m of snapshot.depositMovements) {
    drafts.push({
      ...base,
      id: m.id,
      kind: 'deposit_movement',
      date: m.effectiveOn,
      at: m.createdAt,
      description:
        m.kind === 'refund' ? 'Security deposit refunded' : `Deposit deduction: ${m.description}`,
      amountMinor: m.amountMinor,
      balanceEffectMinor: 0,
      creditEffect: 0,
      chargeId: m.chargeId,
    });
  }
  drafts.sort(
    (x, y) =>
      (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) ||
      (x.at < y.at ? -1 : x.at > y.at ? 1 : 0) ||
      kindOrder[x.kind] - kindOrder[y.kind],
  );
  let balance = 0;
  let credit = 0;
  const entries: StatementEntry[] = drafts.map(({ creditEffect, at: _at, ...entry }) => {
    balance += entry.balanceEffectMinor;
    credit += creditEffect;
    return { ...entry, balanceAfterMinor: balance, creditAfterMinor: credit };
  });
  return {
    entries,
    summary: {
      asOf,
      chargedMinor: state.balance.chargedMinor,
      allocatedMinor: state.balance.allocatedMinor,
      balanceMinor: state.balance.balanceMinor,
      unappliedCreditMinor: state.balance.unappliedCreditMinor,
      dueMinor: state.dueMinor,
      depositHeldMinor: state.depositHeldMinor,
      aging: state.aging,
    },
  };
}
