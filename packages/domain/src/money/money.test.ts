import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainErrorCode, MoneyError } from '../errors/domain-error';
import {
  addMoney,
  formatMoney,
  minorUnitDigits,
  money,
  parseMoney,
  toDecimalString,
} from './money';

/** Runs `action` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('given a price as an MLS feed or spreadsheet writes it', () => {
  it('reads a whole-dollar price as cents', () => {
    expect(parseMoney('221900', 'USD')).toEqual({ amountMinor: 22_190_000, currency: 'USD' });
  });

  it('reads spreadsheet scientific notation exactly', () => {
    expect(parseMoney('1.19E+06', 'USD')).toEqual({ amountMinor: 119_000_000, currency: 'USD' });
    expect(parseMoney('7.7E+06', 'USD')).toEqual({ amountMinor: 770_000_000, currency: 'USD' });
    expect(parseMoney('7.7e6', 'USD').amountMinor).toBe(770_000_000);
  });

  it('reads a price with fewer decimals than the currency has', () => {
    expect(parseMoney('1234.5', 'USD').amountMinor).toBe(123_450);
  });

  it('reads negative zero as plain zero', () => {
    const zero = parseMoney('-0', 'USD');
    expect(zero.amountMinor).toBe(0);
    expect(Object.is(zero.amountMinor, -0)).toBe(false);
  });

  it('ignores leading zeros and surrounding whitespace', () => {
    expect(parseMoney('000123.45', 'USD').amountMinor).toBe(12_345);
    expect(parseMoney('  42  ', 'USD').amountMinor).toBe(4_200);
  });

  it('reads negative amounts, as refunds and credits are written', () => {
    expect(parseMoney('-12.34', 'EUR')).toEqual({ amountMinor: -1_234, currency: 'EUR' });
  });

  it('uses the precision of the currency: none for JPY, three places for KWD', () => {
    expect(parseMoney('221900', 'JPY').amountMinor).toBe(221_900);
    expect(parseMoney('1.5', 'KWD').amountMinor).toBe(1_500);
    expect(parseMoney('1.005', 'KWD').amountMinor).toBe(1_005);
  });

  it('accepts trailing zeros beyond the currency precision', () => {
    expect(parseMoney('12.500', 'USD').amountMinor).toBe(1_250);
    expect(parseMoney('100.0', 'JPY').amountMinor).toBe(100);
  });
});

describe('given a price that cannot be represented exactly', () => {
  it('refuses sub-cent precision instead of rounding it', () => {
    const error = thrownBy(() => parseMoney('1.005', 'USD'));
    expect(error).toBeInstanceOf(MoneyError);
    expect(error).toMatchObject({ code: DomainErrorCode.InvalidMoney });
    expect((error as Error).message).toContain('2 decimal places');
  });

  it('refuses fractional yen', () => {
    expect(() => parseMoney('100.5', 'JPY')).toThrow(/0 decimal places/);
  });

  it.each(['abc', '', '   ', '1,000', '$100', '1.2.3', '.5', 'NaN', 'Infinity', '1e', '--1'])(
    'refuses %j as not a decimal amount',
    (text) => {
      const error = thrownBy(() => parseMoney(text, 'USD'));
      expect(error).toBeInstanceOf(MoneyError);
      expect(error).toMatchObject({ code: 'INVALID_MONEY' });
    },
  );

  it.each(['1e400', '1E+400', '99999999999999999', '1e999999999', '0.0000001e999999999'])(
    'refuses %j as out of range with a MoneyError, not a crash',
    (text) => {
      const error = thrownBy(() => parseMoney(text, 'USD'));
      expect(error).toBeInstanceOf(MoneyError);
      expect(error).toMatchObject({ code: 'INVALID_MONEY' });
      expect((error as Error).message).toMatch(/too large|whole number/);
    },
  );

  it('refuses an amount just beyond the largest safe integer of minor units', () => {
    expect(parseMoney('90071992547409.91', 'USD').amountMinor).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => parseMoney('90071992547409.92', 'USD')).toThrow(MoneyError);
  });

  it('reads zero with any exponent as zero', () => {
    expect(parseMoney('0e999999999', 'USD').amountMinor).toBe(0);
  });
});

describe('given a currency code', () => {
  it.each(['usd', 'US', 'USDD', '', 'ABC', 'QQQ', '12A'])(
    'refuses %j with INVALID_MONEY',
    (code) => {
      const error = thrownBy(() => parseMoney('1', code));
      expect(error).toBeInstanceOf(MoneyError);
      expect(error).toMatchObject({ code: 'INVALID_MONEY' });
      expect(() => money(100, code)).toThrow(MoneyError);
    },
  );

  it('knows the minor-unit digits ISO 4217 gives each currency', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('KWD')).toBe(3);
    expect(minorUnitDigits('BHD')).toBe(3);
  });

  it('accepts the Chilean UF (CLF), used to price property in Chile', () => {
    expect(parseMoney('1.2345', 'CLF').amountMinor).toBe(12_345);
  });
});

describe('given a Money value', () => {
  it('refuses a fractional or unsafe amount of minor units', () => {
    expect(() => money(1.5, 'USD')).toThrow(MoneyError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'USD')).toThrow(MoneyError);
    expect(() => money(Number.NaN, 'USD')).toThrow(MoneyError);
  });

  it('writes it as an exact decimal string in major units', () => {
    expect(toDecimalString(money(12_345, 'USD'))).toBe('123.45');
    expect(toDecimalString(money(5, 'USD'))).toBe('0.05');
    expect(toDecimalString(money(-5, 'USD'))).toBe('-0.05');
    expect(toDecimalString(money(0, 'USD'))).toBe('0.00');
    expect(toDecimalString(money(221_900, 'JPY'))).toBe('221900');
    expect(toDecimalString(money(1_005, 'KWD'))).toBe('1.005');
  });

  it('formats it the way each locale writes prices', () => {
    expect(formatMoney(money(770_000_000, 'USD'), 'en-US')).toBe('$7,700,000.00');
    expect(formatMoney(money(123_450, 'EUR'), 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(money(221_900, 'JPY'), 'ja-JP')).toBe('￥221,900');
  });

  it('shows whole units when asked, as a property grid does', () => {
    expect(formatMoney(money(770_000_000, 'USD'), 'en-US', { maximumFractionDigits: 0 })).toBe(
      '$7,700,000',
    );
  });

  it('formats amounts beyond float precision without losing cents', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'USD'), 'en-US')).toBe(
      '$90,071,992,547,409.91',
    );
  });
});

describe('given two amounts to add', () => {
  it('adds amounts of one currency', () => {
    expect(addMoney(money(150, 'USD'), money(-50, 'USD'))).toEqual(money(100, 'USD'));
  });

  it('refuses to add across currencies with CURRENCY_MISMATCH', () => {
    const error = thrownBy(() => addMoney(money(100, 'USD'), money(100, 'EUR')));
    expect(error).toBeInstanceOf(MoneyError);
    expect(error).toMatchObject({
      code: DomainErrorCode.CurrencyMismatch,
      context: { left: 'USD', right: 'EUR' },
    });
  });

  it('refuses a sum beyond the safe integer range', () => {
    expect(() => addMoney(money(Number.MAX_SAFE_INTEGER, 'USD'), money(1, 'USD'))).toThrow(
      MoneyError,
    );
  });
});

const currencies = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'BHD');
const safeAmount = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
/** Amounts whose sums of three stay safe integers. */
const summable = fc.integer({ min: -(2 ** 50), max: 2 ** 50 });

