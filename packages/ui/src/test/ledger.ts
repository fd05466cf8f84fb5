import type {
  LedgerAllocationPreview,
  LedgerEntry,
  LedgerPaymentResult,
  LedgerStatement,
} from '../ledger-view/ledger-view.types';
import { createFakeApi } from './fake-api';
import { uuid } from './leads';

/*
 * A lease's ledger as `ledger.forLease` returns it, built the way the API builds it (entries in
 * date order; running balance = Σ charges − Σ allocations; unapplied credit = confirmed
 * payments − allocations), and a fake API that narrows it by period and charge type like the
 * API does.
 */

export const leaseId = uuid(100);
export const otherLeaseId = uuid(101);
export const tenantId = uuid(200);

/** An entry draft: what the entry is and how it moves balance and credit. */
type Draft = Partial<LedgerEntry> &
  Pick<LedgerEntry, 'id' | 'kind' | 'date' | 'amountMinor'> & {
    balanceEffect?: number;
    creditEffect?: number;
  };

const blank = {
  description: '',
  chargeType: null,
  paymentId: null,
  chargeId: null,
  reversesId: null,
  reversedById: null,
  payment: null,
  openMinor: null,
  reason: null,
} as const;

/** Entries with `balanceAfterMinor`/`creditAfterMinor` summed in order, as the API does. */
export function withRunningBalance(drafts: Draft[]): LedgerEntry[] {
  let balance = 0;
  let credit = 0;
  return drafts.map(({ balanceEffect = 0, creditEffect = 0, ...draft }) => {
    balance += balanceEffect;
    credit += creditEffect;
    return {
      ...blank,
      balanceEffectMinor: balanceEffect,
      ...draft,
      balanceAfterMinor: balance,
      creditAfterMinor: credit,
    } as LedgerEntry;
  });
}

const payment = (
  method: string,
  reference: string | null,
  status: string,
  receiptNumber: number | null,
) => ({
  kind: 'payment',
  method,
  reference,
  status,
  receiptNumber,
  decisionReason: null,
  attachments: 0,
});

/** Ids of the sample ledger's entries. */
export const ids = {
  janRent: uuid(1),
  janPayment: uuid(2),
  janRentPaid: uuid(3),
  janWater: uuid(4),
  janWaterPaid: uuid(5),
  febRent: uuid(6),
  febWater: uuid(7),
  febPayment: uuid(8),
  febRentPaid: uuid(9),
  febPaymentReversal: uuid(10),
  febRentPaidReversal: uuid(11),
  lateFee: uuid(12),
  marRent: uuid(13),
  marPayment: uuid(14),
} as const;

/**
 * January to March 2026 on a USD lease (rent 1,000.00 on the 1st, water 30.00 on the 5th):
 * January paid by a 1,030.00 bank transfer (rent at once, water from the credit when due);
 * February's 200.00 cash payment reversed ("bounced"); a 25.00 late fee; March rent; a 50.00
 * mobile-money payment pending verification. Balance 2,055.00.
 */
