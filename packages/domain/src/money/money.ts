import { MoneyError } from '../errors/domain-error';

/** ISO 4217 alphabetic code, e.g. `USD`, `EUR`, `JPY`, `KWD`. */
export type CurrencyCode = string;

/**
 * An amount of money: an integer count of the currency's minor units (cents for USD, yen for
 * JPY, fils for KWD) plus its ISO 4217 code. Never a float.
 */
export interface Money {
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
}

const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** CLDR's names for ISO 4217 codes (current and historic); `undefined` for a code ISO never issued. */
const currencyNames = new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' });

/** Per-code cache: building an Intl.NumberFormat per parsed amount dominated CSV imports. */
const digitsByCurrency = new Map<CurrencyCode, number>();

/**
 * Number of minor-unit digits of a currency per ISO 4217, as the platform's CLDR data knows it
 * (USD 2, JPY 0, KWD 3). Throws `MoneyError` (INVALID_MONEY) for a code that is not ISO 4217.
 */
export function minorUnitDigits(currency: CurrencyCode): number {
  const known = digitsByCurrency.get(currency);
  if (known !== undefined) return known;
  if (!CURRENCY_PATTERN.test(currency) || currencyNames.of(currency) === undefined) {
    throw new MoneyError('INVALID_MONEY', `"${currency}" is not an ISO 4217 currency code`, {
      currency,
    });
  }
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    digitsByCurrency.set(currency, digits);
    return digits;
  } catch (cause) {
    throw new MoneyError('INVALID_MONEY', `"${currency}" is not an ISO 4217 currency code`, {
      currency,
      cause,
    });
  }
}

/**
 * Builds a `Money` after checking the amount is a safe integer and the code is ISO 4217.
 * Throws `MoneyError` (INVALID_MONEY) otherwise.
 */
export function money(amountMinor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new MoneyError(
      'INVALID_MONEY',
      `amount ${amountMinor} is not a whole number of minor units`,
      {
        amountMinor,
      },
    );
  }
  minorUnitDigits(currency);
  return { amountMinor, currency };
}

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a decimal string in major units — `"221900"`, `"1234.5"`, `"1.19E+06"` (scientific
 * notation as spreadsheets write it) — into exact minor units, without going through floats.
 * Digits beyond the currency's precision must be zero: `"1.005"` USD is refused rather than
 * rounded. Throws `MoneyError` (INVALID_MONEY) for anything else.
 */
export function parseMoney(text: string, currency: CurrencyCode): Money {
  const digits = minorUnitDigits(currency);
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match) {
    throw new MoneyError('INVALID_MONEY', `"${text}" is not a decimal amount`, { text });
  }
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  // Shift the decimal point: the value is (whole.fraction) × 10^(exponent + digits) minor units.
  const shift = Number(exponentText) + digits;
  const allDigits = whole + fraction;
  const significant = allDigits.replace(/^0+/, '');
  if (significant === '') return money(0, currency);
  const pointAt = whole.length + shift;
  // Refuse before padding: more than 16 integer digits is beyond any safe integer, and a huge
  // exponent ("1e999999999") would otherwise build a string of that many zeros.
  if (pointAt - (allDigits.length - significant.length) > 16) {
    throw new MoneyError(
      'INVALID_MONEY',
      `"${text}" is too large: amounts must stay within ±${Number.MAX_SAFE_INTEGER} minor units`,
      { text, currency },
    );
  }
  const integerPart = pointAt <= 0 ? '0' : allDigits.padEnd(pointAt, '0').slice(0, pointAt);
  const remainder = pointAt <= 0 ? allDigits : allDigits.slice(Math.max(pointAt, 0));
  if (/[1-9]/.test(remainder)) {
    throw new MoneyError(
      'INVALID_MONEY',
      `"${text}" has more precision than ${currency} allows (${digits} decimal places)`,
      { text, currency },
    );
  }
  const amount = Number(BigInt(integerPart) * (sign === '-' ? -1n : 1n));
  return money(Object.is(amount, -0) ? 0 : amount, currency);
}

/** The amount as an exact decimal string in major units: 12345 USD → `"123.45"`. */
export function toDecimalString(value: Money): string {
  const digits = minorUnitDigits(value.currency);
  const negative = value.amountMinor < 0;
  const text = Math.abs(value.amountMinor)
    .toString()
    .padStart(digits + 1, '0');
  const major = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return negative ? `-${major}` : major;
}

/**
 * Formats for display with `Intl.NumberFormat` in the given BCP 47 locale. The exact decimal
 * string is handed to Intl (no float division). `maximumFractionDigits` lets a grid show whole
 * units (`$7,700,000`).
 */
export function formatMoney(
  value: Money,
  locale: string,
  options: { maximumFractionDigits?: number } = {},
): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    ...(options.maximumFractionDigits === undefined
      ? {}
      : { maximumFractionDigits: options.maximumFractionDigits, minimumFractionDigits: 0 }),
  });
  // Intl accepts decimal strings exactly (ECMA-402 NumberFormat v3); the cast satisfies older lib types.
  return format.format(toDecimalString(value) as unknown as number);
}

/** Sum of amounts in one currency. Throws `MoneyError` (CURRENCY_MISMATCH) across currencies. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new MoneyError('CURRENCY_MISMATCH', `cannot add ${a.currency} to ${b.currency}`, {
      left: a.currency,
      right: b.currency,
    });
  }
  return money(a.amountMinor + b.amountMinor, a.currency);
}
