import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { allocatePayment, assertPositiveMinor } from './allocation';
import { assessLateFees, waiveLateFee } from './late-fees';
import type { ChargeType, IsoDate, ReversibleEntryKind } from './ledger.codes';
import type { BookAllocation, BookCharge, BookPayment, BookReversal } from './ledger-book.types';
import { isoDateToDays } from './ledger-dates';
import { LedgerEntries, ledgerRefusal } from './ledger-entries';
import {
  type AllocationPolicy,
  defaultAllocationPolicy,
  type LateFeePolicy,
} from './ledger-policies';
import {
  evaluatePaymentPlan,
  type PaymentPlanEvaluation,
  type PaymentPlanSchedule,
  paymentPlanScheduleSchema,
} from './payment-plan';
import { planReallocation, type ReallocationTarget } from './reallocation';

const invalid = (message: string, issues: { path: PropertyKey[]; message: string }[]) =>
  new DomainError(DomainErrorCode.ValidationFailed, message, { context: { issues } });

/**
 * The ledger of one lease, in memory: the executable specification that the API's database
 * implementation mirrors. Built on `LedgerEntries` (append-only charges, payment-side entries,
 * allocations, reversals, and the sums over live entries), it adds the operations, each a call
 * of the pure rules: `allocatePayment`, `planReallocation`, `assessLateFees`, `waiveLateFee`,
 * `evaluatePaymentPlan`. Each operation is one transaction: one that throws leaves the ledger
 * as it was.
 *
 * Ids of charges and payments come from the caller; ids of entries the book writes itself
 * (allocations, reversals, late fees, waivers) from `options.nextId`. Dates are ISO
 * `YYYY-MM-DD`; amounts integer minor units of `currency`.
 */
export class LedgerBook extends LedgerEntries {
  #plan: { approvedOn: IsoDate; schedule: PaymentPlanSchedule } | null = null;

  /** Appends a charge. Throws `LedgerError` (`duplicate_id`), `MoneyError`, `DomainError` (bad date). */
  addCharge(input: {
    id: string;
    type: ChargeType;
    dueDate: IsoDate;
    amountMinor: number;
  }): BookCharge {
    assertPositiveMinor(input.amountMinor, 'amountMinor');
    isoDateToDays(input.dueDate, 'dueDate');
    return this.appendCharge({ ...input, lateFee: null, reason: null });
  }

  /**
   * Records a confirmed payment received on `receivedOn` and allocates it at once under `policy`
   * (default oldest due first) to charges due by then; the rest stays as unapplied credit.
   * Returns the allocations written. Throws like `addCharge`.
   */
  recordPayment(input: {
    id: string;
    amountMinor: number;
    receivedOn: IsoDate;
    policy?: AllocationPolicy;
  }): BookAllocation[] {
    assertPositiveMinor(input.amountMinor, 'amountMinor');
    isoDateToDays(input.receivedOn, 'receivedOn');
    const { policy = defaultAllocationPolicy, ...rest } = input;
    return this.atomically(() => {
      const payment = this.appendPayment({ ...rest, kind: 'payment', policy });
      return this.#allocate(payment, payment.amountMinor, payment.receivedOn);
    });
  }

  /**
   * Applies unapplied credit to charges due on or before `asOf`: cash payments received by
   * `asOf`, oldest first (received date, then creation order), each under its own policy.
   */
  applyCredit(asOf: IsoDate): BookAllocation[] {
    isoDateToDays(asOf, 'asOf');
    const payers = this.livePayments()
      .filter((p) => p.kind === 'payment' && p.receivedOn <= asOf)
      .sort((a, b) => (a.receivedOn === b.receivedOn ? 0 : a.receivedOn < b.receivedOn ? -1 : 1));
    return this.atomically(() =>
      payers.flatMap((payment) => {
        const credit = this.unappliedCredit(payment.id);
        return credit > 0 ? this.#allocate(payment, credit, asOf) : [];
      }),
    );
  }

  /**
   * Moves a payment's allocations to `targets` (`planReallocation`): reverses the allocations
   * that change and writes new ones. Throws `LedgerError`: `unknown_entry`, `already_reversed`,
   * `not_reallocatable` (a waiver), or the `planReallocation` rules.
   */
  reallocate(
    paymentId: string,
    targets: readonly ReallocationTarget[],
  ): { reversed: BookReversal[]; created: BookAllocation[] } {
    const payment = this.liveEntry('payment', paymentId);
    if (payment.kind !== 'payment') {
      const message = 'Only a payment can be reallocated; reverse the waiver instead.';
      throw ledgerRefusal('not_reallocatable', message, { paymentId });
    }
    const current = this.liveAllocations().filter((a) => a.paymentId === paymentId);
    const others = this.liveAllocations().filter((a) => a.paymentId !== paymentId);
    const plan = planReallocation({
      paymentAmountMinor: payment.amountMinor,
      currentAllocations: current,
      charges: this.withOpen(others),
      targets,
      currency: this.currency,
    });
    return this.atomically(() => ({
      reversed: plan.reverse.map((id) =>
        this.appendReversal('allocation', id, 'Reallocated by hand'),
      ),
      created: plan.create.map((draft) => this.appendAllocation(paymentId, draft)),
    }));
  }