export function sampleEntries(): LedgerEntry[] {
  return withRunningBalance([
    {
      id: ids.janRent,
      kind: 'charge',
      date: '2026-01-01',
      description: 'rent',
      chargeType: 'rent',
      chargeId: ids.janRent,
      amountMinor: 100_000,
      openMinor: 0,
      balanceEffect: 100_000,
    },
    {
      id: ids.janPayment,
      kind: 'payment',
      date: '2026-01-03',
      description: 'Payment (bank_transfer)',
      paymentId: ids.janPayment,
      amountMinor: 103_000,
      payment: payment('bank_transfer', 'TRX-1001', 'confirmed', 1),
      creditEffect: 103_000,
    },
    {
      id: ids.janRentPaid,
      kind: 'allocation',
      date: '2026-01-03',
      description: 'Applied to rent',
      chargeType: 'rent',
      paymentId: ids.janPayment,
      chargeId: ids.janRent,
      amountMinor: 100_000,
      reason: 'Oldest due first: rent due 2026-01-01 (oldest open charge); paid in full',
      balanceEffect: -100_000,
      creditEffect: -100_000,
    },
    {
      id: ids.janWater,
      kind: 'charge',
      date: '2026-01-05',
      description: 'water',
      chargeType: 'water',
      chargeId: ids.janWater,
      amountMinor: 3_000,
      openMinor: 0,
      balanceEffect: 3_000,
    },
    {
      id: ids.janWaterPaid,
      kind: 'allocation',
      date: '2026-01-05',
      description: 'Applied to water',
      chargeType: 'water',
      paymentId: ids.janPayment,
      chargeId: ids.janWater,
      amountMinor: 3_000,
      reason: 'Oldest due first: water due 2026-01-05 (oldest open charge); paid in full',
      balanceEffect: -3_000,
      creditEffect: -3_000,
    },
    {
      id: ids.febRent,
      kind: 'charge',
      date: '2026-02-01',
      description: 'rent',
      chargeType: 'rent',
      chargeId: ids.febRent,
      amountMinor: 100_000,
      openMinor: 100_000,
      balanceEffect: 100_000,
    },
    {
      id: ids.febWater,
      kind: 'charge',
      date: '2026-02-05',
      description: 'water',
      chargeType: 'water',
      chargeId: ids.febWater,
      amountMinor: 3_000,
      openMinor: 3_000,
      balanceEffect: 3_000,
    },
    {
      id: ids.febPayment,
      kind: 'payment',
      date: '2026-02-06',
      description: 'Payment (cash)',
      paymentId: ids.febPayment,
      amountMinor: 20_000,
      payment: payment('cash', null, 'reversed', 2),
      reversedById: ids.febPaymentReversal,
      creditEffect: 20_000,
    },
    {
      id: ids.febRentPaid,
      kind: 'allocation',
      date: '2026-02-06',
      description: 'Applied to rent',
      chargeType: 'rent',
      paymentId: ids.febPayment,
      chargeId: ids.febRent,
      amountMinor: 20_000,
      reversedById: ids.febRentPaidReversal,
      reason:
        'Oldest due first: rent due 2026-02-01 (oldest open charge); 200.00 of 1000.00 paid, 800.00 still open',
      balanceEffect: -20_000,
      creditEffect: -20_000,
    },
    {
      id: ids.febPaymentReversal,
      kind: 'reversal',
      date: '2026-02-07',
      description: 'Reversal of payment',
      reversesId: ids.febPayment,
      paymentId: ids.febPayment,
      amountMinor: 20_000,
      reason: 'Bounced',
      creditEffect: -20_000,
    },
    {
      id: ids.febRentPaidReversal,
      kind: 'reversal',
      date: '2026-02-07',
      description: 'Reversal of allocation',
      reversesId: ids.febRentPaid,
      paymentId: ids.febPayment,
      chargeId: ids.febRent,
      amountMinor: 20_000,
      reason: 'Bounced',
      balanceEffect: 20_000,
      creditEffect: 20_000,
    },
    {
      id: ids.lateFee,
      kind: 'charge',
      date: '2026-02-10',
      description: 'Rent due 2026-02-01 unpaid after 5 days',
      chargeType: 'late_fee',
      chargeId: ids.lateFee,
      amountMinor: 2_500,
      openMinor: 2_500,
      balanceEffect: 2_500,
    },
    {
      id: ids.marRent,
      kind: 'charge',
      date: '2026-03-01',
      description: 'rent',
      chargeType: 'rent',
      chargeId: ids.marRent,
      amountMinor: 100_000,
      openMinor: 100_000,
      balanceEffect: 100_000,
    },
    {
      id: ids.marPayment,
      kind: 'payment',
      date: '2026-03-02',
      description: 'Payment (mobile_money)',
      paymentId: ids.marPayment,
      amountMinor: 5_000,
      payment: payment('mobile_money', 'MM-77', 'pending_verification', null),
    },
  ]);
}

