import { DomainError, DomainErrorCode } from '../errors/domain-error';

/**
 * Internal time helpers of the lead rules: every instant comes in as an ISO 8601 string from the
 * caller's clock (STYLE "time comes in from outside"), and every time zone as an IANA name.
 */

/**
 * ISO 8601 instant with an explicit offset: `2026-03-08T07:30:00Z`, `…+05:30`. A space instead
 * of `T` and a `+00`/`+0530` offset are accepted too, because that is how PostgreSQL prints a
 * `timestamptz`. A date without a time or an offset is not an instant and is refused.
 */
const INSTANT_PATTERN =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Milliseconds since the epoch of an ISO 8601 instant. Throws `DomainError` (VALIDATION_FAILED) naming `field`. */
export function parseInstant(value: string, field: string): number {
  const ms = INSTANT_PATTERN.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new DomainError(
      DomainErrorCode.ValidationFailed,
      `${field} must be an ISO 8601 instant with an offset, e.g. 2026-03-08T07:30:00Z; got "${value}".`,
      { context: { issues: [{ path: [field], message: 'not an ISO 8601 instant' }] } },
    );
  }
  return ms;
}

/** The instant as `YYYY-MM-DDTHH:mm:ss.sssZ` (UTC). */
export function toUtcIso(ms: number): string {
  return new Date(ms).toISOString();
}

const knownZones = new Set<string>();

/** Whether `timeZone` is an IANA zone name (or UTC offset) the platform's Intl data knows. */
export function isTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    knownZones.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Throws `DomainError` (VALIDATION_FAILED) naming `field` unless `timeZone` is a known IANA zone. */
export function assertTimeZone(timeZone: string, field = 'timeZone'): void {
  if (!isTimeZone(timeZone)) {
    throw new DomainError(
      DomainErrorCode.ValidationFailed,
      `${field} must be an IANA time zone such as Europe/London; got "${timeZone}".`,
      { context: { issues: [{ path: [field], message: 'not an IANA time zone' }] } },
    );
  }
}

/** `HH:mm` wall-clock time, 00:00–23:59. */
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes after local midnight of an `HH:mm` string (`24:00` → 1440). Assumes a checked format. */
export function minutesOfDay(hhmm: string): number {
  const [hours = '0', minutes = '0'] = hhmm.split(':');
  return Number(hours) * 60 + Number(minutes);
}
