import type { AgentWorkload, LeadListInput } from '@estatekit/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { buildColumns } from './lead-kanban-board.utils';
import type { LeadKanbanFilters, LeadKanbanState } from './lead-kanban-context';

const noAgents: AgentWorkload[] = [];

/**
 * The `leads.list` input of a board: its pipeline, the filters (a blank text is left out) and
 * how many leads to load at most (the API allows 1–2000).
 */
export function leadListInputOf(
  pipelineKey: string | undefined,
  filters: LeadKanbanFilters,
  limit: number,
): LeadListInput {
  const text = filters.text?.trim();
  return {
    ...(pipelineKey ? { pipelineKey } : {}),
    ...(filters.assignee ? { assignee: filters.assignee } : {}),
    ...(text ? { text } : {}),
    limit,
  };
}

/**
 * What a board shows: the pipeline (`pipelines.byKey`), the leads matching the filters with the
 * per-stage counts and budget sums (`leads.list`, the previous answer kept on screen while a new
 * filter loads), the columns built from both, and the agents (`agents.workload`) for the agent
 * filter. An agent list the caller may not read is treated as empty, not as an error.
 */
export function useLeadKanbanData(options: {
  pipelineKey: string | undefined;
  filters: LeadKanbanFilters;
  limit: number;
  fallbackCurrency: string;
}) {
  const { trpc } = useEstateKit();
  const { pipelineKey, filters, limit } = options;
  const pipelineQuery = useQuery(
    trpc.pipelines.byKey.queryOptions(pipelineKey ? { key: pipelineKey } : {}, {
      staleTime: 5 * 60_000,
    }),
  );
  const input = useMemo(
    () => leadListInputOf(pipelineKey, filters, limit),
    [pipelineKey, filters, limit],
  );
  const listQuery = useQuery(
    trpc.leads.list.queryOptions(input, { placeholderData: keepPreviousData }),
  );
  const agentsQuery = useQuery(trpc.agents.workload.queryOptions(undefined, { retry: false }));

  const pipelineData = pipelineQuery.data;
  const pipeline = useMemo(
    () =>
      pipelineData
        ? {
            key: pipelineData.key,
            name: pipelineData.name,
            stages: pipelineData.stages,
            transitions: pipelineData.transitions,
          }
        : null,
    [pipelineData],
  );
  const list = listQuery.data;
  const columns = useMemo(() => buildColumns(pipeline?.stages ?? [], list), [pipeline, list]);
  const failed = pipelineQuery.error ?? listQuery.error;
  const state: LeadKanbanState = failed
    ? 'error'
    : !pipeline || !list
      ? 'loading'
      : list.total === 0
        ? 'empty'
        : 'ready';
  const { refetch: refetchPipeline } = pipelineQuery;
  const { refetch: refetchList } = listQuery;
  return {
    state,
    isFetching: pipelineQuery.isFetching || listQuery.isFetching,
    error: failed ? describeApiError(failed, 'Something went wrong while loading leads.') : null,
    retry: () => {
      if (pipelineQuery.isError) void refetchPipeline();
      void refetchList();
    },
    pipeline,
    columns,
    total: list?.total ?? null,
    loaded: list?.items.length ?? 0,
    currency: list?.currency ?? options.fallbackCurrency,
    agents: agentsQuery.data ?? noAgents,
  };
}
