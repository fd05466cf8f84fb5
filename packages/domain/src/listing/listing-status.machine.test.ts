import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../audit/audit-entry';
import { DomainErrorCode, InvalidTransitionError } from '../errors/domain-error';
import { type StandardStatus, standardStatuses } from './listing.codes';
import {
  canTransition,
  listingTransitions,
  nextListingStatuses,
  terminalListingStatuses,
  transition,
} from './listing-status.machine';

const agent: Actor = { kind: 'user', id: 'user-17', role: 'agent' };
const at = '2025-03-14T09:30:00.000Z';
const listingIn = (standardStatus: StandardStatus) => ({
  listingKey: 'L-1001',
  standardStatus,
  listPrice: 45_000_000,
});

/** Runs `action` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('given the listing workflow table', () => {
  it.each([
    ['ComingSoon', 'Active', 'went_live'],
    ['ComingSoon', 'Canceled', 'canceled'],
    ['Active', 'ActiveUnderContract', 'deposit_taken'],
    ['ActiveUnderContract', 'Pending', 'contract_pending'],
    ['Pending', 'Closed', 'sold'],
    ['Active', 'Withdrawn', 'withdrawn'],
    ['ActiveUnderContract', 'Withdrawn', 'withdrawn'],
    ['Pending', 'Withdrawn', 'withdrawn'],
    ['Active', 'Canceled', 'canceled'],
    ['ActiveUnderContract', 'Canceled', 'canceled'],
    ['Pending', 'Canceled', 'canceled'],
    ['Withdrawn', 'Active', 'relisted'],
    ['Active', 'Expired', 'expired'],
  ] as const)('allows %s → %s (%s)', (from, to, event) => {
    expect(canTransition(from, to)).toBe(true);
    const result = transition(listingIn(from), to, { actor: agent, reason: 'seller asked', at });
    expect(result.listing.standardStatus).toBe(to);
    expect(result.rule.event).toBe(event);
  });

  it('has exactly those thirteen edges', () => {
    expect(listingTransitions).toHaveLength(13);
  });

  it('treats Closed, Canceled and Expired as final', () => {
    expect([...terminalListingStatuses].sort()).toEqual(['Canceled', 'Closed', 'Expired']);
    for (const status of terminalListingStatuses) {
      expect(nextListingStatuses(status)).toEqual([]);
    }
  });

  it('lists the next statuses of an Active listing in table order', () => {
    expect(nextListingStatuses('Active')).toEqual([
      'ActiveUnderContract',
      'Withdrawn',
      'Canceled',
      'Expired',
    ]);
  });
});

describe('given an Active listing that sells', () => {
  it('goes under contract, pending and closed, one step at a time', () => {
    const context = { actor: agent, at };
    const underContract = transition(listingIn('Active'), 'ActiveUnderContract', context);
    const pending = transition(underContract.listing, 'Pending', context);
    const closed = transition(pending.listing, 'Closed', context);
    expect(closed.listing.standardStatus).toBe('Closed');
    expect(closed.rule.event).toBe('sold');
  });

  it('records who moved it, from where to where, why and when', () => {
    const { audit } = transition(listingIn('Active'), 'ActiveUnderContract', {
      actor: agent,
      reason: '  deposit of $10,000 received  ',
      at,
    });
    expect(audit).toEqual({
      entityType: 'listing',
      entityKey: 'L-1001',
      action: 'status_change',
      from: 'Active',
      to: 'ActiveUnderContract',
      actor: agent,
      reason: 'deposit of $10,000 received',
      at,
    });
  });

  it('records no reason as null rather than an empty string', () => {
    const { audit } = transition(listingIn('Active'), 'Expired', { actor: agent, reason: ' ', at });
    expect(audit.reason).toBeNull();
  });

  it('leaves the listing it was given unchanged and keeps its other fields', () => {
    const before = listingIn('Active');
    const result = transition(before, 'ActiveUnderContract', { actor: agent, at });
    expect(before.standardStatus).toBe('Active');
    expect(result.listing).not.toBe(before);
    expect(result.listing).toEqual({ ...before, standardStatus: 'ActiveUnderContract' });
  });
});

describe('given a move the workflow forbids', () => {
  it('refuses Active → Closed as not an edge and says where it can go', () => {
    const error = thrownBy(() => transition(listingIn('Active'), 'Closed', { actor: agent, at }));
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({
      code: DomainErrorCode.InvalidTransition,
      message: 'A listing cannot go from Active to Closed.',
      context: { rule: 'not_an_edge', from: 'Active', to: 'Closed' },
    });
    expect((error as InvalidTransitionError).suggestion).toContain('ActiveUnderContract');
  });

  it.each([
    ['Closed', 'Active'],
    ['Canceled', 'Active'],
    ['Expired', 'Active'],
    ['Closed', 'Pending'],
  ] as const)('refuses to move a %s listing to %s: the status is final', (from, to) => {
    const error = thrownBy(() =>
      transition(listingIn(from), to, { actor: agent, reason: 'x', at }),
    );
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({ context: { rule: 'terminal_status', from, to, allowed: [] } });
    expect((error as Error).message).toBe(
      `${from} is a final status: a ${from} listing cannot become ${to}.`,
    );
  });

  it('refuses to move a listing to the status it already has', () => {
    const error = thrownBy(() => transition(listingIn('Pending'), 'Pending', { actor: agent, at }));
    expect(error).toMatchObject({
      message: 'The listing is already Pending.',
      context: { rule: 'same_status' },
    });
  });

  it.each([
    ['Active', 'Withdrawn'],
    ['Pending', 'Canceled'],
    ['ComingSoon', 'Canceled'],
  ] as const)('refuses %s → %s without a reason', (from, to) => {
    for (const reason of [undefined, null, '', '   ']) {
      const error = thrownBy(() => transition(listingIn(from), to, { actor: agent, reason, at }));
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect(error).toMatchObject({
        message: `Moving a listing to ${to} needs a reason.`,
        context: { rule: 'reason_required' },
      });
    }
  });

  it.each([
    ['ComingSoon', 'Pending'],
    ['Withdrawn', 'Closed'],
    ['Pending', 'Active'],
    ['ActiveUnderContract', 'Active'],
    ['Hold', 'Active'],
  ] as const)('refuses %s → %s as not an edge', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => transition(listingIn(from), to, { actor: agent, reason: 'x', at })).toThrow(
      InvalidTransitionError,
    );
  });
});

const status = fc.constantFrom(...standardStatuses);
const knownRules = ['not_an_edge', 'terminal_status', 'same_status', 'reason_required'];

/**
 * One attempted move. Half the time it follows an edge out of the current status (so walks get
 * far enough to close), otherwise it targets any status; some attempts give no reason.
 */
