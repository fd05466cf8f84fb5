import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useDebouncedCallback } from '../lib/use-debounced-callback';
import { useEstateKit } from '../provider/estatekit-context';
import { useSlotProps } from '../provider/use-slot-props';
import { chargeText } from './ledger-text.utils';
import { useLedgerView } from './ledger-view-context';

/** What to preview: a valid amount (minor units) received on an ISO date, or nothing yet. */
export interface PreviewRequest {
  leaseId: string;
  amountMinor: number;
  receivedOn: string;
}

/**
 * How a payment would be applied, before saving (`data-slot="ledger-view-payment-preview"`, a
 * polite live region): `ledger.previewAllocation` is asked `debounceMs` after the amount or
 * date last changed (nothing while they cannot be read). Shows each charge it would pay with
 * the amount and the engine's reason, what would stay as credit, the balance before and after,
 * and, when the lease's acceptance policy would refuse the payment, the API's reason.
 */
export function LedgerViewPaymentPreview(props: {
  request: PreviewRequest | null;
  debounceMs: number;
}) {
  const view = useLedgerView();
  const { trpc } = useEstateKit();
  const [asked, setAsked] = useState<PreviewRequest | null>(null);
  const { run, cancel } = useDebouncedCallback(setAsked, props.debounceMs);
  const { request } = props;
  const keyOf = (r: PreviewRequest | null) =>
    r ? `${r.leaseId}|${r.amountMinor}|${r.receivedOn}` : '';
  const key = keyOf(request);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `request`'s fields.
  useEffect(() => {
    if (request) run(request);
    else {
      cancel();
      setAsked(null);
    }
  }, [key, run, cancel]);
  // While the next amount is previewed, the last preview stays (marked busy) instead of flickering.
  const preview = useQuery({
    ...trpc.ledger.previewAllocation.queryOptions(asked ?? skipToken),
    placeholderData: keepPreviousData,
  });
  // Names of the charges it would pay: the whole ledger (cached when the table is unfiltered).
  const ledger = useQuery(
    trpc.ledger.forLease.queryOptions(request ? { leaseId: request.leaseId } : skipToken),
  );
  const charges = useMemo(
    () => new Map((ledger.data?.entries ?? []).map((entry) => [entry.id, entry])),
    [ledger.data],
  );
  const slot = useSlotProps('ledger-view-payment-preview', 'ek:ledger-preview', {});
  const money = (amountMinor: number) => view.formatters.money(amountMinor, view.currency);
  // Busy from the keystroke until the answer for exactly this request is there.
  const waiting = request !== null && (keyOf(asked) !== key || preview.isFetching);
  const data = request ? preview.data : undefined;

  let content: ReactNode;
  if (!request) {
    content = <p className="ek:text-muted-foreground">Enter an amount to see what it would pay.</p>;
  } else if (preview.isError && !waiting) {
    content = (
      <p className="ek:form-error">
        {describeApiError(preview.error, 'The allocation could not be previewed.').message}
      </p>
    );
  } else if (!data) {
    content = <p className="ek:text-muted-foreground">Working out what it would pay…</p>;
  } else {
    content = (
      <>
        {!data.accepted.accepted && (
          <p className="ek:form-error" data-accepted="false">
            {data.accepted.message ?? 'This lease would not accept this payment.'}
          </p>
        )}
        {data.allocations.length === 0 ? (
          <p>Nothing is due yet: the whole amount would be kept as credit.</p>
        ) : (
          <ol className="ek:ledger-allocation-list">
            {data.allocations.map((allocation) => (
              <li key={allocation.chargeId} className="ek:ledger-allocation">
                <span className="ek:flex ek:flex-wrap ek:justify-between ek:gap-2">
                  <span className="ek:weight-600">
                    {chargeText(charges.get(allocation.chargeId) ?? null, null, view.formatters)}
                    {allocation.paysInFull ? ' · paid in full' : ' · paid in part'}
                  </span>
                  <span className="ek:tabular">{money(allocation.amountMinor)}</span>
                </span>
                <span className="ek:text-muted-foreground">{allocation.reason}</span>
              </li>
            ))}
          </ol>
        )}
        {data.unappliedMinor > 0 && <p>Kept as credit: {money(data.unappliedMinor)}</p>}
        <p className="ek:weight-600">
          Balance after: {money(data.balanceAfterMinor)}{' '}
          <span className="ek:text-muted-foreground">(now {money(data.balanceBeforeMinor)})</span>
        </p>
      </>
    );
  }
  return (
    <section
      aria-label="What this payment would pay"
      aria-live="polite"
      aria-busy={waiting || undefined}
      {...slot}
      data-state={
        !request ? 'idle' : data ? (data.accepted.accepted ? 'ready' : 'refused') : 'loading'
      }
    >
      <p className="ek:label">What it would pay</p>
      {content}
    </section>
  );
}
