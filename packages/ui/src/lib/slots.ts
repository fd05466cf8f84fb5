/**
 * Every part of every widget, by its `data-slot` name. These are the keys of
 * `appearance.elements` and stable hooks for theme CSS (`[data-slot="property-grid-row"]`).
 */
export const propertyGridSlots = [
  'property-grid',
  'property-grid-toolbar',
  'property-grid-count',
  'property-grid-columns-menu',
  'property-grid-columns-trigger',
  'property-grid-columns-content',
  'property-grid-filters',
  'property-grid-filter-field',
  'property-grid-filter-input',
  'property-grid-filter-status',
  'property-grid-filter-clear',
  'property-grid-table',
  'property-grid-viewport',
  'property-grid-grid',
  'property-grid-header',
  'property-grid-header-cell',
  'property-grid-body',
  'property-grid-row',
  'property-grid-cell',
  'property-grid-status-badge',
  'property-grid-skeleton',
  'property-grid-empty',
  'property-grid-error',
  'property-grid-pagination',
  'property-grid-page-size',
  'property-grid-detail-dialog',
  'property-grid-detail-overlay',
  'property-grid-detail-title',
  'property-grid-detail-attributes',
  'property-grid-detail-history',
  'property-grid-enquiry-actions',
  'property-grid-enquiry-trigger',
  'property-grid-enquiry-form',
  'property-grid-enquiry-field',
  'property-grid-enquiry-error',
  'property-grid-enquiry-submit',
  'property-grid-enquiry-sent',
] as const;

/** A `data-slot` name of a PropertyGrid part. */
export type PropertyGridSlot = (typeof propertyGridSlots)[number];

/** Every part of LeadKanban, by its `data-slot` name. */
export const leadKanbanSlots = [
  'lead-kanban',
  'lead-kanban-toolbar',
  'lead-kanban-count',
  'lead-kanban-filters',
  'lead-kanban-filter-agent',
  'lead-kanban-filter-text',
  'lead-kanban-add-button',
  'lead-kanban-board',
  'lead-kanban-column',
  'lead-kanban-column-header',
  'lead-kanban-column-count',
  'lead-kanban-column-budget',
  'lead-kanban-column-viewport',
  'lead-kanban-column-list',
  'lead-kanban-card',
  'lead-kanban-card-handle',
  'lead-kanban-card-name',
  'lead-kanban-card-heat',
  'lead-kanban-card-assignee',
  'lead-kanban-card-task',
  'lead-kanban-card-error',
  'lead-kanban-move-trigger',
  'lead-kanban-move-menu',
  'lead-kanban-move-item',
  'lead-kanban-drag-overlay',
  'lead-kanban-skeleton',
  'lead-kanban-empty',
  'lead-kanban-error',
  'lead-kanban-dialog-overlay',
  'lead-kanban-detail-dialog',
  'lead-kanban-detail-title',
  'lead-kanban-assign',
  'lead-kanban-tasks',
  'lead-kanban-task',
  'lead-kanban-activity-form',
  'lead-kanban-timeline',
  'lead-kanban-quick-add-dialog',
  'lead-kanban-reason-dialog',
  'lead-kanban-field',
] as const;

/** A `data-slot` name of a LeadKanban part. */
export type LeadKanbanSlot = (typeof leadKanbanSlots)[number];

/** Every part of AgentWorkload, by its `data-slot` name. */
export const agentWorkloadSlots = [
  'agent-workload',
  'agent-workload-caption',
  'agent-workload-table',
  'agent-workload-header',
  'agent-workload-row',
  'agent-workload-cell',
  'agent-workload-availability',
  'agent-workload-score',
  'agent-workload-skeleton',
  'agent-workload-empty',
  'agent-workload-error',
] as const;

/** A `data-slot` name of an AgentWorkload part. */
export type AgentWorkloadSlot = (typeof agentWorkloadSlots)[number];

/** Any EstateKit `data-slot` name (one union per widget). */
export type EstateKitSlot = PropertyGridSlot | LeadKanbanSlot | AgentWorkloadSlot;
