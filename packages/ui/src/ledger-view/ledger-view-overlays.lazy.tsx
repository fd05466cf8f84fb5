import { useEffect, useState } from 'react';
import { createModuleStore, useLoadedModule } from '../lib/load-on-demand';
import { useLedgerView } from './ledger-view-context';

/*
 * The ledger's dialogs (Radix Dialog: record payment, reverse) load on demand: Radix Dialog and
 * the forms are most of the widget's JavaScript, and reading a ledger needs none of it. The code
 * starts downloading on the first sign of intent (pointer or focus on "Record payment" or
 * "Reverse") and when the browser is idle after the first answer, so it is normally there
 * before it is needed.
 */

/** The dialogs' code (`@radix-ui/react-dialog`). */
export const ledgerViewDialogsCode = createModuleStore(() => import('./ledger-view-dialogs'));

const ignore = () => {};

/** Starts downloading the dialogs (once; a failed download retries next time). */
export function prefetchLedgerViewDialogs(): void {
  ledgerViewDialogsCode.load().catch(ignore);
}

/** Loads the dialogs' code while `needed`; calls `onFailure` if it cannot be downloaded. */
function useDialogsCode(needed: boolean, onFailure: () => void) {
  const parts = useLoadedModule(ledgerViewDialogsCode);
  useEffect(() => {
    if (needed && !parts) ledgerViewDialogsCode.load().catch(onFailure);
  }, [needed, parts, onFailure]);
  return needed ? parts : null;
}

/**
 * The record-payment dialog while the widget's `paymentOpen` is true (see "Record payment"):
 * downloads its code when opened; if that fails, it closes and says so in the widget's live
 * region, and the next open tries again. A new dialog (and idempotency key) per opening.
 */
export function LedgerViewPaymentDialog() {
  const { paymentOpen, closePayment, announce } = useLedgerView();
  const [onFailure] = useState(() => () => {
    closePayment();
    announce('The payment form could not be loaded. Check the connection and try again.');
  });
  const parts = useDialogsCode(paymentOpen, onFailure);
  return parts ? <parts.LedgerViewPaymentDialog /> : null;
}

/** The reverse dialog of the row whose "Reverse" was chosen; loads like the payment dialog. */
export function LedgerViewReverseDialog() {
  const { reverseRow, closeReverse, announce } = useLedgerView();
  const [onFailure] = useState(() => () => {
    closeReverse();
    announce('The reverse form could not be loaded. Check the connection and try again.');
  });
  const parts = useDialogsCode(reverseRow !== null, onFailure);
  return parts && reverseRow ? <parts.LedgerViewReverseDialog key={reverseRow.id} /> : null;
}
