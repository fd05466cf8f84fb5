export {
  majorToMinorUnits,
  minorToMajorInput,
  normalizeDecimalInput,
} from './filter-input.utils';
export {
  clampPosition,
  type GridNavigationAction,
  type GridPosition,
  type GridSize,
  gridNavigationKeys,
  gridNavigationReducer,
  navigate,
} from './grid-keyboard.utils';
export {
  propertyTypeLabel,
  propertyTypeLabels,
  statusColorVariable,
  statusLabel,
  statusLabels,
} from './listing-labels.utils';
export { PropertyGrid, type PropertyGridProps, type RowActivation } from './property-grid';
export {
  NotAvailable,
  PropertyGridCellValue,
  PropertyGridStatusBadge,
  type PropertyGridStatusBadgeProps,
} from './property-grid-cells';
export {
  columnSpec,
  defaultPropertyGridColumnVisibility,
  gridTemplateColumns,
  type PropertyGridColumnId,
  type PropertyGridColumnSpec,
  propertyGridColumnIds,
  propertyGridColumns,
} from './property-grid-columns.utils';
export {
  type PropertyGridContextValue,
  type PropertyGridState,
  usePropertyGrid,
} from './property-grid-context';
export {
  describeActor,
  describeAuditEntry,
  type ListingAttribute,
  listingAttributes,
} from './property-grid-detail.utils';
// Loaded on demand (Radix Dialog included); the eager parts are `@estatekit/ui/property-grid-dialog`.
export { PropertyGridDetailDialog, PropertyGridHistory } from './property-grid-dialog.lazy';
export { PropertyGridFilters } from './property-grid-filters';
export {
  draftToFilters,
  emptyFilterDraft,
  type FilterDraft,
  type FilterDraftField,
  type FilterErrors,
  filtersKey,
  filtersToDraft,
  normalizeFilters,
} from './property-grid-filters.utils';
export { PropertyGridPagination } from './property-grid-pagination';
export {
  buildListInput,
  type ListingSort,
  pageCount,
  pageSizeOptions,
  sortingToSort,
  sortToSorting,
} from './property-grid-query.utils';
export {
  PropertyGridEmpty,
  PropertyGridError,
  PropertyGridSkeleton,
} from './property-grid-states';
export { PropertyGridTable, type PropertyGridTableProps } from './property-grid-table';
export { type PropertyGridFeatures, propertyGridFeatures } from './property-grid-table-model';
export {
  PropertyGridColumnsMenu,
  PropertyGridCount,
  PropertyGridToolbar,
} from './property-grid-toolbar';
export type { PropertyGridSearchOptions } from './use-property-grid-search';
