import { z } from 'zod';
import { type ChargeType, chargeTypes, type PolicyLevel } from './ledger.codes';

/**
 * The three ledger policies a manager sets at org, building or lease level (`effectivePolicy`
 * picks the most specific one): how a payment is spread over open charges, which payments are
 * accepted, and which late fees are charged. Each has a type, a strict zod schema for the API,
 * and a default used when no level sets one.
 */

/**
 * Order in which a payment pays open charges:
 * - `oldest_due_first` — earliest due date first (the usual rule, and the default);
 * - `largest_balance_first` — largest open amount first;
 * - `charge_type_order` — the listed types in that order (e.g. late fees, then utilities, then
 *   rent); types not listed come after them, oldest due first.
 * Ties are broken by due date, then creation order, then id (see `allocatePayment`).
 */
export type AllocationPolicy =
  | { kind: 'oldest_due_first' }
  | { kind: 'largest_balance_first' }
  | { kind: 'charge_type_order'; order: ChargeType[] };

/** `AllocationPolicy` for the API: `order` lists 1–9 charge types, each at most once. */
export const allocationPolicySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('oldest_due_first') }),
  z.strictObject({ kind: z.literal('largest_balance_first') }),
  z.strictObject({
    kind: z.literal('charge_type_order'),
    order: z
      .array(z.enum(chargeTypes))
      .min(1)
      .refine((order) => new Set(order).size === order.length, 'list each charge type once'),
  }),
]) satisfies z.ZodType<AllocationPolicy>;

export const defaultAllocationPolicy: AllocationPolicy = { kind: 'oldest_due_first' };

/**
 * Which payments a lease accepts while active or under notice (`checkPaymentAcceptance`):
 * - `any_amount` — any positive amount (the default);
 * - `at_least_rent_due` — at least the open rent due on or before the payment date;
 * - `full_balance` — at least the whole open balance due on or before the payment date.
 */
export type AcceptancePolicy =
  | { kind: 'any_amount' }
  | { kind: 'at_least_rent_due' }
  | { kind: 'full_balance' };

/** `AcceptancePolicy` for the API. */
export const acceptancePolicySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('any_amount') }),
  z.strictObject({ kind: z.literal('at_least_rent_due') }),
  z.strictObject({ kind: z.literal('full_balance') }),
]) satisfies z.ZodType<AcceptancePolicy>;

export const defaultAcceptancePolicy: AcceptancePolicy = { kind: 'any_amount' };

/**
 * One late-fee rule (`assessLateFees`). A charge is late from day `dueDate + graceDays + 1`.
 * `amount` is a flat `amountMinor` (integer minor units, > 0) or `basisPoints` of the charge's
 * open amount (1–10000; 500 = 5 %). `recurrence` `once` charges one fee on the first late day,
 * `daily` one per late day. `capMinor` (minor units, > 0, or null for none) caps the sum of this
 * rule's fees on one charge.
 */
export interface LateFeeRule {
  graceDays: number;
  amount: { kind: 'flat'; amountMinor: number } | { kind: 'percent'; basisPoints: number };
  recurrence: 'once' | 'daily';
  capMinor: number | null;
}

/** Late fees of a lease: at most two rules (e.g. a one-off fee, then a daily fee up to a cap). */
export interface LateFeePolicy {
  rules: LateFeeRule[];
}

const positiveMinor = z.int().min(1);

/** `LateFeeRule` for the API: grace 0–60 days, amounts positive safe integers. */
export const lateFeeRuleSchema = z.strictObject({
  graceDays: z.int().min(0).max(60),
  amount: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('flat'), amountMinor: positiveMinor }),
    z.strictObject({ kind: z.literal('percent'), basisPoints: z.int().min(1).max(10_000) }),
  ]),
  recurrence: z.enum(['once', 'daily']),
  capMinor: positiveMinor.nullable(),
}) satisfies z.ZodType<LateFeeRule>;

/** `LateFeePolicy` for the API: 0–2 rules. */
export const lateFeePolicySchema = z.strictObject({
  rules: z.array(lateFeeRuleSchema).max(2),
}) satisfies z.ZodType<LateFeePolicy>;

/** No late fees unless a manager sets a policy. */
export const defaultLateFeePolicy: LateFeePolicy = { rules: [] };

/**
 * The policy in force and where it was set: lease beats building, building beats org, and
 * `fallback` (level `'default'`) applies when no level sets one. `null` and `undefined` both
 * mean "not set at this level". e.g. `{ org: A, lease: B }` → `{ policy: B, level: 'lease' }`.
 */
export function effectivePolicy<T>(
  levels: { org?: T | null; building?: T | null; lease?: T | null },
  fallback: T,
): { policy: T; level: PolicyLevel | 'default' } {
  for (const level of ['lease', 'building', 'org'] as const) {
    const policy = levels[level];
    if (policy !== undefined && policy !== null) return { policy, level };
  }
  return { policy: fallback, level: 'default' };
}
