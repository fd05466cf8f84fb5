import { describe, expect, it } from 'vitest';
import { LedgerError } from '../errors/domain-error';
import {
  agingAsOf,
  agingBucketFor,
  daysPastDue,
  ledgerBalance,
  openAmounts,
} from './ledger-balance';
import { addDays } from './ledger-dates';

describe('given March rent 1000.00 and water 50.00 with 600.00 paid toward the rent', () => {
  const charges = [
    { id: 'rent', amountMinor: 100_000 },
    { id: 'water', amountMinor: 5_000 },
  ];
  const allocations = [
    { chargeId: 'rent', amountMinor: 40_000 },
    { chargeId: 'rent', amountMinor: 20_000 },
  ];

  it('leaves 400.00 open on the rent and the whole water bill', () => {
    expect(openAmounts(charges, allocations)).toEqual(
      new Map([
        ['rent', 40_000],
        ['water', 5_000],
      ]),
    );
  });

  it('owes 450.00, and a 700.00 payment leaves 100.00 of credit beside it', () => {
    expect(ledgerBalance({ charges, allocations, payments: [{ amountMinor: 70_000 }] })).toEqual({
      chargedMinor: 105_000,
      allocatedMinor: 60_000,
      balanceMinor: 45_000,
      unappliedCreditMinor: 10_000,
    });
  });

  it('refuses an allocation to a charge that is not live', () => {
    expect(() => openAmounts(charges, [{ chargeId: 'gone', amountMinor: 1 }])).toThrow(LedgerError);
  });
});

describe('given rent due 2026-03-01, counted on days around each bucket boundary', () => {
  const due = '2026-03-01';
  const on = (days: number) => addDays(due, days);

  it.each([
    [-1, 'current'],
    [0, 'current'],
    [1, 'days1to30'],
    [30, 'days1to30'],
    [31, 'days31to60'],
    [60, 'days31to60'],
    [61, 'days61to90'],
    [90, 'days61to90'],
    [91, 'days90plus'],
    [400, 'days90plus'],
  ] as const)('%i days after the due date falls in %s', (days, bucket) => {
    expect(daysPastDue(due, on(days))).toBe(days);
    expect(agingBucketFor(due, on(days))).toBe(bucket);
  });

  it('counts days over month ends and leap days: 2028-02-01 → 2028-03-01 is 29 days', () => {
    expect(daysPastDue('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysPastDue('2026-02-01', '2026-03-01')).toBe(28);
  });
});

describe('given a tenant behind for three months, aged on 2026-06-01', () => {
  it('puts each open amount in its bucket and totals them', () => {
    const open = [
      { dueDate: '2026-06-01', openMinor: 100_000 }, // due today: current
      { dueDate: '2026-05-02', openMinor: 100_000 }, // 30 days
      { dueDate: '2026-05-01', openMinor: 40_000 }, // 31 days
      { dueDate: '2026-03-03', openMinor: 5_000 }, // 90 days
      { dueDate: '2026-03-02', openMinor: 2_500 }, // 91 days
    ];
    expect(agingAsOf(open, '2026-06-01')).toEqual({
      current: 100_000,
      days1to30: 100_000,
      days31to60: 40_000,
      days61to90: 5_000,
      days90plus: 2_500,
      totalMinor: 247_500,
    });
  });

  it('is all zeros with nothing open', () => {
    expect(agingAsOf([], '2026-06-01').totalMinor).toBe(0);
  });
});
