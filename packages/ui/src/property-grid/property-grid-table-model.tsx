import type { Listing, ListingFilters } from '@estatekit/domain';
import {
  type ColumnDef,
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { PropertyGridCellValue } from './property-grid-cells';
import {
  defaultPropertyGridColumnVisibility,
  type PropertyGridColumnId,
  type PropertyGridColumnSpec,
  propertyGridColumns,
} from './property-grid-columns.utils';
import {
  filtersToColumnFilters,
  type ListingSort,
  sortingToSort,
  sortToSorting,
} from './property-grid-query.utils';

/**
 * TanStack Table v9 features of the grid. Sorting, filtering and pagination run on the server
 * (`manual*` options): the table holds their state, the API does the work.
 */
export const propertyGridFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
});

/** The feature registry's type. */
export type PropertyGridFeatures = typeof propertyGridFeatures;

const helper = createColumnHelper<PropertyGridFeatures, Listing>();

/** Column definitions built from the specs; each cell renders the spec's formatted text. */
export const propertyGridColumnDefs: ColumnDef<PropertyGridFeatures, Listing, unknown>[] =
  propertyGridColumns.map(
    (spec) =>
      helper.accessor((listing: Listing) => listing[spec.id], {
        id: spec.id,
        header: spec.header,
        enableSorting: true,
        enableHiding: spec.hideable,
        meta: spec,
        cell: ({ row }) => <PropertyGridCellValue spec={spec} listing={row.original} />,
      }) as ColumnDef<PropertyGridFeatures, Listing, unknown>,
  );

/** The spec a column definition was built from. */
export const specOf = (meta: unknown) => meta as PropertyGridColumnSpec;

/** Inputs of {@link usePropertyGridTable}. */
export interface PropertyGridTableInput {
  rows: Listing[];
  total: number;
  sort: ListingSort | null;
  onSortChange: (sort: ListingSort | null) => void;
  filters: ListingFilters;
  page: number;
  pageSize: number;
  onPaginationChange: (page: number, pageSize: number) => void;
  defaultColumnVisibility?: Partial<Record<PropertyGridColumnId, boolean>> | undefined;
}

/**
 * The TanStack Table instance of a PropertyGrid, in manual (server-side) mode for sorting,
 * filtering and pagination; column visibility is local state. `rows` must be a stable array.
 */
export function usePropertyGridTable(input: PropertyGridTableInput) {
  const [columnVisibility, setColumnVisibility] = useState<Record<string, boolean>>(() => ({
    ...defaultPropertyGridColumnVisibility,
    ...input.defaultColumnVisibility,
  }));
  const sorting = useMemo(() => sortToSorting(input.sort), [input.sort]);
  const columnFilters = useMemo(() => filtersToColumnFilters(input.filters), [input.filters]);
  const pagination = useMemo(
    () => ({ pageIndex: input.page - 1, pageSize: input.pageSize }),
    [input.page, input.pageSize],
  );
  return useTable({
    features: propertyGridFeatures,
    columns: propertyGridColumnDefs,
    data: input.rows,
    getRowId: (listing) => listing.listingKey,
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    autoResetPageIndex: false,
    enableMultiSort: false,
    sortDescFirst: false,
    rowCount: input.total,
    state: { sorting, columnFilters, pagination, columnVisibility },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      input.onSortChange(sortingToSort(next));
    },
    onPaginationChange: (updater) => {
      const next = typeof updater === 'function' ? updater(pagination) : updater;
      input.onPaginationChange(next.pageIndex + 1, next.pageSize);
    },
    onColumnVisibilityChange: setColumnVisibility,
  });
}
