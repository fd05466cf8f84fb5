import { describe, expect, it } from 'vitest';
import { DomainError, DomainErrorCode, LedgerError, MoneyError } from '../errors/domain-error';
import { settleSecurityDeposit } from './security-deposit';

describe('given a deposit of 1500.00 at move-out', () => {
  it('refunds 1300.00 after cleaning 120.00 and a broken blind 80.00, itemised', () => {
    const result = settleSecurityDeposit({
      heldMinor: 150_000,
      deductions: [
        { description: ' Cleaning ', amountMinor: 12_000 },
        { description: 'Broken blind', amountMinor: 8_000 },
      ],
      currency: 'USD',
    });
    expect(result).toEqual({
      deductions: [
        { description: 'Cleaning', amountMinor: 12_000 },
        { description: 'Broken blind', amountMinor: 8_000 },
      ],
      refundMinor: 130_000,
    });
  });

  it('refunds everything with no deductions, and nothing when they take it all', () => {
    expect(
      settleSecurityDeposit({ heldMinor: 150_000, deductions: [], currency: 'USD' }).refundMinor,
    ).toBe(150_000);
    const all = [{ description: 'Repainting', amountMinor: 150_000 }];
    expect(
      settleSecurityDeposit({ heldMinor: 150_000, deductions: all, currency: 'USD' }).refundMinor,
    ).toBe(0);
  });

  it('refuses deductions beyond the deposit, saying by how much', () => {
    try {
      settleSecurityDeposit({
        heldMinor: 150_000,
        deductions: [{ description: 'New carpet', amountMinor: 160_000 }],
        currency: 'USD',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LedgerError);
      expect((error as LedgerError).message).toBe(
        'Deductions of 1600.00 USD exceed the 1500.00 USD deposit held.',
      );
      expect((error as LedgerError).context).toMatchObject({
        rule: 'deductions_exceed_deposit',
        excessMinor: 10_000,
      });
    }
  });

  it('refuses a zero deduction and one without a description', () => {
    expect(() =>
      settleSecurityDeposit({
        heldMinor: 1,
        deductions: [{ description: 'x', amountMinor: 0 }],
        currency: 'USD',
      }),
    ).toThrow(MoneyError);
    try {
      settleSecurityDeposit({
        heldMinor: 1,
        deductions: [{ description: '  ', amountMinor: 1 }],
        currency: 'USD',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(DomainErrorCode.ValidationFailed);
    }
  });
});
