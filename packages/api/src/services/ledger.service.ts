/**
 * Money on a lease: payments (with allocation, acceptance and receipts), offline payments and
 * their verification, reversals, reallocation, applying credit, late-fee waivers and the
 * security deposit at move-out. Every write locks the lease first (`lockLease`), loads its
 * ledger, asks the domain, and appends entries in the caller's transaction.
 */
import {
  type Actor,
  allocatePayment,
  assertPaymentAccepted,
  checkPaymentAcceptance,
  DomainError,
  DomainErrorCode,
  type IsoDate,
  LedgerError,
  type PaymentMethod,
  planReallocation,
  settleSecurityDeposit,
  waiveLateFee,
} from '@estatekit/domain';
import { findLease } from '../repositories/lease-reads.repository';
import { type LeaseRow, lockLease } from '../repositories/leasing.repository';
import {
  findEntry,
  insertAllocations,
  insertAttachment,
  insertCharges,
  insertDecision,
  insertDepositMovement,
  insertPayment,
  insertReversals,
  issueReceipt,
  type LedgerSnapshot,
  loadLedger,
} from '../repositories/ledger.repository';
import type { OrgScope } from '../repositories/org-scope';
import { actorRef, effectivePolicies, ledgerState } from './ledger-state';

/** Who is writing, and the org's day it is for them. */
export interface LedgerWriter {
  actor: Actor;
  today: IsoDate;
}

const by = actorRef;
const notFound = (what: string, id: string) =>
  new DomainError(DomainErrorCode.NotFound, `No ${what} with id ${id}.`, { context: { id } });

/** The payment's result as the API returns it. */
export interface PaymentResult {
  paymentId: string;
  leaseId: string;
  status: 'confirmed' | 'pending_verification';
  receiptNumber: number | null;
  allocations: { chargeId: string; amountMinor: number; reason: string }[];
  unappliedMinor: number;
  balanceMinor: number;
  unappliedCreditMinor: number;
}

/** What a payment of `amountMinor` received on `receivedOn` would pay, without saving. */
export async function previewAllocation(
  scope: OrgScope,
  lease: LeaseRow,
  input: { amountMinor: number; receivedOn: IsoDate },
  today: IsoDate,
) {
  const snapshot = await loadLedger(scope, lease.id);
  const policies = await effectivePolicies(scope, lease);
  const state = ledgerState(snapshot, maxDate(input.receivedOn, today));
  const acceptance = checkPaymentAcceptance(
    acceptanceInput(lease, state, policies.acceptance.policy, input.amountMinor),
  );
  const plan = allocatePayment({
    amountMinor: input.amountMinor,
    charges: state.openCharges,
    policy: policies.allocation.policy,
    asOf: maxDate(input.receivedOn, today),
    currency: lease.currency,
  });
  return {
    ...plan,
    policy: policies.allocation.policy,
    policyLevel: policies.allocation.level,
    accepted: acceptance,
    balanceBeforeMinor: state.balance.balanceMinor,
    balanceAfterMinor: state.balance.balanceMinor - sum(plan.allocations),
  };
}

/**
 * Locks the lease, loads its ledger and checks the acceptance policy for a payment of
 * `amountMinor` received on `receivedOn` (rent due and balance as of that day, or today if
 * later). Throws LEDGER_RULE_VIOLATED when refused, NOT_FOUND for another org's lease.
 */
async function lockAndAccept(
  scope: OrgScope,
  writer: LedgerWriter,
  input: { leaseId: string; amountMinor: number; receivedOn: IsoDate },
) {
  const lease = await lockLease(scope, input.leaseId);
  const snapshot = await loadLedger(scope, lease.id);
  const policies = await effectivePolicies(scope, lease);
  const asOf = maxDate(input.receivedOn, writer.today);
  const state = ledgerState(snapshot, asOf);
  assertPaymentAccepted(
    acceptanceInput(lease, state, policies.acceptance.policy, input.amountMinor),
  );
  return { lease, snapshot, state, asOf };
}

