import { MoneyError } from '../errors/domain-error';
import type { ChargeFrequency, ChargeLineType, IsoDate } from '../ledger/ledger.codes';
import { civilDate, daysInMonth, epochDay, isoWeekday, parseIsoDate } from './iso-date';
import { validationFailed } from './validation';

/**
 * A recurring charge line of a lease (rent, utilities, parking…). `amountMinor` is the full
 * amount per period in minor units of the lease's currency. `dueDay` is, for `monthly` lines, the
 * day of the month 1–31, clamped to the month's last day (31 → Feb 28/29, Apr 30); for `weekly`
 * lines, the ISO weekday 1 = Monday … 7 = Sunday. `firstPeriod`/`lastPeriod` are any date inside
 * the first/last period the line bills; `null` = from the lease start / to the lease end.
 */
export interface ChargeLine {
  id: string;
  type: ChargeLineType;
  description: string | null;
  amountMinor: number;
  frequency: ChargeFrequency;
  dueDay: number;
  firstPeriod: IsoDate | null;
  lastPeriod: IsoDate | null;
}

/** An inclusive range of epoch days (see `iso-date.ts`). */
export interface DayRange {
  start: number;
  end: number;
}

/** The billing period containing epoch day `day`: its calendar month, or its ISO week (Mon–Sun). */
export function periodOf(frequency: ChargeFrequency, day: number): DayRange {
  switch (frequency) {
    case 'monthly': {
      const { year, month } = civilDate(day);
      const start = epochDay(year, month, 1);
      return { start, end: start + daysInMonth(year, month) - 1 };
    }
    case 'weekly': {
      const start = day - isoWeekday(day) + 1;
      return { start, end: start + 6 };
    }
    default:
      return frequency satisfies never;
  }
}

/**
 * The days `line` may bill within a lease running `leaseStart..leaseEnd` (epoch days, `Infinity`
 * for an open end): the lease ∩ the periods `firstPeriod..lastPeriod`. Empty (start > end) when
 * they do not meet. Throws `MoneyError` (INVALID_MONEY) for an amount that is not a non-negative
 * safe integer, `DomainError` (VALIDATION_FAILED, path `lines.<index>.<field>`) for a due day out
 * of range or a period date that is not `YYYY-MM-DD`.
 */
export function lineWindow(
  line: ChargeLine,
  index: number,
  leaseStart: number,
  leaseEnd: number,
): DayRange {
  if (!Number.isSafeInteger(line.amountMinor) || line.amountMinor < 0) {
    throw new MoneyError(
      'INVALID_MONEY',
      `line ${index}: amount ${line.amountMinor} is not a whole, non-negative number of minor units`,
      { path: ['lines', index, 'amountMinor'], amountMinor: line.amountMinor },
    );
  }
  const maxDay = line.frequency === 'weekly' ? 7 : 31;
  if (!Number.isInteger(line.dueDay) || line.dueDay < 1 || line.dueDay > maxDay) {
    throw validationFailed('Invalid charge line', [
      {
        path: ['lines', index, 'dueDay'],
        message: `a ${line.frequency} due day must be 1–${maxDay}; got ${line.dueDay}`,
      },
    ]);
  }
  const { firstPeriod, lastPeriod, frequency } = line;
  const first =
    firstPeriod === null ? null : parseIsoDate(firstPeriod, ['lines', index, 'firstPeriod']);
  const last =
    lastPeriod === null ? null : parseIsoDate(lastPeriod, ['lines', index, 'lastPeriod']);
  return {
    start: first === null ? leaseStart : Math.max(leaseStart, periodOf(frequency, first).start),
    end: last === null ? leaseEnd : Math.min(leaseEnd, periodOf(frequency, last).end),
  };
}
