import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuid } from '../test/leads';
import { ids, sampleEntries, withRunningBalance } from '../test/ledger';
import { createLedgerFormatters } from './ledger-format.utils';
import {
  buildLedgerRows,
  canReverseRow,
  receiptNumberOf,
  reversalTarget,
  unappliedOf,
} from './ledger-rows.utils';
import { describeLedgerRow } from './ledger-text.utils';

const format = createLedgerFormatters('en-US');

describe('given the entries of ledger.forLease', () => {
  const entries = sampleEntries();
  const rows = buildLedgerRows(entries);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('shows a payment with the allocations written with it, at the balance once applied', () => {
    const payment = row(ids.janPayment);
    expect(payment.members.map((m) => m.id)).toEqual([ids.janPayment, ids.janRentPaid]);
    expect(payment).toMatchObject({
      chargesMinor: null,
      paymentsMinor: 103_000,
      balanceAfterMinor: 0,
      creditAfterMinor: 3_000,
    });
    // What it paid includes the credit applied later to January's water.
    expect(payment.allocations.map((a) => [a.chargeId, a.amountMinor, a.reversed])).toEqual([
      [ids.janRent, 100_000, false],
      [ids.janWater, 3_000, false],
    ]);
    expect(row(ids.janWaterPaid)).toMatchObject({
      kind: 'allocation',
      chargesMinor: null,
      paymentsMinor: null,
      balanceAfterMinor: 0,
      creditAfterMinor: 0,
    });
  });

  it("groups a payment's reversal with the allocations it took back", () => {
    expect(rows.some((r) => r.id === ids.febRentPaidReversal)).toBe(false);
    expect(row(ids.febPaymentReversal)).toMatchObject({
      chargesMinor: 20_000,
      paymentsMinor: null,
      balanceAfterMinor: 103_000,
      creditAfterMinor: 0,
      reverses: { target: 'payment' },
    });
    expect(row(ids.febPayment).reversed).toBe(true);
    expect(row(ids.febPayment).allocations[0]?.reversed).toBe(true);
  });

  it('keeps one row per event, in ledger order, ending at the ledger balance', () => {
    expect(rows.map((r) => r.id)).toEqual([
      ids.janRent,
      ids.janPayment,
      ids.janWater,
      ids.janWaterPaid,
      ids.febRent,
      ids.febWater,
      ids.febPayment,
      ids.febPaymentReversal,
      ids.lateFee,
      ids.marRent,
      ids.marPayment,
    ]);
    expect(rows.at(-1)?.balanceAfterMinor).toBe(entries.at(-1)?.balanceAfterMinor);
  });

  it('offers reversal for live charges and confirmed payments, receipts for confirmed money', () => {
    expect(rows.filter(canReverseRow).map((r) => r.id)).toEqual([
      ids.janRent,
      ids.janPayment,
      ids.janWater,
      ids.febRent,
      ids.febWater,
      ids.lateFee,
      ids.marRent,
    ]);
    expect(rows.map(receiptNumberOf).filter((n) => n !== null)).toEqual([1]);
  });

  it('says what a confirmed payment left as credit, only when every allocation is shown', () => {
    expect(unappliedOf(row(ids.janPayment), true)).toBe(0);
    expect(unappliedOf(row(ids.janPayment), false)).toBeNull();
    expect(unappliedOf(row(ids.marPayment), true)).toBeNull();
  });

  it('reads rows as sentences', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const text = (id: string) => describeLedgerRow(row(id), byId, format, 'USD');
    expect(text(ids.janPayment)).toEqual({
      title: 'Payment · Bank transfer',
      details: ['Ref. TRX-1001', 'Receipt #1'],
      badge: null,
    });
    expect(text(ids.febPayment).badge).toBe('Reversed');
    expect(text(ids.febRent).details).toEqual(['Unpaid']);
    expect(text(ids.marPayment).badge).toBe('Pending verification');
    expect(text(ids.febPaymentReversal).title).toBe(
      'Reversal of payment · cash received Feb 6, 2026',
    );
  });
});

