import type { ChargeType } from '@estatekit/domain/format';
import type { inferInput, inferOutput } from '@trpc/tanstack-react-query';
import type { EstateKitTRPC } from '../provider/trpc';

/*
 * The shapes LedgerView reads, inferred from the API's procedures (`ledger.*`, `receipts.get`),
 * so they follow the API's zod schemas. Money is integer minor units of the lease's ISO 4217
 * currency; dates are ISO dates (`YYYY-MM-DD`, the org's calendar day).
 */

/** A lease's ledger as `ledger.forLease` returns it: lease, opening balance, entries, summary. */
export type LedgerStatement = inferOutput<EstateKitTRPC['ledger']['forLease']>;
/** One ledger entry (charge, payment, allocation, reversal or deposit movement) in date order. */
export type LedgerEntry = LedgerStatement['entries'][number];
/** Balance, unapplied credit, deposit held and aging buckets as of the org's today (`asOf`). */
export type LedgerSummary = LedgerStatement['summary'];
/** A tenant's ledgers (`ledger.forTenant`): one statement per lease, newest lease first. */
export type LedgerTenantLedgers = inferOutput<EstateKitTRPC['ledger']['forTenant']>;
/** What `ledger.recordPayment` answers: allocations, unapplied credit, new balance, receipt. */
export type LedgerPaymentResult = inferOutput<EstateKitTRPC['ledger']['recordPayment']>;
/** What `ledger.recordPayment` takes. */
export type LedgerPaymentInput = inferInput<EstateKitTRPC['ledger']['recordPayment']>;
/** What `ledger.reverse` answers: the reversed entry, its kind and lease, allocations reversed. */
export type LedgerReverseResult = inferOutput<EstateKitTRPC['ledger']['reverse']>;
/** What `ledger.previewAllocation` answers: the allocations a payment would make, and why. */
export type LedgerAllocationPreview = inferOutput<EstateKitTRPC['ledger']['previewAllocation']>;

/**
 * Which entries the table shows (sent to `ledger.forLease`; balances stay those of the whole
 * ledger): `from`/`to` are ISO dates, inclusive; `chargeTypes` keeps charges of those types and
 * what paid or reversed them (payments always show). Empty or missing means no limit.
 */
export interface LedgerViewFilters {
  from?: string | undefined;
  to?: string | undefined;
  chargeTypes?: readonly ChargeType[] | undefined;
}
