import { InvalidTransitionError } from '../errors/domain-error';
import type { IsoDate, LeaseStatus } from '../ledger/ledger.codes';
import type { ValidationIssue } from '../listing/listing-update';
import { parseIsoDate, toEpochDay } from './iso-date';
import { assertLeaseEdge, type LeaseEvent, nextLeaseStatuses } from './lease-transitions';
import { validationFailed } from './validation';

/** The part of a lease the workflow reads. */
export interface LeaseStatusState {
  status: LeaseStatus;
  startDate: IsoDate;
  endDate: IsoDate | null;
  unitCount: number;
  tenantCount: number;
}

/** Fields to write with the new status; absent = unchanged. */
export interface LeaseStatusChanges {
  endDate?: IsoDate | null;
  noticeDate?: IsoDate;
  endedOn?: IsoDate;
  terminatedOn?: IsoDate;
  terminationReason?: string;
}

/** `next` status, the field `changes`, and the trimmed `reason` for the audit entry (or null). */
export interface LeaseTransitionResult {
  next: LeaseStatus;
  changes: LeaseStatusChanges;
  reason: string | null;
}

/** Checks an event date: a calendar date, not before the lease start, not after today. */
function pastDate(
  value: IsoDate,
  field: string,
  lease: LeaseStatusState,
  today: number,
  issues: ValidationIssue[],
): void {
  const day = typeof value === 'string' ? toEpochDay(value) : null;
  if (day === null) {
    issues.push({
      path: [field],
      message: `must be a calendar date as YYYY-MM-DD; got "${value}"`,
    });
  } else if (day < parseIsoDate(lease.startDate, ['startDate'])) {
    issues.push({
      path: [field],
      message: `must not be before the lease start (${lease.startDate})`,
    });
  } else if (day > today) {
    issues.push({ path: [field], message: 'must not be in the future' });
  }
}

function requiredReason(reason: unknown, issues: ValidationIssue[]): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text === '') issues.push({ path: ['reason'], message: 'say why' });
  return text;
}

/**
 * Applies `event` to `lease` on `ctx.today` (ISO date from the caller's clock) and returns the
 * next status with the fields to write (see `leaseTransitions` for the edges):
 * - `activate` (draft → active): needs at least one unit and one tenant;
 * - `give_notice` (active → notice_given): startDate ≤ noticeDate ≤ today, endDate ≥ noticeDate;
 *   writes `noticeDate` and the new `endDate` (the last day, inclusive);
 * - `end` (active | notice_given → ended): startDate ≤ endedOn ≤ today; writes `endedOn` and
 *   leaves the contractual `endDate` as it was;
 * - `terminate` (active | notice_given | collections → terminated): startDate ≤ terminatedOn ≤
 *   today and a non-blank reason; writes `terminatedOn` and `terminationReason`;
 * - `start_collections` (active | notice_given → collections): a non-blank reason;
 * - `leave_collections` (collections → active).
 * Event dates record what has happened, so none may be after `ctx.today`; backdating is fine.
 *
 * Throws `InvalidTransitionError` (`context.rule`: `terminal_status`, `same_status`,
 * `not_an_edge`, `units_required`, `tenants_required`; with `from`, `to`, `allowed`) when the
 * event does not apply, and `DomainError` VALIDATION_FAILED with `context.issues` ({ path, message },
 * paths named after the event's fields) for bad dates or a blank reason.
 */
export function leaseTransition(
  lease: LeaseStatusState,
  event: LeaseEvent,
  ctx: { today: IsoDate },
): LeaseTransitionResult {
  const from = lease.status;
  const next = assertLeaseEdge(from, event.type);
  const today = parseIsoDate(ctx.today, ['today']);
  const issues: ValidationIssue[] = [];
  const result = (changes: LeaseStatusChanges, reason: string | null = null) => {
    if (issues.length > 0) throw validationFailed(`Cannot ${event.type.replace('_', ' ')}`, issues);
    return { next, changes, reason };
  };
  switch (event.type) {
    case 'activate': {
      const missing = [
        lease.unitCount < 1 ? 'a unit' : '',
        lease.tenantCount < 1 ? 'a tenant' : '',
      ];
      if (missing.some(Boolean)) {
        throw new InvalidTransitionError(
          `A lease needs ${missing.filter(Boolean).join(' and ')} before it can be activated.`,
          {
            rule: lease.unitCount < 1 ? 'units_required' : 'tenants_required',
            from,
            to: next,
            allowed: nextLeaseStatuses(from),
          },
          'Add the missing units and tenants to the draft, then activate it.',
        );
      }
      return result({});
    }
    case 'give_notice': {
      pastDate(event.noticeDate, 'noticeDate', lease, today, issues);
      const notice = toEpochDay(event.noticeDate);
      const end = typeof event.endDate === 'string' ? toEpochDay(event.endDate) : null;
      if (end === null) {
        issues.push({
          path: ['endDate'],
          message: `must be a calendar date as YYYY-MM-DD; got "${event.endDate}"`,
        });
      } else if (notice !== null && end < notice) {
        issues.push({
          path: ['endDate'],
          message: `must not be before the notice date (${event.noticeDate})`,
        });
      }
      return result({ noticeDate: event.noticeDate, endDate: event.endDate });
    }
    case 'end':
      pastDate(event.endedOn, 'endedOn', lease, today, issues);
      return result({ endedOn: event.endedOn });
    case 'terminate': {
      pastDate(event.terminatedOn, 'terminatedOn', lease, today, issues);
      const reason = requiredReason(event.reason, issues);
      return result({ terminatedOn: event.terminatedOn, terminationReason: reason }, reason);
    }
    case 'start_collections':
      return result({}, requiredReason(event.reason, issues));
    case 'leave_collections':
      return result({});
    default:
      return event satisfies never;
  }
}
