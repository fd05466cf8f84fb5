import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, DomainErrorCode, InvalidTransitionError } from '../errors/domain-error';
import { type LeaseStatus, leaseStatuses } from '../ledger/ledger.codes';
import { type LeaseStatusState, leaseTransition } from './lease-status.machine';
import {
  canLeaseTransition,
  type LeaseEvent,
  type LeaseEventType,
  leaseEventTargets,
  leaseTransitions,
  nextLeaseStatuses,
} from './lease-transitions';

const ctx = { today: '2026-06-15' };
const lease = (status: LeaseStatus, over: Partial<LeaseStatusState> = {}): LeaseStatusState => ({
  status,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  unitCount: 1,
  tenantCount: 1,
  ...over,
});

/** A well-formed event of each type, dated between the lease start and `ctx.today`. */
const validEvents: Record<LeaseEventType, LeaseEvent> = {
  activate: { type: 'activate' },
  give_notice: { type: 'give_notice', noticeDate: '2026-06-01', endDate: '2026-07-31' },
  end: { type: 'end', endedOn: '2026-06-15' },
  terminate: { type: 'terminate', terminatedOn: '2026-06-10', reason: ' Unpaid rent ' },
  start_collections: { type: 'start_collections', reason: 'Three months in arrears' },
  leave_collections: { type: 'leave_collections' },
};
const eventTypes = Object.keys(validEvents) as LeaseEventType[];

