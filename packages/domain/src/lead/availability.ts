import { TZDate } from '@date-fns/tz';
import { getISODay } from 'date-fns';
import { z } from 'zod';
import { assertTimeZone, isTimeZone, LOCAL_TIME_PATTERN, minutesOfDay, parseInstant } from './time';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A span of local wall-clock time, `start` inclusive, `end` exclusive (`HH:mm`, `24:00` allowed as end). */
export interface WorkingInterval {
  start: string;
  end: string;
}

/**
 * When an agent works, per ISO weekday, in `timeZone` (IANA; the organisation's when absent).
 * A weekday that is absent or has no intervals is a day off. A night shift that crosses midnight
 * is written as two intervals: `22:00–24:00` on one day and `00:00–06:00` on the next.
 */
export interface WorkingHours {
  timeZone?: string;
  days: Partial<Record<IsoWeekday, readonly WorkingInterval[]>>;
}

/**
 * An agent's availability settings. Away runs from `awayFrom` (inclusive; open-ended into the
 * past when absent) to `awayUntil` (exclusive; open-ended into the future when null but
 * `awayFrom` is set). `workingHours: null` means always available. Instants are ISO 8601.
 */
export interface AgentAvailability {
  active: boolean;
  awayUntil: string | null;
  awayFrom?: string | null;
  workingHours: WorkingHours | null;
}

/** Why an agent cannot take a lead right now. */
export type UnavailableReason = 'inactive' | 'away' | 'outside_working_hours';

/** Result of `availabilityAt`. */
export type Availability = { available: true } | { available: false; reason: UnavailableReason };

const HHMM_OR_MIDNIGHT = new RegExp(`${LOCAL_TIME_PATTERN.source}|^24:00$`);

const intervalSchema = z
  .strictObject({
    start: z.string().regex(LOCAL_TIME_PATTERN, 'a 24-hour time, HH:mm'),
    end: z.string().regex(HHMM_OR_MIDNIGHT, 'a 24-hour time, HH:mm (24:00 for midnight)'),
  })
  .refine((i) => minutesOfDay(i.start) < minutesOfDay(i.end), {
    error: 'start must be before end (split a night shift into two days)',
    path: ['end'],
  });

const dayIntervals = z
  .array(intervalSchema)
  .max(6)
  .superRefine((intervals, ctx) => {
    const sorted = intervals
      .map((i, index) => ({ index, start: minutesOfDay(i.start), end: minutesOfDay(i.end) }))
      .sort((a, b) => a.start - b.start);
    let latestEnd = -1;
    for (const interval of sorted) {
      if (interval.start < latestEnd) {
        ctx.addIssue({
          code: 'custom',
          message: 'intervals of a day must not overlap',
          path: [interval.index, 'start'],
        });
      }
      latestEnd = Math.max(latestEnd, interval.end);
    }
  });

/**
 * `WorkingHours` on the wire: `{ timeZone?: IANA name, days: { "1": [{ start, end }], … } }`,
 * weekday keys `1`–`7` (ISO, Monday = 1), times `HH:mm` with start before end, at most six
 * non-overlapping intervals a day. Unknown keys are refused.
 */
export const workingHoursSchema = z.strictObject({
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/London').optional(),
  days: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), dayIntervals),
}) satisfies z.ZodType<WorkingHours>;

/** Whether `at` (ms) falls inside `hours`, read on the wall clock of its zone (else `orgTimeZone`). */
function withinWorkingHours(hours: WorkingHours, at: number, orgTimeZone: string): boolean {
  const local = new TZDate(at, hours.timeZone ?? orgTimeZone);
  const intervals = hours.days[getISODay(local) as IsoWeekday] ?? [];
  const minute = local.getHours() * 60 + local.getMinutes();
  return intervals.some((i) => minutesOfDay(i.start) <= minute && minute < minutesOfDay(i.end));
}

/**
 * Whether `agent` can take a lead at `now` (ISO 8601). Checked in order, the first failing one
 * is the reason: `inactive` (switched off), `away` (now within [awayFrom, awayUntil)), then
 * `outside_working_hours` (now, on the wall clock of `workingHours.timeZone` or else
 * `orgTimeZone`, is not within one of the weekday's intervals; `@date-fns/tz` handles DST).
 * Throws `DomainError` (VALIDATION_FAILED) for a malformed instant or unknown time zone.
 */
export function availabilityAt(
  agent: AgentAvailability,
  now: string,
  orgTimeZone: string,
): Availability {
  const at = parseInstant(now, 'now');
  assertTimeZone(orgTimeZone, 'orgTimeZone');
  if (!agent.active) return { available: false, reason: 'inactive' };
  const awayFrom = agent.awayFrom ? parseInstant(agent.awayFrom, 'awayFrom') : null;
  const awayUntil = agent.awayUntil ? parseInstant(agent.awayUntil, 'awayUntil') : null;
  if (
    (awayFrom !== null || awayUntil !== null) &&
    (awayFrom === null || awayFrom <= at) &&
    (awayUntil === null || at < awayUntil)
  ) {
    return { available: false, reason: 'away' };
  }
  if (agent.workingHours) {
    if (agent.workingHours.timeZone !== undefined) {
      assertTimeZone(agent.workingHours.timeZone, 'workingHours.timeZone');
    }
    if (!withinWorkingHours(agent.workingHours, at, orgTimeZone)) {
      return { available: false, reason: 'outside_working_hours' };
    }
  }
  return { available: true };
}
