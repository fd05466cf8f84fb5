import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type ComponentProps, useMemo, useRef, useState } from 'react';
import { composeEventHandlers } from '../lib/compose-event-handlers';
import { useSlotProps } from '../provider/use-slot-props';
import { LeadKanbanCardContent } from './lead-kanban-card-content';
import { LeadKanbanColumn } from './lead-kanban-column';
import { useLeadKanban } from './lead-kanban-context';
import {
  createStageKeyboard,
  leadKanbanAnnouncements,
  leadKanbanInstructions,
  leadKanbanKeyboardCodes,
} from './lead-kanban-dnd.utils';
import { LeadKanbanSkeleton } from './lead-kanban-states';

const pointerOptions = { activationConstraint: { distance: 6 } };

/**
 * The columns, one per stage, with drag and drop between them (dnd-kit: pointer and keyboard
 * sensors; screen readers hear the card's and the stages' names through dnd-kit's live region,
 * rendered inside the board). A drop on another column moves the lead (optimistic; see
 * `LeadKanban`). `data-slot="lead-kanban-board"`, a `role="group"` named after the pipeline;
 * skeleton columns while the first answer loads. Props go to the board's `<div>`.
 */
export function LeadKanbanBoard({ onPointerEnter, onFocus, ...props }: ComponentProps<'div'>) {
  const board = useLeadKanban();
  const { pipeline, columns, actions, formatters, now } = board;
  const slot = useSlotProps('lead-kanban-board', 'ek:kanban-board', props);
  const [activeLeadId, setActiveLeadId] = useState<string | null>(null);
  const from = useRef<string | null>(null);

  const latest = useRef({ columns, pipeline });
  latest.current = { columns, pipeline };
  const [keyboard] = useState(() =>
    createStageKeyboard(() => latest.current.pipeline?.stages.map((s) => s.key) ?? []),
  );
  const keyboardOptions = useMemo(
    () => ({ coordinateGetter: keyboard.coordinateGetter, keyboardCodes: leadKanbanKeyboardCodes }),
    [keyboard],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );
  const accessibility = useMemo(() => {
    const findLead = (id: unknown) =>
      latest.current.columns.flatMap((c) => c.leads).find((lead) => lead.id === id);
    const names = {
      lead: (id: unknown) => findLead(id)?.fullName ?? 'The lead',
      stage: (key: unknown) =>
        latest.current.pipeline?.stages.find((stage) => stage.key === key)?.name ?? null,
    };
    return {
      announcements: leadKanbanAnnouncements(names, () => from.current),
      screenReaderInstructions: leadKanbanInstructions,
    };
  }, []);

  const activeLead = useMemo(
    () => columns.flatMap((c) => c.leads).find((lead) => lead.id === activeLeadId) ?? null,
    [columns, activeLeadId],
  );
  const onDragStart = ({ active }: DragStartEvent) => {
    keyboard.reset();
    from.current = (active.data.current as { stageKey?: string } | undefined)?.stageKey ?? null;
    setActiveLeadId(String(active.id));
  };
  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    keyboard.reset();
    setActiveLeadId(null);
    if (over && over.id !== from.current) {
      const source = activatorEvent && 'key' in activatorEvent ? 'keyboard' : 'pointer';
      actions.move(String(active.id), String(over.id), { source });
    }
  };
  const onDragCancel = () => {
    keyboard.reset();
    setActiveLeadId(null);
  };

  if (!pipeline) return <LeadKanbanSkeleton />;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={keyboard.collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: a group of columns, not form controls (<fieldset>). */}
      <div
        role="group"
        aria-label={`${pipeline.name} pipeline`}
        {...slot}
        onPointerEnter={composeEventHandlers(onPointerEnter, actions.prefetchOverlays)}
        onFocus={composeEventHandlers(onFocus, actions.prefetchOverlays)}
      >
        {columns.map((column) => (
          <LeadKanbanColumn key={column.stage.key} column={column} activeLeadId={activeLeadId} />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {activeLead ? (
          <div
            data-slot="lead-kanban-drag-overlay"
            className="ek:kanban-card-body ek:kanban-overlay"
          >
            <div className="ek:kanban-card-handle">
              <LeadKanbanCardContent lead={activeLead} formatters={formatters} now={now} />
            </div>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
