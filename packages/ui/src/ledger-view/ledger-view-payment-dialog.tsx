import { type PaymentMethod, paymentMethods } from '@estatekit/domain/format';
import * as Dialog from '@radix-ui/react-dialog';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { localIsoDate, paymentMethodLabels, readAmount } from './ledger-format.utils';
import {
  newIdempotencyKey,
  type PaymentDraft,
  type PaymentErrors,
  paymentInput,
  paymentIssues,
} from './ledger-payment.utils';
import { leasePremises } from './ledger-text.utils';
import { useLedgerView } from './ledger-view-context';
import { LedgerViewField } from './ledger-view-field';
import { LedgerViewPaymentPreview } from './ledger-view-payment-preview';

interface Failure {
  message: string;
  code: string | null;
  suggestion: string | null;
}

/**
 * "Record payment" (Radix Dialog, `data-slot="ledger-view-payment-dialog"`) for the lease shown:
 * amount in major units of the lease's currency (read exactly into minor units; empty, zero,
 * negative, non-numeric or too precise amounts are refused with a message), method, reference,
 * date received (default: the org's today from the ledger's `summary.asOf`) and note. Below, the
 * allocation preview. "Record payment" sends `ledger.recordPayment` with one idempotency key per
 * opening of the dialog (`crypto.randomUUID()`), reused by every retry, so a double submit or a
 * retry after a lost answer records the payment once. The API's field errors appear under their
 * fields and anything else, such as an acceptance refusal or FORBIDDEN, above the buttons
 * (`ledger-view-payment-error`, `role="alert"`, `data-code`). On success it closes, refreshes
 * the ledger, announces the new balance and calls `onPaymentRecorded`.
 */
