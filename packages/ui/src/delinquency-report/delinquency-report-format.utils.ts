import type { IsoDate, LeaseStatus } from '@estatekit/domain';
import { createFormatters } from '../lib/format.utils';
import type { DelinquencyReportRow } from './delinquency-report.utils';

/** Locale-aware text of the report; build once per locale with {@link createDelinquencyFormatters}. */
export interface DelinquencyFormatters {
  /** Integer minor units in full precision: `120050, 'USD'` → `"$1,200.50"`. */
  amount: (amountMinor: number, currency: string) => string;
  /** An ISO date as a medium date, never shifted by the time zone: `"Mar 1, 2025"`. */
  date: (isoDate: IsoDate) => string;
  /** `"3 leases"`, `"1 lease"`. */
  leaseCount: (count: number) => string;
}

/**
 * {@link DelinquencyFormatters} for a BCP 47 `locale`. Money goes through the domain's
 * `formatMoney` (exact decimal string, no float division) with the currency's own minor-unit
 * digits; an unknown currency code falls back to the bare number of minor units and the code.
 * Throws `RangeError` for a malformed locale tag.
 */
export function createDelinquencyFormatters(locale: string): DelinquencyFormatters {
  const base = createFormatters(locale);
  const plural = new Intl.PluralRules(locale);
  return {
    amount: base.money,
    date: base.date,
    leaseCount: (count) =>
      `${base.integer(count)} ${plural.select(count) === 'one' ? 'lease' : 'leases'}`,
  };
}

/** Words for each lease status (colour is never the only signal). */
export const leaseStatusLabels: Record<LeaseStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  notice_given: 'Notice given',
  collections: 'In collections',
  ended: 'Ended',
  terminated: 'Terminated',
};

/** A status code's label; an unknown code is shown as sent. */
export function leaseStatusLabel(status: string): string {
  return leaseStatusLabels[status as LeaseStatus] ?? status;
}

/** What names a lease in the table: its units, or its building when it lists none. */
export function leaseName(row: Pick<DelinquencyReportRow, 'units' | 'buildingName'>): string {
  return row.units?.trim() ? row.units : row.buildingName;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `true` for a real calendar day written `YYYY-MM-DD` (`2025-02-30` is not one). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
