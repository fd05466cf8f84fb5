export { type CrmFormatters, createCrmFormatters } from '../lib/crm-format.utils';
export { LeadKanban, type LeadKanbanProps } from './lead-kanban';
export { LeadKanbanBoard } from './lead-kanban-board';
export {
  buildColumns,
  type LeadKanbanColumnModel,
  type LeadKanbanStage,
  type LeadKanbanTransition,
  leadBudget,
  moveLeadInResult,
  replaceLead,
} from './lead-kanban-board.utils';
export { LeadKanbanCard, type LeadKanbanCardProps } from './lead-kanban-card';
export {
  type DueState,
  dueState,
  dueStateLabels,
  type HeatLevel,
  heatLevel,
} from './lead-kanban-card.utils';
export {
  LeadKanbanCardContent,
  type LeadKanbanCardContentProps,
} from './lead-kanban-card-content';
export { LeadKanbanColumn, type LeadKanbanColumnProps } from './lead-kanban-column';
export {
  type LeadKanbanActions,
  type LeadKanbanContextValue,
  type LeadKanbanFilters,
  type LeadKanbanFocusRequest,
  type LeadKanbanState,
  type LeadMoveSource,
  useLeadKanban,
} from './lead-kanban-context';
export {
  createStageKeyboard,
  type LeadKanbanNames,
  leadKanbanAnnouncements,
  leadKanbanInstructions,
} from './lead-kanban-dnd.utils';
export {
  conflictMessage,
  describeMoveError,
  type LeadMoveProblem,
} from './lead-kanban-move.utils';
// Loaded on demand (Radix DropdownMenu / Dialog): wrappers that download the real parts.
export {
  LeadKanbanDetailDialog,
  LeadKanbanMoveMenu,
  type LeadKanbanMoveMenuProps,
  LeadKanbanQuickAddDialog,
  LeadKanbanReasonDialog,
  prefetchLeadKanbanOverlays,
} from './lead-kanban-overlays.lazy';
export {
  LeadKanbanEmpty,
  LeadKanbanError,
  LeadKanbanSkeleton,
} from './lead-kanban-states';
export {
  LeadKanbanAddButton,
  LeadKanbanCount,
  LeadKanbanFilterBar,
  LeadKanbanToolbar,
} from './lead-kanban-toolbar';
export {
  activityDirectionLabels,
  activityTypeLabels,
  deliveryStatusLabels,
  leadSourceLabels,
  messageChannelLabels,
  taskStatusLabels,
  taskTypeLabels,
} from './lead-labels.utils';
export { leadListInputOf } from './use-lead-kanban-data';
