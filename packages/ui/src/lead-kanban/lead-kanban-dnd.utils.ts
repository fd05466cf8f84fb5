import {
  type Announcements,
  type CollisionDetection,
  KeyboardCode,
  type KeyboardCodes,
  type KeyboardCoordinateGetter,
  pointerWithin,
  rectIntersection,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';

/*
 * Drag and drop between stages with dnd-kit: what screen readers hear, and a keyboard that
 * moves a picked-up card one column at a time (rather than 25 px at a time, dnd-kit's default),
 * so Space, ArrowRight, Space moves a lead to the next stage whatever the layout.
 */

/** Names for announcements: a lead's name by id, a stage's name by key (`null` if unknown). */
export interface LeadKanbanNames {
  lead: (leadId: UniqueIdentifier) => string;
  stage: (stageKey: UniqueIdentifier | null | undefined) => string | null;
}

/**
 * dnd-kit announcements naming the card and the stages ("Picked up Ada Lovelace in New…"), read
 * by the live region dnd-kit renders inside the board. `from` is the stage a card was picked
 * up in. A drop says the move is being saved: a refusal is announced by the card's alert.
 */
export function leadKanbanAnnouncements(
  names: LeadKanbanNames,
  from: () => string | null,
): Announcements {
  const origin = () => names.stage(from()) ?? 'its stage';
  return {
    onDragStart: ({ active }) =>
      `Picked up ${names.lead(active.id)} in ${origin()}. Use the left and right arrow keys to choose another stage, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => {
      const stage = names.stage(over?.id);
      return stage
        ? `${names.lead(active.id)} is over ${stage}.`
        : `${names.lead(active.id)} is no longer over a stage.`;
    },
    onDragEnd: ({ active, over }) => {
      const stage = names.stage(over?.id);
      if (!stage || over?.id === from()) {
        return `${names.lead(active.id)} was dropped. It stays in ${origin()}.`;
      }
      return `${names.lead(active.id)} was dropped in ${stage}. Saving the move.`;
    },
    onDragCancel: ({ active }) =>
      `Moving ${names.lead(active.id)} was cancelled. It stays in ${origin()}.`,
  };
}

/** What a card's description says to screen readers (dnd-kit's hidden instructions). */
export const leadKanbanInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this lead, press Space, choose a stage with the left and right arrow keys and press Space again, or Escape to cancel. Enter opens the lead. The Move to menu does the same without dragging.',
};

/** Space picks up; Space, Enter or Tab drops (Enter opens the lead when not dragging); Escape cancels. */
export const leadKanbanKeyboardCodes: KeyboardCodes = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter, KeyboardCode.Tab],
};

/**
 * Keyboard dragging by stage: `coordinateGetter` (for dnd-kit's KeyboardSensor) answers
 * ArrowRight and ArrowLeft with the next or previous stage of `stageKeys()` and the position of
 * its column, and `collisionDetection` says a keyboard drag is over that stage; pointer drags
 * use the column under the pointer (else the one the card overlaps most). Call `reset` when a
 * drag starts or ends. Up and down do nothing (a column is unordered: the API sorts by heat).
 */
export function createStageKeyboard(stageKeys: () => readonly string[]) {
  let target: string | null = null;

  const coordinateGetter: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
    const step =
      event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : null;
    if (step === null) {
      if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) {
        event.preventDefault();
      }
      return undefined;
    }
    event.preventDefault();
    const keys = stageKeys();
    const current =
      target ??
      (context.over ? String(context.over.id) : null) ??
      (context.active?.data.current as { stageKey?: string } | undefined)?.stageKey ??
      null;
    const next = keys[(current === null ? -1 : keys.indexOf(current)) + step];
    if (next === undefined) return undefined;
    target = next;
    const rect = context.droppableRects.get(next);
    if (!rect) return { ...currentCoordinates };
    const width = context.collisionRect?.width ?? 0;
    return { x: rect.left + Math.max(0, (rect.width - width) / 2), y: currentCoordinates.y };
  };

  const collisionDetection: CollisionDetection = (args) => {
    if (target !== null && args.pointerCoordinates === null) {
      const container = args.droppableContainers.find((c) => c.id === target);
      return container ? [{ id: target, data: { droppableContainer: container, value: 1 } }] : [];
    }
    const under = pointerWithin(args);
    return under.length > 0 ? under : rectIntersection(args);
  };

  return {
    coordinateGetter,
    collisionDetection,
    reset: () => {
      target = null;
    },
  };
}
