import { describe, expect, it } from 'vitest';
import { LedgerError, MoneyError } from '../errors/domain-error';
import type { OpenCharge } from './allocation';
import { planReallocation } from './reallocation';

/** Runs `action` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

// A 500.00 payment went 450.00 to March rent and 50.00 to water; the manager wants 300.00 on
// rent, 50.00 on water as before, and 150.00 on the parking the tenant meant to pay.
// Open amounts are given as if the payment's allocations were already reversed.
const charges: OpenCharge[] = [
  {
    id: 'rent',
    type: 'rent',
    dueDate: '2026-03-01',
    amountMinor: 45_000,
    openMinor: 45_000,
    sequence: 1,
  },
  {
    id: 'water',
    type: 'water',
    dueDate: '2026-03-05',
    amountMinor: 5_000,
    openMinor: 5_000,
    sequence: 2,
  },
  {
    id: 'parking',
    type: 'parking',
    dueDate: '2026-03-10',
    amountMinor: 15_000,
    openMinor: 15_000,
    sequence: 3,
  },
];
const currentAllocations = [
  { id: 'a1', chargeId: 'rent', amountMinor: 45_000 },
  { id: 'a2', chargeId: 'water', amountMinor: 5_000 },
];

describe('given a manager moving part of a payment from rent to parking', () => {
  const plan = planReallocation({
    paymentAmountMinor: 50_000,
    currentAllocations,
    charges,
    targets: [
      { chargeId: 'rent', amountMinor: 30_000 },
      { chargeId: 'water', amountMinor: 5_000 },
      { chargeId: 'parking', amountMinor: 15_000 },
    ],
    currency: 'USD',
  });

  it('reverses only the rent allocation and keeps the water one as it is', () => {
    expect(plan.reverse).toEqual(['a1']);
  });

  it('creates the new rent and parking allocations, marked as done by hand', () => {
    expect(plan.create).toEqual([
      {
        chargeId: 'rent',
        amountMinor: 30_000,
        paysInFull: false,
        rank: 1,
        reason: 'Reallocated by hand',
      },
      {
        chargeId: 'parking',
        amountMinor: 15_000,
        paysInFull: true,
        rank: 3,
        reason: 'Reallocated by hand',
      },
    ]);
    expect(plan.unappliedMinor).toBe(0);
  });
});

describe('given targets that leave part of the payment unplaced', () => {
  it('keeps the rest as credit and reverses what is no longer wanted', () => {
    const plan = planReallocation({
      paymentAmountMinor: 50_000,
      currentAllocations,
      charges,
      targets: [{ chargeId: 'parking', amountMinor: 10_000 }],
      currency: 'USD',
    });
    expect(plan.reverse).toEqual(['a1', 'a2']);
    expect(plan.create.map((d) => [d.chargeId, d.amountMinor])).toEqual([['parking', 10_000]]);
    expect(plan.unappliedMinor).toBe(40_000);
  });

  it('adds up two targets naming the same charge', () => {
    const plan = planReallocation({
      paymentAmountMinor: 50_000,
      currentAllocations: [],
      charges,
      targets: [
        { chargeId: 'parking', amountMinor: 10_000 },
        { chargeId: 'parking', amountMinor: 5_000 },
      ],
      currency: 'USD',
    });
    expect(plan.create).toMatchObject([
      { chargeId: 'parking', amountMinor: 15_000, paysInFull: true },
    ]);
  });
});

describe('given targets the ledger cannot honour', () => {
  it('lists every problem, each with its rule, and names the first in context.rule', () => {
    const error = thrownBy(() =>
      planReallocation({
        paymentAmountMinor: 50_000,
        currentAllocations,
        charges,
        targets: [
          { chargeId: 'ghost', amountMinor: 1_000 },
          { chargeId: 'water', amountMinor: 6_000 },
          { chargeId: 'rent', amountMinor: 45_000 },
        ],
        currency: 'USD',
      }),
    );
    expect(error).toBeInstanceOf(LedgerError);
    const { context, message } = error as LedgerError;
    expect(context.rule).toBe('unknown_charge');
    expect((context.issues as { rule: string }[]).map((i) => i.rule)).toEqual([
      'unknown_charge',
      'over_allocation',
      'exceeds_payment',
    ]);
    expect(message).toContain('60.00 USD is more than the 50.00 USD open on charge water.');
    expect(message).toContain('The targets add up to 520.00 USD, more than the 500.00 USD paid.');
  });

  it('refuses a target of zero with MoneyError', () => {
    expect(() =>
      planReallocation({
        paymentAmountMinor: 50_000,
        currentAllocations,
        charges,
        targets: [{ chargeId: 'rent', amountMinor: 0 }],
        currency: 'USD',
      }),
    ).toThrow(MoneyError);
  });
});
