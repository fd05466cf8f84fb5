import type { AgingBucket, IsoDate } from '@estatekit/domain';
import { agingBuckets } from '@estatekit/domain/format';
import { agingBucketLabels } from '../lib/aging';

/**
 * One lease in `reports.delinquency`: what it owes as of the report's day, split by days past
 * due. Amounts are integer minor units of `currency` (ISO 4217); buckets sum to `totalMinor`.
 */
export interface DelinquencyReportRow {
  leaseId: string;
  buildingId: string;
  buildingName: string;
  /** The lease's units, comma-separated in lease order, e.g. `"4B, Parking 12"`. */
  units: string | null;
  /** The lease's tenants, comma-separated, e.g. `"Ada Lovelace, Charles Babbage"`. */
  tenants: string | null;
  /** Lease status code (`active`, `notice_given`, `collections`, …). */
  status: string;
  currency: string;
  /** Due on the report's day, not late yet. */
  current: number;
  days1to30: number;
  days31to60: number;
  days61to90: number;
  days90plus: number;
  /** Everything open and due by the report's day. */
  totalMinor: number;
  /** Confirmed payments not yet applied to a charge (not subtracted from the buckets). */
  unappliedCreditMinor: number;
  /** Due date of the oldest open charge (ISO date). */
  oldestDueDate: IsoDate;
}

/** One currency's sums in `reports.delinquency` (minor units) and how many leases owe anything. */
export interface DelinquencyReportTotal {
  currency: string;
  leases: number;
  current: number;
  days1to30: number;
  days31to60: number;
  days61to90: number;
  days90plus: number;
  totalMinor: number;
}

/** The answer of `reports.delinquency`: `asOf` (ISO date), rows, totals per currency. */
export interface DelinquencyReportData {
  asOf: IsoDate;
  rows: DelinquencyReportRow[];
  totals: DelinquencyReportTotal[];
}

/** A column of the report, e.g. `'days31to60'`; each sorts the rows. */
export type DelinquencyColumnId = 'lease' | 'tenants' | AgingBucket | 'totalMinor';

/** Columns in display order. */
export const delinquencyColumnIds: readonly DelinquencyColumnId[] = [
  'lease',
  'tenants',
  ...agingBuckets,
  'totalMinor',
];

/** How a column reads: header text, and whether it holds text or amounts. */
export interface DelinquencyColumnSpec {
  id: DelinquencyColumnId;
  /** Header text and the sort button's name. */
  header: string;
  /** `amount` columns align to the end and sort largest first on their first click. */
  kind: 'text' | 'amount';
}

const headers: Record<DelinquencyColumnId, string> = {
  lease: 'Lease',
  tenants: 'Tenants',
  ...agingBucketLabels,
  totalMinor: 'Total balance',
};

/** Every column's spec, in display order. */
export const delinquencyColumns: readonly DelinquencyColumnSpec[] = delinquencyColumnIds.map(
  (id) => ({
    id,
    header: headers[id],
    kind: id === 'lease' || id === 'tenants' ? 'text' : 'amount',
  }),
);

/** A sort of the report: a column and a direction. */
export interface DelinquencySort {
  column: DelinquencyColumnId;
  direction: 'asc' | 'desc';
}

/** The default order: largest balance first (the API's own order). */
export const defaultDelinquencySort: DelinquencySort = { column: 'totalMinor', direction: 'desc' };

/** `true` for a column id of the report. */
export function isDelinquencyColumn(id: string): id is DelinquencyColumnId {
  return (delinquencyColumnIds as readonly string[]).includes(id);
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The rows in `sort` order; returns a new array. Text columns compare in `locale` (numbers in
 * names by value: "Unit 2" before "Unit 10"); the lease is its building, then its units; rows
 * without tenants come last either way. Amounts of different currencies cannot be compared, so
 * amount columns group rows by currency code (A→Z, whatever the direction) and order amounts
 * within each currency. Ties fall back to the lease, then its id, so the order is total and
 * stable. Throws `RangeError` for a malformed `locale`.
 */
export function sortDelinquencyRows(
  rows: readonly DelinquencyReportRow[],
  sort: DelinquencySort,
  locale: string,
): DelinquencyReportRow[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byLease = (a: DelinquencyReportRow, b: DelinquencyReportRow) =>
    collator.compare(a.buildingName, b.buildingName) ||
    collator.compare(a.units ?? '', b.units ?? '');
  const primary = (a: DelinquencyReportRow, b: DelinquencyReportRow): number => {
    const column = sort.column;
    if (column === 'lease') return sign * byLease(a, b);
    if (column === 'tenants') {
      if (a.tenants === null || b.tenants === null) {
        return Number(a.tenants === null) - Number(b.tenants === null);
      }
      return sign * collator.compare(a.tenants, b.tenants);
    }
    return byCode(a.currency, b.currency) || sign * (a[column] - b[column]);
  };
  return [...rows].sort((a, b) => primary(a, b) || byLease(a, b) || byCode(a.leaseId, b.leaseId));
}

/** The oldest bucket holding anything (`data-oldest-bucket` on rows), or `null` when none does. */
export function oldestBucket(amounts: Pick<DelinquencyReportRow, AgingBucket>): AgingBucket | null {
  for (let i = agingBuckets.length - 1; i >= 0; i--) {
    const bucket = agingBuckets[i]!;
    if (amounts[bucket] !== 0) return bucket;
  }
  return null;
}