export function LedgerViewPaymentDialog() {
  const view = useLedgerView();
  const { trpc, locale } = useEstateKit();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [draft, setDraft] = useState<PaymentDraft>(() => ({
    amount: '',
    method: 'bank_transfer',
    reference: '',
    receivedOn: view.statement?.summary.asOf ?? localIsoDate(new Date()),
    note: '',
  }));
  const [errors, setErrors] = useState<PaymentErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const slot = useSlotProps('ledger-view-payment-dialog', 'ek:dialog', {});
  const overlay = useSlotProps('ledger-view-dialog-overlay', 'ek:overlay', {});
  const errorSlot = useSlotProps('ledger-view-payment-error', 'ek:form-error ek:form-wide', {});
  const lease = view.statement?.lease;
  const { currency, leaseId } = view;
  const money = (amountMinor: number) => view.formatters.money(amountMinor, currency);

  const record = useMutation(
    trpc.ledger.recordPayment.mutationOptions({
      onSuccess: (result, input) => {
        const parts = [
          `Payment of ${money(input.amountMinor)} recorded`,
          result.receiptNumber ? ` (receipt #${result.receiptNumber})` : '',
          `. Balance now ${money(result.balanceMinor)}`,
          result.unappliedCreditMinor > 0
            ? `, unapplied credit ${money(result.unappliedCreditMinor)}.`
            : '.',
        ];
        view.announce(parts.join(''));
        view.closePayment();
        void view.refresh();
        view.onPaymentRecorded?.(result);
      },
      onError: (error) => {
        const described = describeApiError(error, 'The payment could not be recorded. Try again.');
        const byField = paymentIssues(described.issues);
        setErrors(byField);
        setFailure({
          message:
            described.issues.length > 0
              ? (byField[''] ?? 'Check the highlighted fields.')
              : described.message,
          code: described.code,
          suggestion: described.suggestion,
        });
        if (described.code === 'FORBIDDEN') view.setWriteRefusal(described.message);
      },
    }),
  );

  const change = (field: keyof PaymentDraft) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending || !leaseId) return;
    const read = paymentInput(draft, {
      leaseId,
      tenantId: view.tenantId,
      currency,
      locale,
      idempotencyKey,
    });
    if (!read.ok) {
      setErrors(read.errors);
      setFailure({ message: 'Check the highlighted fields.', code: null, suggestion: null });
      if (read.errors.amount) amountRef.current?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    record.mutate(read.input);
  };
  const amount = readAmount(draft.amount, currency, locale);
  const previewRequest =
    leaseId && amount.ok && /^\d{4}-\d{2}-\d{2}$/.test(draft.receivedOn)
      ? { leaseId, amountMinor: amount.amountMinor, receivedOn: draft.receivedOn }
      : null;

  return (
    <Dialog.Root
      open={view.paymentOpen}
      onOpenChange={(open) => (open ? undefined : view.closePayment())}
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
            <Dialog.Title className="ek:dialog-title">Record payment</Dialog.Title>
            <Dialog.Description className="ek:text-muted-foreground">
              {lease
                ? `${leasePremises(lease)}${lease.tenants.length ? ` · ${lease.tenants.map((t) => t.name).join(', ')}` : ''}. `
                : ''}
              The payment is applied to open charges by the lease’s allocation policy; a receipt is
              issued.
            </Dialog.Description>
            <form
              noValidate
              onSubmit={onSubmit}
              className="ek:form-grid"
              aria-busy={record.isPending || undefined}
            >
              <LedgerViewField label={`Amount (${currency})`} error={errors.amount}>
                {(control) => (
                  <input
                    {...control}
                    ref={amountRef}
                    name="amount"
                    inputMode="decimal"
                    autoComplete="off"
                    className="ek:input ek:input-full"
                    value={draft.amount}
                    onChange={(event) => change('amount')(event.currentTarget.value)}
                  />
                )}
              </LedgerViewField>
              <LedgerViewField label="Method" error={errors.method}>
                {(control) => (
                  <select
                    {...control}
                    name="method"
                    className="ek:input ek:input-full"
                    value={draft.method}
                    onChange={(event) =>
                      change('method')(event.currentTarget.value as PaymentMethod)
                    }
                  >
                    {paymentMethods.map((method) => (
                      <option key={method} value={method}>
                        {paymentMethodLabels[method]}
                      </option>
                    ))}
                  </select>
                )}
              </LedgerViewField>
              <LedgerViewField label="Reference" error={errors.reference}>
                {(control) => (
                  <input
                    {...control}
                    name="reference"
                    maxLength={120}
                    autoComplete="off"
                    className="ek:input ek:input-full"
                    value={draft.reference}
                    onChange={(event) => change('reference')(event.currentTarget.value)}
                  />
                )}
              </LedgerViewField>
              <LedgerViewField label="Received on" error={errors.receivedOn}>
                {(control) => (
                  <input
                    {...control}
                    name="receivedOn"
                    type="date"
                    className="ek:input ek:input-full"
                    value={draft.receivedOn}
                    onChange={(event) => change('receivedOn')(event.currentTarget.value)}
                  />
                )}
              </LedgerViewField>
              <LedgerViewField label="Note" error={errors.note} className="ek:form-wide">
                {(control) => (
                  <textarea
                    {...control}
                    name="note"
                    rows={2}
                    maxLength={500}
                    className="ek:textarea"
                    value={draft.note}
                    onChange={(event) => change('note')(event.currentTarget.value)}
                  />
                )}
              </LedgerViewField>
              <div className="ek:form-wide">
                <LedgerViewPaymentPreview
                  request={previewRequest}
                  debounceMs={view.previewDebounceMs}
                />
              </div>
              {failure && (
                <div role="alert" {...errorSlot} data-code={failure.code ?? undefined}>
                  <p>{failure.message}</p>
                  {failure.suggestion && <p>{failure.suggestion}</p>}
                </div>
              )}
              <div className="ek:flex ek:justify-end ek:gap-2 ek:form-wide">
                <Dialog.Close className="ek:btn">Cancel</Dialog.Close>
                <button
                  type="submit"
                  className="ek:btn ek:btn-primary"
                  aria-disabled={record.isPending || undefined}
                >
                  {record.isPending ? 'Recording…' : 'Record payment'}
                </button>
              </div>
            </form>
          </Dialog.Content>
        </EstateKitRoot>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
