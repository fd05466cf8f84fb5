export { type ApiErrorDescription, type ApiIssue, describeApiError } from './lib/api-error.utils';
export { cn } from './lib/cn';
export { createFormatters, type Formatters } from './lib/format.utils';
export { type EstateKitSlot, type PropertyGridSlot, propertyGridSlots } from './lib/slots';
export {
  type UseControllableStateOptions,
  useControllableState,
} from './lib/use-controllable-state';
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
