/**
 * The lease-driven jobs: generating scheduled charges, assessing late fees, applying unapplied
 * credit as charges fall due and settling payment plans. All of them are idempotent (unique
 * constraints per (line, period) and (fee source, rule, day)), so they can run any number of
 * times, from any number of processes, and catch up after downtime.
 */
import {
  assessLateFees,
  chargeSchedule,
  evaluatePaymentPlan,
  type IsoDate,
  leaseCoverage,
  type PlanInstalment,
} from '@estatekit/domain';
import { leasesToSchedule } from '../repositories/lease-reads.repository';
import { lockLease } from '../repositories/leasing.repository';
import {
  insertCharges,
  type LedgerSnapshot,
  leasesWithCredit,
  leasesWithOverdueCharges,
  loadLedger,
} from '../repositories/ledger.repository';
import type { OrgScope } from '../repositories/org-scope';
import { activePlans, settlePlan } from '../repositories/payment-plans.repository';
import { applyCredit, type LedgerWriter } from './ledger.service';
import { actorRef, effectivePolicies, ledgerState } from './ledger-state';

const by = (writer: LedgerWriter) => actorRef(writer.actor);
/** Rows per INSERT of generated charges (well under PostgreSQL's 65,535 parameters). */
const BATCH = 2_000;

/**
 * Creates every scheduled charge due in [from, to] (ISO dates, inclusive) for every signed
 * lease covering part of that range, each exactly once, then applies unapplied credit to
 * charges now due by `writer.today`. Returns how many charges were created and how many
 * already existed.
 */
export async function generateCharges(
  scope: OrgScope,
  writer: LedgerWriter,
  range: { from: IsoDate; to: IsoDate },
) {
  const leases = await leasesToSchedule(scope, range);
  const rows = leases.flatMap((lease) => {
    const coverage = leaseCoverage(lease);
    if (!coverage) return [];
    return chargeSchedule(
      { startDate: coverage.from, endDate: coverage.to, lines: lease.lines },
      range,
    ).map((c) => ({
      leaseId: lease.id,
      lineId: c.lineId,
      type: c.type,
      description: c.description,
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
      dueDate: c.dueDate,
      amountMinor: c.amountMinor,
      currency: lease.currency,
      createdBy: by(writer),
    }));
  });
  let created = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    created += (await insertCharges(scope, rows.slice(i, i + BATCH))).length;
  }
  const credited = await applyCreditEverywhere(scope, writer);
  return {
    leases: leases.length,
    scheduled: rows.length,
    created,
    existing: rows.length - created,
    credited,
  };
}

/** Applies unapplied credit on every lease that has some, as its charges fall due. */
export async function applyCreditEverywhere(scope: OrgScope, writer: LedgerWriter) {
  let made = 0;
  for (const leaseId of await leasesWithCredit(scope)) {
    const lease = await lockLease(scope, leaseId);
    made += await applyCredit(scope, writer, lease, writer.today);
  }
  return made;
}

/**
 * Assesses late fees as of `asOf` on every lease with an overdue open charge, under each lease's
 * effective late-fee policy; suspended while an approved payment plan is being kept. Each fee
 * is created once per (charge, rule, day).
 */
export async function assessLateFeesEverywhere(
  scope: OrgScope,
  writer: LedgerWriter,
  asOf: IsoDate,
) {
  let created = 0;
  for (const leaseId of await leasesWithOverdueCharges(scope, asOf)) {
    const lease = await lockLease(scope, leaseId);
    const policy = (await effectivePolicies(scope, lease)).lateFee.policy;
    if (policy.rules.length === 0) continue;
    const snapshot = await loadLedger(scope, lease.id);
    const state = ledgerState(snapshot, asOf);
    const plans = await activePlans(scope, lease.id);
    const suspended = plans.some((plan) => planOutcome(plan, snapshot, asOf).status === 'approved');
    const open = new Map(state.openCharges.map((c) => [c.id, c.openMinor]));
    const drafts = assessLateFees({
      policy,
      charges: state.charges.map((c) => ({ ...c, openMinor: open.get(c.id) ?? 0 })),
      // Reversed fees too: they block charging that day again but do not count to the cap.
      existingFees: snapshot.charges
        .filter((c) => c.type === 'late_fee' && c.sourceChargeId)
        .map((c) => ({
          sourceChargeId: c.sourceChargeId as string,
          ruleIndex: c.feeRule ?? 0,
          feeDate: c.feeDate ?? c.dueDate,
          amountMinor: c.amountMinor,
          reversed: c.reversal !== null,
        })),
      asOf,
      suspended,
      currency: lease.currency,
    });
    const inserted = await insertCharges(
      scope,
      drafts.map((fee) => ({
        leaseId: lease.id,
        type: 'late_fee',
        description: fee.reason,
        dueDate: fee.feeDate,
        amountMinor: fee.amountMinor,
        currency: lease.currency,
        sourceChargeId: fee.sourceChargeId,
        feeRule: fee.ruleIndex,
        feeDate: fee.feeDate,
        createdBy: by(writer),
      })),
    );
    created += inserted.length;
  }
  return created;
}

/** An approved plan's outcome as of `asOf` from the lease's confirmed cash payments. */
export function planOutcome(
  plan: { approvedOn: IsoDate; instalments: PlanInstalment[] },
  snapshot: LedgerSnapshot,
  asOf: IsoDate,
) {
  return evaluatePaymentPlan({
    approvedOn: plan.approvedOn,
    instalments: plan.instalments,
    payments: snapshot.payments
      .filter((p) => p.kind === 'payment' && p.status === 'confirmed')
      .map((p) => ({ receivedOn: p.receivedOn, amountMinor: p.amountMinor })),
    asOf,
  });
}

/** Ends approved plans whose instalment was missed (defaulted) or that are paid (completed). */
export async function settlePaymentPlans(scope: OrgScope, writer: LedgerWriter, asOf: IsoDate) {
  const plans = await activePlans(scope, null);
  let ended = 0;
  for (const plan of plans) {
    const snapshot = await loadLedger(scope, plan.leaseId);
    const outcome = planOutcome(plan, snapshot, asOf);
    if (outcome.status === 'approved') continue;
    await settlePlan(scope, plan, outcome.status, asOf, by(writer));
    ended += 1;
  }
  return ended;
}
