import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainErrorCode } from '../errors/domain-error';
import {
  civilDate,
  daysInMonth,
  epochDay,
  fromEpochDay,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  toEpochDay,
} from './iso-date';

describe('given calendar days as YYYY-MM-DD', () => {
  it('agrees with the platform calendar on every day of 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (epoch) => {
        const iso = new Date(epoch * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(epoch)).toBe(iso);
        expect(toEpochDay(iso)).toBe(epoch);
        expect(isoWeekday(epoch)).toBe(((new Date(epoch * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through year, month and day, including years before 1000', () => {
    for (const [y, m, d] of [
      [1, 1, 1],
      [400, 2, 29],
      [1600, 2, 29],
      [9999, 12, 31],
    ] as const) {
      expect(civilDate(epochDay(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
    expect(fromEpochDay(epochDay(1, 1, 1))).toBe('0001-01-01');
  });

  it('knows the leap years: 2028 and 2000 are, 2027 and 2100 are not', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('names 2026-03-16 a Monday and 2026-03-22 a Sunday', () => {
    expect(isoWeekday(toEpochDay('2026-03-16')!)).toBe(1);
    expect(isoWeekday(toEpochDay('2026-03-22')!)).toBe(7);
  });

  it('accepts only strict real dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2027-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-4-1',
      '2026-04-01T00:00Z',
      '',
      20260401,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('refuses a bad date with VALIDATION_FAILED naming the path', () => {
    expect(() => parseIsoDate('2026-02-30', ['lines', 0, 'firstPeriod'])).toThrow(
      expect.objectContaining({
        code: DomainErrorCode.ValidationFailed,
        context: { issues: [expect.objectContaining({ path: ['lines', 0, 'firstPeriod'] })] },
      }),
    );
  });
});
