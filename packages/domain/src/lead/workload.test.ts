import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainErrorCode } from '../errors/domain-error';
import { workloadScore } from './workload';

describe('given an agent’s load', () => {
  it('weighs active leads 2, pending tasks 1 and overdue tasks 3', () => {
    expect(
      workloadScore({ activeLeads: 4, pendingTasks: 3, overdueTasks: 1, capacityWeight: 1 }),
    ).toBe(14);
    expect(
      workloadScore({ activeLeads: 1, pendingTasks: 0, overdueTasks: 0, capacityWeight: 1 }),
    ).toBe(2);
    expect(
      workloadScore({ activeLeads: 0, pendingTasks: 0, overdueTasks: 1, capacityWeight: 1 }),
    ).toBe(3);
  });

  it('divides by the capacity weight: a double-capacity agent scores half', () => {
    expect(
      workloadScore({ activeLeads: 4, pendingTasks: 3, overdueTasks: 1, capacityWeight: 2 }),
    ).toBe(7);
    expect(
      workloadScore({ activeLeads: 1, pendingTasks: 1, overdueTasks: 0, capacityWeight: 0.5 }),
    ).toBe(6);
  });

  it('refuses a capacity weight that is not above zero', () => {
    for (const capacityWeight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() =>
        workloadScore({ activeLeads: 1, pendingTasks: 0, overdueTasks: 0, capacityWeight }),
      ).toThrow(
        expect.objectContaining({
          code: DomainErrorCode.ValidationFailed,
          context: { issues: [{ path: ['capacityWeight'], message: 'must be greater than 0' }] },
        }),
      );
    }
  });

  it('refuses negative or fractional counts', () => {
    expect(() =>
      workloadScore({ activeLeads: -1, pendingTasks: 0, overdueTasks: 0, capacityWeight: 1 }),
    ).toThrow(/activeLeads/);
    expect(() =>
      workloadScore({ activeLeads: 0, pendingTasks: 1.5, overdueTasks: 0, capacityWeight: 1 }),
    ).toThrow(/pendingTasks/);
  });
});

describe('given any load (property)', () => {
  const count = fc.nat({ max: 1000 });
  it('rises with every extra lead or task and falls with more capacity', () => {
    fc.assert(
      fc.property(
        count,
        count,
        count,
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (a, p, o, w) => {
          const base = workloadScore({
            activeLeads: a,
            pendingTasks: p,
            overdueTasks: o,
            capacityWeight: w,
          });
          expect(base).toBeGreaterThanOrEqual(0);
          expect(
            workloadScore({
              activeLeads: a + 1,
              pendingTasks: p,
              overdueTasks: o,
              capacityWeight: w,
            }),
          ).toBeGreaterThan(base);
          expect(
            workloadScore({
              activeLeads: a,
              pendingTasks: p,
              overdueTasks: o + 1,
              capacityWeight: w,
            }),
          ).toBeGreaterThan(base);
          expect(
            workloadScore({
              activeLeads: a,
              pendingTasks: p,
              overdueTasks: o,
              capacityWeight: w * 2,
            }),
          ).toBeLessThanOrEqual(base);
        },
      ),
    );
  });
});
