import { describe, expect, it } from 'vitest';
import { type DomainError, DomainErrorCode, MoneyError } from '../errors/domain-error';
import { prorateMinor, splitMinor } from './proration';

/** Runs `action` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('given 1,000.00 of rent for a 31-day month', () => {
  it('charges 17/31 for a lease starting on the 15th', () => {
    expect(prorateMinor(100_000, 15, 31, 31)).toBe(54_839);
  });

  it('charges the rest for the first 14 days, so both halves make the whole', () => {
    expect(prorateMinor(100_000, 1, 14, 31)).toBe(45_161);
    expect(prorateMinor(100_000, 1, 14, 31) + prorateMinor(100_000, 15, 31, 31)).toBe(100_000);
  });

  it('charges the full amount for the full month', () => {
    expect(prorateMinor(100_000, 1, 31, 31)).toBe(100_000);
  });

  it('splits a month into 31 single days that sum exactly', () => {
    const days = Array.from({ length: 31 }, (_, i) => prorateMinor(100_000, i + 1, i + 1, 31));
    expect(days.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(new Set(days)).toEqual(new Set([3226, 3225]));
  });
});

describe('given amounts that land exactly on a half', () => {
  it('rounds half away from zero', () => {
    expect(prorateMinor(1, 1, 1, 2)).toBe(1);
    expect(prorateMinor(1, 2, 2, 2)).toBe(0);
    expect(prorateMinor(-1, 1, 1, 2)).toBe(-1);
    expect(prorateMinor(-1, 2, 2, 2)).toBe(0);
    expect(prorateMinor(5, 1, 1, 2)).toBe(3);
  });

  it('stays exact beyond float precision', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(prorateMinor(max, 1, 1, 3) + prorateMinor(max, 2, 3, 3)).toBe(max);
    expect(prorateMinor(max, 1, 1, 3)).toBe(3_002_399_751_580_330);
  });
});

describe('given bad proration inputs', () => {
  it('refuses an amount that is not a whole number of minor units', () => {
    const error = thrownBy(() => prorateMinor(10.5, 1, 1, 30));
    expect(error).toBeInstanceOf(MoneyError);
    expect((error as MoneyError).code).toBe(DomainErrorCode.InvalidMoney);
    expect(() => prorateMinor(2 ** 53, 1, 1, 30)).toThrow(MoneyError);
  });

  it.each([
    [0, 1, 30, 'firstDay'],
    [1, 31, 30, 'lastDay'],
    [5, 4, 30, 'lastDay'],
    [1, 1.5, 30, 'lastDay'],
    [1, 1, 0, 'daysInPeriod'],
  ])('refuses days %s..%s of %s', (first, last, n, field) => {
    const error = thrownBy(() => prorateMinor(1000, first, last, n)) as DomainError;
    expect(error.code).toBe(DomainErrorCode.ValidationFailed);
    expect(error.context.issues).toContainEqual(expect.objectContaining({ path: [field] }));
  });
});

describe('given a total split by weights', () => {
  it('gives the leftover units to the largest remainders, ties to the earlier index', () => {
    expect(splitMinor(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitMinor(200, [1, 1, 1])).toEqual([67, 67, 66]);
    expect(splitMinor(10, [3, 0, 7])).toEqual([3, 0, 7]);
    expect(splitMinor(1000, [1, 2, 3])).toEqual([167, 333, 500]);
  });

  it('prefers the larger remainder, then the earlier index', () => {
    // Quotas 1.2, 2.4, 1.4: one unit left; indexes 1 and 2 tie at .4 and the earlier wins.
    expect(splitMinor(5, [6, 12, 7])).toEqual([1, 3, 1]);
    // Quotas 0.3, 0.7: index 1.
    expect(splitMinor(1, [3, 7])).toEqual([0, 1]);
  });

  it('splits a negative total like its absolute value, negated, without negative zeros', () => {
    expect(splitMinor(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    const parts = splitMinor(-1, [1, 1]);
    expect(parts).toEqual([-1, 0]);
    expect(Object.is(parts[1], 0)).toBe(true);
  });

  it('gives a zero-weight part nothing and splits zero into zeros', () => {
    expect(splitMinor(7, [0, 1, 0])).toEqual([0, 7, 0]);
    expect(splitMinor(0, [1, 2])).toEqual([0, 0]);
  });

  it('refuses weights that are all zero, negative, fractional or missing', () => {
    for (const weights of [[0, 0], [], [1, -1], [1.5, 1]]) {
      const error = thrownBy(() => splitMinor(100, weights)) as DomainError;
      expect(error.code).toBe(DomainErrorCode.ValidationFailed);
    }
    const error = thrownBy(() => splitMinor(100, [1, -1, 0.5])) as DomainError;
    expect(error.context.issues).toEqual([
      expect.objectContaining({ path: ['weights', 1] }),
      expect.objectContaining({ path: ['weights', 2] }),
    ]);
  });

  it('refuses a total that is not a safe integer', () => {
    expect(() => splitMinor(0.1, [1])).toThrow(MoneyError);
  });
});
