import {
  type AcceptancePolicy,
  type Actor,
  type AllocationPolicy,
  agingAsOf,
  defaultAcceptancePolicy,
  defaultAllocationPolicy,
  defaultLateFeePolicy,
  effectivePolicy,
  type IsoDate,
  type LateFeePolicy,
  ledgerBalance,
  type OpenCharge,
  openAmounts,
} from '@estatekit/domain';
import type { LeaseRow } from '../repositories/leasing.repository';
import type { LedgerSnapshot } from '../repositories/ledger.repository';
import { policiesOn } from '../repositories/ledger-policies.repository';
import type { OrgScope } from '../repositories/org-scope';

/** How ledger rows record who wrote them: `user:<id>`, `api_key:<id>` or `system:scheduler`. */
export const actorRef = (actor: Pick<Actor, 'kind' | 'id'>) => `${actor.kind}:${actor.id}`;

/** The org's calendar day at `now` (`YYYY-MM-DD` in the org's time zone). */
export function orgToday(timeZone: string, now: Date): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** One formatter per time zone: building one costs more than formatting with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * What a lease's entries add up to: live (unreversed) entries, each charge's open amount, each
 * confirmed payment's unapplied credit, the balance (Σ charges − Σ allocations), the held
 * security deposit and aging as of `asOf`.
 */
export function ledgerState(snapshot: LedgerSnapshot, asOf: IsoDate) {
  const charges = snapshot.charges.filter((c) => !c.reversal);
  const allocations = snapshot.allocations.filter((a) => !a.reversal);
  const confirmed = snapshot.payments.filter((p) => p.status === 'confirmed');
  const open = openAmounts(charges, allocations);
  const allocatedByPayment = new Map<string, number>();
  for (const a of allocations) {
    allocatedByPayment.set(a.paymentId, (allocatedByPayment.get(a.paymentId) ?? 0) + a.amountMinor);
  }
  // Only money received is credit that can pay other charges; waivers and deposit
  // applications exist for the one charge they were made for.
  const credits = confirmed
    .filter((p) => p.kind === 'payment')
    .map((p) => ({ payment: p, creditMinor: p.amountMinor - (allocatedByPayment.get(p.id) ?? 0) }))
    .filter((c) => c.creditMinor > 0);
  const openCharges: OpenCharge[] = charges
    .map((c) => ({
      id: c.id,
      type: c.type,
      dueDate: c.dueDate,
      amountMinor: c.amountMinor,
      openMinor: open.get(c.id) ?? c.amountMinor,
      sequence: c.seq,
    }))
    .filter((c) => c.openMinor > 0);
  const depositCharges = new Set(charges.filter((c) => c.type === 'deposit').map((c) => c.id));
  const depositPaid = allocations
    .filter((a) => depositCharges.has(a.chargeId))
    .reduce((sum, a) => sum + a.amountMinor, 0);
  const depositOut = snapshot.depositMovements.reduce((sum, m) => sum + m.amountMinor, 0);
  const due = openCharges.filter((c) => c.dueDate <= asOf);
  return {
    charges,
    allocations,
    openCharges,
    credits,
    allocatedByPayment,
    balance: ledgerBalance({ charges, allocations, payments: confirmed }),
    depositHeldMinor: depositPaid - depositOut,
    aging: agingAsOf(due, asOf),
    dueMinor: due.reduce((sum, c) => sum + c.openMinor, 0),
    rentDueMinor: due.filter((c) => c.type === 'rent').reduce((sum, c) => sum + c.openMinor, 0),
  };
}

/** The allocation, acceptance and late-fee policies in force for a lease, with their level. */
export async function effectivePolicies(
  scope: OrgScope,
  lease: Pick<LeaseRow, 'id' | 'buildingId'>,
) {
  const stored = await policiesOn(scope, [scope.org.id, lease.buildingId, lease.id]);
  const levelsOf = <T>(kind: string) => {
    const at = (level: string) =>
      (stored.find((p) => p.kind === kind && p.level === level)?.policy as T | undefined) ?? null;
    return { org: at('org'), building: at('building'), lease: at('lease') };
  };
  return {
    allocation: effectivePolicy<AllocationPolicy>(
      levelsOf<AllocationPolicy>('allocation'),
      defaultAllocationPolicy,
    ),
    acceptance: effectivePolicy<AcceptancePolicy>(
      levelsOf<AcceptancePolicy>('acceptance'),
      defaultAcceptancePolicy,
    ),
    lateFee: effectivePolicy<LateFeePolicy>(
      levelsOf<LateFeePolicy>('late_fee'),
      defaultLateFeePolicy,
    ),
  };
}
