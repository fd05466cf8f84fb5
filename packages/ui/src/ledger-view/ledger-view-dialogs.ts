/**
 * The ledger's dialogs (Radix Dialog), downloaded on demand as one module by
 * `ledger-view-overlays.lazy.tsx`: nothing else may import this file statically, or Radix
 * Dialog would be in the ledger's first load.
 */
export { LedgerViewPaymentDialog } from './ledger-view-payment-dialog';
export { LedgerViewReverseDialog } from './ledger-view-reverse-dialog';
