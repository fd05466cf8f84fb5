import { describe, expect, it } from 'vitest';
import { LedgerError } from '../errors/domain-error';
import { assessLateFees, type ExistingLateFee, lateFeeAmount, waiveLateFee } from './late-fees';
import type { ChargeType } from './ledger.codes';
import type { LateFeeRule } from './ledger-policies';

const rent = {
  id: 'rent-mar',
  type: 'rent' as ChargeType,
  dueDate: '2026-03-01',
  amountMinor: 100_000,
  openMinor: 100_000,
};
const flatOnce: LateFeeRule = {
  graceDays: 5,
  amount: { kind: 'flat', amountMinor: 5_000 },
  recurrence: 'once',
  capMinor: null,
};
const onePercentDaily: LateFeeRule = {
  graceDays: 5,
  amount: { kind: 'percent', basisPoints: 100 },
  recurrence: 'daily',
  capMinor: 2_500,
};
const assess = (
  rules: LateFeeRule[],
  asOf: string,
  over: { charges?: (typeof rent)[]; existingFees?: ExistingLateFee[]; suspended?: boolean } = {},
) =>
  assessLateFees({
    policy: { rules },
    charges: over.charges ?? [rent],
    existingFees: over.existingFees ?? [],
    asOf,
    suspended: over.suspended ?? false,
    currency: 'USD',
  });

describe('given rent of 1000.00 due 2026-03-01, five grace days and a 50.00 fee once', () => {
  it('charges nothing through the last grace day, 03-06', () => {
    expect(assess([flatOnce], '2026-03-06')).toEqual([]);
  });

  it('charges 50.00 dated 03-07, the first late day', () => {
    expect(assess([flatOnce], '2026-03-07')).toEqual([
      {
        sourceChargeId: 'rent-mar',
        ruleIndex: 0,
        feeDate: '2026-03-07',
        amountMinor: 5_000,
        reason:
          'Late fee: rent due 2026-03-01 still unpaid after the 5-day grace period (1000.00 open); flat 50.00',
      },
    ]);
  });

  it('dates the fee 03-07 even when first assessed on 03-20, and charges it only once', () => {
    const [fee] = assess([flatOnce], '2026-03-20');
    expect(fee?.feeDate).toBe('2026-03-07');
    expect(assess([flatOnce], '2026-03-21', { existingFees: [fee!] })).toEqual([]);
  });

  it('charges nothing once the rent is paid', () => {
    expect(assess([flatOnce], '2026-03-20', { charges: [{ ...rent, openMinor: 0 }] })).toEqual([]);
  });

  it('charges nothing while an approved payment plan is being kept', () => {
    expect(assess([flatOnce], '2026-03-20', { suspended: true })).toEqual([]);
  });

  it('never charges a fee on a late fee, the deposit or a move-out deduction', () => {
    const charges = (['late_fee', 'deposit', 'move_out'] as const).map((type) => ({
      ...rent,
      id: type,
      type,
    }));
    expect(assess([flatOnce], '2026-03-20', { charges })).toEqual([]);
  });
});

describe('given 1 % a day of what is open, capped at 25.00', () => {
  it('charges 10.00 a day from 03-07, catching up missed days, and cuts the third to the cap', () => {
    const fees = assess([onePercentDaily], '2026-03-12');
    expect(fees.map((f) => [f.feeDate, f.amountMinor])).toEqual([
      ['2026-03-07', 1_000],
      ['2026-03-08', 1_000],
      ['2026-03-09', 500],
    ]);
    expect(fees[0]?.reason).toBe(
      'Daily late fee for 2026-03-07: rent due 2026-03-01 still unpaid after the 5-day grace period (1000.00 open); 1% of 1000.00 = 10.00',
    );
    expect(fees[2]?.reason).toContain(', cut to reach the 25.00 cap');
  });

  it('counts fees already charged toward the cap and never repeats a day', () => {
    const existingFees = [
      { sourceChargeId: 'rent-mar', ruleIndex: 0, feeDate: '2026-03-07', amountMinor: 1_000 },
      { sourceChargeId: 'rent-mar', ruleIndex: 0, feeDate: '2026-03-08', amountMinor: 1_000 },
    ];
    expect(assess([onePercentDaily], '2026-03-12', { existingFees })).toMatchObject([
      { feeDate: '2026-03-09', amountMinor: 500 },
    ]);
  });

  it('does not count a reversed fee toward the cap, nor charge its day again', () => {
    const existingFees = [
      {
        sourceChargeId: 'rent-mar',
        ruleIndex: 0,
        feeDate: '2026-03-07',
        amountMinor: 1_000,
        reversed: true,
      },
    ];
    expect(
      assess([onePercentDaily], '2026-03-12', { existingFees }).map((f) => [
        f.feeDate,
        f.amountMinor,
      ]),
    ).toEqual([
      ['2026-03-08', 1_000],
      ['2026-03-09', 1_000],
      ['2026-03-10', 500],
    ]);
  });

  it('keeps each rule to itself: a once fee and a daily fee on the same rent', () => {
    const fees = assess([flatOnce, onePercentDaily], '2026-03-07');
    expect(fees.map((f) => [f.ruleIndex, f.amountMinor])).toEqual([
      [0, 5_000],
      [1, 1_000],
    ]);
  });
});

describe('given a percentage that does not come out even', () => {
  const rule = (basisPoints: number): LateFeeRule => ({
    ...onePercentDaily,
    amount: { kind: 'percent', basisPoints },
  });

  it.each([
    [250, 333, 8], // 8.325 → 8
    [250, 338, 8], // 8.45 → 8
    [250, 340, 9], // 8.5 → 9, half up
    [500, 45_010, 2_251], // 2250.5 → 2251
    [10_000, 12_345, 12_345], // 100 %
  ])('%i basis points of %i minor units is %i', (basisPoints, openMinor, fee) => {
    expect(lateFeeAmount(rule(basisPoints), openMinor)).toBe(fee);
  });

  it('is exact on amounts where floats are not', () => {
    expect(lateFeeAmount(rule(9_999), Number.MAX_SAFE_INTEGER)).toBe(9_006_298_534_815_517); // floats give …516
  });

  it('skips a fee that rounds to nothing', () => {
    expect(assess([rule(1)], '2026-03-07', { charges: [{ ...rent, openMinor: 10 }] })).toEqual([]);
  });
});

describe('given a late fee to waive', () => {
  it('returns a waiver credit for what is open, allocated to the fee', () => {
    expect(waiveLateFee({ id: 'fee-1', openMinor: 5_000 })).toEqual({
      kind: 'waiver',
      chargeId: 'fee-1',
      amountMinor: 5_000,
    });
  });

  it('refuses with nothing_to_waive once the fee is paid', () => {
    expect(() => waiveLateFee({ id: 'fee-1', openMinor: 0 })).toThrow(LedgerError);
    try {
      waiveLateFee({ id: 'fee-1', openMinor: 0 });
    } catch (error) {
      expect((error as LedgerError).context.rule).toBe('nothing_to_waive');
    }
  });
});
