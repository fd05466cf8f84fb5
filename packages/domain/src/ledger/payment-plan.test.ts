import { describe, expect, it } from 'vitest';
import { evaluatePaymentPlan, isPlanBeingKept, paymentPlanScheduleSchema } from './payment-plan';

// 900.00 of arrears, agreed on 2026-03-20 as three instalments of 300.00.
const plan = {
  approvedOn: '2026-03-20',
  instalments: [
    { dueDate: '2026-04-01', amountMinor: 30_000 },
    { dueDate: '2026-04-15', amountMinor: 30_000 },
    { dueDate: '2026-05-01', amountMinor: 30_000 },
  ],
};
const paid = (receivedOn: string, amountMinor = 30_000) => ({ receivedOn, amountMinor });

describe('given a tenant keeping the plan', () => {
  it('is approved, up to date, with the second instalment next', () => {
    const result = evaluatePaymentPlan({
      ...plan,
      payments: [paid('2026-03-30')],
      asOf: '2026-04-10',
    });
    expect(result).toEqual({
      status: 'approved',
      paidMinor: 30_000,
      dueMinor: 0,
      remainingMinor: 60_000,
      missedInstalment: null,
      nextInstalment: { index: 1, dueDate: '2026-04-15', amountMinor: 30_000 },
    });
    expect(isPlanBeingKept({ ...plan, payments: [paid('2026-03-30')], asOf: '2026-04-10' })).toBe(
      true,
    );
  });

  it('still counts as kept on the due date itself before the money arrives', () => {
    const result = evaluatePaymentPlan({
      ...plan,
      payments: [paid('2026-03-30')],
      asOf: '2026-04-15',
    });
    expect(result).toMatchObject({ status: 'approved', dueMinor: 30_000 });
  });

  it('lets a tenant pay ahead: 450.00 covers the first instalment and half the second', () => {
    const result = evaluatePaymentPlan({
      ...plan,
      payments: [paid('2026-03-25', 45_000)],
      asOf: '2026-04-02',
    });
    expect(result.nextInstalment).toEqual({ index: 1, dueDate: '2026-04-15', amountMinor: 15_000 });
  });

  it('ignores payments from before the plan was approved', () => {
    const result = evaluatePaymentPlan({
      ...plan,
      payments: [paid('2026-03-19')],
      asOf: '2026-04-01',
    });
    expect(result).toMatchObject({ paidMinor: 0, status: 'approved', dueMinor: 30_000 });
  });
});

describe('given a tenant who misses an instalment', () => {
  it('defaults the day after the missed due date and names the instalment', () => {
    const result = evaluatePaymentPlan({
      ...plan,
      payments: [paid('2026-03-30')],
      asOf: '2026-04-16',
    });
    expect(result).toMatchObject({
      status: 'defaulted',
      missedInstalment: 1,
      nextInstalment: null,
      dueMinor: 30_000,
    });
  });

  it('stays defaulted when the money arrives a day late', () => {
    const payments = [paid('2026-03-30'), paid('2026-04-16'), paid('2026-04-30')];
    expect(evaluatePaymentPlan({ ...plan, payments, asOf: '2026-05-02' }).status).toBe('defaulted');
  });

  it('defaults on a short payment: 299.99 does not meet a 300.00 instalment', () => {
    const result = evaluatePaymentPlan({
      ...plan,
      payments: [paid('2026-04-01', 29_999)],
      asOf: '2026-04-02',
    });
    expect(result).toMatchObject({ status: 'defaulted', missedInstalment: 0 });
  });
});

describe('given a tenant who pays everything', () => {
  it('completes on time', () => {
    const payments = [paid('2026-04-01'), paid('2026-04-15'), paid('2026-05-01')];
    expect(evaluatePaymentPlan({ ...plan, payments, asOf: '2026-05-01' })).toMatchObject({
      status: 'completed',
      paidMinor: 90_000,
      remainingMinor: 0,
      nextInstalment: null,
    });
  });

  it('completes early with one payment of the whole amount', () => {
    const result = evaluatePaymentPlan({
      ...plan,
      payments: [paid('2026-03-21', 90_000)],
      asOf: '2026-03-21',
    });
    expect(result.status).toBe('completed');
    expect(
      isPlanBeingKept({ ...plan, payments: [paid('2026-03-21', 90_000)], asOf: '2026-03-21' }),
    ).toBe(false);
  });
});

describe('given a schedule sent to the API', () => {
  it('accepts ascending dates with positive amounts', () => {
    expect(paymentPlanScheduleSchema.safeParse({ instalments: plan.instalments }).success).toBe(
      true,
    );
  });

  it('refuses an instalment dated on or before the previous one, at its path', () => {
    const result = paymentPlanScheduleSchema.safeParse({
      instalments: [plan.instalments[1], plan.instalments[0]],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['instalments', 1, 'dueDate']);
  });

  it.each([
    ['no instalments', []],
    [
      '25 instalments',
      Array.from({ length: 25 }, (_, i) => ({
        dueDate: `2027-01-${String(i + 1).padStart(2, '0')}`,
        amountMinor: 1,
      })),
    ],
    ['a zero amount', [{ dueDate: '2026-04-01', amountMinor: 0 }]],
    ['a fractional amount', [{ dueDate: '2026-04-01', amountMinor: 1.5 }]],
    ['an impossible date', [{ dueDate: '2026-02-30', amountMinor: 1 }]],
  ])('refuses %s', (_, instalments) => {
    expect(paymentPlanScheduleSchema.safeParse({ instalments }).success).toBe(false);
  });
});
