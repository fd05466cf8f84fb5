/**
 * Rounding never creates or loses a minor unit: 100,000 random prorations and splits, in
 * currencies with 0 (JPY), 2 (USD, EUR) and 3 (KWD) decimal places and amounts up to 10^12 minor
 * units, each summing exactly to its total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnitDigits } from '../money/money';
import { prorateMinor, splitMinor } from './proration';

/** A rent-like amount: whole major units of the currency plus minor units, up to 10^12 minor. */
const amountArb = fc
  .record({
    currency: fc.constantFrom('JPY', 'USD', 'EUR', 'KWD'),
    major: fc.oneof(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 1_000_000_000 }),
    ),
    minor: fc.nat(999),
    negative: fc.boolean(),
  })
  .map(({ currency, major, minor, negative }) => {
    const scale = 10 ** minorUnitDigits(currency);
    const amount = Math.min(major * scale + (minor % scale), 1e12);
    return negative ? -amount : amount;
  });

/** A period of 1–31 days cut into consecutive day ranges at random days. */
const partitionArb = fc.integer({ min: 1, max: 31 }).chain((days) =>
  fc.uniqueArray(fc.integer({ min: 1, max: days }), { maxLength: 6 }).map((cuts) => {
    const starts = [1, ...cuts.filter((c) => c > 1).sort((a, b) => a - b)];
    return { days, ranges: starts.map((s, i) => [s, (starts[i + 1] ?? days + 1) - 1] as const) };
  }),
);

const weightsArb = fc.array(fc.oneof(fc.nat(10), fc.nat(1_000_000)), {
  minLength: 1,
  maxLength: 8,
});

describe('given random amounts in JPY, USD, EUR and KWD', () => {
  it('prorates any partition of a period and splits by any weights without losing a unit', () => {
    fc.assert(
      fc.property(amountArb, partitionArb, weightsArb, (amount, { days, ranges }, weights) => {
        let prorated = 0;
        for (const [first, last] of ranges) {
          const part = prorateMinor(amount, first, last, days);
          // Each part is within one minor unit of its exact share amount × covered / days.
          const exact = (amount * (last - first + 1)) / days;
          if (Math.abs(part - exact) > 1.000_001) return false;
          prorated += part;
        }
        if (prorated !== amount) return false;
        const usable = weights.some((w) => w > 0) ? weights : [...weights, 1];
        const parts = splitMinor(amount, usable);
        return parts.length === usable.length && parts.reduce((a, b) => a + b, 0) === amount;
      }),
      { numRuns: 100_000 },
    );
  });

  it('splits within one unit of each exact quota', () => {
    fc.assert(
      fc.property(amountArb, weightsArb, (amount, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const sum = weights.reduce((a, b) => a + b, 0);
        const parts = splitMinor(amount, weights);
        parts.forEach((part, i) => {
          const quota = (Math.abs(amount) * (weights[i] ?? 0)) / sum;
          expect(Math.abs(Math.abs(part) - quota)).toBeLessThan(1 + 1e-6 * Math.max(1, quota));
          expect(Math.sign(part) * Math.sign(amount)).not.toBe(-1);
        });
      }),
      { numRuns: 5_000 },
    );
  });
});
