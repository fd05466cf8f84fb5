import { describe, expect, it } from 'vitest';
import { LedgerError } from '../errors/domain-error';
import { LedgerBook } from './ledger-book';
import type { LateFeePolicy } from './ledger-policies';

/** The rule a refused operation names, failing the test if it did not throw `LedgerError`. */
function ruleOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LedgerError);
    return (error as LedgerError).context.rule;
  }
  throw new Error('expected the call to throw');
}

const lateFees: LateFeePolicy = {
  rules: [
    {
      graceDays: 5,
      amount: { kind: 'flat', amountMinor: 5_000 },
      recurrence: 'once',
      capMinor: null,
    },
  ],
};

function bookWithMarchRent() {
  const book = new LedgerBook({ currency: 'USD' });
  book.addCharge({ id: 'rent-mar', type: 'rent', dueDate: '2026-03-01', amountMinor: 100_000 });
  return book;
}

describe('given a tenant who pays 1200.00 against March rent of 1000.00', () => {
  it('pays the rent and keeps 200.00 as credit until April rent falls due', () => {
    const book = bookWithMarchRent();
    const allocations = book.recordPayment({
      id: 'pay-1',
      amountMinor: 120_000,
      receivedOn: '2026-03-03',
    });
    expect(allocations).toMatchObject([
      { chargeId: 'rent-mar', amountMinor: 100_000, paymentId: 'pay-1' },
    ]);
    book.addCharge({ id: 'rent-apr', type: 'rent', dueDate: '2026-04-01', amountMinor: 100_000 });
    expect(book.balance()).toEqual({
      chargedMinor: 200_000,
      allocatedMinor: 100_000,
      balanceMinor: 100_000,
      unappliedCreditMinor: 20_000,
    });
    expect(book.applyCredit('2026-03-31')).toEqual([]);
    expect(book.applyCredit('2026-04-01')).toMatchObject([
      { chargeId: 'rent-apr', amountMinor: 20_000 },
    ]);
    expect(book.balance()).toMatchObject({ balanceMinor: 80_000, unappliedCreditMinor: 0 });
    expect(book.openCharges()).toMatchObject([{ id: 'rent-apr', openMinor: 80_000 }]);
  });
});

describe('given a payment that bounced', () => {
  it('reverses its allocations, then the payment, and restores the balance', () => {
    const book = bookWithMarchRent();
    book.recordPayment({ id: 'pay-1', amountMinor: 60_000, receivedOn: '2026-03-03' });
    const reversals = book.reverse('payment', 'pay-1', 'Cheque bounced');
    expect(reversals.map((r) => [r.kind, r.entryId])).toEqual([
      ['allocation', 'allocation-1'],
      ['payment', 'pay-1'],
    ]);
    expect(book.balance()).toEqual({
      chargedMinor: 100_000,
      allocatedMinor: 0,
      balanceMinor: 100_000,
      unappliedCreditMinor: 0,
    });
    expect(book.payments).toHaveLength(1); // still there: history is never rewritten
    expect(ruleOf(() => book.reverse('payment', 'pay-1', 'again'))).toBe('already_reversed');
    expect(ruleOf(() => book.reverse('charge', 'nope', 'typo'))).toBe('unknown_entry');
  });

  it('frees a reversed allocation back to the payment as credit', () => {
    const book = bookWithMarchRent();
    book.recordPayment({ id: 'pay-1', amountMinor: 60_000, receivedOn: '2026-03-03' });
    book.reverse('allocation', 'allocation-1', 'Posted to the wrong charge');
    expect(book.unappliedCredit('pay-1')).toBe(60_000);
    expect(book.balance().balanceMinor).toBe(100_000);
  });

  it('frees the payment when the charge it paid is reversed', () => {
    const book = bookWithMarchRent();
    book.recordPayment({ id: 'pay-1', amountMinor: 60_000, receivedOn: '2026-03-03' });
    book.reverse('charge', 'rent-mar', 'Charged twice');
    expect(book.balance()).toEqual({
      chargedMinor: 0,
      allocatedMinor: 0,
      balanceMinor: 0,
      unappliedCreditMinor: 60_000,
    });
  });
});

