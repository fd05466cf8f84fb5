import { InvalidTransitionError } from '../errors/domain-error';
import type { IsoDate, LeaseStatus } from '../ledger/ledger.codes';

/** What can happen to a lease. Dates are ISO dates (`YYYY-MM-DD`, the org's local day). */
export type LeaseEvent =
  | { type: 'activate' }
  | { type: 'give_notice'; noticeDate: IsoDate; endDate: IsoDate }
  | { type: 'end'; endedOn: IsoDate }
  | { type: 'terminate'; terminatedOn: IsoDate; reason: string }
  | { type: 'start_collections'; reason: string }
  | { type: 'leave_collections' };
export type LeaseEventType = LeaseEvent['type'];

/** One allowed edge of the lease workflow and the event that takes it. */
export interface LeaseTransitionRule {
  readonly from: LeaseStatus;
  readonly to: LeaseStatus;
  readonly event: LeaseEventType;
}

const edge = (from: LeaseStatus, event: LeaseEventType, to: LeaseStatus) => ({ from, to, event });

/**
 * The lease workflow (DESIGN "Leasing and accounting"): draft → active (signed) → notice_given →
 * ended; active/notice_given → ended directly; terminated early from any signed state that is
 * not final; active/notice_given ⇄ collections (eviction pending; leaving returns to active).
 * `ended` and `terminated` are final.
 */
export const leaseTransitions: readonly LeaseTransitionRule[] = [
  edge('draft', 'activate', 'active'),
  edge('active', 'give_notice', 'notice_given'),
  edge('active', 'end', 'ended'),
  edge('notice_given', 'end', 'ended'),
  edge('active', 'terminate', 'terminated'),
  edge('notice_given', 'terminate', 'terminated'),
  edge('collections', 'terminate', 'terminated'),
  edge('active', 'start_collections', 'collections'),
  edge('notice_given', 'start_collections', 'collections'),
  edge('collections', 'leave_collections', 'active'),
];

/** Statuses with no way out. */
export const terminalLeaseStatuses: readonly LeaseStatus[] = ['ended', 'terminated'];

/** The statuses a lease in `from` may move to next, in table order, without duplicates. */
export function nextLeaseStatuses(from: LeaseStatus): LeaseStatus[] {
  return [...new Set(leaseTransitions.filter((r) => r.from === from).map((r) => r.to))];
}

/** Whether `event` applies to a lease in `from` (table only; dates, reasons, parties aside). */
export function canLeaseTransition(from: LeaseStatus, event: LeaseEventType): boolean {
  return leaseTransitions.some((r) => r.from === from && r.event === event);
}

/** The status each event leads to. */
export const leaseEventTargets = {
  activate: 'active',
  give_notice: 'notice_given',
  end: 'ended',
  terminate: 'terminated',
  start_collections: 'collections',
  leave_collections: 'active',
} as const satisfies Record<LeaseEventType, LeaseStatus>;

/**
 * The status `event` takes a lease in `from` to. Throws `InvalidTransitionError` when the table
 * has no such edge: `context.rule` is `terminal_status` (ended/terminated are final),
 * `same_status` (e.g. activating an active lease) or `not_an_edge`.
 */
export function assertLeaseEdge(from: LeaseStatus, event: LeaseEventType): LeaseStatus {
  const to = leaseEventTargets[event];
  if (canLeaseTransition(from, event)) return to;
  const detail = { from, to, allowed: nextLeaseStatuses(from) };
  if (terminalLeaseStatuses.includes(from)) {
    throw new InvalidTransitionError(
      `The lease is ${from}: that is final, so it cannot ${event.replace('_', ' ')}.`,
      { rule: 'terminal_status', ...detail },
      'Create a new lease for the unit instead.',
    );
  }
  throw new InvalidTransitionError(
    from === to
      ? `The lease is already ${from}.`
      : `A lease that is ${from} cannot ${event.replace('_', ' ')} (${from} → ${to}).`,
    { rule: from === to ? 'same_status' : 'not_an_edge', ...detail },
    detail.allowed.length > 0
      ? `From ${from} it can go to: ${detail.allowed.join(', ')}.`
      : undefined,
  );
}
