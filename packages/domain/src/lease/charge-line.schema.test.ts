import { describe, expect, it } from 'vitest';
import { chargeLineSchema, isoDateSchema } from './charge-line.schema';

const valid = { type: 'rent', amountMinor: 100_000, frequency: 'monthly', dueDay: 1 } as const;

/** Each issue as `path: message`, for readable expectations. */
function issuesOf(input: unknown): string[] {
  const result = chargeLineSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('given an ISO date', () => {
  it.each(['2026-03-15', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(isoDateSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ['2027-02-29', '2027-02-29 is not a calendar date'],
    ['2100-02-29', '2100-02-29 is not a calendar date'],
    ['2026-04-31', '2026-04-31 is not a calendar date'],
    ['2026-4-1', 'a date as YYYY-MM-DD, e.g. 2026-03-15'],
    ['2026-04-01T00:00:00Z', 'a date as YYYY-MM-DD, e.g. 2026-03-15'],
    [' 2026-04-01', 'a date as YYYY-MM-DD, e.g. 2026-03-15'],
  ])('refuses %s with "%s"', (value, message) => {
    const result = isoDateSchema.safeParse(value);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it('refuses a non-string', () => {
    expect(isoDateSchema.safeParse(20260401).success).toBe(false);
  });
});

describe('given a charge line as a manager enters it', () => {
  it('fills description and periods with null when absent', () => {
    expect(chargeLineSchema.parse(valid)).toEqual({
      ...valid,
      description: null,
      firstPeriod: null,
      lastPeriod: null,
    });
  });

  it('trims the description and turns a blank one into null', () => {
    expect(chargeLineSchema.parse({ ...valid, description: '  Rent, flat 2 ' }).description).toBe(
      'Rent, flat 2',
    );
    expect(chargeLineSchema.parse({ ...valid, description: '   ' }).description).toBeNull();
  });

  it('accepts due day 31 monthly and 7 (Sunday) weekly', () => {
    expect(chargeLineSchema.safeParse({ ...valid, dueDay: 31 }).success).toBe(true);
    expect(chargeLineSchema.safeParse({ ...valid, frequency: 'weekly', dueDay: 7 }).success).toBe(
      true,
    );
  });

  it('refuses an amount of zero, a fraction or beyond safe integers, at amountMinor', () => {
    expect(issuesOf({ ...valid, amountMinor: 0 })).toEqual(['amountMinor: must be more than zero']);
    const whole = 'amountMinor: a whole number of minor units, at most 9007199254740991';
    expect(issuesOf({ ...valid, amountMinor: 10.5 })).toEqual([whole]);
    expect(issuesOf({ ...valid, amountMinor: 2 ** 53 })).toEqual([whole]);
  });

  it('refuses monthly due days outside 1–31 and weekly ones outside 1–7', () => {
    expect(issuesOf({ ...valid, dueDay: 0 })).toEqual(['dueDay: at least 1']);
    expect(issuesOf({ ...valid, dueDay: 32 })).toEqual(['dueDay: at most 31']);
    expect(issuesOf({ ...valid, frequency: 'weekly', dueDay: 8 })).toEqual([
      'dueDay: a weekly line is due on an ISO weekday: 1 (Monday) to 7 (Sunday)',
    ]);
  });

  it('refuses period dates that are not calendar dates, at their path', () => {
    expect(issuesOf({ ...valid, firstPeriod: '2026-02-30', lastPeriod: '2026/05/01' })).toEqual([
      'firstPeriod: 2026-02-30 is not a calendar date',
      'lastPeriod: a date as YYYY-MM-DD, e.g. 2026-03-15',
    ]);
  });

  it('refuses a last period before the first', () => {
    expect(issuesOf({ ...valid, firstPeriod: '2026-06-01', lastPeriod: '2026-05-31' })).toEqual([
      'lastPeriod: the last billed period must not be before the first',
    ]);
  });

  it('accepts two dates of the same month, or the same ISO week, in either order', () => {
    expect(issuesOf({ ...valid, firstPeriod: '2026-05-20', lastPeriod: '2026-05-03' })).toEqual([]);
    const weekly = { ...valid, frequency: 'weekly', dueDay: 1 };
    // 2026-03-22 is the Sunday of the week of Wednesday 2026-03-18.
    expect(issuesOf({ ...weekly, firstPeriod: '2026-03-22', lastPeriod: '2026-03-18' })).toEqual(
      [],
    );
    expect(
      issuesOf({ ...weekly, firstPeriod: '2026-03-23', lastPeriod: '2026-03-22' }),
    ).toHaveLength(1);
  });

  it('refuses unknown types, frequencies and keys, and an id (ids come from the server)', () => {
    expect(issuesOf({ ...valid, type: 'gas' })[0]).toMatch(/^type: /);
    expect(issuesOf({ ...valid, frequency: 'yearly' })[0]).toMatch(/^frequency: /);
    expect(issuesOf({ ...valid, id: 'x' })).toHaveLength(1);
  });
});
