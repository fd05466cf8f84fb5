import type {
  ChargeType,
  IsoDate,
  LedgerBook,
  PaymentMethod,
  ReversibleEntryKind,
} from '@estatekit/domain';
import { type LeaseLedger, type LedgerState, later } from './mock-api.ledger-state';

/*
 * The ledger mock's writes, each one entry of the API's: the domain's `LedgerBook` decides (what
 * is allocated where, which late fees fall due, what a reversal takes back) and the store notes
 * the facts the API's tables keep beside the money.
 */

const creditApplied = 'Credit applied as the charge fell due. ';

/** Appends a charge (minor units, due on an ISO date). */
export function charge(
  state: LedgerState,
  { lease, book }: LeaseLedger,
  c: { type: ChargeType; dueDate: IsoDate; amountMinor: number; description: string | null },
): void {
  const id = state.newId('charge');
  book.addCharge({ id, type: c.type, dueDate: c.dueDate, amountMinor: c.amountMinor });
  state.note(id, { kind: 'charge', leaseId: lease.id, description: c.description });
}

/** Applies unapplied credit to what is open on `day` (the API's daily run). */
export function applyCredit(state: LedgerState, { lease, book }: LeaseLedger, day: IsoDate): void {
  if (book.unappliedCredit() <= 0) return;
  for (const a of book.applyCredit(day)) {
    state.note(a.id, {
      kind: 'allocation',
      leaseId: lease.id,
      effectiveOn: day,
      prefix: creditApplied,
    });
  }
}

/** Assesses the late fees due on `day` under the lease's effective late-fee policy. */
export function assessLateFees(state: LedgerState, ledger: LeaseLedger, day: IsoDate): void {
  const { lease, book } = ledger;
  const { policy } = state.policiesOf(lease).lateFee;
  if (policy.rules.length === 0) return;
  for (const fee of book.assessLateFees(day, policy)) {
    state.note(fee.id, { kind: 'charge', leaseId: lease.id, description: fee.reason });
  }
}

/** A payment to record: minor units, received on an ISO date. */
export interface NewPayment {
  id?: string;
  amountMinor: number;
  method: PaymentMethod;
  reference: string | null;
  note: string | null;
  receivedOn: IsoDate;
}

/**
 * Records a confirmed payment allocated as of `asOf` (its day, or `day` if later) by the lease's
 * allocation policy, with the next receipt number. Returns its id, receipt and allocations.
 */
export function pay(
  state: LedgerState,
  { lease, book }: LeaseLedger,
  p: NewPayment,
  day: IsoDate,
): { id: string; receiptNumber: number; allocations: ReturnType<LedgerBook['recordPayment']> } {
  const id = p.id ?? state.newId('payment');
  const asOf = later(p.receivedOn, day);
  const policy = state.policiesOf(lease).allocation.policy;
  // The book counts a payment from the day it is allocated; the facts keep the day received.
  const allocations = book.recordPayment({
    id,
    amountMinor: p.amountMinor,
    receivedOn: asOf,
    policy,
  });
  const { receivedOn, method, reference } = p;
  const receiptNumber = state.nextReceiptNumber();
  state.note(id, {
    kind: 'payment',
    leaseId: lease.id,
    receivedOn,
    method,
    reference,
    note: p.note,
    receiptNumber,
    issuedOn: day,
  });
  for (const a of allocations) {
    state.note(a.id, { kind: 'allocation', leaseId: lease.id, effectiveOn: asOf, prefix: '' });
  }
  return { id, receiptNumber, allocations };
}

/** Reverses an entry (and, for a charge or payment, its allocations) on `day`. */
export function reverse(
  state: LedgerState,
  { lease, book }: LeaseLedger,
  kind: ReversibleEntryKind,
  entryId: string,
  reason: string,
  day: IsoDate,
): ReturnType<LedgerBook['reverse']> {
  const reversals = book.reverse(kind, entryId, reason);
  for (const r of reversals) {
    state.note(r.id, { kind: 'reversal', leaseId: lease.id, effectiveOn: day });
  }
  return reversals;
}
