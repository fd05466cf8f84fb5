import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from '../errors/domain-error';
import { allocatePayment, type OpenCharge } from './allocation';
import { chargeTypes } from './ledger.codes';
import type { AllocationPolicy } from './ledger-policies';

let sequence = 0;
const charge = (over: Partial<OpenCharge> & Pick<OpenCharge, 'id'>): OpenCharge => {
  const amountMinor = over.amountMinor ?? 45_000;
  return {
    type: 'rent',
    dueDate: '2026-03-01',
    amountMinor,
    openMinor: amountMinor,
    sequence: ++sequence,
    ...over,
  };
};
const oldest: AllocationPolicy = { kind: 'oldest_due_first' };
const asOf = '2026-03-31';

describe('given March rent of 450.00 and water of 30.00, oldest due first', () => {
  const charges = [
    charge({ id: 'water', type: 'water', dueDate: '2026-03-05', amountMinor: 3_000 }),
    charge({ id: 'rent', dueDate: '2026-03-01' }),
  ];

  it('pays the rent first, then the water, and explains each', () => {
    const result = allocatePayment({
      amountMinor: 48_000,
      charges,
      policy: oldest,
      asOf,
      currency: 'USD',
    });
    expect(result.unappliedMinor).toBe(0);
    expect(result.allocations).toEqual([
      {
        chargeId: 'rent',
        amountMinor: 45_000,
        paysInFull: true,
        rank: 1,
        reason: 'Oldest due first: rent due 2026-03-01 (oldest open charge); paid in full',
      },
      {
        chargeId: 'water',
        amountMinor: 3_000,
        paysInFull: true,
        rank: 2,
        reason: 'Oldest due first: water due 2026-03-05 (next oldest open charge); paid in full',
      },
    ]);
  });

  it('pays part of the rent when 120.00 comes in, and says what is still open', () => {
    const { allocations, unappliedMinor } = allocatePayment({
      amountMinor: 12_000,
      charges,
      policy: oldest,
      asOf,
      currency: 'USD',
    });
    expect(unappliedMinor).toBe(0);
    expect(allocations).toHaveLength(1);
    expect(allocations[0]).toMatchObject({
      chargeId: 'rent',
      amountMinor: 12_000,
      paysInFull: false,
    });
    expect(allocations[0]?.reason).toBe(
      'Oldest due first: rent due 2026-03-01 (oldest open charge); 120.00 of 450.00 paid, 330.00 still open',
    );
  });

  it('keeps an overpayment of 20.00 as unapplied credit', () => {
    const result = allocatePayment({
      amountMinor: 50_000,
      charges,
      policy: oldest,
      asOf,
      currency: 'USD',
    });
    expect(result.allocations.map((a) => a.amountMinor)).toEqual([45_000, 3_000]);
    expect(result.unappliedMinor).toBe(2_000);
  });

  it('leaves April rent alone until it falls due: the money stays credit', () => {
    const april = charge({ id: 'april', dueDate: '2026-04-01' });
    const result = allocatePayment({
      amountMinor: 100_000,
      charges: [...charges, april],
      policy: oldest,
      asOf,
      currency: 'USD',
    });
    expect(result.allocations.map((a) => a.chargeId)).toEqual(['rent', 'water']);
    expect(result.unappliedMinor).toBe(52_000);
  });

  it('pays a charge due on the payment date itself', () => {
    const result = allocatePayment({
      amountMinor: 45_000,
      charges,
      policy: oldest,
      asOf: '2026-03-01',
      currency: 'USD',
    });
    expect(result.allocations.map((a) => a.chargeId)).toEqual(['rent']);
  });

  it('skips a charge already paid in part by its open amount only', () => {
    const halfPaid = [charge({ id: 'rent', amountMinor: 45_000, openMinor: 15_000 })];
    const result = allocatePayment({
      amountMinor: 20_000,
      charges: halfPaid,
      policy: oldest,
      asOf,
      currency: 'USD',
    });
    expect(result.allocations[0]).toMatchObject({ amountMinor: 15_000, paysInFull: true });
    expect(result.unappliedMinor).toBe(5_000);
  });
});

