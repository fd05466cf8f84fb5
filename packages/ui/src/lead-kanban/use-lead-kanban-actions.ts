import type { LeadDto } from '@estatekit/domain';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { LeadKanbanTransition } from './lead-kanban-board.utils';
import type {
  LeadKanbanActions,
  LeadKanbanFocusRequest,
  LeadMoveSource,
} from './lead-kanban-context';
import { prefetchLeadKanbanOverlays } from './lead-kanban-overlays.lazy';
import { useLeadMove } from './use-lead-move';

const focusIsLost = () =>
  typeof document === 'undefined' ||
  document.activeElement === null ||
  document.activeElement === document.body;

/**
 * The board's interactions behind stable callbacks ({@link LeadKanbanActions}): moves (asking
 * for a reason first when the transition requires one, then `useLeadMove`), where keyboard
 * focus goes after a move (the moved card, in its new column or back in the old one after a
 * refusal), and which dialog is open and what to focus when it closes.
 */
export function useLeadKanbanActions(options: {
  leads: () => ReadonlyMap<string, LeadDto>;
  transitions: () => readonly LeadKanbanTransition[];
}) {
  const latest = useRef(options);
  latest.current = options;
  const [focusRequest, setFocusRequest] = useState<LeadKanbanFocusRequest | null>(null);
  const seq = useRef(0);
  const requestFocus = useCallback((leadId: string, stageKey: string) => {
    seq.current += 1;
    setFocusRequest({ leadId, stageKey, seq: seq.current });
  }, []);
  const followed = useRef(new Set<string>());
  const mover = useLeadMove((leadId, stageKey) => {
    if (followed.current.delete(leadId) && focusIsLost()) requestFocus(leadId, stageKey);
  });

  const [openLeadId, setOpenLeadId] = useState<string | null>(null);
  const [quickAddOpen, setQuickAddOpenState] = useState(false);
  const [pendingReason, setPendingReason] = useState<{
    leadId: string;
    to: string;
    source: LeadMoveSource;
  } | null>(null);
  const opener = useRef<{ element: HTMLElement | null; leadId: string | null }>({
    element: null,
    leadId: null,
  });

  const moveNow = useCallback(
    (leadId: string, to: string, source: LeadMoveSource, reason?: string) => {
      const lead = latest.current.leads().get(leadId);
      if (!lead || lead.stageKey === to) return;
      // A keyboard or menu move takes focus along; a pointer drop leaves it where it is.
      if (source !== 'pointer') {
        followed.current.add(leadId);
        requestFocus(leadId, to);
      }
      mover.move(lead, to, reason);
    },
    [mover.move, requestFocus],
  );

  const actions = useMemo<LeadKanbanActions>(
    () => ({
      move(leadId, to, { source = 'pointer', reason } = {}) {
        const lead = latest.current.leads().get(leadId);
        if (!lead || lead.stageKey === to) return;
        const transition = latest.current
          .transitions()
          .find((t) => t.from === lead.stageKey && t.to === to);
        if (transition?.reasonRequired && !reason?.trim()) {
          opener.current = { element: null, leadId };
          setPendingReason({ leadId, to, source });
          return;
        }
        moveNow(leadId, to, source, reason);
      },
      dismissProblem: mover.dismissProblem,
      openLead(leadId, element) {
        // (dnd-kit swallows the click that ends a pointer drag, so a drop never opens the lead.)
        opener.current = {
          element: element ?? (document.activeElement as HTMLElement | null),
          leadId,
        };
        setOpenLeadId(leadId);
      },
      focusTaken(taken) {
        setFocusRequest((request) => (request?.seq === taken ? null : request));
      },
      prefetchOverlays: prefetchLeadKanbanOverlays,
    }),
    [moveNow, mover.dismissProblem],
  );

  /** Focuses what opened the last dialog, or the lead's card when that is gone. */
  const restoreFocus = useCallback(() => {
    const { element, leadId } = opener.current;
    if (element?.isConnected) element.focus();
    else if (leadId) {
      const lead = latest.current.leads().get(leadId);
      if (lead) requestFocus(leadId, lead.stageKey);
    }
  }, [requestFocus]);

  const pending = useRef(pendingReason);
  pending.current = pendingReason;
  const resolveReason = useCallback(
    (reason: string | null) => {
      const waiting = pending.current;
      pending.current = null;
      setPendingReason(null);
      if (waiting && reason?.trim()) {
        moveNow(waiting.leadId, waiting.to, waiting.source, reason.trim());
      }
    },
    [moveNow],
  );
  const setQuickAddOpen = useCallback((open: boolean, element?: HTMLElement | null) => {
    if (open) opener.current = { element: element ?? null, leadId: null };
    setQuickAddOpenState(open);
  }, []);

  return {
    actions,
    problems: mover.problems,
    isMoving: mover.isMoving,
    focusRequest,
    requestFocus,
    openLeadId,
    closeLead: useCallback(() => setOpenLeadId(null), []),
    pendingReason,
    resolveReason,
    quickAddOpen,
    setQuickAddOpen,
    restoreFocus,
  };
}
