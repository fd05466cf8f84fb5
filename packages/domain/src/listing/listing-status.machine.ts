import type { Actor, AuditEntry } from '../audit/audit-entry';
import { InvalidTransitionError } from '../errors/domain-error';
import { StandardStatus } from './listing.codes';

/** One allowed edge of the listing workflow, with the business event that causes it. */
export interface ListingTransitionRule {
  readonly from: StandardStatus;
  readonly to: StandardStatus;
  /** Stable name of the event, e.g. `deposit_taken`, `sold`. */
  readonly event: string;
  /** Whether the caller must say why (withdrawals and cancellations are explained). */
  readonly reasonRequired: boolean;
}

const edge = (
  from: StandardStatus,
  to: StandardStatus,
  event: string,
  reasonRequired = false,
): ListingTransitionRule => ({ from, to, event, reasonRequired });

const { Active, ActiveUnderContract, Pending, Closed, Withdrawn, Canceled, Expired, ComingSoon } =
  StandardStatus;

/**
 * The listing status workflow (RESO StandardStatus values). Active → ActiveUnderContract
 * (deposit taken) → Pending → Closed (sold); Active/ActiveUnderContract/Pending → Withdrawn or
 * Canceled; Withdrawn → Active (relist); Active → Expired; ComingSoon → Active (goes live) or
 * Canceled. Every other pair is refused. Closed, Canceled and Expired are terminal.
 */
export const listingTransitions: readonly ListingTransitionRule[] = [
  edge(ComingSoon, Active, 'went_live'),
  edge(ComingSoon, Canceled, 'canceled', true),
  edge(Active, ActiveUnderContract, 'deposit_taken'),
  edge(ActiveUnderContract, Pending, 'contract_pending'),
  edge(Pending, Closed, 'sold'),
  edge(Active, Withdrawn, 'withdrawn', true),
  edge(ActiveUnderContract, Withdrawn, 'withdrawn', true),
  edge(Pending, Withdrawn, 'withdrawn', true),
  edge(Active, Canceled, 'canceled', true),
  edge(ActiveUnderContract, Canceled, 'canceled', true),
  edge(Pending, Canceled, 'canceled', true),
  edge(Withdrawn, Active, 'relisted'),
  edge(Active, Expired, 'expired'),
];

/** Statuses with no way out. */
export const terminalListingStatuses: readonly StandardStatus[] = [Closed, Canceled, Expired];

/** The statuses a listing in `from` may move to next, in table order. */
export function nextListingStatuses(from: StandardStatus): StandardStatus[] {
  return listingTransitions.filter((rule) => rule.from === from).map((rule) => rule.to);
}

/** Whether the workflow has an edge `from → to` (guards such as a required reason aside). */
export function canTransition(from: StandardStatus, to: StandardStatus): boolean {
  return listingTransitions.some((rule) => rule.from === from && rule.to === to);
}

/** The part of a listing the workflow reads and writes. */
export interface ListingStatusState {
  readonly listingKey: string;
  readonly standardStatus: StandardStatus;
}

/** What a transition needs from outside: who, why, and the time (ISO 8601) from the caller's clock. */
export interface ListingTransitionContext {
  readonly actor: Actor;
  readonly reason?: string | null;
  readonly at: string;
}

/**
 * Moves a listing to `to`. Returns the listing with its new status and the audit entry to
 * persist. Throws `InvalidTransitionError` whose `context.rule` names what forbids it:
 * `same_status`, `terminal_status` (Closed/Canceled/Expired have no way out), `not_an_edge`
 * (e.g. Active → Closed skips ActiveUnderContract and Pending) or `reason_required`
 * (withdrawals and cancellations must say why).
 */
export function transition<T extends ListingStatusState>(
  listing: T,
  to: StandardStatus,
  context: ListingTransitionContext,
): { listing: T; audit: AuditEntry; rule: ListingTransitionRule } {
  const from = listing.standardStatus;
  const allowed = nextListingStatuses(from);
  const detail = { from, to, allowed };
  if (from === to) {
    throw new InvalidTransitionError(`The listing is already ${from}.`, {
      rule: 'same_status',
      ...detail,
    });
  }
  if (terminalListingStatuses.includes(from)) {
    throw new InvalidTransitionError(
      `${from} is a final status: a ${from} listing cannot become ${to}.`,
      { rule: 'terminal_status', ...detail },
      'Create a new listing for the property instead.',
    );
  }
  const rule = listingTransitions.find((r) => r.from === from && r.to === to);
  if (!rule) {
    throw new InvalidTransitionError(
      `A listing cannot go from ${from} to ${to}.`,
      { rule: 'not_an_edge', ...detail },
      `From ${from} it can go to: ${allowed.join(', ')}.`,
    );
  }
  const reason = context.reason?.trim() || null;
  if (rule.reasonRequired && !reason) {
    throw new InvalidTransitionError(
      `Moving a listing to ${to} needs a reason.`,
      { rule: 'reason_required', ...detail },
      'Say why, e.g. "seller changed their mind".',
    );
  }
  return {
    listing: { ...listing, standardStatus: to },
    rule,
    audit: {
      entityType: 'listing',
      entityKey: listing.listingKey,
      action: 'status_change',
      from,
      to,
      actor: context.actor,
      reason,
      at: context.at,
    },
  };
}
