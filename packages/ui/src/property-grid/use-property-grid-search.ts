import type { Listing, ListingFilters } from '@estatekit/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { type ApiErrorDescription, describeApiError } from '../lib/api-error.utils';
import { useControllableState } from '../lib/use-controllable-state';
import { useEstateKit } from '../provider/estatekit-context';
import type { PropertyGridColumnId } from './property-grid-columns.utils';
import type { PropertyGridState } from './property-grid-context';
import { buildListInput, type ListingSort, pageCount } from './property-grid-query.utils';
import { usePropertyGridTable } from './property-grid-table-model';

/** The search state a PropertyGrid accepts, each part controlled (value + `on…Change`) or not. */
export interface PropertyGridSearchOptions {
  /** Controlled filters in API units: prices in minor units, areas in sq ft. */
  filters?: ListingFilters | undefined;
  defaultFilters?: ListingFilters | undefined;
  onFiltersChange?: ((filters: ListingFilters) => void) | undefined;
  /** Controlled sort; `null` is the API's default order (latest modified first). */
  sort?: ListingSort | null | undefined;
  defaultSort?: ListingSort | null | undefined;
  onSortChange?: ((sort: ListingSort | null) => void) | undefined;
  /** Controlled 1-based page. */
  page?: number | undefined;
  defaultPage?: number | undefined;
  onPageChange?: ((page: number) => void) | undefined;
  /** Controlled page size, 1–500 (default 50). */
  pageSize?: number | undefined;
  defaultPageSize?: number | undefined;
  onPageSizeChange?: ((pageSize: number) => void) | undefined;
  /** Column visibility at first, e.g. `{ lotSizeSquareFeet: false, propertyType: true }` (Type starts hidden). */
  defaultColumnVisibility?: Partial<Record<PropertyGridColumnId, boolean>> | undefined;
}

const noFilters: ListingFilters = {};
const noRows: Listing[] = [];

/**
 * Filters, sort and page (each via `useControllableState`), the `properties.list` query they
 * make (keeping the previous page on screen while the next loads), and the TanStack Table
 * instance in manual mode over its rows. New filters, a new sort or a new page size go back to
 * page 1; a page past the end (rows deleted meanwhile) moves to the last page.
 */
export function usePropertyGridSearch(options: PropertyGridSearchOptions) {
  const { trpc } = useEstateKit();
  const [filters, setFiltersValue] = useControllableState({
    prop: options.filters,
    defaultProp: options.defaultFilters ?? noFilters,
    onChange: options.onFiltersChange,
  });
  const [sort, setSort] = useControllableState<ListingSort | null>({
    prop: options.sort,
    defaultProp: options.defaultSort ?? null,
    onChange: options.onSortChange,
  });
  const [page, setPage] = useControllableState({
    prop: options.page,
    defaultProp: options.defaultPage ?? 1,
    onChange: options.onPageChange,
  });
  const [pageSize, setPageSize] = useControllableState({
    prop: options.pageSize,
    defaultProp: options.defaultPageSize ?? 50,
    onChange: options.onPageSizeChange,
  });

  const input = useMemo(
    () => buildListInput({ filters, sort, page, pageSize }),
    [filters, sort, page, pageSize],
  );
  const query = useQuery(
    trpc.properties.list.queryOptions(input, { placeholderData: keepPreviousData }),
  );
  const rows: Listing[] = query.data?.items ?? noRows;
  const total = query.data?.total ?? null;

  useEffect(() => {
    if (total !== null && total > 0 && rows.length === 0 && !query.isPlaceholderData) {
      setPage(Math.min(page, pageCount(total, pageSize)));
    }
  }, [total, rows.length, page, pageSize, query.isPlaceholderData, setPage]);

  const setFilters = useCallback(
    (next: ListingFilters) => {
      setFiltersValue(next);
      setPage(1);
    },
    [setFiltersValue, setPage],
  );
  const table = usePropertyGridTable({
    rows,
    total: total ?? 0,
    sort,
    filters,
    page,
    pageSize,
    defaultColumnVisibility: options.defaultColumnVisibility,
    onSortChange: (next) => {
      setSort(next);
      setPage(1);
    },
    onPaginationChange: (nextPage, nextSize) => {
      if (nextSize === pageSize) return setPage(nextPage);
      setPageSize(nextSize);
      setPage(1);
    },
  });

  const state: PropertyGridState = query.isError
    ? 'error'
    : query.data === undefined
      ? 'loading'
      : rows.length === 0
        ? 'empty'
        : 'ready';
  const error: ApiErrorDescription | null = query.isError ? describeApiError(query.error) : null;
  const { refetch } = query;
  return {
    table,
    state,
    rows,
    total,
    error,
    isFetching: query.isFetching,
    retry: () => void refetch(),
    filters,
    setFilters,
    sort,
    page,
    setPage,
    pageSize,
    setPageSize: (size: number) => table.setPageSize(size),
  };
}