/**
 * Records a confirmed payment on a lease: checks the acceptance policy (and that the lease is
 * not in collections), allocates it under the effective allocation policy (excess stays as
 * unapplied credit), and issues the next receipt number. Throws LEDGER_RULE_VIOLATED when the
 * policy refuses the amount, NOT_FOUND for another org's lease.
 */
export async function recordPayment(
  scope: OrgScope,
  writer: LedgerWriter,
  input: {
    leaseId: string;
    amountMinor: number;
    method: PaymentMethod;
    reference?: string | null | undefined;
    receivedOn: IsoDate;
    tenantId?: string | null | undefined;
    note?: string | null | undefined;
  },
): Promise<PaymentResult> {
  const { lease, snapshot, asOf } = await lockAndAccept(scope, writer, input);
  if (
    input.tenantId &&
    !(await findLease(scope, lease.id)).tenants.some((t) => t.id === input.tenantId)
  ) {
    throw notFound('tenant on this lease', input.tenantId);
  }
  const paymentId = await insertPayment(scope, {
    leaseId: lease.id,
    tenantId: input.tenantId ?? null,
    kind: 'payment',
    method: input.method,
    amountMinor: input.amountMinor,
    currency: lease.currency,
    reference: input.reference ?? null,
    receivedOn: input.receivedOn,
    initialStatus: 'confirmed',
    note: input.note ?? null,
    createdBy: by(writer.actor),
  });
  return confirmAndAllocate(scope, writer, lease, snapshot, paymentId, input.amountMinor, asOf);
}

async function confirmAndAllocate(
  scope: OrgScope,
  writer: LedgerWriter,
  lease: LeaseRow,
  snapshot: LedgerSnapshot,
  paymentId: string,
  amountMinor: number,
  asOf: IsoDate,
): Promise<PaymentResult> {
  const policies = await effectivePolicies(scope, lease);
  const state = ledgerState(snapshot, asOf);
  const plan = allocatePayment({
    amountMinor,
    charges: state.openCharges,
    policy: policies.allocation.policy,
    asOf,
    currency: lease.currency,
  });
  await insertAllocations(
    scope,
    plan.allocations.map((a) => ({
      leaseId: lease.id,
      paymentId,
      chargeId: a.chargeId,
      amountMinor: a.amountMinor,
      reason: a.reason,
      effectiveOn: asOf,
      createdBy: by(writer.actor),
    })),
  );
  const receiptNumber = await issueReceipt(scope, paymentId);
  const allocated = sum(plan.allocations);
  return {
    paymentId,
    leaseId: lease.id,
    status: 'confirmed',
    receiptNumber,
    allocations: plan.allocations.map(({ chargeId, amountMinor: a, reason }) => ({
      chargeId,
      amountMinor: a,
      reason,
    })),
    unappliedMinor: plan.unappliedMinor,
    balanceMinor: state.balance.balanceMinor - allocated,
    unappliedCreditMinor: state.balance.unappliedCreditMinor + plan.unappliedMinor,
  };
}

/**
 * Records an offline payment with its proof (an image or PDF the caller already checked): it
 * starts `pending_verification`, pays nothing and gets no receipt until a manager confirms it.
 * Throws LEDGER_RULE_VIOLATED when the acceptance policy refuses the amount.
 */
