import { SortIcon } from '../lib/sort-icon';
import { useSlotProps } from '../provider/use-slot-props';
import { usePropertyGrid } from './property-grid-context';
import { specOf } from './property-grid-table-model';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The header row (`<thead data-slot="property-grid-header">`, row 1 of the grid). Each
 * `<th>` columnheader (`data-slot="property-grid-header-cell"`, `data-sorted="asc|desc"` and
 * `aria-sort` when sorted, `data-filtered` when a filter applies to it) holds a button named
 * after the column ("Price") that cycles ascending → descending → unsorted on the server.
 */
export function PropertyGridHeader({
  tabIndex,
}: {
  tabIndex: (row: number, col: number) => number;
}) {
  const { table } = usePropertyGrid();
  const group = useSlotProps('property-grid-header', 'ek:grid-header', {});
  const cellClass = useSlotProps('property-grid-header-cell', 'ek:header-cell', {});
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <thead {...group}>
      <tr aria-rowindex={1} className="ek:grid-row">
        {headers.map((header, col) => {
          const spec = specOf(header.column.columnDef.meta);
          const sorted = header.column.getIsSorted();
          return (
            <th
              key={header.id}
              scope="col"
              aria-colindex={col + 1}
              aria-sort={sorted ? ariaSort[sorted] : undefined}
              {...cellClass}
              data-sorted={sorted || undefined}
              data-filtered={header.column.getIsFiltered() ? '' : undefined}
              data-align={spec.align}
            >
              <button
                type="button"
                className="ek:sort-button"
                tabIndex={tabIndex(0, col)}
                data-row={0}
                data-col={col}
                onClick={header.column.getToggleSortingHandler()}
              >
                <span className="ek:truncate">{spec.header}</span>
                <SortIcon direction={sorted} />
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
