import type { AgentWorkload } from '@estatekit/domain';
import type { CSSProperties } from 'react';
import type { CrmFormatters } from '../lib/crm-format.utils';
import { useSlotProps } from '../provider/use-slot-props';
import { agentAvailability, agentAvailabilityLabels } from './agent-workload.utils';

/** Numbers sit at the end of their cell (cells themselves are guarded to `text-align: start`). */
const end = 'ek:block ek:text-end ek:tabular';

/** A missing value: a dash on screen, "not available" for screen readers. */
function Missing() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="ek:sr-only">not available</span>
    </>
  );
}

/**
 * One agent (`<tr data-slot="agent-workload-row" data-agent-id data-availability
 * data-overdue>`): name and email as the row header, availability as a badge, active leads (of
 * the cap), overdue tasks, score with a bar of `load` (0–1 of the busiest agent's score) and the
 * 90-day conversion rate.
 */
export function AgentWorkloadTableRow(props: {
  agent: AgentWorkload;
  load: number;
  formatters: CrmFormatters;
}) {
  const { agent, load, formatters } = props;
  const availability = agentAvailability(agent);
  const row = useSlotProps('agent-workload-row', 'ek:workload-row', {});
  const cell = useSlotProps('agent-workload-cell', 'ek:workload-cell', {});
  const availabilitySlot = useSlotProps('agent-workload-availability', 'ek:badge', {});
  const score = useSlotProps('agent-workload-score', 'ek:workload-score', {});
  const barStyle = { '--ek-load': `${Math.round(load * 100)}%` } as CSSProperties;
  return (
    <tr
      {...row}
      data-agent-id={agent.agentId}
      data-availability={availability}
      data-overdue={agent.overdueTasks > 0 || undefined}
    >
      <th scope="row" {...cell}>
        <span className="ek:flex ek:flex-col">
          <span className="ek:weight-600">{agent.name}</span>
          {agent.email && <span className="ek:text-muted-foreground">{agent.email}</span>}
        </span>
      </th>
      <td {...cell}>
        <span {...availabilitySlot} data-availability={availability}>
          {agentAvailabilityLabels[availability]}
        </span>
      </td>
      <td {...cell} data-align="end">
        <span className={end}>
          {formatters.integer(agent.activeLeads)}
          {agent.maxActiveLeads !== null && (
            <span className="ek:text-muted-foreground">
              {' '}
              of {formatters.integer(agent.maxActiveLeads)}
            </span>
          )}
        </span>
      </td>
      <td {...cell} data-align="end" data-overdue={agent.overdueTasks > 0 || undefined}>
        <span className={end}>{formatters.integer(agent.overdueTasks)}</span>
      </td>
      <td {...cell} data-align="end">
        <span className={end}>
          <span {...score}>
            <span aria-hidden="true" className="ek:workload-bar" style={barStyle} />
            {formatters.score(agent.score)}
          </span>
        </span>
      </td>
      <td {...cell} data-align="end">
        <span className={end}>
          {agent.conversionRate === null ? <Missing /> : formatters.percent(agent.conversionRate)}
        </span>
      </td>
    </tr>
  );
}
