/**
 * Schedules as the ledger uses them: random leases and lines, generated over random ranges.
 * Prorated parts of a month always add up to the month's amount, consecutive ranges bill every
 * charge exactly once, and every charge lies inside its period, coverage and range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChargeLine } from './charge-line';
import { chargeSchedule } from './charge-schedule';
import { daysInMonth, fromEpochDay, toEpochDay } from './iso-date';

const day = (iso: string) => toEpochDay(iso)!;
const pad = (n: number) => String(n).padStart(2, '0');

/** A day between 2025-01-01 and 2030-12-31. */
const dateArb = fc.integer({ min: day('2025-01-01'), max: day('2030-12-31') }).map(fromEpochDay);

const lineArb: fc.Arbitrary<ChargeLine> = fc
  .record({
    frequency: fc.constantFrom('monthly' as const, 'weekly' as const),
    dueDay: fc.integer({ min: 1, max: 31 }),
    amountMinor: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1e12 })),
    firstPeriod: fc.option(dateArb, { nil: null }),
    lastPeriod: fc.option(dateArb, { nil: null }),
  })
  .map((l) => ({
    id: `line-${l.frequency}-${l.dueDay}`,
    type: 'rent' as const,
    description: null,
    ...l,
    dueDay: l.frequency === 'weekly' ? ((l.dueDay - 1) % 7) + 1 : l.dueDay,
  }));

describe('given a month split between consecutive leases of the same unit', () => {
  it('prorates their charges for that month to exactly the full amount', () => {
    const monthArb = fc.record({
      year: fc.integer({ min: 2024, max: 2032 }),
      month: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(
        monthArb,
        fc.uniqueArray(fc.integer({ min: 2, max: 31 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 1, max: 31 }),
        ({ year, month }, cuts, amountMinor, dueDay) => {
          const n = daysInMonth(year, month);
          const starts = [1, ...cuts.filter((c) => c <= n).sort((a, b) => a - b)];
          const at = (d: number) => `${year}-${pad(month)}-${pad(d)}`;
          const line = {
            id: 'rent',
            type: 'rent' as const,
            description: null,
            amountMinor,
            frequency: 'monthly' as const,
            dueDay,
            firstPeriod: null,
            lastPeriod: null,
          };
          const charges = starts.flatMap((s, i) =>
            chargeSchedule(
              { startDate: at(s), endDate: at((starts[i + 1] ?? n + 1) - 1), lines: [line] },
              { from: at(1), to: at(n) },
            ),
          );
          expect(charges.reduce((sum, c) => sum + c.amountMinor, 0)).toBe(amountMinor);
          expect(charges.reduce((sum, c) => sum + c.daysCovered, 0)).toBeLessThanOrEqual(n);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('given any lease, lines and range', () => {
  const leaseArb = fc
    .record({ start: dateArb, length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }) })
    .map(({ start, length }) => ({
      startDate: start,
      endDate: length === null ? null : fromEpochDay(day(start) + length),
    }));
  const rangeArb = fc
    .tuple(dateArb, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }))
    .map(([from, split, rest]) => ({
      from,
      split: day(from) + split,
      to: fromEpochDay(day(from) + split + rest),
    }));

  it('bills each charge once across consecutive ranges, inside its period, coverage and range', () => {
    fc.assert(
      fc.property(
        leaseArb,
        fc.array(lineArb, { minLength: 1, maxLength: 4 }),
        rangeArb,
        (lease, lines, r) => {
          const terms = { ...lease, lines };
          const whole = chargeSchedule(terms, { from: r.from, to: r.to });
          const head = chargeSchedule(terms, { from: r.from, to: fromEpochDay(r.split) });
          const tail = chargeSchedule(terms, { from: fromEpochDay(r.split + 1), to: r.to });
          expect([...head, ...tail]).toEqual(whole);
          for (const c of whole) {
            expect(r.from <= c.dueDate && c.dueDate <= r.to).toBe(true);
            expect(c.periodStart <= c.coverageStart && c.coverageEnd <= c.periodEnd).toBe(true);
            expect(c.coverageStart <= c.dueDate && c.dueDate <= c.coverageEnd).toBe(true);
            expect(lease.startDate <= c.coverageStart).toBe(true);
            if (lease.endDate !== null) expect(c.coverageEnd <= lease.endDate).toBe(true);
            expect(c.daysCovered).toBe(day(c.coverageEnd) - day(c.coverageStart) + 1);
            if (c.daysCovered === c.daysInPeriod) expect(c.amountMinor).toBe(c.fullAmountMinor);
            expect(Math.abs(c.amountMinor)).toBeLessThanOrEqual(c.fullAmountMinor);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
