import { formatArea, formatMoney } from '@estatekit/domain/format';

/** Locale-aware formatters for listing values; build once per locale with {@link createFormatters}. */
export interface Formatters {
  locale: string;
  /** Whole units of `currency` from integer minor units: `770000000, 'USD'` → `"$7,700,000"`. */
  price: (amountMinor: number, currency: string) => string;
  /** Integer minor units in full precision, as a ledger shows them: `120050, 'USD'` → `"$1,200.50"`. */
  money: (amountMinor: number, currency: string) => string;
  /** A count with digit grouping: `21436` → `"21,436"`. */
  integer: (value: number) => string;
  /** Up to two decimals: bathrooms `2.25` → `"2.25"`. */
  decimal: (value: number) => string;
  /** Square feet shown in the locale's unit: `1850` → `"1,850 sq ft"` (en-US), `"172 m²"` (de-DE). */
  area: (squareFeet: number) => string;
  /** An ISO calendar date (`2024-03-01`) as a medium date, never shifted by the time zone. */
  date: (isoDate: string) => string;
  /** An ISO 8601 instant as a medium date and short time in the visitor's time zone. */
  dateTime: (isoInstant: string) => string;
  /** `"21,436 listings"`, `"1 listing"`. */
  listingCount: (total: number) => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formatters for a BCP 47 `locale` using `Intl`. Prices and money go through the domain's
 * `formatMoney` (exact decimal string, no float division), prices with no fraction digits, as
 * grids show whole units; an unknown currency code falls back to the bare number and the code. Areas use the
 * domain's `formatArea` (square feet in US/LR/MM, square metres elsewhere). Throws
 * `RangeError` for a malformed locale tag.
 */
export function createFormatters(locale: string): Formatters {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const plural = new Intl.PluralRules(locale);
  return {
    locale,
    price(amountMinor, currency) {
      try {
        return formatMoney({ amountMinor, currency }, locale, { maximumFractionDigits: 0 });
      } catch {
        return `${integer.format(amountMinor)} ${currency} (minor units)`;
      }
    },
    money(amountMinor, currency) {
      try {
        return formatMoney({ amountMinor, currency }, locale);
      } catch {
        return `${integer.format(amountMinor)} ${currency} (minor units)`;
      }
    },
    integer: (value) => integer.format(value),
    decimal: (value) => decimal.format(value),
    area: (squareFeet) => (squareFeet >= 0 ? formatArea(squareFeet, locale) : String(squareFeet)),
    date: (isoDate) =>
      ISO_DATE.test(isoDate) ? date.format(new Date(`${isoDate}T00:00:00Z`)) : isoDate,
    dateTime: (iso) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : dateTime.format(time);
    },
    listingCount: (total) =>
      `${integer.format(total)} ${plural.select(total) === 'one' ? 'listing' : 'listings'}`,
  };
}