export async function submitOfflinePayment(
  scope: OrgScope,
  writer: LedgerWriter,
  input: {
    leaseId: string;
    amountMinor: number;
    method: PaymentMethod;
    reference?: string | null | undefined;
    receivedOn: IsoDate;
    note?: string | null | undefined;
    proof: { fileName: string; contentType: string; data: Buffer };
  },
): Promise<PaymentResult> {
  const { lease, state } = await lockAndAccept(scope, writer, input);
  const paymentId = await insertPayment(scope, {
    leaseId: lease.id,
    kind: 'payment',
    method: input.method,
    amountMinor: input.amountMinor,
    currency: lease.currency,
    reference: input.reference ?? null,
    receivedOn: input.receivedOn,
    initialStatus: 'pending_verification',
    note: input.note ?? null,
    createdBy: by(writer.actor),
  });
  await insertAttachment(scope, { paymentId, ...input.proof });
  return {
    paymentId,
    leaseId: lease.id,
    status: 'pending_verification',
    receiptNumber: null,
    allocations: [],
    unappliedMinor: 0,
    balanceMinor: state.balance.balanceMinor,
    unappliedCreditMinor: state.balance.unappliedCreditMinor,
  };
}

/**
 * A manager's decision on a pending offline payment: `confirm` allocates it and issues its
 * receipt; `reject` records the reason and it never counts. Throws NOT_FOUND, CONFLICT when it
 * was already decided, LEDGER_RULE_VIOLATED when it is not pending.
 */
export async function decidePayment(
  scope: OrgScope,
  writer: LedgerWriter,
  input: { paymentId: string; decision: 'confirm' | 'reject'; reason?: string | null | undefined },
): Promise<PaymentResult> {
  const entry = await findEntry(scope, input.paymentId);
  if (entry?.kind !== 'payment') throw notFound('payment', input.paymentId);
  const lease = await lockLease(scope, entry.leaseId);
  const snapshot = await loadLedger(scope, lease.id);
  const payment = snapshot.payments.find((p) => p.id === input.paymentId);
  if (!payment) throw notFound('payment', input.paymentId);
  if (payment.status !== 'pending_verification') {
    throw new LedgerError(`This payment is ${payment.status}, not awaiting verification.`, {
      rule: 'not_pending',
      status: payment.status,
    });
  }
  await insertDecision(scope, {
    paymentId: payment.id,
    decision: input.decision === 'confirm' ? 'confirmed' : 'rejected',
    reason: input.reason ?? null,
    by: by(writer.actor),
  });
  if (input.decision === 'reject') {
    const state = ledgerState(snapshot, writer.today);
    return {
      paymentId: payment.id,
      leaseId: lease.id,
      status: 'pending_verification',
      receiptNumber: null,
      allocations: [],
      unappliedMinor: 0,
      balanceMinor: state.balance.balanceMinor,
      unappliedCreditMinor: state.balance.unappliedCreditMinor,
    };
  }
  const asOf = maxDate(payment.receivedOn, writer.today);
  return confirmAndAllocate(scope, writer, lease, snapshot, payment.id, payment.amountMinor, asOf);
}

/**
 * Reverses a charge, a payment or an allocation with a reason. Reversing a charge or a payment
 * first reverses its live allocations (the money they moved is restored exactly: a reversed
 * charge's payments become unapplied credit, a reversed payment's charges are open again).
 * Throws NOT_FOUND, CONFLICT when already reversed, LEDGER_RULE_VIOLATED for a payment that is
 * still pending (reject it instead) or was rejected.
 */