describe('given March rent still open after the grace period', () => {
  it('charges the late fee once however often the assessment runs', () => {
    const book = bookWithMarchRent();
    const [fee] = book.assessLateFees('2026-03-10', lateFees);
    expect(fee).toMatchObject({
      id: 'late-fee-1',
      type: 'late_fee',
      dueDate: '2026-03-07',
      amountMinor: 5_000,
    });
    expect(book.assessLateFees('2026-03-11', lateFees)).toEqual([]);
    expect(book.balance().balanceMinor).toBe(105_000);
  });

  it('waives the fee with a credit allocated to it, and the waiver goes if the fee does', () => {
    const book = bookWithMarchRent();
    book.assessLateFees('2026-03-10', lateFees);
    const waiver = book.waiveLateFee('late-fee-1', '2026-03-12');
    expect(waiver).toMatchObject({
      chargeId: 'late-fee-1',
      amountMinor: 5_000,
      reason: 'Late fee waived',
    });
    expect(book.balance()).toMatchObject({ balanceMinor: 100_000, unappliedCreditMinor: 0 });
    expect(ruleOf(() => book.waiveLateFee('late-fee-1', '2026-03-12'))).toBe('nothing_to_waive');
    expect(ruleOf(() => book.waiveLateFee('rent-mar', '2026-03-12'))).toBe('not_a_late_fee');
    expect(ruleOf(() => book.reverse('allocation', waiver.id, 'oops'))).toBe('reverse_the_waiver');
    book.reverse('charge', 'late-fee-1', 'Fee charged in error');
    expect(book.balance()).toEqual({
      chargedMinor: 100_000,
      allocatedMinor: 0,
      balanceMinor: 100_000,
      unappliedCreditMinor: 0,
    });
  });

  it('charges no fee while a payment plan is being kept, and charges it once the plan defaults', () => {
    const book = bookWithMarchRent();
    book.approvePlan({
      approvedOn: '2026-03-05',
      schedule: {
        instalments: [
          { dueDate: '2026-03-15', amountMinor: 50_000 },
          { dueDate: '2026-03-31', amountMinor: 50_000 },
        ],
      },
    });
    expect(book.assessLateFees('2026-03-10', lateFees)).toEqual([]);
    expect(book.planStatus('2026-03-16')).toMatchObject({
      status: 'defaulted',
      missedInstalment: 0,
    });
    expect(book.assessLateFees('2026-03-16', lateFees)).toMatchObject([{ dueDate: '2026-03-07' }]);
  });
});

describe('given a manager reallocating a payment by hand', () => {
  it('moves the money to the parking charge and leaves the rest as credit', () => {
    const book = bookWithMarchRent();
    book.addCharge({ id: 'parking', type: 'parking', dueDate: '2026-03-01', amountMinor: 5_000 });
    book.recordPayment({ id: 'pay-1', amountMinor: 60_000, receivedOn: '2026-03-03' });
    const { reversed, created } = book.reallocate('pay-1', [
      { chargeId: 'parking', amountMinor: 5_000 },
    ]);
    expect(reversed.map((r) => r.entryId)).toEqual(['allocation-1']);
    expect(created).toMatchObject([
      { chargeId: 'parking', amountMinor: 5_000, reason: 'Reallocated by hand' },
    ]);
    expect(book.unappliedCredit('pay-1')).toBe(55_000);
  });

  it('changes nothing when the targets are refused', () => {
    const book = bookWithMarchRent();
    book.recordPayment({ id: 'pay-1', amountMinor: 60_000, receivedOn: '2026-03-03' });
    const before = [book.allocations.length, book.reversals.length];
    expect(
      ruleOf(() => book.reallocate('pay-1', [{ chargeId: 'rent-mar', amountMinor: 110_000 }])),
    ).toBe('over_allocation');
    expect([book.allocations.length, book.reversals.length]).toEqual(before);
  });
});

describe('given ids from the caller', () => {
  it('refuses an id already on the ledger', () => {
    const book = bookWithMarchRent();
    expect(
      ruleOf(() =>
        book.recordPayment({ id: 'rent-mar', amountMinor: 1, receivedOn: '2026-03-01' }),
      ),
    ).toBe('duplicate_id');
    expect(book.payments).toHaveLength(0);
  });

  it('takes back a half-written payment when an id it writes is already taken', () => {
    const book = new LedgerBook({ currency: 'USD', nextId: () => 'rent-mar' });
    book.addCharge({ id: 'rent-mar', type: 'rent', dueDate: '2026-03-01', amountMinor: 100_000 });
    expect(
      ruleOf(() => book.recordPayment({ id: 'pay-1', amountMinor: 1, receivedOn: '2026-03-01' })),
    ).toBe('duplicate_id');
    expect([book.payments.length, book.allocations.length]).toEqual([0, 0]);
    book.recordPayment({ id: 'pay-1', amountMinor: 1, receivedOn: '2026-02-01' }); // the id is free again
    expect(book.unappliedCredit()).toBe(1);
  });

  it('takes the ids of its own entries from nextId', () => {
    let n = 0;
    const book = new LedgerBook({ currency: 'EUR', nextId: (kind) => `${kind}#${++n}` });
    book.addCharge({ id: 'c', type: 'rent', dueDate: '2026-03-01', amountMinor: 100 });
    expect(book.recordPayment({ id: 'p', amountMinor: 100, receivedOn: '2026-03-01' })[0]?.id).toBe(
      'allocation#1',
    );
  });
});
