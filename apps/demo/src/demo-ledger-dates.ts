/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, a day of the org's calendar, no time or zone)
 * for the demo's rental plan. Pure: proleptic Gregorian days counted in UTC.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export const epochDay = (iso: string): number =>
  Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The ISO date of a day count since 1970-01-01. */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `iso` moved by `days` (negative: earlier). */
export const addDays = (iso: string, days: number): string => isoDay(epochDay(iso) + days);

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

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => epochDay(to) - epochDay(from);

/** The later of two ISO dates. */
export const laterOf = (a: string, b: string): string => (a > b ? a : b);

/** The earlier of two ISO dates. */
export const earlierOf = (a: string, b: string): string => (a < b ? a : b);

/** The org's calendar day at `now` in `timeZone` (e.g. America/Los_Angeles), as an ISO date. */
export function dayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
