import {
  type AcceptancePolicy,
  allocatePayment,
  assertPaymentAccepted,
  checkPaymentAcceptance,
  type IsoDate,
} from '@estatekit/domain';
import type { AllocationPreview, PaymentResult, ReversalResult } from './mock-api.ledger.types';
import { notFound, refusal } from './mock-api.ledger-errors';
import type { PreviewInput, RecordPaymentInput, ReverseInput } from './mock-api.ledger-inputs';
import { type LeaseLedger, type LedgerState, later, owed, sum } from './mock-api.ledger-state';
import { pay, reverse } from './mock-api.ledger-writes';

/*
 * Moving money: `ledger.previewAllocation`, `ledger.recordPayment` (idempotent by key, judged
 * by the lease's acceptance policy) and `ledger.reverse`. The domain decides; a refusal is the
 * domain's error, which the store turns into the API's.
 */

/** JSON with object keys sorted, so the same request always reads the same (idempotency). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** What the acceptance policy reads about a payment of `amount` on `asOf`. */
function acceptanceOf(
  ledger: LeaseLedger,
  policy: AcceptancePolicy,
  amount: number,
  asOf: IsoDate,
) {
  const due = ledger.book.openCharges(asOf);
  return {
    policy,
    leaseStatus: ledger.lease.status,
    amountMinor: amount,
    rentDueMinor: owed(due.filter((c) => c.type === 'rent')),
    balanceMinor: owed(due),
    currency: ledger.lease.currency,
  };
}

/**
 * The money-moving procedures over `state`. `recordPayment` answers a retry (same key, same
 * input) with the first answer and refuses the same key for another payment with CONFLICT; it
 * throws the domain's `LedgerRuleViolation` when the lease's acceptance policy refuses.
 * `reverseEntry` refuses an entry reversed already with CONFLICT. Unknown ids are NOT_FOUND.
 */
export function createLedgerPayments(state: LedgerState) {
  const { today } = state;
  const answers = new Map<string, { request: string; answer: PaymentResult }>();

  function recordPayment(input: RecordPaymentInput): PaymentResult {
    const { idempotencyKey, ...payment } = input;
    const request = canonicalJson(payment);
    const first = answers.get(idempotencyKey);
    if (first) {
      if (first.request === request) return first.answer;
      throw refusal(
        'CONFLICT',
        'This idempotency key was already used for a different request.',
        { idempotencyKey },
        'Use a new idempotency key for a new request.',
      );
    }
    const ledger = state.ledgerOf(payment.leaseId);
    const asOf = later(payment.receivedOn, today);
    const { acceptance } = state.policiesOf(ledger.lease);
    assertPaymentAccepted(acceptanceOf(ledger, acceptance.policy, payment.amountMinor, asOf));
    if (payment.tenantId && !ledger.lease.tenantIds.includes(payment.tenantId)) {
      throw notFound('tenant on this lease', payment.tenantId);
    }
    const paid = pay(
      state,
      ledger,
      { ...payment, reference: payment.reference ?? null, note: payment.note ?? null },
      today,
    );
    const totals = ledger.book.balance();
    const answer: PaymentResult = {
      paymentId: paid.id,
      leaseId: ledger.lease.id,
      status: 'confirmed',
      receiptNumber: paid.receiptNumber,
      allocations: paid.allocations.map(({ chargeId, amountMinor, reason }) => ({
        chargeId,
        amountMinor,
        reason,
      })),
      unappliedMinor: payment.amountMinor - sum(paid.allocations),
      balanceMinor: totals.balanceMinor,
      unappliedCreditMinor: totals.unappliedCreditMinor,
    };
    answers.set(idempotencyKey, { request, answer });
    return answer;
  }

  function preview(input: PreviewInput): AllocationPreview {
    const ledger = state.ledgerOf(input.leaseId);
    const asOf = later(input.receivedOn, today);
    const policies = state.policiesOf(ledger.lease);
    const accepted = checkPaymentAcceptance(
      acceptanceOf(ledger, policies.acceptance.policy, input.amountMinor, asOf),
    );
    const plan = allocatePayment({
      amountMinor: input.amountMinor,
      charges: ledger.book.openCharges(),
      policy: policies.allocation.policy,
      asOf,
      currency: ledger.lease.currency,
    });
    const before = ledger.book.balance().balanceMinor;
    return {
      allocations: plan.allocations,
      unappliedMinor: plan.unappliedMinor,
      policy: policies.allocation.policy,
      policyLevel: policies.allocation.level,
      accepted: accepted.accepted
        ? { accepted: true }
        : { accepted: false, rule: accepted.rule, message: accepted.message },
      balanceBeforeMinor: before,
      balanceAfterMinor: before - sum(plan.allocations),
    };
  }

  function reverseEntry(input: ReverseInput): ReversalResult {
    const entry = state.facts.get(input.entryId);
    if (!entry || entry.kind === 'reversal') throw notFound('ledger entry', input.entryId);
    const ledger = state.ledgerOf(entry.leaseId);
    if (ledger.book.isReversed(input.entryId)) {
      throw refusal('CONFLICT', 'That entry has already been reversed.');
    }
    const reversals = reverse(state, ledger, entry.kind, input.entryId, input.reason, today);
    return {
      entryId: input.entryId,
      kind: entry.kind,
      leaseId: ledger.lease.id,
      reversedAllocations:
        entry.kind === 'allocation' ? 0 : reversals.filter((r) => r.kind === 'allocation').length,
    };
  }

  return { recordPayment, preview, reverseEntry };
}
