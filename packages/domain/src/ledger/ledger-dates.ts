import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { fromEpochDay, toEpochDay } from '../lease/iso-date';
import type { IsoDate } from './ledger.codes';

/**
 * Calendar-day arithmetic of the ledger rules. An `IsoDate` is the org's local day as
 * `YYYY-MM-DD`; days are counted on the proleptic Gregorian calendar with no time and no zone,
 * so "30 days past due" never shifts with daylight saving. Nothing here reads a clock. The
 * arithmetic itself is the lease schedule's (`lease/iso-date.ts`); this adds the ledger's
 * field-named errors.
 */

/**
 * Days since 1970-01-01 of an ISO date (`'1970-01-02'` → 1). Throws `DomainError`
 * (VALIDATION_FAILED) naming `field` for anything but a real `YYYY-MM-DD` day (`2026-02-30` too).
 */
export function isoDateToDays(date: IsoDate, field = 'date'): number {
  const days = typeof date === 'string' ? toEpochDay(date) : null;
  if (days === null) {
    throw new DomainError(
      DomainErrorCode.ValidationFailed,
      `${field} must be a calendar day written YYYY-MM-DD, e.g. 2026-03-01; got "${date}".`,
      { context: { issues: [{ path: [field], message: 'not an ISO date (YYYY-MM-DD)' }] } },
    );
  }
  return days;
}

/** The ISO date `days` days after 1970-01-01 (`0` → `'1970-01-01'`). */
export function daysToIsoDate(days: number): IsoDate {
  return fromEpochDay(days);
}

/** `date` moved by `days` calendar days (negative moves back): `addDays('2026-02-27', 2)` → `'2026-03-01'`. */
export function addDays(date: IsoDate, days: number, field = 'date'): IsoDate {
  return daysToIsoDate(isoDateToDays(date, field) + days);
}

/**
 * Whole days from `from` to `to` (`to − from`): `('2026-03-01', '2026-03-31')` → 30, negative
 * when `to` is earlier. Throws `DomainError` (VALIDATION_FAILED) for a malformed date.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoDateToDays(to, 'to') - isoDateToDays(from, 'from');
}
