/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, a day of the org's calendar, no time or zone)
 * for the demo's rental plan. Pure: proleptic Gregorian days counted in UTC.
 */

import { addDays, daysBetween } from '@estatekit/domain';

export { addDays, daysBetween };

const DAY_MS = 86_400_000;

/** The ISO date of a day count since 1970-01-01. */
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The same day `months` later (or earlier), clamped to the month's last day (01-31 + 1 → 02-28). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return isoDay(Date.UTC(y, m, Math.min(day, last)) / DAY_MS);
}

/** The 1st of the month of `iso`. */
export const firstOfMonth = (iso: string): string => `${iso.slice(0, 7)}-01`;

/** The last day of the month of `iso`. */
export const lastOfMonth = (iso: string): string => addDays(addMonths(firstOfMonth(iso), 1), -1);

/** The later of two ISO dates. */
export const laterOf = (a: string, b: string): string => (a > b ? a : b);

/** The earlier of two ISO dates. */
export const earlierOf = (a: string, b: string): string => (a < b ? a : b);
