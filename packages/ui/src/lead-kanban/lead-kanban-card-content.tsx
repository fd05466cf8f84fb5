import type { LeadDto } from '@estatekit/domain';
import { type CSSProperties, memo } from 'react';
import type { CrmFormatters } from '../lib/crm-format.utils';
import { leadBudget } from './lead-kanban-board.utils';
import { dueState, dueStateLabels, heatLevel } from './lead-kanban-card.utils';

/** Props of {@link LeadKanbanCardContent}. */
export interface LeadKanbanCardContentProps {
  lead: LeadDto;
  formatters: CrmFormatters;
  /** Epoch milliseconds the due state is computed against. */
  now: number;
}

/**
 * What a card says about a lead, as plain text and decoration (no controls, so it can sit in
 * the card's drag handle and in the drag preview): the name; the heat 0–100 as a bar and as
 * text ("Heat 82, hot"); the assignee or "Unassigned"; the budget (its maximum, else its
 * minimum, whole units of the lead's currency); the next task with its due state ("Overdue",
 * "Due today", "Upcoming") and time. Colours come from `data-heat` / `data-due` and the theme.
 * Memoized: dnd-kit re-renders every mounted card when a drag starts or changes stage, and this
 * content re-renders only when the lead, the locale or the minute changes.
 */
export const LeadKanbanCardContent = memo(function LeadKanbanCardContent({
  lead,
  formatters,
  now,
}: LeadKanbanCardContentProps) {
  const level = heatLevel(lead.heat);
  const task = lead.nextTask;
  const due = task ? dueState(task, now) : null;
  const budget = leadBudget(lead);
  const heatStyle = { '--ek-heat': `${Math.min(100, Math.max(0, lead.heat))}%` } as CSSProperties;
  return (
    <>
      <span data-slot="lead-kanban-card-name" className="ek:kanban-card-name">
        {lead.fullName}
      </span>
      <span data-slot="lead-kanban-card-heat" data-heat={level} className="ek:heat">
        <span aria-hidden="true" className="ek:heat-bar" style={heatStyle} />
        <span className="ek:tabular">
          Heat {lead.heat}
          <span className="ek:sr-only">
            {' '}
            of 100, {level}
            {','}
          </span>
        </span>
      </span>
      <span className="ek:kanban-card-meta">
        <span
          data-slot="lead-kanban-card-assignee"
          data-assigned={lead.assigneeId ? '' : undefined}
        >
          {lead.assigneeName ?? 'Unassigned'}
        </span>
        {budget > 0 && (
          <span className="ek:tabular">
            <span className="ek:sr-only">, budget </span>
            {formatters.price(budget, lead.currency)}
          </span>
        )}
      </span>
      {task && (
        <span data-slot="lead-kanban-card-task" data-due={due ?? undefined} className="ek:due">
          <span className="ek:sr-only">, next task: </span>
          <span className="ek:truncate">{task.title}</span>
          {due && (
            <span className="ek:due-label">
              {dueStateLabels[due]}{' '}
              <time dateTime={task.dueAt}>{formatters.due(task.dueAt, due)}</time>
            </span>
          )}
        </span>
      )}
    </>
  );
});
