import type { ListingFilters, ListingListInput, ListingSortField } from '@estatekit/domain';
import type { PropertyGridColumnId } from './property-grid-columns.utils';
import { normalizeFilters } from './property-grid-filters.utils';

/** A server-side sort: a `properties.list` sort field and a direction. */
export interface ListingSort {
  field: ListingSortField;
  direction: 'asc' | 'desc';
}

/** TanStack Table's sorting state shape (`SortingState`), kept here so this file stays pure. */
export type SortingEntries = { id: string; desc: boolean }[];

/** Page sizes offered by the pagination part; the API allows up to 500. */
export const pageSizeOptions = [25, 50, 100, 250, 500] as const;

/** The `properties.list` input for one grid state. `page` is 1-based; `sort: null` = API default order. */
export function buildListInput(state: {
  filters: ListingFilters;
  sort: ListingSort | null;
  page: number;
  pageSize: number;
}): ListingListInput {
  return {
    filters: normalizeFilters(state.filters),
    ...(state.sort ? { sort: { field: state.sort.field, direction: state.sort.direction } } : {}),
    page: Math.max(1, Math.trunc(state.page)),
    pageSize: Math.min(500, Math.max(1, Math.trunc(state.pageSize))),
  };
}

/** Our sort as TanStack Table sorting state. */
export function sortToSorting(sort: ListingSort | null): SortingEntries {
  return sort ? [{ id: sort.field, desc: sort.direction === 'desc' }] : [];
}

/** TanStack Table sorting state as our sort (first entry; the API sorts by one field). */
export function sortingToSort(sorting: SortingEntries): ListingSort | null {
  const first = sorting[0];
  return first
    ? { field: first.id as ListingSortField, direction: first.desc ? 'desc' : 'asc' }
    : null;
}

const filterColumns: Partial<Record<keyof ListingFilters, PropertyGridColumnId>> = {
  listPrice: 'listPrice',
  bedroomsMin: 'bedroomsTotal',
  bathroomsMin: 'bathroomsTotalInteger',
  livingArea: 'livingArea',
  yearBuilt: 'yearBuilt',
  standardStatus: 'standardStatus',
  propertyType: 'propertyType',
  postalCode: 'postalCode',
  city: 'city',
};

/**
 * The filters as TanStack Table column filters (`[{ id: 'listPrice', value: { min } }]`), so
 * headers can show which columns are filtered. Filters without a column (text, bbox) are left out.
 */
export function filtersToColumnFilters(filters: ListingFilters): { id: string; value: unknown }[] {
  return Object.entries(normalizeFilters(filters)).flatMap(([key, value]) => {
    const id = filterColumns[key as keyof ListingFilters];
    return id ? [{ id, value }] : [];
  });
}

/** Number of pages for `total` rows, at least 1. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}
