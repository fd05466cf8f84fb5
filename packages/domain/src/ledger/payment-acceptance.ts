import { LedgerError } from '../errors/domain-error';
import type { CurrencyCode } from '../money/money';
import { assertPositiveMinor } from './allocation';
import type { LeaseStatus } from './ledger.codes';
import type { AcceptancePolicy } from './ledger-policies';
import { amountText } from './ledger-text';

/** Why a payment is refused; each is a `LedgerError` `context.rule`. */
export const paymentRefusalRules = [
  'lease_in_collections',
  'lease_not_active',
  'below_rent_due',
  'below_full_balance',
] as const;
export type PaymentRefusalRule = (typeof paymentRefusalRules)[number];

/** The outcome of `checkPaymentAcceptance`: accepted, or the rule that refuses it and why. */
export type PaymentAcceptance =
  | { accepted: true }
  | { accepted: false; rule: PaymentRefusalRule; message: string; suggestion: string };

/** What `checkPaymentAcceptance` needs; amounts are integer minor units of `currency`. */
export interface PaymentAcceptanceInput {
  policy: AcceptancePolicy;
  leaseStatus: LeaseStatus;
  /** The payment offered (> 0). */
  amountMinor: number;
  /** Open rent due on or before the payment date. */
  rentDueMinor: number;
  /** Open balance (every charge type) due on or before the payment date. */
  balanceMinor: number;
  currency: CurrencyCode;
}

/**
 * Whether a lease takes a payment, by lease status first and then the acceptance policy:
 * - `collections` accepts nothing until the lease leaves that status (eviction pending);
 * - `draft` accepts nothing: nothing is owed before the lease is signed;
 * - `ended` and `terminated` accept any amount toward what is left, whatever the policy;
 * - `active` and `notice_given` follow the policy: `any_amount` takes any payment,
 *   `at_least_rent_due` needs ≥ `rentDueMinor`, `full_balance` needs ≥ `balanceMinor` (a
 *   ledger owing nothing, or in credit, takes any amount).
 * e.g. full_balance, 900.00 owed, 450.00 offered → refused `below_full_balance`.
 *
 * Throws `MoneyError` (INVALID_MONEY) for a non-positive or non-safe `amountMinor`.
 */
export function checkPaymentAcceptance(input: PaymentAcceptanceInput): PaymentAcceptance {
  const { policy, leaseStatus, amountMinor, currency } = input;
  assertPositiveMinor(amountMinor, 'amountMinor');
  const offered = `${amountText(amountMinor, currency)} ${currency}`;
  switch (leaseStatus) {
    case 'collections':
      return {
        accepted: false,
        rule: 'lease_in_collections',
        message: 'This lease is in collections, so payments are not accepted on it.',
        suggestion: 'Contact the property manager to settle the account.',
      };
    case 'draft':
      return {
        accepted: false,
        rule: 'lease_not_active',
        message: 'This lease is still a draft, so nothing can be paid on it yet.',
        suggestion: 'Activate the lease before recording payments.',
      };
    case 'ended':
    case 'terminated':
      return { accepted: true };
    case 'active':
    case 'notice_given':
      break;
    default:
      return leaseStatus satisfies never;
  }
  switch (policy.kind) {
    case 'any_amount':
      return { accepted: true };
    case 'at_least_rent_due': {
      if (amountMinor >= input.rentDueMinor) return { accepted: true };
      const due = `${amountText(input.rentDueMinor, currency)} ${currency}`;
      return {
        accepted: false,
        rule: 'below_rent_due',
        message: `This lease accepts payments of at least the rent due (${due}); ${offered} was offered.`,
        suggestion: `Pay at least ${due}.`,
      };
    }
    case 'full_balance': {
      if (amountMinor >= input.balanceMinor) return { accepted: true };
      const due = `${amountText(input.balanceMinor, currency)} ${currency}`;
      return {
        accepted: false,
        rule: 'below_full_balance',
        message: `This lease accepts only payment of the full balance due (${due}); ${offered} was offered.`,
        suggestion: `Pay ${due}, or ask the property manager for a payment plan.`,
      };
    }
    default:
      return policy satisfies never;
  }
}

/**
 * `checkPaymentAcceptance` as a guard: returns when the payment is accepted, otherwise throws
 * `LedgerError` (LEDGER_RULE_VIOLATED) with `context.rule` the refusing rule and the amounts
 * in context; `MoneyError` (INVALID_MONEY) for a bad amount.
 */
export function assertPaymentAccepted(input: PaymentAcceptanceInput): void {
  const outcome = checkPaymentAcceptance(input);
  if (outcome.accepted) return;
  const { policy, leaseStatus, amountMinor, rentDueMinor, balanceMinor, currency } = input;
  throw new LedgerError(
    outcome.message,
    {
      rule: outcome.rule,
      policy: policy.kind,
      leaseStatus,
      amountMinor,
      rentDueMinor,
      balanceMinor,
      currency,
    },
    outcome.suggestion,
  );
}
