import { type ComponentProps, useId } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { usePropertyGrid } from './property-grid-context';
import { pageCount, pageSizeOptions } from './property-grid-query.utils';

/**
 * Page navigation (`<nav aria-label="Pagination">`, `data-slot="property-grid-pagination"`):
 * rows per page (25–500; changing it goes back to page 1), "Page 3 of 429", and First,
 * Previous, Next and Last buttons, disabled at the ends. Pages are fetched from the server.
 */
export function PropertyGridPagination({ children, ...props }: ComponentProps<'nav'>) {
  const { table, page, pageSize, total, formatters, setPageSize } = usePropertyGrid();
  const sizeId = useId();
  const slot = useSlotProps(
    'property-grid-pagination',
    'ek:flex ek:flex-wrap ek:items-center ek:justify-between ek:gap-3',
    props,
  );
  const sizeSlot = useSlotProps('property-grid-page-size', 'ek:flex ek:items-center ek:gap-2', {});
  const pages = total === null ? null : pageCount(total, pageSize);
  return (
    <nav aria-label="Pagination" {...slot}>
      <div {...sizeSlot}>
        <label htmlFor={sizeId} className="ek:label">
          Rows per page
        </label>
        <select
          id={sizeId}
          className="ek:input"
          value={pageSize}
          onChange={(event) => setPageSize(Number(event.currentTarget.value))}
        >
          {[...new Set([...pageSizeOptions, pageSize])]
            .sort((a, b) => a - b)
            .map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
        </select>
      </div>
      <p className="ek:text-muted-foreground ek:tabular">
        {pages === null ? ' ' : `Page ${formatters.integer(page)} of ${formatters.integer(pages)}`}
      </p>
      <div className="ek:flex ek:items-center ek:gap-2">
        <button
          type="button"
          className="ek:btn"
          disabled={page <= 1}
          onClick={() => table.firstPage()}
        >
          First
        </button>
        <button
          type="button"
          className="ek:btn"
          disabled={page <= 1}
          onClick={() => table.previousPage()}
        >
          Previous
        </button>
        <button
          type="button"
          className="ek:btn"
          disabled={pages === null || page >= pages}
          onClick={() => table.nextPage()}
        >
          Next
        </button>
        <button
          type="button"
          className="ek:btn"
          disabled={pages === null || page >= pages}
          onClick={() => table.lastPage()}
        >
          Last
        </button>
      </div>
      {children}
    </nav>
  );
}
