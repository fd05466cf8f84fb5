import { useDraggable } from '@dnd-kit/core';
import type { LeadDto } from '@estatekit/domain';
import { type KeyboardEvent, memo, useEffect, useRef } from 'react';
import { cn } from '../lib/cn';
import type { CrmFormatters } from '../lib/crm-format.utils';
import { useSlotProps } from '../provider/use-slot-props';
import type { LeadKanbanStage } from './lead-kanban-board.utils';
import { dueState, heatLevel } from './lead-kanban-card.utils';
import { LeadKanbanCardContent } from './lead-kanban-card-content';
import type { LeadKanbanActions } from './lead-kanban-context';
import type { LeadMoveProblem } from './lead-kanban-move.utils';
import { LeadKanbanMoveMenu } from './lead-kanban-overlays.lazy';

/** Props of {@link LeadKanbanCard}: plain values and stable callbacks, so it memoizes well. */
export interface LeadKanbanCardProps {
  lead: LeadDto;
  /** The pipeline's stages, for the "Move to…" menu. */
  stages: readonly LeadKanbanStage[];
  formatters: CrmFormatters;
  /** Epoch milliseconds due states are computed against. */
  now: number;
  /** Why the last move of this lead failed, shown next to it until dismissed. */
  problem: LeadMoveProblem | null;
  /** Non-zero: take focus (a keyboard or menu move brought the card here). */
  focusSeq: number;
  actions: LeadKanbanActions;
  /** 1-based position in the column and the column's size, for assistive technology. */
  position: number;
  setSize: number;
  /** Virtualized lists: the card's offset from the top of the list, px. */
  top?: number | undefined;
  /** Virtualized lists: measures the card's height. */
  measureRef?: ((element: HTMLElement | null) => void) | undefined;
}

/**
 * One lead (`<li data-slot="lead-kanban-card" data-lead-id data-stage-key data-heat data-due
 * data-state="idle|dragging">`): a drag handle showing {@link LeadKanbanCardContent} (a
 * `role="button"`: click or Enter opens the lead; Space picks it up, the arrow keys choose a
 * stage, Space drops, Escape cancels), a "Move to…" menu doing the same without dragging, and,
 * after a failed move, the API's reasons in a dismissible `role="alert"`. Memoized: a drag
 * re-renders only the cards dnd-kit must update, not the whole board.
 */
export const LeadKanbanCard = memo(function LeadKanbanCard(props: LeadKanbanCardProps) {
  const { lead, stages, formatters, now, problem, focusSeq, actions, position, top, measureRef } =
    props;
  const slot = useSlotProps(
    'lead-kanban-card',
    cn('ek:kanban-card', top !== undefined && 'ek:kanban-card-virtual'),
    { style: top !== undefined ? { transform: `translateY(${top}px)` } : undefined },
  );
  const handle = useSlotProps('lead-kanban-card-handle', 'ek:kanban-card-handle', {});
  const alert = useSlotProps('lead-kanban-card-error', 'ek:kanban-card-error', {});
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: lead.id,
    data: { stageKey: lead.stageKey },
    attributes: { roleDescription: 'draggable lead' },
  });

  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (focusSeq === 0 || !opener.current) return;
    opener.current.focus();
    actions.focusTaken(focusSeq);
  }, [focusSeq, actions]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && !isDragging && event.target === event.currentTarget) {
      event.preventDefault();
      actions.openLead(lead.id, event.currentTarget);
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  const due = lead.nextTask ? dueState(lead.nextTask, now) : null;
  return (
    <li
      {...slot}
      ref={measureRef}
      data-lead-id={lead.id}
      data-stage-key={lead.stageKey}
      data-heat={heatLevel(lead.heat)}
      data-due={due ?? undefined}
      data-state={isDragging ? 'dragging' : 'idle'}
      data-problem={problem?.kind}
      data-index={position - 1}
      aria-posinset={position}
      aria-setsize={props.setSize}
    >
      <div className="ek:kanban-card-body">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dnd-kit's attributes make it role="button" with tabIndex 0. */}
        <div
          {...attributes}
          {...listeners}
          {...handle}
          ref={(element) => {
            setNodeRef(element);
            opener.current = element;
          }}
          onClick={(event) => actions.openLead(lead.id, event.currentTarget)}
          onKeyDown={onKeyDown}
        >
          <LeadKanbanCardContent lead={lead} formatters={formatters} now={now} />
        </div>
        <div className="ek:kanban-card-actions">
          <LeadKanbanMoveMenu lead={lead} stages={stages} actions={actions} />
        </div>
        {problem && (
          <div role="alert" {...alert} data-kind={problem.kind}>
            <ul className="ek:issues">
              {problem.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
            {problem.suggestion && <p>{problem.suggestion}</p>}
            <button
              type="button"
              className="ek:btn-ghost"
              onClick={() => {
                actions.dismissProblem(lead.id);
                opener.current?.focus();
              }}
            >
              Dismiss<span className="ek:sr-only"> message about {lead.fullName}</span>
            </button>
          </div>
        )}
      </div>
    </li>
  );
});
