import type { ComponentProps } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { usePropertyGrid } from './property-grid-context';

/**
 * Placeholder rows while the first page loads (`data-slot="property-grid-skeleton"`). Hidden
 * from assistive technology: the grid's `aria-busy` and the count ("Loading listings…") say it.
 */
export function PropertyGridSkeleton({ columns, rows = 6 }: { columns: number; rows?: number }) {
  const slot = useSlotProps('property-grid-skeleton', 'ek:grid-body', {});
  return (
    <tbody aria-hidden="true" {...slot}>
      {Array.from({ length: rows }, (_, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <tr key={r} className="ek:grid-row ek:body-row">
          {Array.from({ length: columns }, (_, c) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <td key={c} className="ek:cell">
              <span className="ek:skeleton-bar" />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Shown when no listing matches (`data-slot="property-grid-empty"`), with a button that clears
 * the filters. Children replace the default message.
 */
export function PropertyGridEmpty({ children, ...props }: ComponentProps<'div'>) {
  const { setFilters, filters } = usePropertyGrid();
  const slot = useSlotProps('property-grid-empty', 'ek:message', props);
  const filtered = Object.keys(filters).length > 0;
  return (
    <div {...slot}>
      {children ?? (
        <>
          <p className="ek:weight-600">No listings match these filters.</p>
          {filtered && (
            <button type="button" className="ek:btn" onClick={() => setFilters({})}>
              Clear filters
            </button>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The API's own error message (`role="alert"`, `data-slot="property-grid-error"`), its
 * suggestion and the invalid fields it named, with a Retry button.
 */
export function PropertyGridError(props: ComponentProps<'div'>) {
  const { error, retry, isFetching } = usePropertyGrid();
  const slot = useSlotProps('property-grid-error', 'ek:message', props);
  if (!error) return null;
  return (
    <div role="alert" {...slot} data-code={error.code ?? undefined}>
      <p className="ek:weight-600">{error.message}</p>
      {error.suggestion && <p>{error.suggestion}</p>}
      {error.issues.length > 0 && (
        <ul className="ek:issues">
          {error.issues.map((issue) => (
            <li key={`${issue.path.join('.')}:${issue.message}`}>
              {issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="ek:btn" onClick={retry} disabled={isFetching}>
        {isFetching ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
