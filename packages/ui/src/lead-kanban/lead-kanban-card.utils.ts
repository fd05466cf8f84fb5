import type { LeadDto, TaskStatus } from '@estatekit/domain';

/*
 * What a card shows beyond the lead's own fields: how hot it looks and whether its next task is
 * late. Display rules only; the numbers (heat, due instants, task status) are the API's.
 */

/** Display band of a lead's heat: enumerated as `data-heat` on the card so themes can colour it. */
export type HeatLevel = 'hot' | 'warm' | 'cold';

/**
 * The band of a heat (0–100, the API's `lead.heat`): `hot` from 67, `warm` from 34, else `cold`.
 * Thirds of the scale, for colour and wording only; sorting uses the number.
 */
export function heatLevel(heat: number): HeatLevel {
  if (heat >= 67) return 'hot';
  if (heat >= 34) return 'warm';
  return 'cold';
}

/** When a task is due relative to now: enumerated as `data-due` on cards and tasks. */
export type DueState = 'overdue' | 'today' | 'upcoming';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of `instant` in `timeZone` (IANA; the visitor's when undefined). */
function calendarDay(instant: number, timeZone: string | undefined): string {
  const key = timeZone ?? '';
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    });
    dayFormats.set(key, format);
  }
  return format.format(instant);
}

/**
 * Whether a task due at `dueAt` (ISO 8601 instant) is `overdue` (its due time has passed, or the
 * API already marked it `overdue`), due `today` (later on the same calendar day as `now` in
 * `timeZone`, default the visitor's) or `upcoming`. `null` for a task that is `done` or
 * `canceled`, or whose `dueAt` does not parse.
 */
export function dueState(
  task: { dueAt: string; status: TaskStatus },
  now: Date | number,
  timeZone?: string,
): DueState | null {
  if (task.status === 'done' || task.status === 'canceled') return null;
  const due = Date.parse(task.dueAt);
  if (Number.isNaN(due)) return null;
  const at = typeof now === 'number' ? now : now.getTime();
  if (task.status === 'overdue' || due < at) return 'overdue';
  return calendarDay(due, timeZone) === calendarDay(at, timeZone) ? 'today' : 'upcoming';
}

/** Words for a due state, shown next to the due time so colour is never the only signal. */
export const dueStateLabels: Record<DueState, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  upcoming: 'Upcoming',
};

/** The next open task of a lead with its due state, or `null` when it has none. */
export function nextTaskDue(lead: Pick<LeadDto, 'nextTask'>, now: Date | number) {
  const task = lead.nextTask;
  if (!task) return null;
  return { task, due: dueState(task, now) };
}
