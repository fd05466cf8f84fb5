import { chargeTypes, paymentMethods } from '@estatekit/domain';
import {
  amountMinor,
  isoDate,
  listOf,
  nullable,
  oneOf,
  optional,
  strictObject,
  text,
  uuid,
} from './mock-api.ledger-checks';

/*
 * The inputs of the ledger mock's procedures, parsed like the API's zod schemas
 * (`ledger.schema.ts`): each parser returns the parsed input or throws the API's BAD_REQUEST.
 */

/** `ledger.forLease`: a lease, optionally narrowed to a period (ISO dates) and charge types. */
export const parseStatementInput = strictObject({
  leaseId: uuid,
  from: optional(isoDate),
  to: optional(isoDate),
  chargeTypes: optional(listOf(oneOf(chargeTypes))),
});
/** `ledger.forTenant`. */
export const parseTenantInput = strictObject({ tenantId: uuid });
/** `ledger.previewAllocation`: an amount in minor units received on an ISO date. */
export const parsePreviewInput = strictObject({ leaseId: uuid, amountMinor, receivedOn: isoDate });
/** `ledger.recordPayment`, idempotent by `idempotencyKey`. */
export const parseRecordPaymentInput = strictObject({
  leaseId: uuid,
  amountMinor,
  method: oneOf(paymentMethods),
  reference: optional(nullable(text({ trim: true, max: 120 }))),
  receivedOn: isoDate,
  note: optional(nullable(text({ trim: true, max: 500 }))),
  tenantId: optional(nullable(uuid)),
  idempotencyKey: text({ min: 8, max: 200 }),
});
/** `ledger.reverse`: an entry and why. */
export const parseReverseInput = strictObject({
  entryId: uuid,
  reason: text({ trim: true, min: 1, max: 500 }),
});
/**
 * `reports.delinquency` and `reports.delinquencyCsv`: the day (an ISO date; absent, the org's
 * today, which the store fills in) and optionally one building.
 */
export const parseReportInput = strictObject({
  asOf: optional(isoDate),
  buildingId: optional(uuid),
});
/** `receipts.get`. */
export const parseReceiptInput = strictObject({ paymentId: uuid });

export type StatementInput = ReturnType<typeof parseStatementInput>;
export type PreviewInput = ReturnType<typeof parsePreviewInput>;
export type RecordPaymentInput = ReturnType<typeof parseRecordPaymentInput>;
export type ReverseInput = ReturnType<typeof parseReverseInput>;
export type ReportInput = ReturnType<typeof parseReportInput>;