export async function reverseEntry(
  scope: OrgScope,
  writer: LedgerWriter,
  input: { entryId: string; reason: string },
) {
  const entry = await findEntry(scope, input.entryId);
  if (!entry) throw notFound('ledger entry', input.entryId);
  const lease = await lockLease(scope, entry.leaseId);
  const snapshot = await loadLedger(scope, lease.id);
  const target =
    entry.kind === 'charge'
      ? snapshot.charges.find((c) => c.id === input.entryId)
      : entry.kind === 'payment'
        ? snapshot.payments.find((p) => p.id === input.entryId)
        : snapshot.allocations.find((a) => a.id === input.entryId);
  if (!target) throw notFound('ledger entry', input.entryId);
  if (target.reversal) {
    throw new DomainError(DomainErrorCode.Conflict, 'That entry has already been reversed.');
  }
  if (entry.kind === 'payment' && 'status' in target && target.status !== 'confirmed') {
    throw new LedgerError(
      `A payment that is ${target.status} moved no money and cannot be reversed.`,
      { rule: 'not_confirmed', status: target.status },
      target.status === 'pending_verification' ? 'Reject it instead.' : undefined,
    );
  }
  const paymentOf = new Map(snapshot.payments.map((p) => [p.id, p]));
  if (entry.kind === 'allocation' && 'paymentId' in target) {
    if (paymentOf.get(target.paymentId)?.kind !== 'payment') {
      throw new LedgerError(
        'This allocation belongs to a waiver or a deposit application; reverse that instead.',
        { rule: 'reverse_the_credit', paymentId: target.paymentId },
      );
    }
  }
  const dependent =
    entry.kind === 'allocation'
      ? []
      : snapshot.allocations.filter(
          (a) =>
            !a.reversal && (entry.kind === 'charge' ? a.chargeId : a.paymentId) === input.entryId,
        );
  // A reversed charge takes the waivers and deposit applications made for it along: they were
  // never money and must not linger as credit.
  const credits =
    entry.kind === 'charge'
      ? dependent
          .map((a) => paymentOf.get(a.paymentId))
          .filter((p) => p !== undefined && p.kind !== 'payment' && !p.reversal)
      : [];
  const row = (kind: typeof entry.kind, entryId: string) => ({
    leaseId: lease.id,
    entryKind: kind,
    entryId,
    reason: input.reason,
    effectiveOn: writer.today,
    createdBy: by(writer.actor),
  });
  await insertReversals(scope, [
    ...dependent.map((a) => row('allocation', a.id)),
    ...credits.map((p) => row('payment', (p as { id: string }).id)),
    row(entry.kind, input.entryId),
  ]);
  return {
    entryId: input.entryId,
    kind: entry.kind,
    leaseId: lease.id,
    reversedAllocations: dependent.length,
  };
}

/**
 * Moves a confirmed payment's allocations to `targets` (reversing the old ones and appending new
 * ones in one transaction), or, without targets, re-runs the effective allocation policy.
 * Throws NOT_FOUND, LEDGER_RULE_VIOLATED (over-allocation, unknown charge, more than the payment).
 */
export async function reallocatePayment(
  scope: OrgScope,
  writer: LedgerWriter,
  input: {
    paymentId: string;
    targets?: readonly { chargeId: string; amountMinor: number }[] | undefined;
  },
) {
  const entry = await findEntry(scope, input.paymentId);
  if (entry?.kind !== 'payment') throw notFound('payment', input.paymentId);
  const lease = await lockLease(scope, entry.leaseId);
  const snapshot = await loadLedger(scope, lease.id);
  const payment = snapshot.payments.find((p) => p.id === input.paymentId);
  if (payment?.status !== 'confirmed' || payment.kind !== 'payment') {
    throw new LedgerError('Only a confirmed payment (not a waiver) can be reallocated.', {
      rule: 'not_confirmed',
      status: payment?.status ?? null,
    });
  }
  const current = snapshot.allocations.filter((a) => !a.reversal && a.paymentId === payment.id);
  // Open amounts as if this payment's current allocations were reversed already.
  const freed = {
    ...snapshot,
    allocations: snapshot.allocations.filter((a) => a.paymentId !== payment.id || a.reversal),
  };
  const state = ledgerState(freed, writer.today);
  const plan = input.targets
    ? planReallocation({
        paymentAmountMinor: payment.amountMinor,
        currentAllocations: current,
        charges: state.openCharges,
        targets: input.targets,
        currency: lease.currency,
      })
    : {
        reverse: current.map((a) => a.id),
        ...allocatePayment({
          amountMinor: payment.amountMinor,
          charges: state.openCharges,
          policy: (await effectivePolicies(scope, lease)).allocation.policy,
          asOf: maxDate(payment.receivedOn, writer.today),
          currency: lease.currency,
        }),
      };
  const create = 'create' in plan ? plan.create : plan.allocations;
  await insertReversals(
    scope,
    plan.reverse.map((id) => ({
      leaseId: lease.id,
      entryKind: 'allocation',
      entryId: id,
      reason: 'Reallocated',
      effectiveOn: writer.today,
      createdBy: by(writer.actor),
    })),
  );
  await insertAllocations(
    scope,
    create.map((a) => ({
      leaseId: lease.id,
      paymentId: payment.id,
      chargeId: a.chargeId,
      amountMinor: a.amountMinor,
      reason: a.reason,
      effectiveOn: writer.today,
      createdBy: by(writer.actor),
    })),
  );
  return {
    paymentId: payment.id,
    reversed: plan.reverse.length,
    allocations: create.map(({ chargeId, amountMinor, reason }) => ({
      chargeId,
      amountMinor,
      reason,
    })),
    unappliedMinor: plan.unappliedMinor,
  };
}

