export { AgentWorkload, type AgentWorkloadProps } from './agent-workload';
export {
  DelinquencyReport,
  type DelinquencyReportData,
  type DelinquencyReportProps,
  type DelinquencyReportRow,
  type DelinquencyReportTotal,
  type DelinquencySort,
  defaultDelinquencySort,
} from './delinquency-report';
export {
  LeadKanban,
  LeadKanbanAddButton,
  LeadKanbanBoard,
  LeadKanbanCard,
  LeadKanbanColumn,
  LeadKanbanCount,
  LeadKanbanDetailDialog,
  LeadKanbanEmpty,
  LeadKanbanError,
  LeadKanbanFilterBar,
  type LeadKanbanFilters,
  LeadKanbanMoveMenu,
  type LeadKanbanProps,
  LeadKanbanQuickAddDialog,
  LeadKanbanReasonDialog,
  type LeadKanbanState,
  LeadKanbanToolbar,
  type LeadMoveProblem,
  useLeadKanban,
} from './lead-kanban';
export {
  type LedgerEntry,
  type LedgerPaymentResult,
  type LedgerReverseResult,
  type LedgerStatement,
  LedgerView,
  type LedgerViewFilters,
  type LedgerViewOptions,
  type LedgerViewProps,
  type LedgerViewTarget,
  useLedgerView,
} from './ledger-view';
export { type ApiErrorDescription, type ApiIssue, describeApiError } from './lib/api-error.utils';
export { cn } from './lib/cn';
export { type CrmFormatters, createCrmFormatters } from './lib/crm-format.utils';
export { createFormatters, type Formatters } from './lib/format.utils';
export {
  type AgentWorkloadSlot,
  agentWorkloadSlots,
  type DelinquencyReportSlot,
  delinquencyReportSlots,
  type EstateKitSlot,
  type LeadKanbanSlot,
  type LedgerViewSlot,
  leadKanbanSlots,
  ledgerViewSlots,
  type PropertyGridSlot,
  propertyGridSlots,
} from './lib/slots';
export {
  type UseControllableStateOptions,
  useControllableState,
} from './lib/use-controllable-state';
export { type UseLeadChangesOptions, useLeadChanges } from './lib/use-lead-changes';
export {
  type ListingSort,
  NotAvailable,
  PropertyGrid,
  type PropertyGridColumnId,
  PropertyGridColumnsMenu,
  PropertyGridCount,
  PropertyGridDetailDialog,
  PropertyGridEmpty,
  PropertyGridError,
  PropertyGridFilters,
  PropertyGridHistory,
  PropertyGridPagination,
  type PropertyGridProps,
  type PropertyGridState,
  PropertyGridStatusBadge,
  type PropertyGridStatusBadgeProps,
  PropertyGridTable,
  type PropertyGridTableProps,
  PropertyGridToolbar,
  type RowActivation,
  usePropertyGrid,
} from './property-grid';
export {
  type AppearanceMode,
  type ElementAppearance,
  type EstateKitAppearance,
  type EstateKitContextValue,
  type EstateKitCredentials,
  EstateKitProvider,
  type EstateKitProviderProps,
  EstateKitRoot,
  type ThemeReference,
  useEstateKit,
} from './provider';
