import { createContext, useContext } from 'react';
import type { ApiErrorDescription } from '../lib/api-error.utils';
import type { LedgerFormatters } from './ledger-format.utils';
import type { LedgerRow } from './ledger-rows.utils';
import type {
  LedgerEntry,
  LedgerPaymentResult,
  LedgerReverseResult,
  LedgerStatement,
  LedgerTenantLedgers,
  LedgerViewFilters,
} from './ledger-view.types';

/** What the ledger is showing: enumerated as `data-state` on the root. */
export type LedgerViewState = 'loading' | 'error' | 'empty' | 'ready';

/** Shared by every LedgerView part (read it with {@link useLedgerView}). */
export interface LedgerViewContextValue {
  state: LedgerViewState;
  /** A request is in flight (first load, a filter change or a refresh after a write). */
  isFetching: boolean;
  error: ApiErrorDescription | null;
  retry: () => void;
  /** The lease whose ledger is shown (the prop, or the one picked in tenant mode). */
  leaseId: string | null;
  /** Tenant mode: the tenant, its leases and picking one. */
  tenantId: string | null;
  tenantLedgers: LedgerTenantLedgers | null;
  selectLease: (leaseId: string) => void;
  /** Tenant mode: the tenant has no lease at all. */
  noLeases: boolean;
  /** The lease's statement (filtered rows, whole-ledger balances), once loaded. */
  statement: LedgerStatement | null;
  rows: LedgerRow[];
  /** Every shown entry by id (what reversals and allocations point at). */
  byId: ReadonlyMap<string, LedgerEntry>;
  /** ISO 4217 code of the lease. */
  currency: string;
  formatters: LedgerFormatters;
  filters: LedgerViewFilters;
  setFilters: (filters: LedgerViewFilters) => void;
  /** Record and reverse are offered (not `canWrite={false}`, and the API has not refused). */
  writable: boolean;
  /** The API's message after it refused a write for the caller's role (FORBIDDEN). */
  writeRefusal: string | null;
  setWriteRefusal: (message: string) => void;
  /** The record-payment dialog. */
  paymentOpen: boolean;
  openPayment: (opener?: HTMLElement | null) => void;
  closePayment: () => void;
  /** The row whose reverse dialog is open. */
  reverseRow: LedgerRow | null;
  openReverse: (row: LedgerRow, opener?: HTMLElement | null) => void;
  closeReverse: () => void;
  /** Focuses what opened the last dialog, or the table when that is gone. */
  restoreFocus: () => void;
  /** The last thing {@link LedgerViewContextValue.announce} said. */
  announcement: string;
  /** Says `message` in the widget's live region (a payment recorded, an entry reversed). */
  announce: (message: string) => void;
  /** Refetches the ledger, the tenant's ledgers and reports after a write. */
  refresh: () => Promise<void>;
  onPaymentRecorded: ((payment: LedgerPaymentResult) => void) | undefined;
  onEntryReversed: ((reversal: LedgerReverseResult) => void) | undefined;
  /** Quiet time after typing an amount before previewing its allocation, milliseconds. */
  previewDebounceMs: number;
  /** DOM id of the table (focus target). */
  tableId: string;
}

/** React context behind {@link useLedgerView}; `null` outside a `<LedgerView>`. */
export const LedgerViewContext = createContext<LedgerViewContextValue | null>(null);

/** The nearest `<LedgerView>`'s state; throws when used outside one. */
export function useLedgerView(): LedgerViewContextValue {
  const value = useContext(LedgerViewContext);
  if (!value) throw new Error('LedgerView parts must be rendered inside <LedgerView>.');
  return value;
}
