import { DomainError, DomainErrorCode, LedgerError, MoneyError } from '../errors/domain-error';
import { type CurrencyCode, minorUnitDigits } from '../money/money';
import { assertPositiveMinor } from './allocation';
import { amountText } from './ledger-text';

/** A move-out deduction from the deposit: what it is for, and how much (minor units, > 0). */
export interface DepositDeduction {
  description: string;
  amountMinor: number;
}

/**
 * Settles a security deposit at move-out: what is kept, itemised, and what goes back.
 *
 * The deposit is a liability, not income: the landlord holds the tenant's money. It is never
 * netted into one figure. Each deduction is written as its own `move_out` charge, settled by a
 * payment-side entry of kind `deposit_application` for the same amount; the refund is a
 * separate entry paying the rest back. So the ledger shows what was held, each deduction with
 * its reason, and the refund, one entry each.
 *
 * `heldMinor` (≥ 0) and amounts are integer minor units of `currency`; descriptions are trimmed
 * and must not be empty. e.g. 1500.00 held, cleaning 120.00 and a broken blind 80.00 → refund
 * 1300.00. Deducting the whole deposit (refund 0) is allowed.
 *
 * Throws `LedgerError` (rule `deductions_exceed_deposit`) when the deductions add up to more
 * than is held (collect the excess as an ordinary charge instead); `MoneyError`
 * (INVALID_MONEY) for a bad amount; `DomainError` (VALIDATION_FAILED) for an empty description.
 */
export function settleSecurityDeposit(input: {
  heldMinor: number;
  deductions: readonly DepositDeduction[];
  currency: CurrencyCode;
}): { deductions: DepositDeduction[]; refundMinor: number } {
  const { heldMinor, currency } = input;
  minorUnitDigits(currency);
  if (!Number.isSafeInteger(heldMinor) || heldMinor < 0) {
    throw new MoneyError(
      'INVALID_MONEY',
      `heldMinor must be a whole number ≥ 0; got ${heldMinor}`,
      {
        heldMinor,
      },
    );
  }
  const deductions = input.deductions.map((deduction, i) => {
    assertPositiveMinor(deduction.amountMinor, `deductions[${i}].amountMinor`);
    const description = deduction.description.trim();
    if (description === '') {
      throw new DomainError(
        DomainErrorCode.ValidationFailed,
        'Every deduction needs a description the tenant can read.',
        { context: { issues: [{ path: ['deductions', i, 'description'], message: 'empty' }] } },
      );
    }
    return { description, amountMinor: deduction.amountMinor };
  });
  const deductedMinor = deductions.reduce((sum, d) => sum + d.amountMinor, 0);
  if (deductedMinor > heldMinor) {
    const [held, deducted] = [amountText(heldMinor, currency), amountText(deductedMinor, currency)];
    throw new LedgerError(
      `Deductions of ${deducted} ${currency} exceed the ${held} ${currency} deposit held.`,
      {
        rule: 'deductions_exceed_deposit',
        heldMinor,
        deductedMinor,
        excessMinor: deductedMinor - heldMinor,
      },
      'Deduct at most the deposit held, and charge the rest to the tenant as a separate charge.',
    );
  }
  return { deductions, refundMinor: heldMinor - deductedMinor };
}
