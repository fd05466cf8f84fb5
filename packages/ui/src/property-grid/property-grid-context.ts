import type { Listing, ListingFilters } from '@estatekit/domain';
import type { ReactTable } from '@tanstack/react-table';
import { createContext, useContext } from 'react';
import type { ApiErrorDescription } from '../lib/api-error.utils';
import type { Formatters } from '../lib/format.utils';
import type { ListingSort } from './property-grid-query.utils';
import type { PropertyGridFeatures } from './property-grid-table-model';

/** What the grid is showing: enumerated as `data-state` on the root and the table. */
export type PropertyGridState = 'loading' | 'error' | 'empty' | 'ready';

/** Shared by every PropertyGrid part (read it with {@link usePropertyGrid}). */
export interface PropertyGridContextValue {
  table: ReactTable<PropertyGridFeatures, Listing, unknown>;
  state: PropertyGridState;
  /** A request is in flight (first load or a refresh behind the current rows). */
  isFetching: boolean;
  error: ApiErrorDescription | null;
  retry: () => void;
  /** Listings matching the filters, or `null` before the first answer. */
  total: number | null;
  /** Listings of the current page, in server order. */
  rows: readonly Listing[];
  /** 1-based. */
  page: number;
  pageSize: number;
  setPage: (page: number) => void;
  setPageSize: (pageSize: number) => void;
  filters: ListingFilters;
  /** Replaces the filters and goes back to page 1. */
  setFilters: (filters: ListingFilters) => void;
  sort: ListingSort | null;
  formatters: Formatters;
  currency: string;
  /** The listing whose detail dialog is open. */
  activeListing: Listing | null;
  openListing: (listing: Listing) => void;
  closeListing: () => void;
  /** Focuses the element that opened the dialog (Radix has no trigger to return to). */
  restoreFocus: () => void;
  /**
   * Starts downloading the detail dialog's code if it is loaded on demand (the table calls it on
   * the first hover or focus in its body); does nothing when no such dialog is rendered.
   */
  prefetchDetail: () => void;
  /** Registers what `prefetchDetail` starts; returns the function that unregisters it. */
  registerDetailPrefetch: (prefetch: () => void) => () => void;
  /** The detail dialog offers "Request info" and "Book a viewing" (`leads.capture`). */
  enquiries: boolean;
  /** Pages with more rows than this render only the rows in view. */
  virtualizeThreshold: number;
  /** Debounce for typed filters, in milliseconds. */
  textDebounceMs: number;
  /** DOM ids: the grid (for `aria-controls`) and the count (for `aria-describedby`). */
  ids: { grid: string; count: string };
}

/** React context behind {@link usePropertyGrid}; `null` outside a `<PropertyGrid>`. */
export const PropertyGridContext = createContext<PropertyGridContextValue | null>(null);

/**
 * The state of the enclosing `<PropertyGrid>`: for building your own parts. Throws `Error`
 * when used outside one.
 */
export function usePropertyGrid(): PropertyGridContextValue {
  const value = useContext(PropertyGridContext);
  if (!value) throw new Error('PropertyGrid parts must be rendered inside <PropertyGrid>.');
  return value;
}
