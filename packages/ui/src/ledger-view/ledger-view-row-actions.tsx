import { useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { saveApiFile } from '../lib/api-file.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { useSlotProps } from '../provider/use-slot-props';
import { canReverseRow, type LedgerRow, receiptNumberOf } from './ledger-rows.utils';
import { describeLedgerRow } from './ledger-text.utils';
import { useLedgerView } from './ledger-view-context';
import { prefetchLedgerViewDialogs } from './ledger-view-overlays.lazy';

/**
 * A row's actions: "Receipt #n" (`ledger-view-receipt-button`) for a confirmed payment with a
 * receipt, which fetches the PDF (`receipts.get`) and downloads it, showing the API's message
 * (`ledger-view-receipt-error`, `role="alert"`) if that fails; and "Reverse"
 * (`ledger-view-reverse-button`) for a charge or confirmed payment not reversed yet, while
 * writes are offered, which opens the reverse dialog.
 */
export function LedgerViewRowActions({ row }: { row: LedgerRow }) {
  const view = useLedgerView();
  const { client } = useEstateKit();
  const [download, setDownload] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const receipt = useSlotProps('ledger-view-receipt-button', 'ek:btn-ghost', {});
  const receiptError = useSlotProps('ledger-view-receipt-error', 'ek:error-text', {});
  const reverse = useSlotProps('ledger-view-reverse-button', 'ek:btn-ghost', {});
  const receiptNumber = receiptNumberOf(row);
  const reversible = view.writable && canReverseRow(row);
  if (receiptNumber === null && !reversible) return null;
  const title = describeLedgerRow(row, view.byId, view.formatters, view.currency).title;
  const when = view.formatters.date(row.entry.date);

  const onDownload = async (button: HTMLElement) => {
    const container = button.parentElement ?? button;
    setDownload({ busy: true, error: null });
    try {
      const file = await client.receipts.get.query({ paymentId: row.id });
      saveApiFile(file, container, `receipt-${receiptNumber}.pdf`);
      setDownload({ busy: false, error: null });
    } catch (error) {
      const message = describeApiError(error, 'The receipt could not be downloaded.').message;
      setDownload({
        busy: false,
        error: `Receipt #${receiptNumber} could not be downloaded: ${message}`,
      });
    }
  };

  return (
    <span className="ek:flex ek:flex-col ek:items-end ek:gap-1">
      <span className="ek:flex ek:flex-wrap ek:justify-end ek:gap-1">
        {receiptNumber !== null && (
          <button
            type="button"
            {...receipt}
            aria-busy={download.busy || undefined}
            aria-disabled={download.busy || undefined}
            onClick={(event) => {
              if (!download.busy) void onDownload(event.currentTarget);
            }}
          >
            {download.busy ? 'Downloading…' : `Receipt #${receiptNumber}`}
            <span className="ek:sr-only"> (PDF) for the payment on {when}</span>
          </button>
        )}
        {reversible && (
          <button
            type="button"
            {...reverse}
            onPointerEnter={prefetchLedgerViewDialogs}
            onFocus={prefetchLedgerViewDialogs}
            onClick={(event) => view.openReverse(row, event.currentTarget)}
          >
            Reverse
            <span className="ek:sr-only">
              {' '}
              {title.replaceAll(' · ', ', ')}, {when}
            </span>
          </button>
        )}
      </span>
      {download.error && (
        <span role="alert" {...receiptError}>
          {download.error}
        </span>
      )}
    </span>
  );
}
