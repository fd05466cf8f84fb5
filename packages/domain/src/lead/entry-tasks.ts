import { TZDate } from '@date-fns/tz';
import { addDays, addHours, set } from 'date-fns';
import type { TaskType } from './lead.codes';
import type { StageDefinition, TaskTemplate } from './pipeline';
import { assertTimeZone, minutesOfDay, parseInstant, toUtcIso } from './time';

/** A task to create, with an absolute due instant (ISO 8601, UTC `Z`). */
export interface TaskDraft {
  type: TaskType;
  title: string;
  dueAt: string;
}

/**
 * The due instant of one template for a lead that entered the stage at `enteredAtMs`.
 * `{ hours }` adds elapsed hours (fractions allowed). `{ days, atLocalTime? }` adds calendar
 * days on the wall clock of `timeZone` (date-fns `addDays` on a `TZDate`), so across a DST change
 * the local time stays put and the elapsed time is 23 or 25 hours; `atLocalTime` then sets the
 * local hour and minute (seconds zeroed). A local time that does not exist on that day (inside
 * a spring-forward gap) moves forward by the gap, as `TZDate` resolves it: 02:30 → 03:30.
 */
function dueAt(template: TaskTemplate, enteredAtMs: number, timeZone: string): number {
  const due = template.due;
  if ('hours' in due) return addHours(new TZDate(enteredAtMs, timeZone), due.hours).getTime();
  const day = addDays(new TZDate(enteredAtMs, timeZone), due.days);
  if (due.atLocalTime === undefined) return day.getTime();
  const minutes = minutesOfDay(due.atLocalTime);
  return set(day, {
    hours: Math.floor(minutes / 60),
    minutes: minutes % 60,
    seconds: 0,
    milliseconds: 0,
  }).getTime();
}

/**
 * The tasks created when a lead enters `stage`: one `TaskDraft` per entry-task template, in
 * template order, due relative to `enteredAt` (ISO 8601 instant) in the organisation's
 * `timeZone` (IANA, e.g. `Europe/London`). See `TaskTemplate` for `{ hours }` (elapsed) versus
 * `{ days, atLocalTime? }` (calendar days keeping local time). A `{ days: 0, atLocalTime }`
 * template earlier than the entry time is due in the past, i.e. immediately overdue.
 * Throws `DomainError` (VALIDATION_FAILED) for a malformed instant or unknown time zone.
 */
export function entryTasks(
  stage: StageDefinition,
  enteredAt: string,
  timeZone: string,
): TaskDraft[] {
  const enteredAtMs = parseInstant(enteredAt, 'enteredAt');
  assertTimeZone(timeZone);
  return stage.entryTasks.map((template) => ({
    type: template.type,
    title: template.title,
    dueAt: toUtcIso(dueAt(template, enteredAtMs, timeZone)),
  }));
}
