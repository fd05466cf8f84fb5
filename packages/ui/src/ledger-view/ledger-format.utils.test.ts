import { toDecimalString } from '@estatekit/domain/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLedgerFormatters,
  filtersToInput,
  hasFilters,
  localIsoDate,
  periodProblem,
  readAmount,
} from './ledger-format.utils';

describe('given an amount typed into the payment form', () => {
  it('reads it exactly into minor units of the currency, in the locale', () => {
    expect(readAmount('1,030.50', 'USD', 'en-US')).toEqual({ ok: true, amountMinor: 103_050 });
    expect(readAmount('$ 1030.5', 'USD', 'en-US')).toEqual({ ok: true, amountMinor: 103_050 });
    expect(readAmount('1.030,50 €', 'EUR', 'de-DE')).toEqual({ ok: true, amountMinor: 103_050 });
    expect(readAmount('5000', 'JPY', 'ja-JP')).toEqual({ ok: true, amountMinor: 5_000 });
    expect(readAmount('1.250', 'KWD', 'en-US')).toEqual({ ok: true, amountMinor: 1_250 });
    expect(readAmount('0.01', 'USD', 'en-US')).toEqual({ ok: true, amountMinor: 1 });
  });

  it('refuses what cannot be a payment, saying what to type', () => {
    const message = (text: string, currency = 'USD') => {
      const reading = readAmount(text, currency, 'en-US');
      return reading.ok ? null : reading.message;
    };
    expect(message('  ')).toBe('Enter the amount received.');
    expect(message('0')).toBe('The amount must be more than zero.');
    expect(message('0.00')).toBe('The amount must be more than zero.');
    expect(message('-5')).toBe(
      'Enter a positive amount. To take money back, reverse the payment instead.',
    );
    expect(message('(5.00)')).toMatch(/positive amount/);
    expect(message('1.005')).toBe('USD amounts have at most 2 decimal places.');
    expect(message('10.000')).toBe('USD amounts have at most 2 decimal places.');
    expect(message('12.5', 'JPY')).toBe('JPY amounts have no decimal places.');
    expect(message('1e3')).toBe('Enter an amount in USD, such as 1250.00.');
    expect(message('12.3.4')).toBe('Enter an amount in USD, such as 1250.00.');
    expect(message('99999999999999999')).toBe('That amount is too large.');
    expect(message('5', 'XYZ')).toBe('XYZ is not a currency amounts can be recorded in.');
  });

  it('reads back every amount it formats as a plain decimal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('USD', 'JPY', 'KWD'),
        (amountMinor, currency) => {
          const text = toDecimalString({ amountMinor, currency });
          expect(readAmount(text, currency, 'en-US')).toEqual({ ok: true, amountMinor });
        },
      ),
    );
  });
});

describe('given the ledger formatters', () => {
  it('formats money with the currency’s decimals and ISO dates without shifting them', () => {
    const format = createLedgerFormatters('en-US');
    expect(format.money(103_050, 'USD')).toBe('$1,030.50');
    expect(format.money(5_000, 'JPY')).toBe('¥5,000');
    expect(format.money(5, 'XYZ')).toBe('5 XYZ (minor units)');
    expect(format.date('2026-03-01')).toBe('Mar 1, 2026');
    expect(localIsoDate(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});

describe('given the filters', () => {
  it('sends only what narrows, charge types in domain order', () => {
    expect(filtersToInput({})).toEqual({});
    expect(filtersToInput({ from: '', to: '', chargeTypes: [] })).toEqual({});
    expect(
      filtersToInput({
        from: '2026-01-01',
        to: '2026-01-31',
        chargeTypes: ['late_fee', 'rent', 'rent'],
      }),
    ).toEqual({ from: '2026-01-01', to: '2026-01-31', chargeTypes: ['rent', 'late_fee'] });
    expect(filtersToInput({ from: '01/02/2026' })).toEqual({});
    expect(hasFilters({ chargeTypes: [] })).toBe(false);
    expect(hasFilters({ to: '2026-01-31' })).toBe(true);
  });

  it('refuses a period that ends before it starts', () => {
    expect(periodProblem('2026-02-01', '2026-01-31')).toBe(
      'The end date must be on or after the start date.',
    );
    expect(periodProblem('2026-02-01', '2026-02-01')).toBeNull();
    expect(periodProblem('', '2026-02-01')).toBeNull();
  });
});
