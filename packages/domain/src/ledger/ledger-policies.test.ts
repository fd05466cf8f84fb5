import { describe, expect, it } from 'vitest';
import {
  acceptancePolicySchema,
  allocationPolicySchema,
  defaultAllocationPolicy,
  effectivePolicy,
  lateFeePolicySchema,
} from './ledger-policies';

describe('given policies set at several levels', () => {
  const org = { kind: 'oldest_due_first' as const };
  const building = { kind: 'largest_balance_first' as const };
  const lease = {
    kind: 'charge_type_order' as const,
    order: ['late_fee' as const, 'rent' as const],
  };

  it('uses the lease policy over the building and the org', () => {
    expect(effectivePolicy({ org, building, lease }, defaultAllocationPolicy)).toEqual({
      policy: lease,
      level: 'lease',
    });
  });

  it('falls back to the building, then the org, skipping levels set to null', () => {
    expect(effectivePolicy({ org, building, lease: null }, defaultAllocationPolicy).level).toBe(
      'building',
    );
    expect(effectivePolicy({ org }, defaultAllocationPolicy).level).toBe('org');
  });

  it('uses the default when no level sets one', () => {
    expect(effectivePolicy({}, defaultAllocationPolicy)).toEqual({
      policy: defaultAllocationPolicy,
      level: 'default',
    });
  });
});

describe('given policies sent to the API', () => {
  it('accepts a charge type order and refuses one listing a type twice or none', () => {
    expect(
      allocationPolicySchema.safeParse({ kind: 'charge_type_order', order: ['late_fee', 'rent'] })
        .success,
    ).toBe(true);
    expect(
      allocationPolicySchema.safeParse({ kind: 'charge_type_order', order: ['rent', 'rent'] })
        .success,
    ).toBe(false);
    expect(allocationPolicySchema.safeParse({ kind: 'charge_type_order', order: [] }).success).toBe(
      false,
    );
    expect(
      allocationPolicySchema.safeParse({ kind: 'charge_type_order', order: ['gym'] }).success,
    ).toBe(false);
  });

  it('knows the three acceptance policies only', () => {
    expect(acceptancePolicySchema.safeParse({ kind: 'full_balance' }).success).toBe(true);
    expect(acceptancePolicySchema.safeParse({ kind: 'half_balance' }).success).toBe(false);
  });

  const rule = {
    graceDays: 5,
    amount: { kind: 'percent', basisPoints: 500 },
    recurrence: 'daily',
    capMinor: 10_000,
  };

  it('accepts up to two late-fee rules', () => {
    expect(lateFeePolicySchema.safeParse({ rules: [rule, rule] }).success).toBe(true);
    expect(lateFeePolicySchema.safeParse({ rules: [rule, rule, rule] }).success).toBe(false);
  });

  it.each([
    ['a grace period over 60 days', { ...rule, graceDays: 61 }],
    ['a fractional grace period', { ...rule, graceDays: 1.5 }],
    ['0 basis points', { ...rule, amount: { kind: 'percent', basisPoints: 0 } }],
    ['more than 100 %', { ...rule, amount: { kind: 'percent', basisPoints: 10_001 } }],
    ['a flat fee of zero', { ...rule, amount: { kind: 'flat', amountMinor: 0 } }],
    ['a cap of zero', { ...rule, capMinor: 0 }],
    ['an unknown key', { ...rule, compounding: true }],
  ])('refuses %s', (_, bad) => {
    expect(lateFeePolicySchema.safeParse({ rules: [bad] }).success).toBe(false);
  });
});
