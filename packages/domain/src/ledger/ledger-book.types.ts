import type { CurrencyCode } from '../money/money';
import type { ChargeType, IsoDate, PaymentKind, ReversibleEntryKind } from './ledger.codes';
import type { AllocationPolicy } from './ledger-policies';

/**
 * Entries of the reference ledger (`LedgerBook`), one row each in the API's tables. Entries are
 * never changed once written; whether one is reversed is read from the reversals that point at
 * it. Amounts are integer minor units of the book's currency.
 */

/** A charge: rent, a utility, a late fee… `sequence` is its creation order on the ledger. */
export interface BookCharge {
  id: string;
  type: ChargeType;
  dueDate: IsoDate;
  amountMinor: number;
  sequence: number;
  /** For a late fee: the late charge and the policy rule that charged it; otherwise `null`. */
  lateFee: { sourceChargeId: string; ruleIndex: number; feeDate: IsoDate } | null;
  /** Why it was charged, when the ledger charged it itself (late fees); otherwise `null`. */
  reason: string | null;
}

/**
 * A payment-side entry: cash received (`payment`) or a waiver of a late fee (`waiver`). Every
 * entry here is confirmed: a pending payment is not on the ledger until it is. `policy` is the
 * allocation policy in force when it was recorded, also used to apply its credit later.
 */
export interface BookPayment {
  id: string;
  kind: PaymentKind;
  amountMinor: number;
  receivedOn: IsoDate;
  sequence: number;
  policy: AllocationPolicy;
}

/** `amountMinor` of payment `paymentId` paying charge `chargeId`, and why. */
export interface BookAllocation {
  id: string;
  paymentId: string;
  chargeId: string;
  amountMinor: number;
  reason: string;
}

/** Cancels the entry `entryId` of kind `kind`. An entry is reversed at most once. */
export interface BookReversal {
  id: string;
  kind: ReversibleEntryKind;
  entryId: string;
  reason: string;
}

/** Entries the book writes itself and so needs ids for (from `LedgerBookOptions.nextId`). */
export type GeneratedEntryKind = 'allocation' | 'reversal' | 'late_fee' | 'waiver';

/** How a `LedgerBook` is set up: its ISO 4217 currency and where ids of its own entries come from. */
export interface LedgerBookOptions {
  currency: CurrencyCode;
  /** Returns a fresh, unique id; defaults to a counter (`allocation-1`, `reversal-1`, …). */
  nextId?: (kind: GeneratedEntryKind) => string;
}
