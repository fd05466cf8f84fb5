import {
  type ComponentProps,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useRef,
} from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import {
  PropertyGridLargeBody,
  PropertyGridPlainBody,
  prefetchVirtualBody,
} from './property-grid-body';
import { columnSpec, gridTemplateColumns } from './property-grid-columns.utils';
import { usePropertyGrid } from './property-grid-context';
import { PropertyGridHeader } from './property-grid-header';
import { PropertyGridRow } from './property-grid-row';
import { PropertyGridEmpty, PropertyGridError, PropertyGridSkeleton } from './property-grid-states';
import { useGridNavigation } from './use-grid-navigation';

/** Props of {@link PropertyGridTable}. */
export interface PropertyGridTableProps extends ComponentProps<'div'> {
  /** Shown instead of the default empty message when no listing matches. */
  empty?: ReactNode;
  /** Accessible name of the grid (default "Listings"). */
  label?: string;
}

/**
 * The listings grid (`data-slot="property-grid-table"` wrapping a `role="grid"`), following the
 * WAI-ARIA data grid pattern: sortable column headers are buttons inside `columnheader`s with
 * `aria-sort`; one cell at a time is in the tab order (roving tabindex); arrows, Home/End,
 * Ctrl+Home/End and PageUp/PageDown move between cells; Enter or a click opens the row's detail
 * dialog. `aria-rowcount`/`aria-rowindex` describe the whole result, not just this page.
 * While loading it shows skeleton rows and sets `aria-busy`; pages larger than the grid's
 * `virtualizeThreshold` render only the rows in view (the virtualizer is downloaded when the
 * page size first exceeds it; see `PropertyGridLargeBody`). The first hover or focus in the body
 * prefetches the detail dialog's code. Empty and error messages (with retry) appear below the
 * header.
 */
export function PropertyGridTable({
  empty,
  label = 'Listings',
  children,
  ...props
}: PropertyGridTableProps) {
  const grid = usePropertyGrid();
  const { table, rows, state, ids } = grid;
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const columns = table.getVisibleLeafColumns();
  const nav = useGridNavigation({
    gridRef,
    rowCount: rows.length,
    colCount: columns.length,
    onActivateRow: (index) => {
      const listing = rows[index];
      if (listing) grid.openListing(listing);
    },
  });

  const virtual = rows.length > grid.virtualizeThreshold;
  // A page size over the threshold means a large page is coming: fetch the virtualizer with it.
  const largePages = grid.pageSize > grid.virtualizeThreshold;
  useEffect(() => {
    if (largePages) prefetchVirtualBody();
  }, [largePages]);
  const focusHandoff = useRef(false);

  const visibleIds = columns.map((column) => column.id);
  const minWidth = visibleIds.reduce((sum, id) => sum + columnSpec(id).width, 0);
  const gridStyle = {
    '--ek-grid-columns': gridTemplateColumns(visibleIds),
    '--ek-grid-min-width': `${minWidth}px`,
  } as CSSProperties;
  const rowOffset = (grid.page - 1) * grid.pageSize;
  const slot = useSlotProps('property-grid-table', 'ek:flex ek:flex-col ek:gap-2', props);
  const viewport = useSlotProps('property-grid-viewport', 'ek:grid-viewport', {});
  const gridSlot = useSlotProps('property-grid-grid', 'ek:grid-table', {});
  const body = useSlotProps('property-grid-body', 'ek:grid-body', {});
  // Clicking anywhere on a row opens it (Enter does the same from the keyboard).
  const onClick = (event: MouseEvent) => {
    const index = (event.target as HTMLElement).closest?.<HTMLElement>('tr[data-index]')?.dataset
      .index;
    const listing = index === undefined ? undefined : rows[Number(index)];
    if (listing && !event.defaultPrevented) grid.openListing(listing);
  };

  const renderRow = (index: number, style?: CSSProperties) => {
    const row = table.getRowModel().rows[index];
    return row ? (
      <PropertyGridRow
        key={row.id}
        row={row}
        index={index}
        rowIndex={rowOffset + index + 2}
        tabIndex={nav.tabIndex}
        style={style}
      />
    ) : null;
  };
  const bodyProps = {
    ...body,
    rowCount: rows.length,
    renderRow,
    focusHandoff,
    // Intent to open a row: start downloading the detail dialog.
    onPointerEnter: grid.prefetchDetail,
    onFocus: grid.prefetchDetail,
  };

  return (
    <div {...slot} data-state={state}>
      <div {...viewport} ref={scrollRef}>
        <table
          {...gridSlot}
          ref={gridRef}
          id={ids.grid}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: role="grid" on a table is the APG data grid pattern: screen readers then navigate cell by cell.
          role="grid"
          tabIndex={-1}
          aria-label={label}
          aria-describedby={ids.count}
          aria-rowcount={grid.total === null ? -1 : grid.total + 1}
          aria-colcount={columns.length}
          aria-busy={grid.isFetching || undefined}
          style={gridStyle}
          onKeyDown={nav.onKeyDown}
          onFocus={nav.onFocus}
          onClick={onClick}
        >
          <PropertyGridHeader tabIndex={nav.tabIndex} />
          {state === 'loading' && <PropertyGridSkeleton columns={visibleIds.length} />}
          {rows.length > 0 &&
            (virtual ? (
              <PropertyGridLargeBody
                {...bodyProps}
                scrollRef={scrollRef}
                gridRef={gridRef}
                activeIndex={nav.active.row - 1}
              />
            ) : (
              <PropertyGridPlainBody {...bodyProps} />
            ))}
        </table>
      </div>
      {state === 'empty' && <PropertyGridEmpty>{empty}</PropertyGridEmpty>}
      {state === 'error' && <PropertyGridError />}
      {children}
    </div>
  );
}