  /**
   * Reverses an entry, returning the reversals written. A charge or a payment first has its
   * live allocations reversed — a waiver allocated to a reversed charge is reversed whole — so
   * the balance returns to what it would be without the entry; a reversed allocation's amount
   * goes back to its payment's credit. Throws `LedgerError`: `unknown_entry`,
   * `already_reversed`, `reverse_the_waiver` (a waiver's allocation alone);
   * `DomainError` (VALIDATION_FAILED) for an empty reason.
   */
  reverse(kind: ReversibleEntryKind, entryId: string, reason: string): BookReversal[] {
    if (reason.trim() === '')
      throw invalid('A reversal needs a reason.', [{ path: ['reason'], message: 'empty' }]);
    const entry = this.liveEntry(kind, entryId);
    const waivers = new Set(this.payments.filter((p) => p.kind === 'waiver').map((p) => p.id));
    if ('paymentId' in entry && waivers.has(entry.paymentId)) {
      const message = 'A waiver stays with its fee: reverse the waiver instead.';
      throw ledgerRefusal('reverse_the_waiver', message, { allocationId: entryId });
    }
    const key = kind === 'charge' ? 'chargeId' : 'paymentId';
    const effects =
      kind === 'allocation' ? [] : this.liveAllocations().filter((a) => a[key] === entryId);
    return this.atomically(() => [
      ...effects.flatMap((a) =>
        kind === 'charge' && waivers.has(a.paymentId)
          ? this.reverse('payment', a.paymentId, reason)
          : [this.appendReversal('allocation', a.id, reason)],
      ),
      this.appendReversal(kind, entryId, reason),
    ]);
  }

  /** Charges the late fees `assessLateFees` drafts on `asOf`; none while a plan is being kept. */
  assessLateFees(asOf: IsoDate, policy: LateFeePolicy): BookCharge[] {
    const suspended = this.planStatus(asOf)?.status === 'approved';
    const existingFees = this.charges.flatMap(({ id, lateFee, amountMinor }) =>
      lateFee ? [{ ...lateFee, amountMinor, reversed: this.isReversed(id) }] : [],
    );
    const charges = this.openCharges();
    const drafts = assessLateFees({
      policy,
      charges,
      existingFees,
      asOf,
      suspended,
      currency: this.currency,
    });
    return this.atomically(() =>
      drafts.map(({ sourceChargeId, ruleIndex, feeDate, amountMinor, reason }) =>
        this.appendCharge({
          id: this.freshId('late_fee'),
          type: 'late_fee',
          dueDate: feeDate,
          amountMinor,
          lateFee: { sourceChargeId, ruleIndex, feeDate },
          reason,
        }),
      ),
    );
  }

  /**
   * Waives what is open on late fee `feeId`: a `waiver` entry dated `on`, allocated to the fee.
   * Throws `LedgerError`: `unknown_entry`, `already_reversed`, `not_a_late_fee`, `nothing_to_waive`.
   */
  waiveLateFee(feeId: string, on: IsoDate): BookAllocation {
    isoDateToDays(on, 'on');
    if (this.liveEntry('charge', feeId).type !== 'late_fee') {
      throw ledgerRefusal('not_a_late_fee', `Charge ${feeId} is not a late fee.`, {
        chargeId: feeId,
      });
    }
    const openMinor = this.openCharges().find((c) => c.id === feeId)?.openMinor ?? 0;
    const { amountMinor } = waiveLateFee({ id: feeId, openMinor });
    const draft = {
      chargeId: feeId,
      amountMinor,
      paysInFull: true,
      rank: 1,
      reason: 'Late fee waived',
    };
    return this.atomically(() => {
      const waiver = this.appendPayment({
        id: this.freshId('waiver'),
        kind: 'waiver',
        amountMinor,
        receivedOn: on,
        policy: defaultAllocationPolicy,
      });
      return this.appendAllocation(waiver.id, draft);
    });
  }

  /** Approves a payment plan from `approvedOn`, replacing any earlier one. Throws `DomainError` (VALIDATION_FAILED). */
  approvePlan(input: { approvedOn: IsoDate; schedule: PaymentPlanSchedule }): void {
    isoDateToDays(input.approvedOn, 'approvedOn');
    const parsed = paymentPlanScheduleSchema.safeParse(input.schedule);
    if (!parsed.success) {
      const issues = parsed.error.issues.map(({ path, message }) => ({ path, message }));
      throw invalid('The payment plan schedule is not valid.', issues);
    }
    this.#plan = { approvedOn: input.approvedOn, schedule: parsed.data };
  }

  /** The plan evaluated on `asOf` over live cash payments (`evaluatePaymentPlan`); `null` without one. */
  planStatus(asOf: IsoDate): PaymentPlanEvaluation | null {
    if (!this.#plan) return null;
    const { approvedOn, schedule } = this.#plan;
    const payments = this.livePayments().filter((p) => p.kind === 'payment');
    return evaluatePaymentPlan({ approvedOn, instalments: schedule.instalments, payments, asOf });
  }

  #allocate(payment: BookPayment, amountMinor: number, asOf: IsoDate): BookAllocation[] {
    const { allocations } = allocatePayment({
      amountMinor,
      charges: this.openCharges(),
      policy: payment.policy,
      asOf,
      currency: this.currency,
    });
    return allocations.map((draft) => this.appendAllocation(payment.id, draft));
  }
}
