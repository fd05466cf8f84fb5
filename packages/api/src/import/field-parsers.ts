import { type CurrencyCode, isDomainError, minorUnitDigits, parseMoney } from '@estatekit/domain';

/** Outcome of reading one CSV cell: the value, or a short reason a person can act on. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Reads one non-empty CSV cell (the caller skips empty cells). `currency` is the profile's ISO
 * 4217 code, for money cells. `null` as a value means "known to be absent" (e.g. a renovation
 * year of 0).
 */
export type ValueParser = (
  text: string,
  context: { currency: CurrencyCode },
) => ParseResult<string | number | boolean | null>;

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = (reason: string): ParseResult<never> => ({ ok: false, reason });

/** The cell's text with surrounding whitespace removed. Never fails. */
export function parseText(text: string): ParseResult<string> {
  return ok(text.trim());
}

const INTEGER = /^[+-]?\d+(?:\.0*)?$/;

/** A whole number such as `3`, `-12` or `1955.0` (spreadsheets add `.0`). No thousands separators. */
export function parseInteger(text: string): ParseResult<number> {
  const trimmed = text.trim();
  if (!INTEGER.test(trimmed)) return fail('not a whole number');
  const value = Number.parseInt(trimmed, 10);
  return Number.isSafeInteger(value) ? ok(value === 0 ? 0 : value) : fail('number too large');
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A decimal number for measures (square feet, degrees, bathroom counts): `2.25`, `-122.257`,
 * `1.5E+03`. Parsed to a JS number, which is fine for measures; money uses `parseMoneyMinor`.
 */
export function parseDecimal(text: string): ParseResult<number> {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return fail('not a decimal number');
  const value = Number(trimmed);
  return Number.isFinite(value) ? ok(value === 0 ? 0 : value) : fail('number too large');
}

/**
 * An amount in major units (`221900`, `1234.50`, `1.19E+06`) as exact integer minor units of
 * `currency`, via the domain's `parseMoney` (no floats). Refuses negative amounts and amounts
 * with more decimals than the currency has (ISO 4217 minor units).
 */
export function parseMoneyMinor(text: string, currency: CurrencyCode): ParseResult<number> {
  try {
    const { amountMinor } = parseMoney(text, currency);
    return amountMinor < 0 ? fail('negative amount') : ok(amountMinor);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.message.includes('precision')) {
      return fail(`more decimals than ${currency} has (${minorUnitDigits(currency)})`);
    }
    if (error.message.includes('whole number')) return fail('amount too large');
    return fail('not a decimal amount');
  }
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n']);

/** A yes/no cell: `1`/`0`, `true`/`false`, `yes`/`no`, `y`/`n`, any letter case. */
export function parseBoolean(text: string): ParseResult<boolean> {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail('not a yes/no value (expected 1/0, true/false or yes/no)');
}

// ISO 8601 calendar date, extended (2014-10-13) or basic (20141013), optionally followed by a
// time of day, extended (T12:30:00, with optional fraction and zone) or basic (T000000).
const EXTENDED_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const BASIC_DATE =
  /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}(?:\d{2})?)?)?$/;

/** Days in a month of the proleptic Gregorian calendar (ISO 8601), leap years included. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * An ISO 8601 calendar date, extended (`2014-10-13`) or basic (`20141013`), optionally with a
 * time of day (`20141013T000000`, `2014-10-13T09:30:00Z`), returned as `YYYY-MM-DD`. The date is
 * taken as written: a time zone does not move it to another day. Refuses dates that do not exist
 * (`20141399T000000`, `2015-02-29`) and impossible times (`T250000`).
 */
export function parseIsoDate(text: string): ParseResult<string> {
  const trimmed = text.trim();
  const match = EXTENDED_DATE.exec(trimmed) ?? BASIC_DATE.exec(trimmed);
  if (!match) return fail('not a date (expected YYYY-MM-DD or YYYYMMDDThhmmss)');
  const [, yearText = '', monthText = '', dayText = '', hour = '0', minute = '0', second = '0'] =
    match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12) return fail(`not a real calendar date (there is no month ${month})`);
  if (day < 1 || day > daysInMonth(year, month)) {
    return fail(`not a real calendar date (${yearText}-${monthText} has no day ${day})`);
  }
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return fail('not a real time of day');
  }
  return ok(`${yearText}-${monthText}-${dayText}`);
}
