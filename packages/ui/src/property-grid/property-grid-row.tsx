import type { Listing } from '@estatekit/domain';
import type { Row } from '@tanstack/react-table';
import type { CSSProperties } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { usePropertyGrid } from './property-grid-context';
import { type PropertyGridFeatures, specOf } from './property-grid-table-model';

interface PropertyGridRowProps {
  row: Row<PropertyGridFeatures, Listing>;
  /** Index on this page (0-based), also `data-index` for click handling. */
  index: number;
  /** `aria-rowindex` in the whole result: the header is 1. */
  rowIndex: number;
  tabIndex: (row: number, col: number) => number;
  style?: CSSProperties | undefined;
}

/**
 * One listing (`<tr data-slot="property-grid-row" data-status="…">`): a gridcell per visible
 * column (`<td data-slot="property-grid-cell" data-column="listPrice" data-align="end">`).
 * The grid opens the row's dialog on click or Enter.
 */
export function PropertyGridRow({ row, index, rowIndex, tabIndex, style }: PropertyGridRowProps) {
  const { table } = usePropertyGrid();
  const slot = useSlotProps('property-grid-row', 'ek:grid-row ek:body-row', { style });
  const cell = useSlotProps('property-grid-cell', 'ek:cell', {});
  return (
    <tr
      aria-rowindex={rowIndex}
      {...slot}
      data-index={index}
      data-status={row.original.standardStatus}
    >
      {row.getVisibleCells().map((c, col) => (
        <td
          key={c.id}
          aria-colindex={col + 1}
          tabIndex={tabIndex(index + 1, col)}
          data-row={index + 1}
          data-col={col}
          {...cell}
          data-column={c.column.id}
          data-align={specOf(c.column.columnDef.meta).align}
        >
          <table.FlexRender cell={c} />
        </td>
      ))}
    </tr>
  );
}