/** The sample lease's statement (`ledger.forLease` without filters), as of 2026-03-10. */
export function sampleStatement(entries: LedgerEntry[] = sampleEntries()): LedgerStatement {
  const last = entries.at(-1);
  return {
    lease: {
      id: leaseId,
      status: 'active',
      currency: 'USD',
      buildingName: 'Harbour View',
      units: [{ id: uuid(300), name: 'Unit 1' }],
      tenants: [{ id: tenantId, name: 'Tess Tenant' }],
    },
    openingBalanceMinor: 0,
    entries,
    summary: {
      asOf: '2026-03-10',
      chargedMinor: 308_500,
      allocatedMinor: 103_000,
      balanceMinor: last?.balanceAfterMinor ?? 0,
      unappliedCreditMinor: last?.creditAfterMinor ?? 0,
      dueMinor: last?.balanceAfterMinor ?? 0,
      depositHeldMinor: 50_000,
      aging: {
        current: 0,
        days1to30: 100_000,
        days31to60: 105_500,
        days61to90: 0,
        days90plus: 0,
        totalMinor: 205_500,
      },
    },
  };
}

/** `ledger.forLease` input fields. */
export interface StatementInput {
  leaseId: string;
  from?: string;
  to?: string;
  chargeTypes?: string[];
}

/** The statement narrowed like the API narrows it: period and charge types, balances kept. */
export function narrowStatement(statement: LedgerStatement, input: StatementInput) {
  const types = input.chargeTypes ? new Set(input.chargeTypes) : null;
  const typeOf = new Map(
    statement.entries.filter((e) => e.kind === 'charge').map((e) => [e.id, e.chargeType]),
  );
  const inPeriod = (date: string) =>
    (!input.from || date >= input.from) && (!input.to || date <= input.to);
  const before = statement.entries.filter((e) => input.from && e.date < input.from);
  return {
    ...statement,
    openingBalanceMinor: before.at(-1)?.balanceAfterMinor ?? 0,
    entries: statement.entries.filter((e) => {
      if (!inPeriod(e.date)) return false;
      if (!types) return true;
      const type = e.chargeType ?? (e.chargeId ? typeOf.get(e.chargeId) : null);
      return type ? types.has(type) : e.kind === 'payment';
    }),
  };
}

/** A preview of 500.00 against the sample's open charges (oldest due first). */
export const samplePreview: LedgerAllocationPreview = {
  allocations: [
    {
      chargeId: ids.febRent,
      amountMinor: 50_000,
      paysInFull: false,
      rank: 1,
      reason:
        'Oldest due first: rent due 2026-02-01 (oldest open charge); 500.00 of 1000.00 paid, 500.00 still open',
    },
  ],
  unappliedMinor: 0,
  policy: { kind: 'oldest_due_first' },
  policyLevel: 'default',
  accepted: { accepted: true },
  balanceBeforeMinor: 205_500,
  balanceAfterMinor: 155_500,
};

/** `ledger.recordPayment`'s answer for 500.00 paid on the sample lease. */
export const samplePaymentResult: LedgerPaymentResult = {
  paymentId: uuid(15),
  leaseId,
  status: 'confirmed',
  receiptNumber: 3,
  allocations: [{ chargeId: ids.febRent, amountMinor: 50_000, reason: 'paid' }],
  unappliedMinor: 0,
  balanceMinor: 155_500,
  unappliedCreditMinor: 0,
};

/** A fake API serving the sample ledger (narrowed per input), plus `extra` handlers. */
export function createLedgerApi(
  extra: Record<string, (input: unknown) => unknown> = {},
  statement: () => LedgerStatement = () => sampleStatement(),
) {
  return createFakeApi({
    'ledger.forLease': (input) => narrowStatement(statement(), input as StatementInput),
    'ledger.previewAllocation': () => samplePreview,
    ...extra,
  });
}