describe('given any amount of money (property-based)', () => {
  it('reads back exactly what toDecimalString wrote', () => {
    fc.assert(
      fc.property(safeAmount, currencies, (amountMinor, currency) => {
        const value = money(amountMinor, currency);
        expect(parseMoney(toDecimalString(value), currency)).toEqual(value);
      }),
    );
  });

  it('reads a whole number of major units as 100 times as many cents', () => {
    const wholeUnits = fc.integer({ min: -(2 ** 46), max: 2 ** 46 });
    fc.assert(
      fc.property(wholeUnits, fc.constantFrom('USD', 'EUR'), (units, currency) => {
        expect(parseMoney(String(units), currency).amountMinor).toBe(units * 100);
      }),
    );
  });

  it('adds commutatively', () => {
    fc.assert(
      fc.property(summable, summable, currencies, (a, b, currency) => {
        expect(addMoney(money(a, currency), money(b, currency))).toEqual(
          addMoney(money(b, currency), money(a, currency)),
        );
      }),
    );
  });

  it('adds associatively', () => {
    fc.assert(
      fc.property(summable, summable, summable, currencies, (a, b, c, currency) => {
        const x = money(a, currency);
        const y = money(b, currency);
        const z = money(c, currency);
        expect(addMoney(addMoney(x, y), z)).toEqual(addMoney(x, addMoney(y, z)));
      }),
    );
  });
});
