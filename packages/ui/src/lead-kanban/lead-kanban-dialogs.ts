/**
 * The kanban's dialogs (Radix Dialog), downloaded on demand as one module by
 * `lead-kanban-overlays.lazy.tsx`: nothing else may import this file statically, or Radix
 * Dialog would be in the board's first load (`src/bundle-imports.test.ts` checks).
 */
export { LeadKanbanDetailDialog } from './lead-kanban-detail-dialog';
export { LeadKanbanQuickAddDialog } from './lead-kanban-quick-add-dialog';
export { LeadKanbanReasonDialog } from './lead-kanban-reason-dialog';
