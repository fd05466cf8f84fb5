import type { IsoDate, LeaseStatus } from '../ledger/ledger.codes';
import { parseIsoDate } from './iso-date';

/**
 * Occupancy is derived from leases, never stored (DESIGN "occupancy (derived from active
 * leases, never a flag)"): a unit is occupied on a day exactly when a signed lease covers it.
 */

/** The dates of a lease that decide which days it covers. */
export interface LeaseCoverageFacts {
  status: LeaseStatus;
  startDate: IsoDate;
  endDate: IsoDate | null;
  endedOn: IsoDate | null;
  terminatedOn: IsoDate | null;
}

/**
 * The days a lease covers, `from..to` inclusive (`to` null = open-ended), or `null` when it
 * covers none. A draft covers nothing (it is not signed). The last day is `terminatedOn` for a
 * terminated lease, `endedOn` for an ended one (each falling back to `endDate` if missing), and
 * `endDate` for active, notice-given and collections leases: a lease whose end date has passed
 * but that nobody has ended yet stops covering after its end date. A range ending before it
 * starts is `null`. Dates are compared as `YYYY-MM-DD` strings; nothing is thrown.
 */
export function leaseCoverage(
  lease: LeaseCoverageFacts,
): { from: IsoDate; to: IsoDate | null } | null {
  let to: IsoDate | null;
  switch (lease.status) {
    case 'draft':
      return null;
    case 'terminated':
      to = lease.terminatedOn ?? lease.endDate;
      break;
    case 'ended':
      to = lease.endedOn ?? lease.endDate;
      break;
    case 'active':
    case 'notice_given':
    case 'collections':
      to = lease.endDate;
      break;
    default:
      return lease.status satisfies never;
  }
  if (to !== null && to < lease.startDate) return null;
  return { from: lease.startDate, to };
}

/** Whether `lease` covers the ISO date `date`. */
export function leaseCoversDate(lease: LeaseCoverageFacts, date: IsoDate): boolean {
  const coverage = leaseCoverage(lease);
  return (
    coverage !== null && coverage.from <= date && (coverage.to === null || date <= coverage.to)
  );
}

/** A unit's occupancy on one day: the covering lease, or `null` when vacant. */
export interface UnitOccupancy {
  unitId: string;
  occupied: boolean;
  leaseId: string | null;
}

/**
 * Occupancy of each of `units` (in their order) on the ISO date `date`: occupied exactly when a
 * signed (non-draft) lease among `leases` lists the unit in `unitIds` and covers `date` (see
 * `leaseCoverage`; both boundary days count). Should leases overlap on a day (a handover on the
 * same day), the one that started last wins, ties to the earlier in `leases`. Leases of units not
 * in `units` are ignored. O(units + Σ unitIds). Throws `DomainError` (VALIDATION_FAILED) when
 * `date` is not `YYYY-MM-DD`.
 */
export function occupancyAsOf(
  units: readonly { id: string }[],
  leases: readonly (LeaseCoverageFacts & { id: string; unitIds: readonly string[] })[],
  date: IsoDate,
): UnitOccupancy[] {
  parseIsoDate(date, ['date']);
  const covering = new Map<string, { id: string; startDate: IsoDate }>();
  for (const lease of leases) {
    if (!leaseCoversDate(lease, date)) continue;
    for (const unitId of lease.unitIds) {
      const current = covering.get(unitId);
      if (!current || lease.startDate > current.startDate) covering.set(unitId, lease);
    }
  }
  return units.map(({ id }) => {
    const lease = covering.get(id);
    return { unitId: id, occupied: lease !== undefined, leaseId: lease?.id ?? null };
  });
}
