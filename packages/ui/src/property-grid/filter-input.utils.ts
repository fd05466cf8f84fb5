import { money, parseMoney, toDecimalString } from '@estatekit/domain/format';

/*
 * Reading numbers people type into the filter bar, in their locale. Money goes through the
 * domain's exact decimal parser: never through floating point.
 */

const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Normalises a number typed in `locale` to a plain decimal string (`"1.250.000,5"` in de-DE →
 * `"1250000.5"`): drops spaces, the locale's group separator and `currencySymbol`, and turns its
 * decimal separator into `.`. Returns `null` for anything else (letters, signs, two points).
 */
export function normalizeDecimalInput(
  text: string,
  locale: string,
  currency?: string,
): string | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let value = text.replace(/[\s\u00a0\u202f]/g, '');
  if (currency) {
    const symbol = new Intl.NumberFormat(locale, { style: 'currency', currency })
      .formatToParts(1)
      .find((p) => p.type === 'currency')?.value;
    for (const s of new Set([symbol, currency, '$'])) if (s) value = value.split(s).join('');
  }
  value = value.split(group).join('');
  if (decimal !== '.') value = value.split(decimal).join('.');
  return DECIMAL.test(value) ? value : null;
}

/**
 * Converts an amount typed in major units of `currency` to integer minor units, exactly (no
 * floats: the domain's `parseMoney` shifts the decimal point on the digits). `"7,700,000"` USD
 * → `770000000`; `"1999.99"` → `199999`; `"5"` JPY → `5`. Throws `RangeError` with a message for
 * the user when the text is not an amount or has more decimals than the currency allows.
 */
export function majorToMinorUnits(text: string, currency: string, locale: string): number {
  const normalized = normalizeDecimalInput(text, locale, currency);
  if (normalized === null) throw new RangeError(`Enter an amount such as 250000.`);
  try {
    return parseMoney(normalized, currency).amountMinor;
  } catch {
    throw new RangeError(`Enter an amount in ${currency} with no more precision than cents.`);
  }
}

/** Minor units back to a plain major-unit string for the input: `25000000` USD → `"250000"`. */
export function minorToMajorInput(amountMinor: number, currency: string): string {
  return toDecimalString(money(amountMinor, currency)).replace(/\.0+$/, '');
}

/** A typed decimal as a plain decimal string; throws `RangeError` naming the expected form. */
export function requireDecimal(text: string, locale: string): string {
  const normalized = normalizeDecimalInput(text, locale);
  if (normalized === null) throw new RangeError('Enter a number such as 1500.');
  return normalized;
}

/** A typed whole number within `min`–`max`; throws `RangeError` with the allowed range. */
export function wholeNumber(text: string, locale: string, min: number, max: number): number {
  const value = Number(requireDecimal(text, locale));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`Enter a whole number from ${min} to ${max}.`);
  }
  return value;
}
