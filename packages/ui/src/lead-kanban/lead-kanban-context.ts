import type { AgentWorkload } from '@estatekit/domain';
import { createContext, useContext } from 'react';
import type { ApiErrorDescription } from '../lib/api-error.utils';
import type { CrmFormatters } from '../lib/crm-format.utils';
import type {
  LeadKanbanColumnModel,
  LeadKanbanStage,
  LeadKanbanTransition,
} from './lead-kanban-board.utils';
import type { LeadMoveProblem } from './lead-kanban-move.utils';

/** What the board is showing: enumerated as `data-state` on the widget root. */
export type LeadKanbanState = 'loading' | 'error' | 'empty' | 'ready';

/** Board filters, in API terms (`leads.list` input). */
export interface LeadKanbanFilters {
  /** An agent's user id, or `'unassigned'`; absent for every lead the caller may see. */
  assignee?: string | undefined;
  /** Case-insensitive part of a name, email or phone (1–100 characters once trimmed). */
  text?: string | undefined;
}

/** How a move was asked for: focus follows the card for keyboard and menu moves. */
export type LeadMoveSource = 'pointer' | 'keyboard' | 'menu';

/**
 * Stable callbacks (same functions for the board's life), safe to hand to memoized cards.
 */
export interface LeadKanbanActions {
  /**
   * Moves a lead to stage `to`: optimistic, rolled back when the API refuses, with the reason on
   * the card. A transition that needs a reason (e.g. to Lost) asks for it first, unless given.
   */
  move: (
    leadId: string,
    to: string,
    options?: { source?: LeadMoveSource; reason?: string },
  ) => void;
  /** Hides the alert a failed move left on a card. */
  dismissProblem: (leadId: string) => void;
  /** Opens the lead's detail dialog; focus returns to `opener` (default: the focused element). */
  openLead: (leadId: string, opener?: HTMLElement | null) => void;
  /** Called by a card that took the focus it was asked to take. */
  focusTaken: (seq: number) => void;
  /** Starts downloading the menu and dialogs (on intent), once per page. */
  prefetchOverlays: () => void;
}

/** A card that should take focus (after a keyboard or menu move, or a quick add). */
export interface LeadKanbanFocusRequest {
  leadId: string;
  /** The card takes focus once it is shown in this stage. */
  stageKey: string;
  seq: number;
}

/** Shared by every LeadKanban part (read it with {@link useLeadKanban}). */
export interface LeadKanbanContextValue {
  state: LeadKanbanState;
  /** A request is in flight (first load or a refresh behind the current cards). */
  isFetching: boolean;
  /** Why the pipeline or the leads could not be loaded (the API's words). */
  error: ApiErrorDescription | null;
  retry: () => void;
  pipeline: {
    key: string;
    name: string;
    stages: readonly LeadKanbanStage[];
    transitions: readonly LeadKanbanTransition[];
  } | null;
  columns: readonly LeadKanbanColumnModel[];
  /** Leads matching the filters (all stages), or `null` before the first answer. */
  total: number | null;
  /** Leads loaded (at most the `limit`). */
  loaded: number;
  /** ISO 4217 code of the budgets and sums. */
  currency: string;
  /** Agents for the filter and the reassign control (`agents.workload`; empty if refused). */
  agents: readonly AgentWorkload[];
  filters: LeadKanbanFilters;
  setFilters: (filters: LeadKanbanFilters) => void;
  formatters: CrmFormatters;
  /** The clock cards compare due times with, epoch milliseconds (updated every minute). */
  now: number;
  /** Alerts left by failed moves, by lead id. */
  problems: ReadonlyMap<string, LeadMoveProblem>;
  focusRequest: LeadKanbanFocusRequest | null;
  /** Asks the card of `leadId` to take focus once it shows in stage `stageKey`. */
  requestFocus: (leadId: string, stageKey: string) => void;
  actions: LeadKanbanActions;
  /** The lead whose detail dialog is open. */
  openLeadId: string | null;
  closeLead: () => void;
  /** A move waiting for its reason (the reason dialog is open). */
  pendingReason: { leadId: string; to: string } | null;
  resolveReason: (reason: string | null) => void;
  quickAddOpen: boolean;
  setQuickAddOpen: (open: boolean, opener?: HTMLElement | null) => void;
  /** Focuses what opened the last dialog (Radix has no trigger to return to here). */
  restoreFocus: () => void;
  /** `true`/`false` from the `canAssign` prop; `undefined`: try, and hide after FORBIDDEN. */
  canAssign: boolean | undefined;
  /** The API's FORBIDDEN message after a refused reassignment, else `null`. */
  assignRefusal: string | null;
  setAssignRefusal: (message: string | null) => void;
  /** Columns with more cards than this render only those in view. */
  virtualizeThreshold: number;
  /** Debounce of the text filter, milliseconds. */
  textDebounceMs: number;
}

/** React context behind {@link useLeadKanban}; `null` outside a `<LeadKanban>`. */
export const LeadKanbanContext = createContext<LeadKanbanContextValue | null>(null);

/**
 * The state of the enclosing `<LeadKanban>`, for building your own parts. Throws `Error` when
 * used outside one.
 */
export function useLeadKanban(): LeadKanbanContextValue {
  const value = useContext(LeadKanbanContext);
  if (!value) throw new Error('LeadKanban parts must be rendered inside <LeadKanban>.');
  return value;
}
