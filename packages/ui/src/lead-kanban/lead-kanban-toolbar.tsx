import { type ComponentProps, useEffect, useId, useState } from 'react';
import { composeEventHandlers } from '../lib/compose-event-handlers';
import { useDebouncedCallback } from '../lib/use-debounced-callback';
import { useSlotProps } from '../provider/use-slot-props';
import { useLeadKanban } from './lead-kanban-context';

/**
 * The row above the board (`data-slot="lead-kanban-toolbar"`): by default the filters, the
 * lead count and the "Add lead" button. Pass children to arrange them yourself.
 */
export function LeadKanbanToolbar({ children, ...props }: ComponentProps<'div'>) {
  const slot = useSlotProps(
    'lead-kanban-toolbar',
    'ek:flex ek:flex-wrap ek:items-end ek:justify-between ek:gap-3',
    props,
  );
  return (
    <div {...slot}>
      {children ?? (
        <>
          <LeadKanbanFilterBar />
          <div className="ek:flex ek:items-center ek:gap-3">
            <LeadKanbanCount />
            <LeadKanbanAddButton />
          </div>
        </>
      )}
    </div>
  );
}

/**
 * How many leads match ("124 leads"; "Showing 2,000 of 2,345 leads" past the load limit) as a
 * polite live region (`role="status"`), so a new filter's result is announced.
 */
export function LeadKanbanCount({ children, ...props }: ComponentProps<'p'>) {
  const { total, loaded, state, formatters } = useLeadKanban();
  const slot = useSlotProps('lead-kanban-count', 'ek:text-muted-foreground ek:tabular', props);
  const text =
    state === 'error'
      ? ''
      : total === null
        ? 'Loading leads…'
        : loaded < total
          ? `Showing ${formatters.integer(loaded)} of ${formatters.leadCount(total)}`
          : formatters.leadCount(total);
  return (
    <p role="status" aria-live="polite" aria-atomic="true" {...slot}>
      {children ?? text}
    </p>
  );
}

/**
 * The filters (`data-slot="lead-kanban-filters"`): an agent select ("All agents", "Unassigned",
 * then the agents of `agents.workload`) and a search box over names, emails and phones, sent
 * after a pause in typing (the board's `textDebounceMs`) or on Enter.
 */
export function LeadKanbanFilterBar(props: ComponentProps<'div'>) {
  const { filters, setFilters, agents, textDebounceMs } = useLeadKanban();
  const slot = useSlotProps(
    'lead-kanban-filters',
    'ek:flex ek:flex-wrap ek:items-end ek:gap-3',
    props,
  );
  const agentSlot = useSlotProps('lead-kanban-filter-agent', 'ek:input', {});
  const textSlot = useSlotProps('lead-kanban-filter-text', 'ek:input', {});
  const agentId = useId();
  const textId = useId();
  const [draft, setDraft] = useState(filters.text ?? '');
  useEffect(() => setDraft(filters.text ?? ''), [filters.text]);
  const commit = useDebouncedCallback((text: string) => {
    const next = text.trim();
    if (next !== (filters.text ?? '')) setFilters({ ...filters, text: next || undefined });
  }, textDebounceMs);
  return (
    <div {...slot}>
      <div className="ek:flex ek:flex-col ek:gap-1">
        <label htmlFor={agentId} className="ek:label">
          Agent
        </label>
        <select
          {...agentSlot}
          id={agentId}
          value={filters.assignee ?? ''}
          onChange={(event) =>
            setFilters({ ...filters, assignee: event.currentTarget.value || undefined })
          }
        >
          <option value="">All agents</option>
          <option value="unassigned">Unassigned</option>
          {agents.map((agent) => (
            <option key={agent.agentId} value={agent.agentId}>
              {agent.name}
            </option>
          ))}
        </select>
      </div>
      <div className="ek:flex ek:flex-col ek:gap-1">
        <label htmlFor={textId} className="ek:label">
          Search leads
        </label>
        <input
          {...textSlot}
          id={textId}
          type="search"
          autoComplete="off"
          placeholder="Name, email or phone"
          value={draft}
          maxLength={100}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            commit.run(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit.flush();
          }}
        />
      </div>
    </div>
  );
}

/** "Add lead": opens the quick-add dialog (`data-slot="lead-kanban-add-button"`). */
export function LeadKanbanAddButton({ onClick, children, ...props }: ComponentProps<'button'>) {
  const { setQuickAddOpen, actions } = useLeadKanban();
  const slot = useSlotProps('lead-kanban-add-button', 'ek:btn ek:btn-primary', props);
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      {...slot}
      onPointerEnter={actions.prefetchOverlays}
      onClick={composeEventHandlers(onClick, (event) => setQuickAddOpen(true, event.currentTarget))}
    >
      {children ?? 'Add lead'}
    </button>
  );
}
