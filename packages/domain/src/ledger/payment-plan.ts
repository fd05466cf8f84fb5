import { z } from 'zod';
import type { IsoDate } from './ledger.codes';
import { isoDateToDays } from './ledger-dates';

/**
 * Payment plans: a manager agrees with a tenant in arrears to pay by instalments. While the
 * plan is kept, late fees are suspended (`assessLateFees({ suspended })`); one missed
 * instalment ends it.
 */

/** One instalment: `amountMinor` (integer minor units, > 0) due by the end of `dueDate`. */
export interface PlanInstalment {
  dueDate: IsoDate;
  amountMinor: number;
}

/** The agreed schedule: 1–24 instalments in strictly ascending date order. */
export interface PaymentPlanSchedule {
  instalments: PlanInstalment[];
}

/** `PaymentPlanSchedule` for the API: real ISO dates, strictly ascending; positive safe amounts. */
export const paymentPlanScheduleSchema = z.strictObject({
  instalments: z
    .array(z.strictObject({ dueDate: z.iso.date(), amountMinor: z.int().min(1) }))
    .min(1)
    .max(24)
    .superRefine((instalments, ctx) => {
      instalments.forEach((instalment, i) => {
        const before = instalments[i - 1];
        if (before && before.dueDate >= instalment.dueDate) {
          ctx.addIssue({
            code: 'custom',
            message: `must fall after the previous instalment (${before.dueDate})`,
            path: [i, 'dueDate'],
          });
        }
      });
    }),
}) satisfies z.ZodType<PaymentPlanSchedule>;

/** Where an approved plan stands on a day. Amounts are integer minor units. */
export interface PaymentPlanEvaluation {
  /** `approved` while being kept; `completed` once paid in full; `defaulted` on a missed instalment. */
  status: 'approved' | 'completed' | 'defaulted';
  /** Payments counted toward the plan: received from `approvedOn` through `asOf`. */
  paidMinor: number;
  /** Instalments due on or before `asOf` not yet covered by `paidMinor` (0 when up to date). */
  dueMinor: number;
  /** What is left of the whole plan: Σ instalments − `paidMinor`, at least 0. */
  remainingMinor: number;
  /** 0-based index of the first missed instalment, or `null`. */
  missedInstalment: number | null;
  /** The first instalment not yet fully covered and what is left of it; `null` once the plan ended. */
  nextInstalment: { index: number; dueDate: IsoDate; amountMinor: number } | null;
}

/** What `evaluatePaymentPlan` reads. */
export interface PaymentPlanInput {
  approvedOn: IsoDate;
  instalments: readonly PlanInstalment[];
  /** Confirmed, live cash payments on the lease (not waivers, not reversed payments). */
  payments: readonly { receivedOn: IsoDate; amountMinor: number }[];
  asOf: IsoDate;
}

/**
 * Evaluates an approved plan on `asOf`. Payments received on or after `approvedOn` (and on or
 * before `asOf`) count, whatever charges they were allocated to. Instalments are cumulative: an
 * instalment is missed when, at the end of its due date (`asOf` > `dueDate`), the payments
 * received by its due date are below the sum of the instalments up to and including it; paying
 * ahead covers later instalments. A missed instalment ends the plan (`defaulted`); otherwise it
 * is `completed` once payments reach the total. e.g. 300.00 due 04-01 and 04-15, 300.00 paid
 * 03-30: on 04-16 the second is missed → defaulted; with 300.00 more paid 04-15 → completed.
 *
 * Throws `DomainError` (VALIDATION_FAILED) for a malformed date.
 */
export function evaluatePaymentPlan(input: PaymentPlanInput): PaymentPlanEvaluation {
  const { approvedOn, instalments, asOf } = input;
  isoDateToDays(approvedOn, 'approvedOn');
  isoDateToDays(asOf, 'asOf');
  const counted = input.payments.filter((p) => {
    isoDateToDays(p.receivedOn, 'receivedOn');
    return p.receivedOn >= approvedOn && p.receivedOn <= asOf;
  });
  const paidBy = (date: IsoDate) =>
    counted.reduce((sum, p) => (p.receivedOn <= date ? sum + p.amountMinor : sum), 0);
  const paidMinor = paidBy(asOf);
  let cumulative = 0;
  let dueNow = 0;
  let missedInstalment: number | null = null;
  let nextInstalment: PaymentPlanEvaluation['nextInstalment'] = null;
  for (const [index, { dueDate, amountMinor }] of instalments.entries()) {
    isoDateToDays(dueDate, `instalments[${index}].dueDate`);
    cumulative += amountMinor;
    if (dueDate <= asOf) dueNow = cumulative;
    if (missedInstalment === null && asOf > dueDate && paidBy(dueDate) < cumulative) {
      missedInstalment = index;
    }
    if (nextInstalment === null && paidMinor < cumulative) {
      const left = Math.min(amountMinor, cumulative - paidMinor);
      nextInstalment = { index, dueDate, amountMinor: left };
    }
  }
  const status =
    missedInstalment !== null ? 'defaulted' : paidMinor >= cumulative ? 'completed' : 'approved';
  return {
    status,
    paidMinor,
    dueMinor: Math.max(0, dueNow - paidMinor),
    remainingMinor: Math.max(0, cumulative - paidMinor),
    missedInstalment,
    nextInstalment: status === 'approved' ? nextInstalment : null,
  };
}

/** Whether the plan is being kept on `asOf` (status `approved`): late fees stay suspended. */
export function isPlanBeingKept(input: PaymentPlanInput): boolean {
  return evaluatePaymentPlan(input).status === 'approved';
}
