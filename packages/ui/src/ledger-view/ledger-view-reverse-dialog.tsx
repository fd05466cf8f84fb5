import * as Dialog from '@radix-ui/react-dialog';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { describeLedgerRow } from './ledger-text.utils';
import { useLedgerView } from './ledger-view-context';
import { LedgerViewField } from './ledger-view-field';

/**
 * Reverses a charge or payment (Radix Dialog, `data-slot="ledger-view-reverse-dialog"`): names
 * the entry (what, amount, date), says what a reversal does (a new entry; the original stays;
 * what it paid, or what paid it, is released), and requires a reason (up to 500 characters,
 * kept in the ledger). "Reverse" sends `ledger.reverse`; the API's refusal (already reversed:
 * CONFLICT; FORBIDDEN) is shown above the buttons (`role="alert"`). On success it closes,
 * refreshes the ledger, announces it and calls `onEntryReversed`.
 */
export function LedgerViewReverseDialog() {
  const view = useLedgerView();
  const { trpc } = useEstateKit();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<{ message: string; code: string | null } | null>(null);
  const slot = useSlotProps('ledger-view-reverse-dialog', 'ek:dialog ek:dialog-small', {});
  const overlay = useSlotProps('ledger-view-dialog-overlay', 'ek:overlay', {});
  const row = view.reverseRow;
  const text = row ? describeLedgerRow(row, view.byId, view.formatters, view.currency) : null;
  const what = row?.kind === 'payment' ? 'payment' : 'charge';
  const summaryOf = (title: string) =>
    row
      ? `${title} of ${view.formatters.money(row.entry.amountMinor, view.currency)} on ${view.formatters.date(row.entry.date)}`
      : title;
  const summary = text ? summaryOf(text.title) : '';

  const reverse = useMutation(
    trpc.ledger.reverse.mutationOptions({
      onSuccess: (result) => {
        view.announce(row && text ? `${summaryOf(text.title)} reversed.` : 'Entry reversed.');
        view.closeReverse();
        void view.refresh();
        view.onEntryReversed?.(result);
      },
      onError: (err) => {
        const described = describeApiError(err, 'The entry could not be reversed. Try again.');
        const reasonIssue = described.issues.find((i) => i.path[0] === 'reason');
        if (reasonIssue) setError(reasonIssue.message);
        setFailure({ message: described.message, code: described.code });
        if (described.code === 'FORBIDDEN') view.setWriteRefusal(described.message);
      },
    }),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!row || reverse.isPending) return;
    if (!reason.trim()) {
      setError(`Say why this ${what} is reversed; the reason is kept in the ledger.`);
      return;
    }
    setError(undefined);
    setFailure(null);
    reverse.mutate({ entryId: row.id, reason: reason.trim() });
  };

  return (
    <Dialog.Root
      open={row !== null}
      onOpenChange={(open) => (open ? undefined : view.closeReverse())}
    >
      <Dialog.Portal>
        <EstateKitRoot className="ek-portal">
          <Dialog.Overlay {...overlay} />
          <Dialog.Content
            {...slot}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              view.restoreFocus();
            }}
          >
            <Dialog.Title className="ek:dialog-title">Reverse {what}</Dialog.Title>
            <Dialog.Description className="ek:flex ek:flex-col ek:gap-1">
              <span className="ek:weight-600">{summary}</span>
              <span className="ek:text-muted-foreground">
                {what === 'payment'
                  ? 'A reversal is added to the ledger and the payment stays on it. The charges it paid are open again.'
                  : 'A reversal is added to the ledger and the charge stays on it. Payments applied to it become credit again.'}
              </span>
            </Dialog.Description>
            <form noValidate onSubmit={onSubmit} className="ek:flex ek:flex-col ek:gap-3">
              <LedgerViewField label="Reason (required)" error={error}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    maxLength={500}
                    className="ek:textarea"
                    value={reason}
                    onChange={(event) => setReason(event.currentTarget.value)}
                  />
                )}
              </LedgerViewField>
              {failure && (
                <p role="alert" className="ek:form-error" data-code={failure.code ?? undefined}>
                  {failure.message}
                </p>
              )}
              <div className="ek:flex ek:justify-end ek:gap-2">
                <Dialog.Close className="ek:btn">Cancel</Dialog.Close>
                <button
                  type="submit"
                  className="ek:btn ek:btn-primary"
                  aria-disabled={reverse.isPending || undefined}
                >
                  {reverse.isPending ? 'Reversing…' : `Reverse ${what}`}
                </button>
              </div>
            </form>
          </Dialog.Content>
        </EstateKitRoot>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
