import type { CurrencyCode } from '../money/money';
import { money, toDecimalString } from '../money/money';
import type { ChargeType } from './ledger.codes';

/**
 * Wording shared by the ledger's explanations (allocation reasons, refusal messages, late-fee
 * reasons). Sentences are English and meant for a landlord reading the ledger; the UI may show
 * them as they are.
 */

const chargeTypeLabels = {
  rent: 'rent',
  electricity: 'electricity',
  water: 'water',
  wifi: 'wifi',
  parking: 'parking',
  other: 'other charge',
  late_fee: 'late fee',
  deposit: 'security deposit',
  move_out: 'move-out deduction',
} as const satisfies Record<ChargeType, string>;

/** How a charge type reads in a sentence: `late_fee` → `late fee`. */
export function chargeTypeLabel(type: ChargeType): string {
  return chargeTypeLabels[type];
}

/**
 * Minor units as the exact decimal the currency writes, without a symbol: 12000 USD → `120.00`.
 * Throws `MoneyError` (INVALID_MONEY) for a non-integer amount or a code that is not ISO 4217.
 */
export function amountText(amountMinor: number, currency: CurrencyCode): string {
  return toDecimalString(money(amountMinor, currency));
}

/** `1` → `1st`, `2` → `2nd`, `11` → `11th`, `23` → `23rd`. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