/**
 * Applies a lease's unapplied credit (oldest payment first) to charges that are due by `asOf`,
 * under the effective allocation policy. The caller holds the lease lock. Returns the count of
 * allocations made.
 */
export async function applyCredit(
  scope: OrgScope,
  writer: LedgerWriter,
  lease: LeaseRow,
  asOf: IsoDate,
): Promise<number> {
  const state = ledgerState(await loadLedger(scope, lease.id), asOf);
  if (state.credits.length === 0 || state.dueMinor === 0) return 0;
  const policy = (await effectivePolicies(scope, lease)).allocation.policy;
  let open = state.openCharges;
  let made = 0;
  for (const { payment, creditMinor } of state.credits) {
    const plan = allocatePayment({
      amountMinor: creditMinor,
      charges: open,
      policy,
      asOf,
      currency: lease.currency,
    });
    if (plan.allocations.length === 0) break;
    await insertAllocations(
      scope,
      plan.allocations.map((a) => ({
        leaseId: lease.id,
        paymentId: payment.id,
        chargeId: a.chargeId,
        amountMinor: a.amountMinor,
        reason: `Credit applied as the charge fell due. ${a.reason}`,
        effectiveOn: asOf,
        createdBy: by(writer.actor),
      })),
    );
    const paid = new Map(plan.allocations.map((a) => [a.chargeId, a.amountMinor]));
    open = open.map((c) => ({ ...c, openMinor: c.openMinor - (paid.get(c.id) ?? 0) }));
    made += plan.allocations.length;
  }
  return made;
}

/**
 * Waives a late fee: appends a `waiver` credit for the fee's open amount, allocated to the fee
 * (the fee itself is never edited). Throws NOT_FOUND, LEDGER_RULE_VIOLATED for a charge that is
 * not a late fee or has nothing open.
 */
export async function waiveFee(
  scope: OrgScope,
  writer: LedgerWriter,
  input: { chargeId: string; reason: string },
) {
  const entry = await findEntry(scope, input.chargeId);
  if (entry?.kind !== 'charge') throw notFound('charge', input.chargeId);
  const lease = await lockLease(scope, entry.leaseId);
  const snapshot = await loadLedger(scope, lease.id);
  const fee = snapshot.charges.find((c) => c.id === input.chargeId);
  if (fee?.type !== 'late_fee' || fee.reversal) {
    throw new LedgerError('Only a late fee that stands can be waived.', { rule: 'not_a_late_fee' });
  }
  const state = ledgerState(snapshot, writer.today);
  const open = state.openCharges.find((c) => c.id === fee.id)?.openMinor ?? 0;
  const waiver = waiveLateFee({ id: fee.id, openMinor: open });
  const paymentId = await insertPayment(scope, {
    leaseId: lease.id,
    kind: 'waiver',
    amountMinor: waiver.amountMinor,
    currency: lease.currency,
    receivedOn: writer.today,
    initialStatus: 'confirmed',
    note: input.reason,
    createdBy: by(writer.actor),
  });
  await insertAllocations(scope, [
    {
      leaseId: lease.id,
      paymentId,
      chargeId: fee.id,
      amountMinor: waiver.amountMinor,
      reason: `Late fee waived: ${input.reason}`,
      effectiveOn: writer.today,
      createdBy: by(writer.actor),
    },
  ]);
  return { waiverId: paymentId, chargeId: fee.id, amountMinor: waiver.amountMinor };
}

