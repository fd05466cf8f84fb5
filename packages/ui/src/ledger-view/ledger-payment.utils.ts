import type { PaymentMethod } from '@estatekit/domain/format';
import { issuesByField, textOrNull } from '../lead-kanban/lead-kanban-form.utils';
import type { ApiIssue } from '../lib/api-error.utils';
import { readAmount } from './ledger-format.utils';
import type { LedgerPaymentInput } from './ledger-view.types';

/*
 * The record-payment form as data: what was typed, what is wrong with it, and the
 * `ledger.recordPayment` input it makes. Tested without React.
 */

/** What the record-payment form holds, as typed. */
export interface PaymentDraft {
  /** Major units as typed in the provider's locale, e.g. `"1,030.00"`. */
  amount: string;
  method: PaymentMethod;
  reference: string;
  /** ISO date (`YYYY-MM-DD`) from a date input. */
  receivedOn: string;
  note: string;
}

/** Messages per field of the form (`amount`, `receivedOn`, `reference`, `note`, `method`). */
export type PaymentErrors = Partial<Record<keyof PaymentDraft, string>>;

/**
 * A new idempotency key for one opening of the dialog: `crypto.randomUUID()`, or 128 random
 * bits from `crypto.getRandomValues` where `randomUUID` is missing (pages served over plain
 * http). Every retry from the same dialog sends it, so the API records the payment once.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `ledger-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Reads the form into `ledger.recordPayment` input (amount in exact minor units of `currency`,
 * blank reference and note as `null`, `tenantId` when the payer is known), or the message of
 * each field that cannot be sent: amount (see `readAmount`) and a missing or malformed date.
 */
export function paymentInput(
  draft: PaymentDraft,
  context: {
    leaseId: string;
    tenantId: string | null;
    currency: string;
    locale: string;
    idempotencyKey: string;
  },
): { ok: true; input: LedgerPaymentInput } | { ok: false; errors: PaymentErrors } {
  const errors: PaymentErrors = {};
  const amount = readAmount(draft.amount, context.currency, context.locale);
  if (!amount.ok) errors.amount = amount.message;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.receivedOn)) {
    errors.receivedOn = 'Enter the date the payment was received.';
  }
  if (!amount.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      leaseId: context.leaseId,
      amountMinor: amount.amountMinor,
      method: draft.method,
      reference: textOrNull(draft.reference),
      receivedOn: draft.receivedOn,
      note: textOrNull(draft.note),
      idempotencyKey: context.idempotencyKey,
      ...(context.tenantId ? { tenantId: context.tenantId } : {}),
    },
  };
}

/** The API's field issues (`data.issues`) as form errors; `amountMinor` is the amount field. */
export function paymentIssues(issues: readonly ApiIssue[]): PaymentErrors & { ''?: string } {
  const { amountMinor, ...rest } = issuesByField(issues);
  return amountMinor ? { ...rest, amount: amountMinor } : rest;
}