describe('given a policy of late fees, then utilities, then rent', () => {
  const policy: AllocationPolicy = {
    kind: 'charge_type_order',
    order: ['late_fee', 'electricity', 'water', 'rent'],
  };
  const charges = [
    charge({ id: 'rent', dueDate: '2026-03-01', amountMinor: 45_000 }),
    charge({ id: 'power', type: 'electricity', dueDate: '2026-03-03', amountMinor: 6_000 }),
    charge({ id: 'fee', type: 'late_fee', dueDate: '2026-03-07', amountMinor: 5_000 }),
    charge({ id: 'parking', type: 'parking', dueDate: '2026-02-01', amountMinor: 2_000 }),
  ];

  it('pays the fee, then the electricity, then rent, and unlisted parking last', () => {
    const result = allocatePayment({ amountMinor: 58_000, charges, policy, asOf, currency: 'USD' });
    expect(result.allocations.map((a) => [a.chargeId, a.amountMinor])).toEqual([
      ['fee', 5_000],
      ['power', 6_000],
      ['rent', 45_000],
      ['parking', 2_000],
    ]);
    expect(result.allocations[0]?.reason).toBe(
      'Charge type order (late fee → electricity → water → rent): late fee due 2026-03-07 (1st); paid in full',
    );
    expect(result.allocations[3]?.reason).toContain(
      '(not in the order, so after the listed types)',
    );
  });
});

describe('given largest balance first', () => {
  it('pays the biggest open amount first, whatever its age', () => {
    const charges = [
      charge({ id: 'old-water', type: 'water', dueDate: '2026-01-05', amountMinor: 3_000 }),
      charge({ id: 'rent', dueDate: '2026-03-01', amountMinor: 45_000 }),
    ];
    const result = allocatePayment({
      amountMinor: 46_000,
      charges,
      policy: { kind: 'largest_balance_first' },
      asOf,
      currency: 'USD',
    });
    expect(result.allocations.map((a) => [a.chargeId, a.amountMinor])).toEqual([
      ['rent', 45_000],
      ['old-water', 1_000],
    ]);
    expect(result.allocations[0]?.reason).toBe(
      'Largest balance first: rent due 2026-03-01 (largest open balance, 450.00); paid in full',
    );
  });

  it('breaks a tie of equal balances by due date, then creation order, then id', () => {
    const charges = [
      charge({ id: 'b', dueDate: '2026-03-01', sequence: 5 }),
      charge({ id: 'a', dueDate: '2026-03-01', sequence: 5 }),
      charge({ id: 'c', dueDate: '2026-03-01', sequence: 1 }),
      charge({ id: 'd', dueDate: '2026-02-01', sequence: 9 }),
    ];
    const result = allocatePayment({
      amountMinor: 180_000,
      charges,
      policy: { kind: 'largest_balance_first' },
      asOf,
      currency: 'USD',
    });
    expect(result.allocations.map((a) => a.chargeId)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('given a bad amount', () => {
  it.each([0, -100, 1.5, Number.MAX_SAFE_INTEGER + 1])(
    'refuses %s with MoneyError',
    (amountMinor) => {
      expect(() =>
        allocatePayment({ amountMinor, charges: [], policy: oldest, asOf, currency: 'USD' }),
      ).toThrow(MoneyError);
    },
  );
});

describe('given any payment and charges (property)', () => {
  const policyArb: fc.Arbitrary<AllocationPolicy> = fc.oneof(
    fc.constant({ kind: 'oldest_due_first' as const }),
    fc.constant({ kind: 'largest_balance_first' as const }),
    fc
      .uniqueArray(fc.constantFrom(...chargeTypes), { minLength: 1 })
      .map((order) => ({ kind: 'charge_type_order' as const, order })),
  );
  const chargesArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      type: fc.constantFrom(...chargeTypes),
      dueDate: fc.constantFrom('2026-02-01', '2026-03-01', '2026-03-31', '2026-04-01'),
      amountMinor: fc.integer({ min: 1, max: 100_000 }),
      openMinor: fc.integer({ min: 0, max: 100_000 }),
      sequence: fc.nat(20),
    }),
    { selector: (c) => c.id, maxLength: 8 },
  );

  it('never pays more than is open or than was paid, and keeps credit only when nothing due is open', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300_000 }),
        chargesArb,
        policyArb,
        (amountMinor, charges, policy) => {
          const result = allocatePayment({ amountMinor, charges, policy, asOf, currency: 'USD' });
          const paid = result.allocations.reduce((sum, a) => sum + a.amountMinor, 0);
          expect(paid + result.unappliedMinor).toBe(amountMinor);
          for (const a of result.allocations) {
            const c = charges.find((x) => x.id === a.chargeId)!;
            expect(a.amountMinor).toBeGreaterThan(0);
            expect(a.amountMinor).toBeLessThanOrEqual(c.openMinor);
            expect(c.dueDate <= asOf).toBe(true);
          }
          expect(result.allocations.slice(0, -1).every((a) => a.paysInFull)).toBe(true);
          const due = charges.filter((c) => c.openMinor > 0 && c.dueDate <= asOf);
          if (result.unappliedMinor > 0) expect(result.allocations).toHaveLength(due.length);
        },
      ),
    );
  });
});
