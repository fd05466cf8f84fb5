import { describe, expect, it } from 'vitest';
import { DomainError, DomainErrorCode, MoneyError } from '../errors/domain-error';
import type { ChargeLine } from './charge-line';
import { chargeSchedule, type LeaseScheduleTerms } from './charge-schedule';

const rent = (over: Partial<ChargeLine> = {}): ChargeLine => ({
  id: 'rent',
  type: 'rent',
  description: null,
  amountMinor: 100_000,
  frequency: 'monthly',
  dueDay: 1,
  firstPeriod: null,
  lastPeriod: null,
  ...over,
});
const terms = (startDate: string, endDate: string | null, ...lines: ChargeLine[]) =>
  ({ startDate, endDate, lines: lines.length > 0 ? lines : [rent()] }) satisfies LeaseScheduleTerms;
const range = (from: string, to: string) => ({ from, to });

/** Runs `action` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected the call to throw');
}

describe('given a monthly line due on the 31st', () => {
  it('falls due on the last day of shorter months: Feb 28 in 2027, Apr 30', () => {
    const charges = chargeSchedule(
      terms('2027-01-01', null, rent({ dueDay: 31 })),
      range('2027-01-01', '2027-06-30'),
    );
    expect(charges.map((c) => c.dueDate)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
      '2027-06-30',
    ]);
    expect(charges.every((c) => c.amountMinor === 100_000)).toBe(true);
  });

  it('falls due on Feb 29 in the leap year 2028', () => {
    const charges = chargeSchedule(
      terms('2027-01-01', null, rent({ dueDay: 31 })),
      range('2028-02-01', '2028-02-29'),
    );
    expect(charges.map((c) => c.dueDate)).toEqual(['2028-02-29']);
  });

  it('clamps day 30 to Feb 29 in 2028 and day 29 to Feb 28 in 2027', () => {
    const leap = chargeSchedule(
      terms('2026-01-01', null, rent({ dueDay: 30 })),
      range('2028-02-01', '2028-02-29'),
    );
    const common = chargeSchedule(
      terms('2026-01-01', null, rent({ dueDay: 29 })),
      range('2027-02-01', '2027-02-28'),
    );
    expect(leap[0]?.dueDate).toBe('2028-02-29');
    expect(common[0]?.dueDate).toBe('2027-02-28');
  });
});

describe('given 1,000.00 rent due on the 1st and a lease starting 2026-03-15', () => {
  const charges = chargeSchedule(terms('2026-03-15', null), range('2026-03-01', '2026-04-30'));

  it('owes 17/31 of March on the first day of the lease', () => {
    expect(charges[0]).toEqual({
      lineId: 'rent',
      type: 'rent',
      description: null,
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      coverageStart: '2026-03-15',
      coverageEnd: '2026-03-31',
      dueDate: '2026-03-15',
      amountMinor: 54_839,
      fullAmountMinor: 100_000,
      daysCovered: 17,
      daysInPeriod: 31,
    });
  });

  it('owes the full rent for April on April 1st', () => {
    expect(charges[1]).toMatchObject({
      dueDate: '2026-04-01',
      amountMinor: 100_000,
      daysCovered: 30,
    });
    expect(charges).toHaveLength(2);
  });

  it('keeps a due day that already falls inside the first, partial month', () => {
    const [march] = chargeSchedule(
      terms('2026-03-15', null, rent({ dueDay: 20 })),
      range('2026-03-01', '2026-03-31'),
    );
    expect(march).toMatchObject({ dueDate: '2026-03-20', amountMinor: 54_839 });
  });
});

describe('given a lease ending mid-month', () => {
  it('owes 10/30 of June, due on the 1st', () => {
    const charges = chargeSchedule(
      terms('2026-01-01', '2026-06-10'),
      range('2026-06-01', '2026-12-31'),
    );
    expect(charges).toEqual([
      expect.objectContaining({
        dueDate: '2026-06-01',
        amountMinor: 33_333,
        coverageEnd: '2026-06-10',
        daysCovered: 10,
        daysInPeriod: 30,
      }),
    ]);
  });

  it('brings a due day after the last day forward to the last day', () => {
    const charges = chargeSchedule(
      terms('2026-01-01', '2026-06-10', rent({ dueDay: 25 })),
      range('2026-06-01', '2026-06-30'),
    );
    expect(charges.map((c) => c.dueDate)).toEqual(['2026-06-10']);
  });

  it('bills nothing after the lease ends', () => {
    expect(
      chargeSchedule(terms('2026-01-01', '2026-06-30'), range('2026-07-01', '2027-12-31')),
    ).toEqual([]);
  });
});

describe('given a lease that starts and ends in the same month', () => {
  it('owes one charge for 11 of February 2026’s 28 days, due on the first day', () => {
    const charges = chargeSchedule(
      terms('2026-02-10', '2026-02-20'),
      range('2026-01-01', '2026-12-31'),
    );
    expect(charges).toEqual([
      expect.objectContaining({
        dueDate: '2026-02-10',
        coverageStart: '2026-02-10',
        coverageEnd: '2026-02-20',
        amountMinor: 39_286,
        daysCovered: 11,
        daysInPeriod: 28,
      }),
    ]);
  });

  it('owes a single day as 1/31 for a one-day lease', () => {
    const [only] = chargeSchedule(
      terms('2026-03-31', '2026-03-31'),
      range('2026-03-01', '2026-03-31'),
    );
    expect(only).toMatchObject({ dueDate: '2026-03-31', amountMinor: 3_226, daysCovered: 1 });
  });
});

describe('given February of a leap year', () => {
  it('prorates over 29 days in 2028 and 28 in 2027', () => {
    const [leap] = chargeSchedule(terms('2028-02-15', null), range('2028-02-01', '2028-02-29'));
    const [common] = chargeSchedule(terms('2027-02-15', null), range('2027-02-01', '2027-02-28'));
    expect(leap).toMatchObject({ amountMinor: 51_724, daysCovered: 15, daysInPeriod: 29 });
    expect(common).toMatchObject({ amountMinor: 50_000, daysCovered: 14, daysInPeriod: 28 });
  });
});

describe('given a weekly line of 70.00 due on Mondays', () => {
  const weekly = rent({ id: 'wk', amountMinor: 7_000, frequency: 'weekly', dueDay: 1 });

  it('owes 5/7 of the first week for a lease starting on Wednesday 2026-03-18', () => {
    const charges = chargeSchedule(
      terms('2026-03-18', null, weekly),
      range('2026-03-01', '2026-03-31'),
    );
    expect(charges.map((c) => [c.periodStart, c.periodEnd, c.dueDate, c.amountMinor])).toEqual([
      ['2026-03-16', '2026-03-22', '2026-03-18', 5_000],
      ['2026-03-23', '2026-03-29', '2026-03-23', 7_000],
      ['2026-03-30', '2026-04-05', '2026-03-30', 7_000],
    ]);
    expect(charges[0]).toMatchObject({ daysCovered: 5, daysInPeriod: 7 });
  });

  it('falls due on Friday when the line says weekday 5', () => {
    const charges = chargeSchedule(
      terms('2026-03-18', null, { ...weekly, dueDay: 5 }),
      range('2026-03-16', '2026-03-29'),
    );
    expect(charges.map((c) => c.dueDate)).toEqual(['2026-03-20', '2026-03-27']);
  });

  it('owes 3/7 of the last week for a lease ending on Wednesday 2026-04-01', () => {
    const charges = chargeSchedule(
      terms('2026-03-02', '2026-04-01', weekly),
      range('2026-03-30', '2026-04-30'),
    );
    expect(charges).toEqual([
      expect.objectContaining({ dueDate: '2026-03-30', amountMinor: 3_000, daysCovered: 3 }),
    ]);
  });
});

describe('given a line with its own first and last period', () => {
  it('bills parking only for the whole months May to July', () => {
    const parking = rent({
      id: 'p',
      type: 'parking',
      amountMinor: 5_000,
      firstPeriod: '2026-05-20',
      lastPeriod: '2026-07-03',
    });
    const charges = chargeSchedule(
      terms('2026-03-15', null, rent(), parking),
      range('2026-01-01', '2026-12-31'),
    );
    expect(charges.filter((c) => c.lineId === 'p').map((c) => [c.dueDate, c.amountMinor])).toEqual([
      ['2026-05-01', 5_000],
      ['2026-06-01', 5_000],
      ['2026-07-01', 5_000],
    ]);
    expect(charges.filter((c) => c.lineId === 'rent')).toHaveLength(10);
  });

  it('still prorates when the line starts before the lease does', () => {
    const charges = chargeSchedule(
      terms('2026-03-15', null, rent({ firstPeriod: '2026-01-10' })),
      range('2026-01-01', '2026-03-31'),
    );
    expect(charges.map((c) => [c.dueDate, c.amountMinor])).toEqual([['2026-03-15', 54_839]]);
  });

  it('bills whole ISO weeks for a weekly window given by mid-week dates', () => {
    const weekly = rent({
      frequency: 'weekly',
      amountMinor: 700,
      firstPeriod: '2026-03-25',
      lastPeriod: '2026-04-01',
    });
    const charges = chargeSchedule(
      terms('2026-01-01', null, weekly),
      range('2026-03-01', '2026-04-30'),
    );
    expect(charges.map((c) => [c.periodStart, c.amountMinor])).toEqual([
      ['2026-03-23', 700],
      ['2026-03-30', 700],
    ]);
  });

  it('bills nothing when the last period is before the first', () => {
    const backwards = rent({ firstPeriod: '2026-06-01', lastPeriod: '2026-05-01' });
    expect(
      chargeSchedule(terms('2026-01-01', null, backwards), range('2026-01-01', '2026-12-31')),
    ).toEqual([]);
  });
});

describe('given the range of due dates asked for', () => {
  const open = terms('2026-01-01', null);

  it('includes charges due exactly on from and on to', () => {
    expect(chargeSchedule(open, range('2026-02-01', '2026-04-01')).map((c) => c.dueDate)).toEqual([
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
  });

  it('excludes charges due the day before from or the day after to', () => {
    expect(chargeSchedule(open, range('2026-02-02', '2026-03-31')).map((c) => c.dueDate)).toEqual([
      '2026-03-01',
    ]);
  });

  it('is empty when from is after to', () => {
    expect(chargeSchedule(open, range('2026-05-01', '2026-04-01'))).toEqual([]);
  });

  it('bills a lease without an end every month: 24 charges over two years', () => {
    const charges = chargeSchedule(open, range('2026-01-01', '2027-12-31'));
    expect(charges).toHaveLength(24);
    expect(charges.at(-1)).toMatchObject({ dueDate: '2027-12-01', amountMinor: 100_000 });
  });

  it('bills nothing for a range before the lease starts', () => {
    expect(chargeSchedule(terms('2026-03-15', null), range('2026-01-01', '2026-03-14'))).toEqual(
      [],
    );
  });
});

describe('given several lines', () => {
  it('sorts by due date, then by the order of the lines', () => {
    const water = rent({ id: 'water', type: 'water', amountMinor: 2_000, dueDay: 5 });
    const wifi = rent({ id: 'wifi', type: 'wifi', amountMinor: 1_500, dueDay: 1 });
    const charges = chargeSchedule(
      terms('2026-01-01', null, water, rent(), wifi),
      range('2026-01-01', '2026-02-28'),
    );
    expect(charges.map((c) => `${c.dueDate} ${c.lineId}`)).toEqual([
      '2026-01-01 rent',
      '2026-01-01 wifi',
      '2026-01-05 water',
      '2026-02-01 rent',
      '2026-02-01 wifi',
      '2026-02-05 water',
    ]);
  });

  it('skips a prorated charge that rounds to zero', () => {
    const tiny = rent({ amountMinor: 1 });
    const charges = chargeSchedule(
      terms('2026-01-31', null, tiny),
      range('2026-01-01', '2026-02-28'),
    );
    expect(charges.map((c) => [c.dueDate, c.amountMinor])).toEqual([['2026-02-01', 1]]);
  });

  it('skips a line of zero', () => {
    expect(
      chargeSchedule(
        terms('2026-01-01', null, rent({ amountMinor: 0 })),
        range('2026-01-01', '2026-12-31'),
      ),
    ).toEqual([]);
  });
});

describe('given bad terms', () => {
  it('refuses a start date that is not a calendar date', () => {
    const error = thrownBy(() =>
      chargeSchedule(terms('2026-02-30', null), range('2026-01-01', '2026-12-31')),
    );
    expect(error.code).toBe(DomainErrorCode.ValidationFailed);
    expect(error.context.issues).toEqual([expect.objectContaining({ path: ['startDate'] })]);
  });

  it('refuses an end before the start', () => {
    const error = thrownBy(() =>
      chargeSchedule(terms('2026-03-01', '2026-02-28'), range('2026-01-01', '2026-12-31')),
    );
    expect(error.context.issues).toEqual([expect.objectContaining({ path: ['endDate'] })]);
  });

  it('refuses a range date that is not YYYY-MM-DD', () => {
    const error = thrownBy(() =>
      chargeSchedule(terms('2026-03-01', null), range('2026-1-1', '2026-12-31')),
    );
    expect(error.context.issues).toEqual([expect.objectContaining({ path: ['range', 'from'] })]);
  });

  it('refuses a weekly due day of 8 and a monthly one of 32', () => {
    const weekly = thrownBy(() =>
      chargeSchedule(
        terms('2026-03-01', null, rent(), rent({ frequency: 'weekly', dueDay: 8 })),
        range('2026-03-01', '2026-03-31'),
      ),
    );
    expect(weekly.context.issues).toEqual([
      expect.objectContaining({ path: ['lines', 1, 'dueDay'] }),
    ]);
    expect(() =>
      chargeSchedule(
        terms('2026-03-01', null, rent({ dueDay: 32 })),
        range('2026-03-01', '2026-03-31'),
      ),
    ).toThrow(DomainError);
  });

  it('refuses a negative or fractional amount as INVALID_MONEY', () => {
    for (const amountMinor of [-100, 10.5]) {
      const error = thrownBy(() =>
        chargeSchedule(
          terms('2026-03-01', null, rent({ amountMinor })),
          range('2026-03-01', '2026-03-31'),
        ),
      );
      expect(error).toBeInstanceOf(MoneyError);
      expect(error.code).toBe(DomainErrorCode.InvalidMoney);
    }
  });

  it('refuses a line period date that is not a calendar date', () => {
    const error = thrownBy(() =>
      chargeSchedule(
        terms('2026-03-01', null, rent({ lastPeriod: '2026-13-01' })),
        range('2026-03-01', '2026-03-31'),
      ),
    );
    expect(error.context.issues).toEqual([
      expect.objectContaining({ path: ['lines', 0, 'lastPeriod'] }),
    ]);
  });
});
