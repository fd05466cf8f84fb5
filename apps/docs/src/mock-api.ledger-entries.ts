import type { StatementEntry } from './mock-api.ledger.types';
import type { LeaseLedger, LedgerState } from './mock-api.ledger-state';

/*
 * A lease's ledger as the API's `statementOf` lists it: every entry of the book in date order
 * (then order of writing), each with the running balance (Σ charges − Σ allocations) and
 * unapplied credit after it, in `ledger.forLease`'s entry shape.
 */

const kindOrder = { charge: 0, payment: 1, allocation: 2, reversal: 3, deposit_movement: 4 };

type Draft = Omit<StatementEntry, 'balanceAfterMinor' | 'creditAfterMinor'> & {
  creditEffect: number;
  seq: number;
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

/** A lease's entries in date order with the running balance and credit (`statementOf`). */
export function entriesOf(state: LedgerState, { book }: LeaseLedger): StatementEntry[] {
  const { factsOf } = state;
  const open = new Map(book.openCharges().map((c) => [c.id, c.openMinor]));
  const chargeById = new Map(book.charges.map((c) => [c.id, c]));
  const paymentById = new Map(book.payments.map((p) => [p.id, p]));
  const allocationById = new Map(book.allocations.map((a) => [a.id, a]));
  const reversalOf = new Map(book.reversals.map((r) => [r.entryId, r.id]));
  const descriptionOf = (chargeId: string) => {
    const c = chargeById.get(chargeId);
    return (c && factsOf(c.id, 'charge').description) ?? c?.type ?? 'charge';
  };
  const drafts: Draft[] = [];
  for (const c of book.charges) {
    const reversedById = reversalOf.get(c.id) ?? null;
    drafts.push({
      ...base,
      id: c.id,
      kind: 'charge',
      date: c.dueDate,
      seq: factsOf(c.id, 'charge').seq,
      description: descriptionOf(c.id),
      amountMinor: c.amountMinor,
      balanceEffectMinor: c.amountMinor,
      creditEffect: 0,
      chargeType: c.type,
      chargeId: c.id,
      reversedById,
      openMinor: reversedById ? 0 : (open.get(c.id) ?? 0),
    });
  }
  for (const p of book.payments) {
    const f = factsOf(p.id, 'payment');
    const reversedById = reversalOf.get(p.id) ?? null;
    drafts.push({
      ...base,
      id: p.id,
      kind: 'payment',
      date: f.receivedOn,
      seq: f.seq,
      description: `Payment (${f.method})`,
      amountMinor: p.amountMinor,
      balanceEffectMinor: 0,
      creditEffect: p.amountMinor,
      paymentId: p.id,
      reversedById,
      payment: {
        kind: p.kind,
        method: f.method,
        reference: f.reference,
        status: reversedById ? 'reversed' : 'confirmed',
        receiptNumber: f.receiptNumber,
        decisionReason: null,
        attachments: 0,
      },
      reason: f.note,
    });
  }
  for (const a of book.allocations) {
    const f = factsOf(a.id, 'allocation');
    drafts.push({
      ...base,
      id: a.id,
      kind: 'allocation',
      date: f.effectiveOn,
      seq: f.seq,
      description: `Applied to ${descriptionOf(a.chargeId)}`,
      amountMinor: a.amountMinor,
      balanceEffectMinor: -a.amountMinor,
      creditEffect: -a.amountMinor,
      paymentId: a.paymentId,
      chargeId: a.chargeId,
      chargeType: chargeById.get(a.chargeId)?.type ?? null,
      reversedById: reversalOf.get(a.id) ?? null,
      reason: f.prefix + a.reason,
    });
  }
  for (const r of book.reversals) {
    const f = factsOf(r.id, 'reversal');
    const charge = r.kind === 'charge' ? chargeById.get(r.entryId) : undefined;
    const payment = r.kind === 'payment' ? paymentById.get(r.entryId) : undefined;
    const allocation = r.kind === 'allocation' ? allocationById.get(r.entryId) : undefined;
    drafts.push({
      ...base,
      id: r.id,
      kind: 'reversal',
      date: f.effectiveOn,
      seq: f.seq,
      description: `Reversal of ${r.kind}`,
      amountMinor: (charge ?? payment ?? allocation)?.amountMinor ?? 0,
      balanceEffectMinor: charge ? -charge.amountMinor : (allocation?.amountMinor ?? 0),
      creditEffect: payment ? -payment.amountMinor : (allocation?.amountMinor ?? 0),
      reversesId: r.entryId,
      chargeId: charge?.id ?? allocation?.chargeId ?? null,
      paymentId: payment?.id ?? allocation?.paymentId ?? null,
      reason: r.reason,
    });
  }
  drafts.sort(
    (x, y) =>
      (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) ||
      x.seq - y.seq ||
      kindOrder[x.kind] - kindOrder[y.kind],
  );
  let balance = 0;
  let credit = 0;
  return drafts.map(({ creditEffect, seq: _seq, ...entry }) => {
    balance += entry.balanceEffectMinor;
    credit += creditEffect;
    return { ...entry, balanceAfterMinor: balance, creditAfterMinor: credit };
  });
}
