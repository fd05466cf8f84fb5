import { describe, expect, it } from 'vitest';
import {
  newIdempotencyKey,
  type PaymentDraft,
  paymentInput,
  paymentIssues,
} from './ledger-payment.utils';

const draft: PaymentDraft = {
  amount: '1,250.00',
  method: 'mobile_money',
  reference: '  MM-1  ',
  receivedOn: '2026-03-10',
  note: ' ',
};
const context = {
  leaseId: 'lease-1',
  tenantId: null,
  currency: 'USD',
  locale: 'en-US',
  idempotencyKey: 'key-12345678',
};

describe('given the record-payment form', () => {
  it('makes ledger.recordPayment input in minor units, blanks as null', () => {
    expect(paymentInput(draft, context)).toEqual({
      ok: true,
      input: {
        leaseId: 'lease-1',
        amountMinor: 125_000,
        method: 'mobile_money',
        reference: 'MM-1',
        receivedOn: '2026-03-10',
        note: null,
        idempotencyKey: 'key-12345678',
      },
    });
    const withTenant = paymentInput(draft, { ...context, tenantId: 'tenant-1' });
    expect(withTenant.ok && withTenant.input.tenantId).toBe('tenant-1');
  });

  it('names every field that cannot be sent', () => {
    expect(paymentInput({ ...draft, amount: '0', receivedOn: '' }, context)).toEqual({
      ok: false,
      errors: {
        amount: 'The amount must be more than zero.',
        receivedOn: 'Enter the date the payment was received.',
      },
    });
  });

  it("maps the API's amountMinor issue to the amount field", () => {
    expect(
      paymentIssues([
        { path: ['amountMinor'], message: 'Too big' },
        { path: ['reference'], message: 'Too long' },
        { path: [], message: 'Bad' },
      ]),
    ).toEqual({ amount: 'Too big', reference: 'Too long', '': 'Bad' });
  });

  it('makes a new key for every dialog, long enough for the API', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key.length).toBeGreaterThanOrEqual(8);
  });
});
