import { LedgerError } from '../errors/domain-error';
import { type CurrencyCode, minorUnitDigits } from '../money/money';
import { type ChargeType, chargeLineTypes, type IsoDate } from './ledger.codes';
import { daysToIsoDate, isoDateToDays } from './ledger-dates';
import type { LateFeePolicy, LateFeeRule } from './ledger-policies';
import { amountText, chargeTypeLabel } from './ledger-text';

/** A late fee to charge: a `late_fee` charge due on `feeDate`, pointing at the late charge. */
export interface LateFeeDraft {
  sourceChargeId: string;
  /** Index of the rule in `LateFeePolicy.rules` that charges it. */
  ruleIndex: number;
  feeDate: IsoDate;
  amountMinor: number;
  reason: string;
}

/**
 * A late fee already on the ledger. Pass every fee ever charged, reversed ones too with
 * `reversed: true`: a reversed fee is never charged again, but does not count toward the cap.
 */
export interface ExistingLateFee {
  sourceChargeId: string;
  ruleIndex: number;
  feeDate: IsoDate;
  amountMinor: number;
  reversed?: boolean;
}

const feeable = new Set<ChargeType>(chargeLineTypes);
const feeKey = (chargeId: string, ruleIndex: number, date?: IsoDate) =>
  JSON.stringify([chargeId, ruleIndex, date ?? null]);

/**
 * One fee of `rule` on a charge with `openMinor` open (minor units): the flat amount, or
 * `basisPoints × openMinor / 10000` rounded half up, computed exactly with BigInt
 * (250 bp of 333 → 8.325 → 8; of 334 → 8.35 → 8; of 338 → 8.45 → 8; of 340 → 8.5 → 9).
 */
export function lateFeeAmount(rule: LateFeeRule, openMinor: number): number {
  if (rule.amount.kind === 'flat') return rule.amount.amountMinor;
  return Number((BigInt(rule.amount.basisPoints) * BigInt(openMinor) + 5000n) / 10000n);
}

function percentText(basisPoints: number): string {
  const fraction = basisPoints % 100;
  const decimals = fraction === 0 ? '' : `.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
  return `${Math.floor(basisPoints / 100)}${decimals}%`;
}

/**
 * Late fees due on `asOf` under `policy`, not yet on the ledger. Only recurring-line charges
 * (rent, utilities, parking, other — never a late fee, deposit or move-out deduction) with an
 * open amount incur fees. A charge is late from day `dueDate + graceDays + 1`:
 * - `once` → one fee dated that first late day;
 * - `daily` → one fee per late day through `asOf`, catching up days never assessed.
 * Each fee is `lateFeeAmount(rule, openMinor)` with the open amount as of `asOf` (also for
 * catch-up days); a fee that rounds to 0 is not charged. Fees of one rule on one charge stop at
 * `capMinor`, counting live existing fees and new ones, the last one cut to fit.
 *
 * Idempotent: a `(sourceChargeId, ruleIndex, feeDate)` in `existingFees` is never drafted again,
 * so running the assessment twice, or daily, charges each fee once. `suspended` (an approved
 * payment plan is being kept) → no fees. Amounts are integer minor units of `currency`.
 *
 * e.g. rent 1000.00 due 03-01, 5 grace days, 50.00 once → one fee dated 03-07 from 03-07 on;
 * 1 % daily capped at 25.00 on 03-10 → 10.00 on 03-07, 03-08, 5.00 on 03-09, then nothing.
 *
 * Throws `DomainError` (VALIDATION_FAILED) for a malformed date, `MoneyError` for a bad currency.
 */
export function assessLateFees(input: {
  policy: LateFeePolicy;
  charges: readonly {
    id: string;
    type: ChargeType;
    dueDate: IsoDate;
    amountMinor: number;
    openMinor: number;
  }[];
  existingFees: readonly ExistingLateFee[];
  asOf: IsoDate;
  suspended: boolean;
  currency: CurrencyCode;
}): LateFeeDraft[] {
  const { policy, asOf, currency } = input;
  const today = isoDateToDays(asOf, 'asOf');
  minorUnitDigits(currency);
  if (input.suspended) return [];
  const charged = new Set<string>();
  const totals = new Map<string, number>();
  for (const fee of input.existingFees) {
    charged.add(feeKey(fee.sourceChargeId, fee.ruleIndex, fee.feeDate));
    const total = feeKey(fee.sourceChargeId, fee.ruleIndex);
    if (!fee.reversed) totals.set(total, (totals.get(total) ?? 0) + fee.amountMinor);
  }
  const drafts: LateFeeDraft[] = [];
  for (const charge of input.charges) {
    if (!feeable.has(charge.type) || charge.openMinor <= 0) continue;
    const due = isoDateToDays(charge.dueDate, 'dueDate');
    policy.rules.forEach((rule, ruleIndex) => {
      const firstLate = due + rule.graceDays + 1;
      const lastDay = rule.recurrence === 'once' ? firstLate : today;
      const fee = lateFeeAmount(rule, charge.openMinor);
      if (today < firstLate || fee === 0) return;
      let total = totals.get(feeKey(charge.id, ruleIndex)) ?? 0;
      const grace =
        rule.graceDays === 0
          ? 'after its due date'
          : `after the ${rule.graceDays}-day grace period`;
      const open = amountText(charge.openMinor, currency);
      const what = `${chargeTypeLabel(charge.type)} due ${charge.dueDate} still unpaid ${grace} (${open} open)`;
      const how =
        rule.amount.kind === 'flat'
          ? `flat ${amountText(fee, currency)}`
          : `${percentText(rule.amount.basisPoints)} of ${open} = ${amountText(fee, currency)}`;
      for (let day = firstLate; day <= lastDay; day++) {
        const feeDate = daysToIsoDate(day);
        if (charged.has(feeKey(charge.id, ruleIndex, feeDate))) continue;
        const room = rule.capMinor === null ? fee : rule.capMinor - total;
        if (room <= 0) break;
        const amountMinor = Math.min(fee, room);
        const capped =
          amountMinor < fee
            ? `, cut to reach the ${amountText(rule.capMinor ?? 0, currency)} cap`
            : '';
        const label = rule.recurrence === 'once' ? 'Late fee' : `Daily late fee for ${feeDate}`;
        const reason = `${label}: ${what}; ${how}${capped}`;
        drafts.push({ sourceChargeId: charge.id, ruleIndex, feeDate, amountMinor, reason });
        total += amountMinor;
      }
    });
  }
  return drafts;
}

/**
 * Waives what is open on a late fee. A waiver never edits the fee: it is a payment-side entry
 * of kind `waiver` for the open amount, allocated to the fee, so the fee and its forgiveness
 * both stay on the ledger. Returns that entry (minor units). Throws `LedgerError`
 * (rule `nothing_to_waive`) when nothing is open on the fee.
 */
export function waiveLateFee(fee: { id: string; openMinor: number }): {
  kind: 'waiver';
  chargeId: string;
  amountMinor: number;
} {
  if (fee.openMinor <= 0) {
    throw new LedgerError(
      'This late fee is already paid or waived; there is nothing left to waive.',
      { rule: 'nothing_to_waive', chargeId: fee.id, openMinor: fee.openMinor },
    );
  }
  return { kind: 'waiver', chargeId: fee.id, amountMinor: fee.openMinor };
}
