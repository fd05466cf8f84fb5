import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainErrorCode } from '../errors/domain-error';
import { leadHeat } from './lead-heat';

const DAY = 86_400_000;
const now = '2026-03-22T12:00:00Z';
const daysBefore = (days: number) => new Date(Date.parse(now) - days * DAY).toISOString();

describe('given the worked example of the docstring', () => {
  const interactions = [daysBefore(0), daysBefore(7), daysBefore(14)];

  it('scores 41 after 21 days in the stage', () => {
    expect(leadHeat({ interactions, stageEnteredAt: daysBefore(21), now })).toBe(41);
  });

  it('scores 58 inside the 14-day grace period', () => {
    expect(leadHeat({ interactions, stageEnteredAt: daysBefore(10), now })).toBe(58);
  });
});

describe('given a lead', () => {
  it('is cold with no interactions', () => {
    expect(leadHeat({ interactions: [], stageEnteredAt: now, now })).toBe(0);
  });

  it('warms with each fresh interaction: 39, 63, 78', () => {
    const heat = (n: number) =>
      leadHeat({ interactions: Array(n).fill(now), stageEnteredAt: now, now });
    expect([heat(1), heat(2), heat(3)]).toEqual([39, 63, 78]);
  });

  it('cools as its last interaction ages: one touch a week ago counts half', () => {
    expect(leadHeat({ interactions: [daysBefore(7)], stageEnteredAt: now, now })).toBe(22);
  });

  it('is 0 once won or lost, however busy', () => {
    const busy = { interactions: Array(20).fill(now), stageEnteredAt: now, now };
    expect(leadHeat({ ...busy, stageKind: 'won' })).toBe(0);
    expect(leadHeat({ ...busy, stageKind: 'lost' })).toBe(0);
    expect(leadHeat({ ...busy, stageKind: 'open' })).toBe(100);
  });

  it('treats an interaction stamped after now as happening now', () => {
    expect(leadHeat({ interactions: [daysBefore(-2)], stageEnteredAt: now, now })).toBe(39);
  });

  it('refuses a malformed instant', () => {
    expect(() => leadHeat({ interactions: ['yesterday'], stageEnteredAt: now, now })).toThrow(
      expect.objectContaining({ code: DomainErrorCode.ValidationFailed }),
    );
  });
});

const ageArb = fc.double({ min: -5, max: 400, noNaN: true });
const agesArb = fc.array(ageArb, { maxLength: 30 });
const heatOf = (ages: number[], stageAge: number) =>
  leadHeat({ interactions: ages.map(daysBefore), stageEnteredAt: daysBefore(stageAge), now });

describe('given any history (property)', () => {
  it('stays an integer from 0 to 100', () => {
    fc.assert(
      fc.property(agesArb, ageArb, (ages, stageAge) => {
        const heat = heatOf(ages, stageAge);
        expect(Number.isInteger(heat)).toBe(true);
        expect(heat).toBeGreaterThanOrEqual(0);
        expect(heat).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never cools when another interaction is logged', () => {
    fc.assert(
      fc.property(agesArb, ageArb, ageArb, (ages, extra, stageAge) => {
        expect(heatOf([...ages, extra], stageAge)).toBeGreaterThanOrEqual(heatOf(ages, stageAge));
      }),
    );
  });

  it('never warms because the lead entered its stage earlier', () => {
    fc.assert(
      fc.property(
        agesArb,
        ageArb,
        fc.double({ min: 0, max: 400, noNaN: true }),
        (ages, a, more) => {
          expect(heatOf(ages, a + more)).toBeLessThanOrEqual(heatOf(ages, a));
        },
      ),
    );
  });
});
