import type { ComponentProps } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { hasFilters } from './ledger-format.utils';
import { useLedgerView } from './ledger-view-context';

/**
 * Shown when there is nothing to list (`data-slot="ledger-view-empty"`): with filters, a button
 * that clears them; without, that nothing was charged or paid yet (or, for a tenant, that they
 * have no lease). Children replace the message.
 */
export function LedgerViewEmpty({ children, ...props }: ComponentProps<'div'>) {
  const { state, filters, setFilters, noLeases } = useLedgerView();
  const slot = useSlotProps('ledger-view-empty', 'ek:message', props);
  if (state !== 'empty') return null;
  return (
    <div {...slot}>
      {children ??
        (noLeases ? (
          <p className="ek:weight-600">This tenant has no leases yet.</p>
        ) : hasFilters(filters) ? (
          <>
            <p className="ek:weight-600">No entries match these filters.</p>
            <button type="button" className="ek:btn" onClick={() => setFilters({})}>
              Clear filters
            </button>
          </>
        ) : (
          <p className="ek:weight-600">Nothing has been charged or paid on this lease yet.</p>
        ))}
    </div>
  );
}

/**
 * The API's own message when the ledger could not be loaded (`role="alert"`,
 * `data-slot="ledger-view-error"`, `data-code` = the tRPC code, e.g. FORBIDDEN or NOT_FOUND),
 * its suggestion, and Retry.
 */
export function LedgerViewError(props: ComponentProps<'div'>) {
  const { error, retry, isFetching } = useLedgerView();
  const slot = useSlotProps('ledger-view-error', 'ek:message', props);
  if (!error) return null;
  return (
    <div role="alert" {...slot} data-code={error.code ?? undefined}>
      <p className="ek:weight-600">{error.message}</p>
      {error.suggestion && <p>{error.suggestion}</p>}
      <button type="button" className="ek:btn" onClick={retry} disabled={isFetching}>
        {isFetching ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
