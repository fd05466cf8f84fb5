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

/** Every part of LedgerView, by its `data-slot` name. */
export const ledgerViewSlots = [
  'ledger-view',
  'ledger-view-toolbar',
  'ledger-view-lease-select',
  'ledger-view-record-button',
  'ledger-view-announcement',
  'ledger-view-notice',
  'ledger-view-summary',
  'ledger-view-balance',
  'ledger-view-aging',
  'ledger-view-aging-bucket',
  'ledger-view-filters',
  'ledger-view-filter-field',
  'ledger-view-filter-types',
  'ledger-view-filter-clear',
  'ledger-view-table',
  'ledger-view-caption',
  'ledger-view-header',
  'ledger-view-body',
  'ledger-view-opening-row',
  'ledger-view-row',
  'ledger-view-cell',
  'ledger-view-status-badge',
  'ledger-view-expand-button',
  'ledger-view-allocations',
  'ledger-view-allocation',
  'ledger-view-receipt-button',
  'ledger-view-receipt-error',
  'ledger-view-reverse-button',
  'ledger-view-skeleton',
  'ledger-view-empty',
  'ledger-view-error',
  'ledger-view-dialog-overlay',
  'ledger-view-payment-dialog',
  'ledger-view-payment-preview',
  'ledger-view-payment-error',
  'ledger-view-reverse-dialog',
  'ledger-view-field',
] as const;

/** A `data-slot` name of a LedgerView part. */
export type LedgerViewSlot = (typeof ledgerViewSlots)[number];

/** Every part of DelinquencyReport, by its `data-slot` name. */
export const delinquencyReportSlots = [
  'delinquency-report',
  'delinquency-report-toolbar',
  'delinquency-report-as-of',
  'delinquency-report-as-of-input',
  'delinquency-report-export',
  'delinquency-report-export-status',
  'delinquency-report-export-error',
  'delinquency-report-viewport',
  'delinquency-report-table',
  'delinquency-report-caption',
  'delinquency-report-header',
  'delinquency-report-header-cell',
  'delinquency-report-body',
  'delinquency-report-row',
  'delinquency-report-lease',
  'delinquency-report-lease-button',
  'delinquency-report-cell',
  'delinquency-report-footer',
  'delinquency-report-total-row',
  'delinquency-report-skeleton',
  'delinquency-report-empty',
  'delinquency-report-error',
] as const;

/** A `data-slot` name of a DelinquencyReport part. */
export type DelinquencyReportSlot = (typeof delinquencyReportSlots)[number];

/** Any EstateKit `data-slot` name (one union per widget). */
export type EstateKitSlot =
  | PropertyGridSlot
  | LeadKanbanSlot
  | AgentWorkloadSlot
  | LedgerViewSlot
  | DelinquencyReportSlot;