/**
 * Settles the security deposit at move-out: each itemised deduction becomes a `move_out` charge
 * paid by a `deposit_application` credit (so the balance is unchanged and the deposit held goes
 * down), and the rest is refunded. The deposit is a liability, never income. Throws
 * LEDGER_RULE_VIOLATED when deductions exceed the deposit held or it was already settled.
 */
export async function settleDeposit(
  scope: OrgScope,
  writer: LedgerWriter,
  input: { leaseId: string; deductions: readonly { description: string; amountMinor: number }[] },
) {
  const lease = await lockLease(scope, input.leaseId);
  const snapshot = await loadLedger(scope, lease.id);
  if (snapshot.depositMovements.some((m) => m.kind === 'refund')) {
    throw new LedgerError('The deposit of this lease was already settled.', {
      rule: 'deposit_settled',
    });
  }
  const held = ledgerState(snapshot, writer.today).depositHeldMinor;
  const settlement = settleSecurityDeposit({
    heldMinor: held,
    deductions: input.deductions,
    currency: lease.currency,
  });
  for (const deduction of settlement.deductions) {
    const [charge] = await insertCharges(scope, [
      {
        leaseId: lease.id,
        type: 'move_out',
        description: deduction.description,
        dueDate: writer.today,
        amountMinor: deduction.amountMinor,
        currency: lease.currency,
        createdBy: by(writer.actor),
      },
    ]);
    const chargeId = (charge as { id: string }).id;
    const paymentId = await insertPayment(scope, {
      leaseId: lease.id,
      kind: 'deposit_application',
      amountMinor: deduction.amountMinor,
      currency: lease.currency,
      receivedOn: writer.today,
      initialStatus: 'confirmed',
      note: deduction.description,
      createdBy: by(writer.actor),
    });
    await insertAllocations(scope, [
      {
        leaseId: lease.id,
        paymentId,
        chargeId,
        amountMinor: deduction.amountMinor,
        reason: `Deducted from the security deposit: ${deduction.description}`,
        effectiveOn: writer.today,
        createdBy: by(writer.actor),
      },
    ]);
    await insertDepositMovement(scope, {
      leaseId: lease.id,
      kind: 'deduction',
      amountMinor: deduction.amountMinor,
      description: deduction.description,
      chargeId,
      effectiveOn: writer.today,
      createdBy: by(writer.actor),
    });
  }
  if (settlement.refundMinor > 0) {
    await insertDepositMovement(scope, {
      leaseId: lease.id,
      kind: 'refund',
      amountMinor: settlement.refundMinor,
      description: 'Security deposit refund',
      effectiveOn: writer.today,
      createdBy: by(writer.actor),
    });
  }
  return { heldMinor: held, ...settlement };
}

function acceptanceInput(
  lease: LeaseRow,
  state: ReturnType<typeof ledgerState>,
  policy: Parameters<typeof assertPaymentAccepted>[0]['policy'],
  amountMinor: number,
) {
  return {
    policy,
    leaseStatus: lease.status as LeaseRow['status'] &
      Parameters<typeof assertPaymentAccepted>[0]['leaseStatus'],
    amountMinor,
    rentDueMinor: state.rentDueMinor,
    balanceMinor: state.dueMinor,
    currency: lease.currency,
  };
}

const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const sum = (rows: readonly { amountMinor: number }[]) =>
  rows.reduce((total, r) => total + r.amountMinor, 0);
