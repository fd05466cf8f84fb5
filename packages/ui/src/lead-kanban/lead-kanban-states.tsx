import type { ComponentProps } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { useLeadKanban } from './lead-kanban-context';

/**
 * Placeholder columns while the pipeline and the first leads load
 * (`data-slot="lead-kanban-skeleton"`). Hidden from assistive technology: the count says
 * "Loading leads…".
 */
export function LeadKanbanSkeleton({ columns = 4 }: { columns?: number }) {
  const slot = useSlotProps('lead-kanban-skeleton', 'ek:kanban-board', {});
  return (
    <div aria-hidden="true" {...slot}>
      {Array.from({ length: columns }, (_, c) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={c} className="ek:kanban-column">
          <div className="ek:kanban-column-header">
            <span className="ek:skeleton-bar" />
          </div>
          {[0, 1, 2].map((card) => (
            <div key={card} className="ek:kanban-card-body ek:kanban-card-handle">
              <span className="ek:skeleton-bar" />
              <span className="ek:skeleton-bar" />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/**
 * Shown when no lead matches (`data-slot="lead-kanban-empty"`): with filters, a button that
 * clears them; without, an invitation to add the first lead. Children replace the message.
 */
export function LeadKanbanEmpty({ children, ...props }: ComponentProps<'div'>) {
  const { filters, setFilters, state } = useLeadKanban();
  const slot = useSlotProps('lead-kanban-empty', 'ek:message', props);
  if (state !== 'empty') return null;
  const filtered = Boolean(filters.assignee || filters.text?.trim());
  return (
    <div {...slot}>
      {children ??
        (filtered ? (
          <>
            <p className="ek:weight-600">No leads match these filters.</p>
            <button type="button" className="ek:btn" onClick={() => setFilters({})}>
              Clear filters
            </button>
          </>
        ) : (
          <p className="ek:weight-600">No leads in this pipeline yet.</p>
        ))}
    </div>
  );
}

/**
 * The API's own message when the pipeline or the leads could not be loaded (`role="alert"`,
 * `data-slot="lead-kanban-error"`, `data-code` = the tRPC code), its suggestion, and Retry.
 */
export function LeadKanbanError(props: ComponentProps<'div'>) {
  const { error, retry, isFetching } = useLeadKanban();
  const slot = useSlotProps('lead-kanban-error', 'ek:message', props);
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
