import type { LeadDto } from '@estatekit/domain';
import { useEffect, useState } from 'react';
import { createModuleStore, useLoadedModule } from '../lib/load-on-demand';
import type { LeadKanbanStage } from './lead-kanban-board.utils';
import { type LeadKanbanActions, useLeadKanban } from './lead-kanban-context';

/*
 * The kanban's Radix parts load on demand: the "Move to…" menu (Radix DropdownMenu with its
 * positioning engine) and the dialogs (Radix Dialog: lead detail, quick add, move reason) are
 * most of its JavaScript, and a board is usable without them until someone opens one. Both
 * start downloading on the first sign of intent (pointer or focus in the board) and when the
 * browser is idle after the first answer, so they are normally there before they are needed.
 */

/** The "Move to…" menu's code (`@radix-ui/react-dropdown-menu`). */
export const leadKanbanMenuCode = createModuleStore(() => import('./lead-kanban-menu'));
/** The dialogs' code (`@radix-ui/react-dialog`). */
export const leadKanbanDialogsCode = createModuleStore(() => import('./lead-kanban-dialogs'));

const ignore = () => {};

/** Starts downloading the menu and the dialogs (once; a failed download retries next time). */
export function prefetchLeadKanbanOverlays(): void {
  leadKanbanMenuCode.load().catch(ignore);
  leadKanbanDialogsCode.load().catch(ignore);
}

/** Props of {@link LeadKanbanMoveMenu}. */
export interface LeadKanbanMoveMenuProps {
  lead: Pick<LeadDto, 'id' | 'fullName' | 'stageKey'>;
  stages: readonly LeadKanbanStage[];
  actions: Pick<LeadKanbanActions, 'move'>;
}

/** "Move to…" with the lead's name for screen readers ("Move to… Ada Lovelace"). */
export function MoveLabel({ name }: { name: string }) {
  return (
    <>
      Move to…<span className="ek:sr-only"> {name}</span>
    </>
  );
}

/**
 * A card's "Move to…" button (`data-slot="lead-kanban-move-trigger"`, `aria-haspopup="menu"`):
 * a menu of the pipeline's stages (the current one disabled) that moves the lead like a drop
 * does, the non-drag alternative (WCAG 2.2, 2.5.7). Until the menu's code is there it is a
 * plain button whose activation downloads it and opens the menu when it arrives.
 */
export function LeadKanbanMoveMenu(props: LeadKanbanMoveMenuProps) {
  const parts = useLoadedModule(leadKanbanMenuCode);
  const [openOnLoad, setOpenOnLoad] = useState(false);
  if (parts) return <parts.LeadKanbanMoveMenu {...props} defaultOpen={openOnLoad} />;
  return (
    <button
      type="button"
      data-slot="lead-kanban-move-trigger"
      className="ek:btn-ghost"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-busy={openOnLoad || undefined}
      onPointerEnter={prefetchLeadKanbanOverlays}
      onClick={() => {
        setOpenOnLoad(true);
        leadKanbanMenuCode.load().catch(() => setOpenOnLoad(false));
      }}
    >
      <MoveLabel name={props.lead.fullName} />
    </button>
  );
}

/** Loads the dialogs' code while `needed`; calls `onFailure` if it cannot be downloaded. */
function useDialogsCode(needed: boolean, onFailure: () => void) {
  const parts = useLoadedModule(leadKanbanDialogsCode);
  useEffect(() => {
    if (needed && !parts) leadKanbanDialogsCode.load().catch(onFailure);
  }, [needed, parts, onFailure]);
  return needed ? parts : null;
}

/**
 * The open lead's detail dialog (see the board's `openLead`): activity timeline, tasks, the
 * log-activity form and reassignment. Renders nothing while no lead is open; downloads its code
 * when one is (if that fails, the lead closes and the next open tries again).
 */
export function LeadKanbanDetailDialog() {
  const { openLeadId, closeLead } = useLeadKanban();
  const parts = useDialogsCode(openLeadId !== null, closeLead);
  return parts ? <parts.LeadKanbanDetailDialog /> : null;
}

/** The quick-add dialog (`leads.create`), while the board's `quickAddOpen` is true. */
export function LeadKanbanQuickAddDialog() {
  const { quickAddOpen, setQuickAddOpen } = useLeadKanban();
  const [close] = useState(() => () => setQuickAddOpen(false));
  const parts = useDialogsCode(quickAddOpen, close);
  return parts ? <parts.LeadKanbanQuickAddDialog /> : null;
}

/** Asks why, for a move whose transition needs a reason (e.g. to Lost), before moving. */
export function LeadKanbanReasonDialog() {
  const { pendingReason, resolveReason } = useLeadKanban();
  const [cancel] = useState(() => () => resolveReason(null));
  const parts = useDialogsCode(pendingReason !== null, cancel);
  return parts ? <parts.LeadKanbanReasonDialog /> : null;
}
