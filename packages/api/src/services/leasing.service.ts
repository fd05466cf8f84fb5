/**
 * Leases: creation (draft) and status changes through the domain's lease machine, with an audit
 * entry per change. Activation refuses units another signed lease covers on overlapping days
 * and charges the security deposit (due on the start date).
 */
import {
  type Actor,
  DomainError,
  DomainErrorCode,
  type IsoDate,
  type LeaseEvent,
  leaseCoverage,
  leaseTransition,
} from '@estatekit/domain';
import { appendAudit } from '../repositories/audit.repository';
import { findLease, signedLeasesOfUnits } from '../repositories/lease-reads.repository';
import { lockLease, updateLeaseStatus } from '../repositories/leasing.repository';
import { insertCharges } from '../repositories/ledger.repository';
import type { OrgScope } from '../repositories/org-scope';
import { actorRef } from './ledger-state';

/**
 * Applies a lease event (activate, give notice, end, terminate, start or leave collections).
 * `version`, when given, must match (else CONFLICT). Throws INVALID_TRANSITION for an event the
 * status does not allow, VALIDATION_FAILED for bad dates or a missing reason, CONFLICT when
 * activation would double-let a unit, NOT_FOUND for another org's lease.
 */
export async function changeLeaseStatus(
  scope: OrgScope,
  who: { actor: Actor; today: IsoDate; at: string },
  leaseId: string,
  version: number | undefined,
  event: LeaseEvent,
) {
  const row = await lockLease(scope, leaseId);
  if (version !== undefined && version !== row.version) {
    throw new DomainError(DomainErrorCode.Conflict, 'The lease changed meanwhile; reload it.', {
      context: { expected: version, actual: row.version },
    });
  }
  const lease = await findLease(scope, leaseId);
  const result = leaseTransition(
    {
      status: lease.status,
      startDate: lease.startDate,
      endDate: lease.endDate,
      unitCount: lease.units.length,
      tenantCount: lease.tenants.length,
    },
    event,
    { today: who.today },
  );
  if (event.type === 'activate') await assertUnitsFree(scope, lease);
  await updateLeaseStatus(scope, row, { status: result.next, ...result.changes });
  if (event.type === 'activate' && lease.depositMinor > 0) {
    await insertCharges(scope, [
      {
        leaseId,
        type: 'deposit',
        description: 'Security deposit',
        dueDate: lease.startDate,
        amountMinor: lease.depositMinor,
        currency: lease.currency,
        createdBy: actorRef(who.actor),
      },
    ]);
  }
  await appendAudit(scope, [
    {
      entityType: 'lease',
      entityKey: leaseId,
      action: 'status_change',
      from: lease.status,
      to: result.next,
      actor: who.actor,
      reason: result.reason,
      at: who.at,
    },
  ]);
  return findLease(scope, leaseId);
}

/** CONFLICT when another signed lease covers one of the lease's units on an overlapping day. */
async function assertUnitsFree(scope: OrgScope, lease: Awaited<ReturnType<typeof findLease>>) {
  const others = await signedLeasesOfUnits(
    scope,
    lease.units.map((u) => u.id),
  );
  const end = lease.endDate ?? '9999-12-31';
  for (const other of others) {
    if (other.id === lease.id) continue;
    const coverage = leaseCoverage(other);
    if (!coverage) continue;
    if (coverage.from <= end && (coverage.to ?? '9999-12-31') >= lease.startDate) {
      const unit = lease.units.find((u) => other.unitIds.includes(u.id));
      throw new DomainError(
        DomainErrorCode.Conflict,
        `${unit?.name ?? 'A unit'} is let under another lease on overlapping days.`,
        { context: { leaseId: other.id, unitId: unit?.id ?? null } },
      );
    }
  }
}
