/**
 * Which lease a page or an end-to-end test opens to show money owed, from the rows of
 * `reports.delinquency` (which the page calls itself with its embed token). Pure and
 * browser-safe: no imports.
 */

/** The fields of a `reports.delinquency` row this reads (amounts in minor units). */
export interface DelinquentLease {
  readonly leaseId: string;
  readonly status: string;
  readonly totalMinor: number;
}

/** Lease statuses that still take payments (`collections` refuses them, ended ones are closed). */
const takesPayments = new Set(['active', 'notice_given']);

/**
 * The lease with the largest open balance among those that still take payments (active or
 * notice given), ties by lease id; null when nobody owes anything. e.g. rows
 * `[{ status: 'collections', totalMinor: 900 }, { status: 'active', totalMinor: 400 }]` → the
 * active one.
 */
export function pickLeaseWithBalance(rows: readonly DelinquentLease[]): string | null {
  let best: DelinquentLease | null = null;
  for (const row of rows) {
    if (!takesPayments.has(row.status) || row.totalMinor <= 0) continue;
    if (
      !best ||
      row.totalMinor > best.totalMinor ||
      (row.totalMinor === best.totalMinor && row.leaseId < best.leaseId)
    ) {
      best = row;
    }
  }
  return best?.leaseId ?? null;
}
