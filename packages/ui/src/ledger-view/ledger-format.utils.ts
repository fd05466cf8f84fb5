import {
  type ChargeType,
  chargeTypes,
  minorUnitDigits,
  type PaymentMethod,
  parseMoney,
} from '@estatekit/domain/format';
import { createFormatters } from '../lib/format.utils';
import { normalizeDecimalInput } from '../property-grid/filter-input.utils';
import type { LedgerViewFilters } from './ledger-view.types';

/*
 * Words, money and dates of the ledger, and reading what people type: plain functions shared by
 * LedgerView's parts (and tested without React). Money never goes through floats.
 */

/** Labels of the charge types (`@estatekit/domain` `chargeTypes`), as a line-type filter shows them. */
export const chargeTypeLabels: Record<ChargeType, string> = {
  rent: 'Rent',
  electricity: 'Electricity',
  water: 'Water',
  wifi: 'Wi-Fi',
  parking: 'Parking',
  other: 'Other charge',
  late_fee: 'Late fee',
  deposit: 'Security deposit',
  move_out: 'Move-out deduction',
};

/** Labels of the payment methods (`paymentMethods`). */
export const paymentMethodLabels: Record<PaymentMethod, string> = {
  cash: 'Cash',
  bank_transfer: 'Bank transfer',
  card: 'Card',
  mobile_money: 'Mobile money',
  other: 'Other',
};

/** A charge type's label; unknown codes (a newer API) read as they are. */
export const chargeTypeLabel = (type: string | null | undefined): string =>
  (type && chargeTypeLabels[type as ChargeType]) || type || 'Charge';

/** A payment method's label; `null` (waivers, deposit applications) and unknown codes read as "Other". */
export const paymentMethodLabel = (method: string | null | undefined): string =>
  (method && paymentMethodLabels[method as PaymentMethod]) || 'Other';

/** Locale-aware money and dates of the ledger; build once per locale. */
export interface LedgerFormatters {
  locale: string;
  /** Minor units as money with the currency's own decimals: `103000, 'USD'` → `"$1,030.00"`. */
  money: (amountMinor: number, currency: string) => string;
  /** An ISO date (`2026-01-03`) as a medium date (`"Jan 3, 2026"`), never shifted by time zones. */
  date: (isoDate: string) => string;
}

/**
 * {@link LedgerFormatters} for a BCP 47 `locale`. Money goes through the domain's exact
 * `formatMoney` (decimal string to Intl, no float division); an unknown currency code falls
 * back to the bare minor units and the code. Throws `RangeError` for a malformed locale tag.
 */
export function createLedgerFormatters(locale: string): LedgerFormatters {
  const base = createFormatters(locale);
  return {
    locale,
    money: base.money,
    date: base.date,
  };
}

/** Result of reading a typed amount: minor units, or a message for the person typing. */
export type AmountReading = { ok: true; amountMinor: number } | { ok: false; message: string };

/**
 * Reads an amount typed in major units of `currency` in `locale` (`"1,030.50"` en-US,
 * `"1.030,50"` de-DE, with or without the currency symbol) into exact integer minor units
 * (the domain's `parseMoney` shifts the decimal point on the digits; no floats). Refuses, with
 * a message saying what to type: nothing, a sign (a payment is positive; corrections are
 * reversals), anything that is not a number, more decimals than the currency has (USD 2, JPY 0,
 * KWD 3; `"10.000"` USD is refused rather than guessed), zero, and amounts beyond
 * `Number.MAX_SAFE_INTEGER` minor units. Never throws.
 */
export function readAmount(text: string, currency: string, locale: string): AmountReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the amount received.' };
  if (/[-−‒–]|^\(.*\)$/.test(trimmed)) {
    return {
      ok: false,
      message: 'Enter a positive amount. To take money back, reverse the payment instead.',
    };
  }
  let digits: number;
  try {
    digits = minorUnitDigits(currency);
  } catch {
    return { ok: false, message: `${currency} is not a currency amounts can be recorded in.` };
  }
  const normalized = normalizeDecimalInput(trimmed, locale, currency);
  if (normalized === null) {
    const example = digits === 0 ? '1250' : `1250.${'0'.repeat(digits)}`;
    return { ok: false, message: `Enter an amount in ${currency}, such as ${example}.` };
  }
  const decimals = normalized.split('.')[1]?.length ?? 0;
  if (decimals > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} amounts have no decimal places.`
          : `${currency} amounts have at most ${digits} decimal ${digits === 1 ? 'place' : 'places'}.`,
    };
  }
  let amountMinor: number;
  try {
    amountMinor = parseMoney(normalized, currency).amountMinor;
  } catch {
    return { ok: false, message: 'That amount is too large.' };
  }
  if (amountMinor <= 0) return { ok: false, message: 'The amount must be more than zero.' };
  return { ok: true, amountMinor };
}

/** The visitor's calendar day as an ISO date (`2026-03-10`), for when the API has not said. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Filters as `ledger.forLease` input fields: only what narrows (an empty date or type list is
 * left out), charge types in the domain's order without duplicates, so equal filters make
 * equal query keys.
 */
export function filtersToInput(filters: LedgerViewFilters): {
  from?: string;
  to?: string;
  chargeTypes?: ChargeType[];
} {
  const types = chargeTypes.filter((type) => filters.chargeTypes?.includes(type));
  return {
    ...(filters.from && ISO_DATE.test(filters.from) ? { from: filters.from } : {}),
    ...(filters.to && ISO_DATE.test(filters.to) ? { to: filters.to } : {}),
    ...(types.length > 0 ? { chargeTypes: types } : {}),
  };
}

/** Whether any filter narrows the entries. */
export const hasFilters = (filters: LedgerViewFilters): boolean =>
  Object.keys(filtersToInput(filters)).length > 0;

/**
 * Why a period cannot be used, or `null`: both dates must be ISO dates when given, and the end
 * on or after the start.
 */
export function periodProblem(from: string, to: string): string | null {
  if (from && !ISO_DATE.test(from)) return 'Enter the start date as a date.';
  if (to && !ISO_DATE.test(to)) return 'Enter the end date as a date.';
  if (from && to && from > to) return 'The end date must be on or after the start date.';
  return null;
}