/** Runs `action` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected the call to throw');
}

const issuePaths = (error: DomainError) =>
  (error.context.issues as { path: unknown[] }[]).map((issue) => issue.path.join('.'));

describe('given the lease workflow table', () => {
  it.each([
    ['draft', 'activate', 'active'],
    ['active', 'give_notice', 'notice_given'],
    ['active', 'end', 'ended'],
    ['notice_given', 'end', 'ended'],
    ['active', 'terminate', 'terminated'],
    ['notice_given', 'terminate', 'terminated'],
    ['collections', 'terminate', 'terminated'],
    ['active', 'start_collections', 'collections'],
    ['notice_given', 'start_collections', 'collections'],
    ['collections', 'leave_collections', 'active'],
  ] as const)('allows %s --%s--> %s', (from, event, to) => {
    expect(canLeaseTransition(from, event)).toBe(true);
    expect(leaseTransition(lease(from), validEvents[event], ctx).next).toBe(to);
  });

  it('has exactly those ten edges', () => {
    expect(leaseTransitions).toHaveLength(10);
  });

  const refused = leaseStatuses.flatMap((from) =>
    eventTypes
      .filter((event) => !canLeaseTransition(from, event))
      .map((event) => [from, event] as const),
  );

  it('refuses the other 26 status and event pairs', () => {
    expect(refused).toHaveLength(26);
  });

  it.each(refused)('refuses %s --%s--> with InvalidTransitionError', (from, event) => {
    const error = thrownBy(() => leaseTransition(lease(from), validEvents[event], ctx));
    expect(error).toBeInstanceOf(InvalidTransitionError);
    const to = leaseEventTargets[event];
    const rule =
      from === 'ended' || from === 'terminated'
        ? 'terminal_status'
        : from === to
          ? 'same_status'
          : 'not_an_edge';
    expect(error.context).toEqual({ rule, from, to, allowed: nextLeaseStatuses(from) });
  });

  it('lists where each status may go', () => {
    expect(nextLeaseStatuses('draft')).toEqual(['active']);
    expect(nextLeaseStatuses('active')).toEqual([
      'notice_given',
      'ended',
      'terminated',
      'collections',
    ]);
    expect(nextLeaseStatuses('notice_given')).toEqual(['ended', 'terminated', 'collections']);
    expect(nextLeaseStatuses('collections')).toEqual(['terminated', 'active']);
    expect(nextLeaseStatuses('ended')).toEqual([]);
    expect(nextLeaseStatuses('terminated')).toEqual([]);
  });

  it('checks the status before the event data', () => {
    const event = { type: 'terminate', terminatedOn: 'soon', reason: '' } as const;
    expect(thrownBy(() => leaseTransition(lease('ended'), event, ctx))).toBeInstanceOf(
      InvalidTransitionError,
    );
  });
});

describe('given a draft lease being activated', () => {
  it('activates with a unit and a tenant, changing no dates', () => {
    expect(leaseTransition(lease('draft'), { type: 'activate' }, ctx)).toEqual({
      next: 'active',
      changes: {},
      reason: null,
    });
  });

  it('refuses without a unit (units_required) or without a tenant (tenants_required)', () => {
    const noUnit = thrownBy(() =>
      leaseTransition(lease('draft', { unitCount: 0 }), { type: 'activate' }, ctx),
    );
    const noTenant = thrownBy(() =>
      leaseTransition(lease('draft', { tenantCount: 0 }), { type: 'activate' }, ctx),
    );
    expect(noUnit.context.rule).toBe('units_required');
    expect(noTenant.context.rule).toBe('tenants_required');
    expect(noTenant).toBeInstanceOf(InvalidTransitionError);
  });

  it('names both when both are missing', () => {
    const error = thrownBy(() =>
      leaseTransition(lease('draft', { unitCount: 0, tenantCount: 0 }), { type: 'activate' }, ctx),
    );
    expect(error.message).toBe('A lease needs a unit and a tenant before it can be activated.');
  });
});

describe('given an active lease receiving notice', () => {
  const notice = (noticeDate: string, endDate: string) =>
    leaseTransition(lease('active'), { type: 'give_notice', noticeDate, endDate }, ctx);

  it('records the notice date and the new end date', () => {
    expect(notice('2026-06-01', '2026-07-31')).toEqual({
      next: 'notice_given',
      changes: { noticeDate: '2026-06-01', endDate: '2026-07-31' },
      reason: null,
    });
  });

  it('accepts notice on the start day, today, and an end on the notice day', () => {
    expect(notice('2026-01-01', '2026-01-01').next).toBe('notice_given');
    expect(notice('2026-06-15', '2026-06-15').next).toBe('notice_given');
  });

  it('refuses notice before the lease starts or after today', () => {
    for (const date of ['2025-12-31', '2026-06-16']) {
      const error = thrownBy(() => notice(date, '2026-08-31'));
      expect(error.code).toBe(DomainErrorCode.ValidationFailed);
      expect(issuePaths(error)).toEqual(['noticeDate']);
    }
  });

  it('refuses an end date before the notice date', () => {
    expect(issuePaths(thrownBy(() => notice('2026-06-01', '2026-05-31')))).toEqual(['endDate']);
  });

  it('says what went wrong in the message', () => {
    expect(thrownBy(() => notice('2026-06-20', '2026-08-31')).message).toBe(
      'Cannot give notice: noticeDate: must not be in the future',
    );
  });

  it('refuses a today that is not a calendar date', () => {
    const error = thrownBy(() =>
      leaseTransition(lease('active'), validEvents.give_notice, { today: 'tomorrow' }),
    );
    expect(issuePaths(error)).toEqual(['today']);
  });

  it('reports every bad date at once', () => {
    expect(issuePaths(thrownBy(() => notice('2026-02-30', 'July')))).toEqual([
      'noticeDate',
      'endDate',
    ]);
  });
});

describe('given a lease that ends', () => {
  it('records endedOn and leaves the contractual end date alone', () => {
    const result = leaseTransition(
      lease('notice_given'),
      { type: 'end', endedOn: '2026-06-15' },
      ctx,
    );
    expect(result).toEqual({ next: 'ended', changes: { endedOn: '2026-06-15' }, reason: null });
  });

  it('accepts an end on the start day and refuses one before it or in the future', () => {
    expect(leaseTransition(lease('active'), { type: 'end', endedOn: '2026-01-01' }, ctx).next).toBe(
      'ended',
    );
    for (const endedOn of ['2025-12-31', '2026-06-16', '2026-6-1']) {
      const error = thrownBy(() => leaseTransition(lease('active'), { type: 'end', endedOn }, ctx));
      expect(issuePaths(error)).toEqual(['endedOn']);
    }
  });
});

describe('given a lease that is terminated', () => {
  it('records the date and the trimmed reason, from collections too', () => {
    expect(leaseTransition(lease('collections'), validEvents.terminate, ctx)).toEqual({
      next: 'terminated',
      changes: { terminatedOn: '2026-06-10', terminationReason: 'Unpaid rent' },
      reason: 'Unpaid rent',
    });
  });

  it('refuses a blank reason and a date before the start, both at once', () => {
    const event = { type: 'terminate', terminatedOn: '2025-12-01', reason: '   ' } as const;
    const error = thrownBy(() => leaseTransition(lease('active'), event, ctx));
    expect(error.code).toBe(DomainErrorCode.ValidationFailed);
    expect(issuePaths(error)).toEqual(['terminatedOn', 'reason']);
  });
});

describe('given a lease going into and out of collections', () => {
  it('needs a reason to start collections and returns it for the audit entry', () => {
    const result = leaseTransition(lease('notice_given'), validEvents.start_collections, ctx);
    expect(result).toEqual({ next: 'collections', changes: {}, reason: 'Three months in arrears' });
    const error = thrownBy(() =>
      leaseTransition(lease('active'), { type: 'start_collections', reason: '' }, ctx),
    );
    expect(issuePaths(error)).toEqual(['reason']);
  });

  it('returns to active when collections end', () => {
    expect(leaseTransition(lease('collections'), { type: 'leave_collections' }, ctx)).toEqual({
      next: 'active',
      changes: {},
      reason: null,
    });
  });
});

describe('given any lease, event and day', () => {
  const dayArb = fc.constantFrom('2025-12-31', '2026-01-01', '2026-06-15', '2026-06-16', 'bad');
  const eventArb: fc.Arbitrary<LeaseEvent> = fc.oneof(
    fc.constant({ type: 'activate' as const }),
    fc.record({ type: fc.constant('give_notice' as const), noticeDate: dayArb, endDate: dayArb }),
    fc.record({ type: fc.constant('end' as const), endedOn: dayArb }),
    fc.record({
      type: fc.constant('terminate' as const),
      terminatedOn: dayArb,
      reason: fc.constantFrom('', ' ', 'why'),
    }),
    fc.record({
      type: fc.constant('start_collections' as const),
      reason: fc.constantFrom('', 'why'),
    }),
    fc.constant({ type: 'leave_collections' as const }),
  );

  it('either follows a table edge with dates inside start..today, or refuses with a code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leaseStatuses),
        fc.nat(2),
        fc.nat(2),
        eventArb,
        (status, unitCount, tenantCount, event) => {
          const state = lease(status, { unitCount, tenantCount });
          try {
            const { next, changes } = leaseTransition(state, event, ctx);
            expect(canLeaseTransition(status, event.type)).toBe(true);
            expect(next).toBe(leaseEventTargets[event.type]);
            for (const date of [changes.noticeDate, changes.endedOn, changes.terminatedOn]) {
              if (date !== undefined)
                expect(date >= state.startDate && date <= ctx.today).toBe(true);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            const { code } = error as DomainError;
            expect([DomainErrorCode.InvalidTransition, DomainErrorCode.ValidationFailed]).toContain(
              code,
            );
            if (!canLeaseTransition(status, event.type))
              expect(error).toBeInstanceOf(InvalidTransitionError);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
