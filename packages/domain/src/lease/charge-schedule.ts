import type { ChargeLineType, IsoDate } from '../ledger/ledger.codes';
import { type ChargeLine, type DayRange, lineWindow, periodOf } from './charge-line';
import { fromEpochDay, parseIsoDate } from './iso-date';
import { prorateMinor } from './proration';
import { validationFailed } from './validation';

/**
 * What the schedule reads from a lease. `endDate` is the last day (inclusive), `null` when
 * open-ended; for ended/terminated leases pass the effective end (`leaseCoverage(lease).to`).
 */
export interface LeaseScheduleTerms {
  startDate: IsoDate;
  endDate: IsoDate | null;
  lines: readonly ChargeLine[];
}

/** One charge a line owes for one period. Dates are ISO dates (inclusive); amounts minor units. */
export interface ScheduledCharge {
  lineId: string;
  type: ChargeLineType;
  description: string | null;
  /** The calendar month or ISO week (Monday–Sunday) billed. */
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** The part of the period the lease and the line's window cover. */
  coverageStart: IsoDate;
  coverageEnd: IsoDate;
  dueDate: IsoDate;
  /** `fullAmountMinor` prorated by `daysCovered / daysInPeriod` (see `prorateMinor`). */
  amountMinor: number;
  fullAmountMinor: number;
  daysCovered: number;
  daysInPeriod: number;
}

interface Keyed {
  charge: ScheduledCharge;
  due: number;
  line: number;
  period: number;
}

/** Pushes onto `out` the charges of `line` (at `index`) due on a day of `from..to`. */
function lineCharges(
  line: ChargeLine,
  index: number,
  window: DayRange,
  from: number,
  to: number,
  out: Keyed[],
): void {
  // A due date lies inside its coverage, so it can only fall on a day of lo..hi.
  const lo = Math.max(window.start, from);
  const hi = Math.min(window.end, to);
  if (lo > hi) return;
  for (
    let p = periodOf(line.frequency, lo);
    p.start <= hi;
    p = periodOf(line.frequency, p.end + 1)
  ) {
    const coverageStart = Math.max(p.start, window.start);
    const coverageEnd = Math.min(p.end, window.end);
    const days = p.end - p.start + 1;
    const nominal = p.start + Math.min(line.dueDay, days) - 1;
    const due = Math.min(Math.max(nominal, coverageStart), coverageEnd);
    if (due < from || due > to) continue;
    const full = coverageStart === p.start && coverageEnd === p.end;
    const amountMinor = full
      ? line.amountMinor
      : prorateMinor(
          line.amountMinor,
          coverageStart - p.start + 1,
          coverageEnd - p.start + 1,
          days,
        );
    if (amountMinor === 0) continue;
    const charge: ScheduledCharge = {
      lineId: line.id,
      type: line.type,
      description: line.description,
      periodStart: fromEpochDay(p.start),
      periodEnd: fromEpochDay(p.end),
      coverageStart: fromEpochDay(coverageStart),
      coverageEnd: fromEpochDay(coverageEnd),
      dueDate: fromEpochDay(due),
      amountMinor,
      fullAmountMinor: line.amountMinor,
      daysCovered: coverageEnd - coverageStart + 1,
      daysInPeriod: days,
    };
    out.push({ charge, due, line: index, period: p.start });
  }
}

/**
 * The charges `terms.lines` owe whose DUE DATE falls in `range.from..range.to` (ISO dates, both
 * inclusive; `from > to` is an empty range): one per line and period (calendar month, or ISO week
 * Monday–Sunday). Coverage = period ∩ lease `startDate..endDate` ∩ the line's
 * `firstPeriod..lastPeriod` periods; a period without coverage owes nothing. A fully covered
 * period owes the full amount; a partly covered one `prorateMinor(amount, firstCoveredDay,
 * lastCoveredDay, daysInPeriod)` over the month's actual days (28–31) or 7. The due date is the
 * nominal one (clamped due day) moved into the coverage: a lease from 2026-03-15 with due day 1
 * owes 17/31 of March on 2026-03-15. Charges of 0 are skipped. Sorted by due date, then the
 * line's order in `lines`, then period. Because a charge belongs to exactly one due date,
 * consecutive ranges (`..d`, `d+1..`) never bill a period twice nor miss one.
 *
 * Pure; O(periods in range) per line, no per-day loops. Throws `DomainError` (VALIDATION_FAILED,
 * `context.issues`) for a date that is not `YYYY-MM-DD`, an `endDate` before `startDate`, or a
 * due day out of range; `MoneyError` (INVALID_MONEY) for an amount that is not a non-negative
 * safe integer.
 */
export function chargeSchedule(
  terms: LeaseScheduleTerms,
  range: { from: IsoDate; to: IsoDate },
): ScheduledCharge[] {
  const leaseStart = parseIsoDate(terms.startDate, ['startDate']);
  const leaseEnd = terms.endDate === null ? Infinity : parseIsoDate(terms.endDate, ['endDate']);
  if (leaseEnd < leaseStart) {
    throw validationFailed('Invalid lease dates', [
      { path: ['endDate'], message: `must not be before startDate ${terms.startDate}` },
    ]);
  }
  const from = parseIsoDate(range.from, ['range', 'from']);
  const to = parseIsoDate(range.to, ['range', 'to']);
  const keyed: Keyed[] = [];
  terms.lines.forEach((line, index) => {
    lineCharges(line, index, lineWindow(line, index, leaseStart, leaseEnd), from, to, keyed);
  });
  keyed.sort((a, b) => a.due - b.due || a.line - b.line || a.period - b.period);
  return keyed.map((k) => k.charge);
}
