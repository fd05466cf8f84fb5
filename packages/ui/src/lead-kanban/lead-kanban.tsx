import type { LeadDto } from '@estatekit/domain';
import { type ComponentProps, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { createCrmFormatters } from '../lib/crm-format.utils';
import { whenIdle } from '../lib/load-on-demand';
import { useControllableState } from '../lib/use-controllable-state';
import { useLeadChanges } from '../lib/use-lead-changes';
import { useEstateKitSettings } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { LeadKanbanBoard } from './lead-kanban-board';
import {
  LeadKanbanContext,
  type LeadKanbanContextValue,
  type LeadKanbanFilters,
} from './lead-kanban-context';
import {
  LeadKanbanDetailDialog,
  LeadKanbanQuickAddDialog,
  LeadKanbanReasonDialog,
  prefetchLeadKanbanOverlays,
} from './lead-kanban-overlays.lazy';
import { LeadKanbanEmpty, LeadKanbanError } from './lead-kanban-states';
import { LeadKanbanToolbar } from './lead-kanban-toolbar';
import { useLeadKanbanActions } from './use-lead-kanban-actions';
import { useLeadKanbanData } from './use-lead-kanban-data';

/** Props of {@link LeadKanban}; other props go to the widget root `<div>`. */
export interface LeadKanbanProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The pipeline to show (`pipelines.byKey`); default the org's default pipeline. */
  pipelineKey?: string;
  /** Controlled filters (agent id or `'unassigned'`, text); `undefined` leaves them to the board. */
  filters?: LeadKanbanFilters;
  defaultFilters?: LeadKanbanFilters;
  onFiltersChange?: (filters: LeadKanbanFilters) => void;
  /**
   * Whether the caller may reassign leads (`leads.assign`, managers and owners). `undefined`
   * (default): the detail dialog offers it and, if the API answers FORBIDDEN, shows that message
   * instead from then on. `false` hides it.
   */
  canAssign?: boolean;
  /** Follow other people's changes live (`leads.onChange` over SSE; default true). */
  live?: boolean;
  /** Quiet time after a burst of live changes before refetching, milliseconds (default 200). */
  liveDebounceMs?: number;
  /** Milliseconds to wait after typing before searching (default 300). */
  textDebounceMs?: number;
  /** Columns with more cards than this render only those in view (default 40). */
  virtualizeThreshold?: number;
  /** Leads loaded at most (the API allows 1–2000; default 2000). Counts and sums cover all. */
  limit?: number;
  /** The clock due states are computed against (default: now, refreshed every minute). */
  now?: Date;
  /** Your own arrangement of parts; by default toolbar, states, board and dialogs. */
  children?: ReactNode;
}

/** The current time, refreshed every minute (or the fixed `now`). */
function useMinuteClock(fixed: Date | undefined): number {
  const [now, setNow] = useState(() => fixed?.getTime() ?? Date.now());
  useEffect(() => {
    if (fixed) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [fixed]);
  return fixed?.getTime() ?? now;
}

const noFilters: LeadKanbanFilters = {};

/**
 * A sales pipeline as a kanban board: a column per stage of `pipelines.byKey` with its lead
 * count and budget sum, the leads of `leads.list` as cards (heat, assignee, next task and
 * whether it is overdue, due today or upcoming). Leads move by drag and drop (pointer or
 * keyboard) or by each card's "Move to…" menu: the card moves at once and goes back, with the
 * API's reasons next to it, if the pipeline's rules refuse (or, when someone else changed the
 * lead first, after a refetch). Filters by agent and text; "Add lead" (`leads.create`); a
 * card opens the lead (activities, tasks, logging an activity, reassigning). Other people's
 * changes arrive live (`leads.onChange`). Long columns render only the cards in view.
 *
 * Renders a themed widget root (`data-slot="lead-kanban"`, `data-state="loading|error|empty|
 * ready"`, `data-fetching`). Must be inside `<EstateKitProvider>` whose credential may read
 * leads (an embed token for the `lead-kanban` widget, or a staff key). The menu, the dialogs
 * and the virtualizer download on demand.
 */
export function LeadKanban(props: LeadKanbanProps) {
  const {
    pipelineKey,
    filters,
    defaultFilters,
    onFiltersChange,
    canAssign,
    live = true,
    liveDebounceMs = 200,
    textDebounceMs = 300,
    virtualizeThreshold = 40,
    limit = 2000,
    now: fixedNow,
    children,
    ...rootProps
  } = props;
  const { locale, currency } = useEstateKitSettings();
  const [filterValue, setFilters] = useControllableState({
    prop: filters,
    defaultProp: defaultFilters ?? noFilters,
    onChange: onFiltersChange,
  });
  const data = useLeadKanbanData({
    pipelineKey,
    filters: filterValue,
    limit,
    fallbackCurrency: currency,
  });
  const leads = useMemo(() => {
    const byId = new Map<string, LeadDto>();
    for (const column of data.columns) for (const lead of column.leads) byId.set(lead.id, lead);
    return byId;
  }, [data.columns]);
  const latest = useRef({ leads, transitions: data.pipeline?.transitions ?? [] });
  latest.current = { leads, transitions: data.pipeline?.transitions ?? [] };
  const board = useLeadKanbanActions({
    leads: () => latest.current.leads,
    transitions: () => latest.current.transitions,
  });
  useLeadChanges({
    enabled: live,
    pipelineKey,
    debounceMs: liveDebounceMs,
    isBusy: board.isMoving,
    invalidate: (trpc) => [trpc.leads.pathKey(), trpc.agents.workload.pathKey()],
  });
  const ready = data.state === 'ready';
  useEffect(() => (ready ? whenIdle(prefetchLeadKanbanOverlays) : undefined), [ready]);

  const formatters = useMemo(() => createCrmFormatters(locale), [locale]);
  const now = useMinuteClock(fixedNow);
  const [assignRefusal, setAssignRefusal] = useState<string | null>(null);
  const value: LeadKanbanContextValue = {
    ...data,
    ...board,
    filters: filterValue,
    setFilters,
    formatters,
    now,
    canAssign,
    assignRefusal,
    setAssignRefusal,
    virtualizeThreshold,
    textDebounceMs,
  };
  const slotProps = useSlotProps('lead-kanban', 'ek-lead-kanban', rootProps);
  return (
    <LeadKanbanContext.Provider value={value}>
      <EstateKitRoot
        {...slotProps}
        data-state={data.state}
        data-fetching={data.isFetching || undefined}
      >
        {children ?? (
          <>
            <LeadKanbanToolbar />
            <LeadKanbanError />
            <LeadKanbanEmpty />
            {data.state !== 'error' && <LeadKanbanBoard />}
            <LeadKanbanDetailDialog />
            <LeadKanbanQuickAddDialog />
            <LeadKanbanReasonDialog />
          </>
        )}
      </EstateKitRoot>
    </LeadKanbanContext.Provider>
  );
}