describe('given a charge reversed after it was partly paid', () => {
  const charge = uuid(50);
  const pay = uuid(51);
  const alloc = uuid(52);
  const rev = uuid(53);
  const allocRev = uuid(54);
  const entries = withRunningBalance([
    {
      id: charge,
      kind: 'charge',
      date: '2026-04-01',
      chargeType: 'parking',
      chargeId: charge,
      amountMinor: 5_000,
      openMinor: 0,
      reversedById: rev,
      balanceEffect: 5_000,
    },
    {
      id: pay,
      kind: 'payment',
      date: '2026-04-02',
      paymentId: pay,
      amountMinor: 2_000,
      payment: {
        kind: 'payment',
        method: 'card',
        reference: null,
        status: 'confirmed',
        receiptNumber: 7,
        decisionReason: null,
        attachments: 0,
      },
      creditEffect: 2_000,
    },
    {
      id: alloc,
      kind: 'allocation',
      date: '2026-04-02',
      paymentId: pay,
      chargeId: charge,
      chargeType: 'parking',
      amountMinor: 2_000,
      reversedById: allocRev,
      balanceEffect: -2_000,
      creditEffect: -2_000,
    },
    {
      id: allocRev,
      kind: 'reversal',
      date: '2026-04-03',
      reversesId: alloc,
      paymentId: pay,
      chargeId: charge,
      amountMinor: 2_000,
      reason: 'Wrong unit',
      balanceEffect: 2_000,
      creditEffect: 2_000,
    },
    {
      id: rev,
      kind: 'reversal',
      date: '2026-04-03',
      reversesId: charge,
      chargeId: charge,
      amountMinor: 5_000,
      reason: 'Wrong unit',
      balanceEffect: -5_000,
    },
  ]);

  it('puts the reversal in the Payments column with its allocation reversals, whatever their order', () => {
    const rows = buildLedgerRows(entries);
    expect(rows.map((r) => r.id)).toEqual([charge, pay, rev]);
    expect(rows[2]).toMatchObject({
      paymentsMinor: 5_000,
      chargesMinor: null,
      balanceAfterMinor: 0,
      creditAfterMinor: 2_000,
    });
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(reversalTarget(entries[3]!, byId)).toBe('allocation');
    expect(describeLedgerRow(rows[2]!, byId, format, 'USD')).toEqual({
      title: 'Reversal of Parking due Apr 1, 2026',
      details: ['Reason: Wrong unit', '1 allocation ($20.00) reversed with it'],
      badge: null,
    });
  });

  it('shows an allocation reversal alone when its charge or payment reversal is filtered out', () => {
    const rows = buildLedgerRows(entries.filter((e) => e.id !== rev));
    expect(rows.at(-1)).toMatchObject({ id: allocRev, reverses: { target: 'allocation' } });
  });
});

describe('given any ledger', () => {
  /** Random confirmed payments against random charges, allocated oldest first. */
  const ledgers = fc
    .array(
      fc.oneof(
        fc.record({
          kind: fc.constant('charge' as const),
          amount: fc.integer({ min: 1, max: 500_000 }),
        }),
        fc.record({
          kind: fc.constant('payment' as const),
          amount: fc.integer({ min: 1, max: 500_000 }),
        }),
      ),
      { maxLength: 30 },
    )
    .map((events) => {
      let n = 0;
      const open: { id: string; left: number }[] = [];
      let credit = 0;
      let payer = '';
      const drafts: Parameters<typeof withRunningBalance>[0] = [];
      const date = (i: number) => `2026-01-${String(1 + Math.min(i, 27)).padStart(2, '0')}`;
      events.forEach((event, i) => {
        const id = uuid(++n);
        if (event.kind === 'charge') {
          drafts.push({
            id,
            kind: 'charge',
            date: date(i),
            chargeId: id,
            chargeType: 'rent',
            amountMinor: event.amount,
            balanceEffect: event.amount,
          });
          open.push({ id, left: event.amount });
        } else {
          drafts.push({
            id,
            kind: 'payment',
            date: date(i),
            paymentId: id,
            amountMinor: event.amount,
            payment: {
              kind: 'payment',
              method: 'cash',
              reference: null,
              status: 'confirmed',
              receiptNumber: n,
              decisionReason: null,
              attachments: 0,
            },
            creditEffect: event.amount,
          });
          credit += event.amount;
          payer = id;
        }
        for (const charge of open) {
          const paid = Math.min(charge.left, credit);
          if (paid === 0) continue;
          charge.left -= paid;
          credit -= paid;
          drafts.push({
            id: uuid(++n),
            kind: 'allocation',
            date: date(i),
            paymentId: payer,
            chargeId: charge.id,
            amountMinor: paid,
            balanceEffect: -paid,
            creditEffect: -paid,
          });
        }
      });
      return withRunningBalance(drafts);
    });

  it('keeps Σ charges − Σ payments equal to the change of (balance − credit), row by row', () => {
    fc.assert(
      fc.property(ledgers, (entries) => {
        let position = 0;
        for (const row of buildLedgerRows(entries)) {
          position += (row.chargesMinor ?? 0) - (row.paymentsMinor ?? 0);
          expect(row.balanceAfterMinor - row.creditAfterMinor).toBe(position);
        }
        const rows = buildLedgerRows(entries);
        expect(rows.flatMap((r) => r.members).length).toBe(entries.length);
      }),
    );
  });
});
