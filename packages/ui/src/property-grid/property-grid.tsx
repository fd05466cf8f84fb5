import { type ComponentProps, type ReactNode, useId, useMemo } from 'react';
import { createFormatters } from '../lib/format.utils';
import { useEstateKitSettings } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { PropertyGridContext, type PropertyGridContextValue } from './property-grid-context';
import { PropertyGridDetailDialog } from './property-grid-dialog.lazy';
import { PropertyGridFilters } from './property-grid-filters';
import { PropertyGridPagination } from './property-grid-pagination';
import { PropertyGridTable } from './property-grid-table';
import { PropertyGridToolbar } from './property-grid-toolbar';
import { type PropertyGridSearchOptions, usePropertyGridSearch } from './use-property-grid-search';
import { type RowActivation, useRowActivation } from './use-row-activation';

export type { RowActivation };

/**
 * Props of {@link PropertyGrid}: the search state (filters in API units, sort, 1-based page,
 * page size up to 500; each controlled or not, see {@link PropertyGridSearchOptions}) plus
 * `<div>` props for the widget root.
 */
export interface PropertyGridProps
  extends Omit<ComponentProps<'div'>, 'children'>,
    PropertyGridSearchOptions {
  /** Called before the detail dialog opens (click or Enter on a row); `preventDefault()` stops it. */
  onRowActivate?: (activation: RowActivation) => void;
  /**
   * Pages with more rows than this render only the rows in view (default 100). The virtualizer's
   * code downloads the first time the page size exceeds it; until it arrives every row renders.
   */
  virtualizeThreshold?: number;
  /**
   * Whether the detail dialog offers the visitor "Request info" and "Book a viewing" (default
   * `true`). Each opens a form that sends an enquiry about the listing to the API's public web
   * form `leads.capture` (the one write a publishable key may make; the org must allow the
   * page's origin). Pass `false` to show listings only.
   */
  enquiries?: boolean;
  /** Milliseconds to wait after typing before searching (default 300). */
  textDebounceMs?: number;
  /** Your own composition of parts; by default filters, toolbar, table, pagination and dialog. */
  children?: ReactNode;
}

/**
 * A searchable, sortable, paginated grid of the org's listings, backed by `properties.list`
 * (all searching happens on the server). Renders a themed widget root (`data-slot="property-grid"`,
 * `data-state="loading|error|empty|ready"`, `data-fetching` while a request runs). Without
 * children it shows the filter bar, the count and column menu, the grid, pagination and the
 * detail dialog; pass parts as children to arrange them yourself. Must be inside
 * `<EstateKitProvider>`. The detail dialog and the virtualizer are downloaded on demand (see
 * `PropertyGridDetailDialog` and `virtualizeThreshold`), so they cost nothing on first load.
 *
 * Enquiries: the detail dialog lets a visitor "Request info" or "Book a viewing" (a preferred
 * date and time, in their own time zone). The form checks name, email shape, an email or a
 * phone, and a future viewing time; sends `leads.capture` with the listing's `ListingKey`, the
 * `source` (`request_info` / `book_viewing`) and an idempotency key that a retry reuses (a
 * double click or a lost answer never creates two leads); shows the API's field errors next to
 * the fields and, when the API rate-limits (TOO_MANY_REQUESTS), asks to try again in a minute;
 * then thanks the visitor with the API's reference. Its parts are `property-grid-enquiry-*`
 * slots. `enquiries={false}` removes the actions:
 *
 * ```tsx
 * <PropertyGrid enquiries={false} />
 * ```
 */
export function PropertyGrid(props: PropertyGridProps) {
  const {
    filters,
    defaultFilters,
    onFiltersChange,
    sort,
    defaultSort,
    onSortChange,
    page,
    defaultPage,
    onPageChange,
    pageSize,
    defaultPageSize,
    onPageSizeChange,
    defaultColumnVisibility,
    onRowActivate,
    virtualizeThreshold = 100,
    enquiries = true,
    textDebounceMs = 300,
    children,
    ...rootProps
  } = props;
  const { locale, currency } = useEstateKitSettings();
  const search = usePropertyGridSearch({
    filters,
    defaultFilters,
    onFiltersChange,
    sort,
    defaultSort,
    onSortChange,
    page,
    defaultPage,
    onPageChange,
    pageSize,
    defaultPageSize,
    onPageSizeChange,
    defaultColumnVisibility,
  });
  const activation = useRowActivation(onRowActivate);
  const formatters = useMemo(() => createFormatters(locale), [locale]);
  const gridId = useId();
  const countId = useId();
  const value: PropertyGridContextValue = {
    ...search,
    ...activation,
    formatters,
    currency,
    virtualizeThreshold,
    enquiries,
    textDebounceMs,
    ids: { grid: gridId, count: countId },
  };

  const slotProps = useSlotProps('property-grid', 'ek-property-grid', rootProps);
  return (
    <PropertyGridContext.Provider value={value}>
      <EstateKitRoot
        {...slotProps}
        data-state={search.state}
        data-fetching={search.isFetching || undefined}
      >
        {children ?? (
          <>
            <PropertyGridFilters />
            <PropertyGridToolbar />
            <PropertyGridTable />
            <PropertyGridPagination />
            <PropertyGridDetailDialog />
          </>
        )}
      </EstateKitRoot>
    </PropertyGridContext.Provider>
  );
}
