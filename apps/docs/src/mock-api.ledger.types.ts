import type { EstateKitContextValue } from '@estatekit/ui/provider';

/*
 * The shapes the ledger mock answers in: the outputs of the API's procedures as the `AppRouter`
 * of @estatekit/ui's client types them, so a store answer that drifts from the API's zod output
 * schemas fails to compile.
 */

type Api = EstateKitContextValue['client'];
type Answer<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** `ledger.forLease`'s output, as the API's `statementSchema` types it. */
export type LedgerStatement = Answer<Api['ledger']['forLease']['query']>;
/** One entry of a statement, with the running balance and credit after it. */
export type StatementEntry = LedgerStatement['entries'][number];
/** `ledger.forTenant`'s output. */
export type TenantLedgers = Answer<Api['ledger']['forTenant']['query']>;
/** `ledger.previewAllocation`'s output. */
export type AllocationPreview = Answer<Api['ledger']['previewAllocation']['query']>;
/** `ledger.recordPayment`'s output. */
export type PaymentResult = Answer<Api['ledger']['recordPayment']['mutate']>;
/** `ledger.reverse`'s output. */
export type ReversalResult = Answer<Api['ledger']['reverse']['mutate']>;
/** `receipts.get`'s output: a PDF as base64. */
export type ReceiptFile = Answer<Api['receipts']['get']['query']>;
/** `reports.delinquency`'s output, as the API's `delinquencyOutput` types it. */
export type DelinquencyReport = Answer<Api['reports']['delinquency']['query']>;
/** One lease of the delinquency report. */
export type DelinquencyRow = DelinquencyReport['rows'][number];
/** `reports.delinquencyCsv`'s output. */
export type CsvFile = Answer<Api['reports']['delinquencyCsv']['query']>;

/** Who the caller is, for the ledger: managers and accountants move money; the others read. */
export type MockLedgerRole = 'manager' | 'accountant' | 'agent' | 'read_only';

/** A procedure of the mock: its raw input in, its answer out (or a thrown error). */
export type Handler = (input: unknown) => unknown;
