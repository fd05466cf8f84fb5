import { useQuery } from '@tanstack/react-query';
import { type ComponentProps, type ReactNode, useMemo } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { createCrmFormatters } from '../lib/crm-format.utils';
import { useLeadChanges } from '../lib/use-lead-changes';
import { useEstateKit } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { type AgentWorkloadOrder, orderAgents, relativeLoad } from './agent-workload.utils';
import { AgentWorkloadTableRow } from './agent-workload-row';

/** Props of {@link AgentWorkload}; other props go to the widget root `<div>`. */
export interface AgentWorkloadProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** Row order: workload score ascending (default; the next lead goes to the lowest) or name. */
  orderBy?: AgentWorkloadOrder;
  /** Refresh when leads change (`leads.onChange` over SSE; default true). */
  live?: boolean;
  /** Quiet time after a burst of lead changes before refetching, milliseconds (default 200). */
  liveDebounceMs?: number;
  /** The table's caption (default "Agent workload"). */
  caption?: ReactNode;
}

const columns = [
  'Agent',
  'Availability',
  'Active leads',
  'Overdue tasks',
  'Workload score',
  'Conversion rate (90 days)',
] as const;

/**
 * The org's agents and how loaded they are, from `agents.workload`: a table
 * (`data-slot="agent-workload-table"`) with each agent's availability now (available, away,
 * outside working hours, inactive), active leads (of their maximum when capped), overdue
 * tasks, workload score ((2 × active + pending + 3 × overdue) / capacity weight, with a bar
 * relative to the busiest agent) and 90-day conversion rate (won ÷ closed; "—" with nothing
 * closed). Rows carry `data-agent-id`, `data-availability` and `data-overdue`. Refreshes live
 * when leads change. Renders a themed widget root (`data-slot="agent-workload"`,
 * `data-state="loading|error|empty|ready"`); the API's message (with Retry) when it refuses.
 * Must be inside `<EstateKitProvider>` whose credential may read leads.
 */
export function AgentWorkload(props: AgentWorkloadProps) {
  const {
    orderBy = 'score',
    live = true,
    liveDebounceMs = 200,
    caption = 'Agent workload',
    ...rootProps
  } = props;
  const { trpc, locale } = useEstateKit();
  const query = useQuery(trpc.agents.workload.queryOptions());
  useLeadChanges({
    enabled: live,
    debounceMs: liveDebounceMs,
    invalidate: (api) => [api.agents.workload.pathKey()],
  });
  const formatters = useMemo(() => createCrmFormatters(locale), [locale]);
  const agents = useMemo(
    () => orderAgents(query.data ?? [], orderBy, locale),
    [query.data, orderBy, locale],
  );
  const highest = Math.max(0, ...agents.map((a) => a.score));
  const state = query.isError
    ? 'error'
    : query.data === undefined
      ? 'loading'
      : agents.length === 0
        ? 'empty'
        : 'ready';
  const slotProps = useSlotProps('agent-workload', 'ek-agent-workload', rootProps);
  const table = useSlotProps('agent-workload-table', 'ek:workload-table', {});
  const header = useSlotProps('agent-workload-header', 'ek:workload-header', {});
  const captionSlot = useSlotProps('agent-workload-caption', 'ek:workload-caption', {});
  const error = useSlotProps('agent-workload-error', 'ek:message', {});
  const empty = useSlotProps('agent-workload-empty', 'ek:message', {});
  const skeleton = useSlotProps('agent-workload-skeleton', '', {});
  return (
    <EstateKitRoot {...slotProps} data-state={state} data-fetching={query.isFetching || undefined}>
      {state === 'error' ? (
        <div role="alert" {...error} data-code={describeApiError(query.error).code ?? undefined}>
          <p className="ek:weight-600">
            {describeApiError(query.error, 'The agents could not be loaded.').message}
          </p>
          <button type="button" className="ek:btn" onClick={() => void query.refetch()}>
            Retry
          </button>
        </div>
      ) : (
        <table {...table} aria-busy={state === 'loading' || undefined}>
          <caption {...captionSlot}>{caption}</caption>
          <thead {...header}>
            <tr>
              {columns.map((name, index) => (
                <th key={name} scope="col" data-align={index >= 2 ? 'end' : undefined}>
                  <span className={index >= 2 ? 'ek:block ek:text-end' : undefined}>{name}</span>
                </th>
              ))}
            </tr>
          </thead>
          {state === 'loading' ? (
            <tbody aria-hidden="true" {...skeleton}>
              {[0, 1, 2].map((row) => (
                <tr key={row}>
                  {columns.map((name) => (
                    <td key={name}>
                      <span className="ek:skeleton-bar" />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ) : (
            <tbody>
              {agents.map((agent) => (
                <AgentWorkloadTableRow
                  key={agent.agentId}
                  agent={agent}
                  load={relativeLoad(agent.score, highest)}
                  formatters={formatters}
                />
              ))}
            </tbody>
          )}
        </table>
      )}
      {state === 'empty' && (
        <p {...empty}>No agents yet. Agents appear here once they can be assigned leads.</p>
      )}
    </EstateKitRoot>
  );
}
