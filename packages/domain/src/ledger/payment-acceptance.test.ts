import { describe, expect, it } from 'vitest';
import { DomainErrorCode, LedgerError, MoneyError } from '../errors/domain-error';
import type { LeaseStatus } from './ledger.codes';
import type { AcceptancePolicy } from './ledger-policies';
import { assertPaymentAccepted, checkPaymentAcceptance } from './payment-acceptance';

// 450.00 rent and 50.00 water are open and due; the tenant offers a payment.
const owed = { rentDueMinor: 45_000, balanceMinor: 50_000, currency: 'USD' };
const check = (
  policy: AcceptancePolicy['kind'],
  amountMinor: number,
  leaseStatus: LeaseStatus = 'active',
) => checkPaymentAcceptance({ policy: { kind: policy }, leaseStatus, amountMinor, ...owed });

describe('given an active lease that accepts any amount', () => {
  it('takes a partial payment of 10.00', () => {
    expect(check('any_amount', 1_000)).toEqual({ accepted: true });
  });
});

describe('given an active lease that asks for at least the rent due', () => {
  it('takes 450.00, the rent due', () => {
    expect(check('at_least_rent_due', 45_000)).toEqual({ accepted: true });
  });

  it('refuses 449.99 and says how much is needed', () => {
    expect(check('at_least_rent_due', 44_999)).toEqual({
      accepted: false,
      rule: 'below_rent_due',
      message:
        'This lease accepts payments of at least the rent due (450.00 USD); 449.99 USD was offered.',
      suggestion: 'Pay at least 450.00 USD.',
    });
  });

  it('takes any amount when no rent is due yet', () => {
    const outcome = checkPaymentAcceptance({
      policy: { kind: 'at_least_rent_due' },
      leaseStatus: 'active',
      amountMinor: 100,
      rentDueMinor: 0,
      balanceMinor: 0,
      currency: 'USD',
    });
    expect(outcome.accepted).toBe(true);
  });
});

describe('given a lease under notice that asks for the full balance', () => {
  it('takes 500.00, the whole balance due', () => {
    expect(check('full_balance', 50_000, 'notice_given')).toEqual({ accepted: true });
  });

  it('refuses the rent alone', () => {
    expect(check('full_balance', 45_000, 'notice_given')).toMatchObject({
      accepted: false,
      rule: 'below_full_balance',
    });
  });
});

describe('given the lease status overrides the policy', () => {
  it('refuses every payment while the lease is in collections, even the full balance', () => {
    expect(check('any_amount', 50_000, 'collections')).toMatchObject({
      accepted: false,
      rule: 'lease_in_collections',
    });
  });

  it('refuses payments on a draft lease', () => {
    expect(check('any_amount', 50_000, 'draft')).toMatchObject({
      accepted: false,
      rule: 'lease_not_active',
    });
  });

  it.each(['ended', 'terminated'] as const)(
    'takes any amount toward what is left on a %s lease',
    (status) => {
      expect(check('full_balance', 100, status)).toEqual({ accepted: true });
    },
  );
});

describe('given assertPaymentAccepted', () => {
  it('returns quietly for an accepted payment', () => {
    expect(() =>
      assertPaymentAccepted({
        policy: { kind: 'any_amount' },
        leaseStatus: 'active',
        amountMinor: 1,
        ...owed,
      }),
    ).not.toThrow();
  });

  it('throws LedgerError with the refusing rule and the amounts', () => {
    try {
      assertPaymentAccepted({
        policy: { kind: 'full_balance' },
        leaseStatus: 'active',
        amountMinor: 100,
        ...owed,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LedgerError);
      const ledgerError = error as LedgerError;
      expect(ledgerError.code).toBe(DomainErrorCode.LedgerRuleViolated);
      expect(ledgerError.context).toMatchObject({
        rule: 'below_full_balance',
        amountMinor: 100,
        balanceMinor: 50_000,
      });
      expect(ledgerError.suggestion).toContain('payment plan');
    }
  });

  it('throws MoneyError for a payment of zero', () => {
    expect(() => check('any_amount', 0)).toThrow(MoneyError);
  });
});
