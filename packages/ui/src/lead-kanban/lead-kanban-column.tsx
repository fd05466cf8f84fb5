import { useDroppable } from '@dnd-kit/core';
import type { LeadDto } from '@estatekit/domain';
import { type ComponentProps, useId, useMemo, useState } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import type { LeadKanbanColumnModel } from './lead-kanban-board.utils';
import { LeadKanbanCard } from './lead-kanban-card';
import { LeadKanbanCardList } from './lead-kanban-card-list';
import { useLeadKanban } from './lead-kanban-context';

/** Props of {@link LeadKanbanColumn}. */
export interface LeadKanbanColumnProps extends Omit<ComponentProps<'section'>, 'children'> {
  column: LeadKanbanColumnModel;
  /** The lead being dragged, kept rendered even when scrolled out of view. */
  activeLeadId?: string | null | undefined;
}

/**
 * One stage (`<section data-slot="lead-kanban-column" data-stage-key data-stage-kind
 * data-state="over">` while a card is dragged over it; a drop target): a header with the stage's
 * name, its lead count and the sum of its leads' budgets (the API's figures over every match,
 * whole units of the board's currency), and its cards in a scrolling list
 * (`data-slot="lead-kanban-column-viewport"`; long columns render only the cards in view).
 */
export function LeadKanbanColumn({ column, activeLeadId, ...props }: LeadKanbanColumnProps) {
  const board = useLeadKanban();
  const { stage } = column;
  const { setNodeRef, isOver } = useDroppable({ id: stage.key, data: { stageKey: stage.key } });
  const headingId = useId();
  // State, not a ref: the virtualized list needs a re-render once its scroll element exists.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const slot = useSlotProps('lead-kanban-column', 'ek:kanban-column', props);
  const header = useSlotProps('lead-kanban-column-header', 'ek:kanban-column-header', {});
  const viewport = useSlotProps('lead-kanban-column-viewport', 'ek:kanban-column-viewport', {});
  const list = useSlotProps('lead-kanban-column-list', 'ek:kanban-list', {});
  const { focusRequest, problems, actions, formatters, now } = board;
  const stages = board.pipeline?.stages ?? [];
  const focus = focusRequest?.stageKey === stage.key ? focusRequest : null;
  const pinnedLeadIds = useMemo(
    () => [activeLeadId, focus?.leadId].filter((id): id is string => typeof id === 'string'),
    [activeLeadId, focus?.leadId],
  );
  const renderCard = (
    lead: LeadDto,
    index: number,
    top?: number,
    measureRef?: (element: HTMLElement | null) => void,
  ) => (
    <LeadKanbanCard
      key={lead.id}
      lead={lead}
      stages={stages}
      formatters={formatters}
      now={now}
      problem={problems.get(lead.id) ?? null}
      focusSeq={focus?.leadId === lead.id ? focus.seq : 0}
      actions={actions}
      position={index + 1}
      setSize={Math.max(column.count, column.leads.length)}
      top={top}
      measureRef={measureRef}
    />
  );
  return (
    <section
      {...slot}
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-stage-key={stage.key}
      data-stage-kind={stage.kind}
      data-state={isOver ? 'over' : undefined}
    >
      <header {...header}>
        <h3 id={headingId} className="ek:kanban-column-title">
          {stage.name}
        </h3>
        <p className="ek:kanban-column-figures">
          <span data-slot="lead-kanban-column-count" className="ek:tabular">
            {formatters.leadCount(column.count)}
          </span>
          <span data-slot="lead-kanban-column-budget" className="ek:tabular">
            <span className="ek:sr-only">Total budget </span>
            {formatters.price(column.budgetTotal, board.currency)}
          </span>
        </p>
      </header>
      <div {...viewport} ref={setScrollElement}>
        <LeadKanbanCardList
          {...list}
          aria-labelledby={headingId}
          leads={column.leads}
          renderCard={renderCard}
          pinnedLeadIds={pinnedLeadIds}
          scrollToLeadId={focus?.leadId ?? null}
          threshold={board.virtualizeThreshold}
          scrollElement={scrollElement}
        />
      </div>
    </section>
  );
}
