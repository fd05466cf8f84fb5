import type { IsoDate } from '../ledger/ledger.codes';
import { validationFailed } from './validation';

/**
 * Calendar-day arithmetic for the lease rules on `YYYY-MM-DD` strings, without `Date` objects or
 * time zones: a day is an integer "epoch day" (1970-01-01 = 0) in the proleptic Gregorian
 * calendar. Conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`
 * (https://howardhinnant.github.io/date_algorithms.html), exact for every year 0000–9999.
 */

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a Gregorian leap year (divisible by 4, centuries only by 400). */
export const isLeapYear = (year: number): boolean =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days in `month` (1–12) of `year`: 28–31. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch day of a calendar date (no range checks). */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1–12) and day of an epoch day. */
export function civilDate(epoch: number): { year: number; month: number; day: number } {
  const z = epoch + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Epoch day of a `YYYY-MM-DD` string, or `null` when it is not a real calendar date. */
export function toEpochDay(value: string): number | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return epochDay(year, month, day);
}

/** Whether `value` is a strict `YYYY-MM-DD` string naming a real calendar day (no 2026-02-30). */
export const isIsoDate = (value: unknown): value is IsoDate =>
  typeof value === 'string' && toEpochDay(value) !== null;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Formatted days: schedules print the same month starts and ends for every lease. */
const formatted = new Map<number, IsoDate>();

/** `YYYY-MM-DD` of an epoch day. */
export function fromEpochDay(epoch: number): IsoDate {
  const known = formatted.get(epoch);
  if (known !== undefined) return known;
  const { year, month, day } = civilDate(epoch);
  const text = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (formatted.size >= 100_000) formatted.clear();
  formatted.set(epoch, text);
  return text;
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const isoWeekday = (epoch: number): number => ((((epoch + 3) % 7) + 7) % 7) + 1;

/**
 * Epoch day of `value`. Throws `DomainError` (VALIDATION_FAILED, `context.issues` naming `path`)
 * when it is not a strict `YYYY-MM-DD` calendar date.
 */
export function parseIsoDate(value: IsoDate, path: readonly (string | number)[]): number {
  const epoch = typeof value === 'string' ? toEpochDay(value) : null;
  if (epoch === null) {
    throw validationFailed('Invalid date', [
      { path, message: `must be a calendar date as YYYY-MM-DD, e.g. 2026-03-15; got "${value}"` },
    ]);
  }
  return epoch;
}
