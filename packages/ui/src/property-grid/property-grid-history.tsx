import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { useSlotProps } from '../provider/use-slot-props';
import { usePropertyGrid } from './property-grid-context';
import { describeActor, describeAuditEntry } from './property-grid-detail.utils';

/**
 * A listing's status history from `properties.history` (oldest first), as a labelled list
 * (`data-slot="property-grid-detail-history"`): what changed, when (locale date and time),
 * who, and why. Loading, error (the API's message, with retry) and empty states are text.
 * Exported as is from `@estatekit/ui/property-grid-dialog`; `@estatekit/ui/property-grid`
 * exports a wrapper that loads it on demand with the detail dialog.
 */
export function PropertyGridHistory({ listingKey }: { listingKey: string }) {
  const { trpc } = useEstateKit();
  const { formatters } = usePropertyGrid();
  const headingId = useId();
  const query = useQuery(trpc.properties.history.queryOptions({ listingKey }));
  const slot = useSlotProps('property-grid-detail-history', 'ek:flex ek:flex-col ek:gap-2', {});
  return (
    <section aria-labelledby={headingId} aria-busy={query.isFetching || undefined} {...slot}>
      <h3 id={headingId} className="ek:weight-600">
        Status history
      </h3>
      {query.isPending && <p className="ek:text-muted-foreground">Loading history…</p>}
      {query.isError && (
        <div role="alert" className="ek:flex ek:flex-col ek:gap-2 ek:items-start">
          <p>{describeApiError(query.error).message}</p>
          <button type="button" className="ek:btn" onClick={() => void query.refetch()}>
            Retry
          </button>
        </div>
      )}
      {query.data?.length === 0 && (
        <p className="ek:text-muted-foreground">No changes recorded yet.</p>
      )}
      {query.data && query.data.length > 0 && (
        <ol className="ek:history">
          {query.data.map((entry) => (
            <li key={`${entry.at}-${entry.action}-${entry.to ?? ''}`} className="ek:history-entry">
              <span className="ek:weight-600">{describeAuditEntry(entry)}</span>
              <span className="ek:text-muted-foreground">
                <time dateTime={entry.at}>{formatters.dateTime(entry.at)}</time>
                {` · ${describeActor(entry.actor)}`}
              </span>
              {entry.reason && <span>{entry.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