const attempt = fc.record({ followEdge: fc.boolean(), pick: fc.nat(), withReason: fc.boolean() });
type Attempt = { followEdge: boolean; pick: number; withReason: boolean };
const walks = fc.tuple(status, fc.array(attempt, { maxLength: 25 }));

/** Attempts each move in turn; returns the statuses the listing went through and the refusals. */
function walk(start: StandardStatus, attempts: Attempt[]) {
  let listing = listingIn(start);
  const path: StandardStatus[] = [start];
  const refusals: { from: StandardStatus; to: StandardStatus; error: unknown }[] = [];
  for (const { followEdge, pick, withReason } of attempts) {
    const from = listing.standardStatus;
    const next = nextListingStatuses(from);
    const targets = followEdge && next.length > 0 ? next : standardStatuses;
    const to = targets[pick % targets.length]!;
    const reason = withReason ? 'seller asked' : null;
    try {
      listing = transition(listing, to, { actor: agent, reason, at }).listing;
      path.push(to);
    } catch (error) {
      refusals.push({ from, to, error });
    }
  }
  return { path, refusals };
}

describe('given random sequences of attempted moves (property-based)', () => {
  it('accepts only moves that are edges of the table', () => {
    fc.assert(
      fc.property(walks, ([start, attempts]) => {
        const { path } = walk(start, attempts);
        for (let i = 1; i < path.length; i += 1) {
          const edge = listingTransitions.find((r) => r.from === path[i - 1] && r.to === path[i]);
          expect(edge).toBeDefined();
        }
      }),
    );
  });

  it('refuses every other move with an InvalidTransitionError naming its rule', () => {
    fc.assert(
      fc.property(walks, ([start, attempts]) => {
        for (const { from, to, error } of walk(start, attempts).refusals) {
          expect(error).toBeInstanceOf(InvalidTransitionError);
          const { context, message } = error as InvalidTransitionError;
          expect(knownRules).toContain(context.rule);
          expect(context).toMatchObject({ from, to });
          expect(message).toMatch(/listing|status/);
        }
      }),
    );
  });

  it('agrees with canTransition on every pair when a reason is given', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        let succeeded = true;
        try {
          transition(listingIn(from), to, { actor: agent, reason: 'seller asked', at });
        } catch {
          succeeded = false;
        }
        expect(canTransition(from, to)).toBe(succeeded);
      }),
    );
  });

  it('never leaves Closed, Canceled or Expired', () => {
    fc.assert(
      fc.property(walks, ([start, attempts]) => {
        const { path } = walk(start, attempts);
        const firstFinal = path.findIndex((s) => terminalListingStatuses.includes(s));
        if (firstFinal >= 0) expect(path.slice(firstFinal + 1)).toEqual([]);
      }),
    );
  });

  it('reaches Closed only straight from Pending', () => {
    let closings = 0;
    fc.assert(
      fc.property(walks, ([start, attempts]) => {
        const { path } = walk(start, attempts);
        path.forEach((s, i) => {
          if (s !== 'Closed' || i === 0) return;
          closings += 1;
          expect(path[i - 1]).toBe('Pending');
        });
      }),
      { numRuns: 500 },
    );
    // The walks must actually sell listings, or the property above proves nothing.
    expect(closings).toBeGreaterThan(10);
  });
});
