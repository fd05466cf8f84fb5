export { agingBucketLabels, agingColorVariables } from '../lib/aging';
export {
  type AmountReading,
  chargeTypeLabels,
  createLedgerFormatters,
  filtersToInput,
  type LedgerFormatters,
  paymentMethodLabels,
  readAmount,
} from './ledger-format.utils';
export {
  buildLedgerRows,
  type LedgerAllocationLine,
  type LedgerReversalTarget,
  type LedgerRow,
} from './ledger-rows.utils';
export { describeLedgerRow, type LedgerRowText, leasePremises } from './ledger-text.utils';
export {
  LedgerView,
  type LedgerViewOptions,
  type LedgerViewProps,
  type LedgerViewTarget,
} from './ledger-view';
export type {
  LedgerAllocationPreview,
  LedgerEntry,
  LedgerPaymentInput,
  LedgerPaymentResult,
  LedgerReverseResult,
  LedgerStatement,
  LedgerSummary,
  LedgerTenantLedgers,
  LedgerViewFilters,
} from './ledger-view.types';
export {
  type LedgerViewContextValue,
  type LedgerViewState,
  useLedgerView,
} from './ledger-view-context';
export { LedgerViewFilterBar } from './ledger-view-filters';
export { LedgerViewPaymentDialog, LedgerViewReverseDialog } from './ledger-view-overlays.lazy';
export { LedgerViewEmpty, LedgerViewError } from './ledger-view-states';
export { LedgerViewSummary } from './ledger-view-summary';
export { LedgerViewTable, type LedgerViewTableProps } from './ledger-view-table';
export { LedgerViewToolbar } from './ledger-view-toolbar';
