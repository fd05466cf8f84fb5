import type { ReactTable } from '@tanstack/react-table';
import { SortIcon } from '../lib/sort-icon';
import { useSlotProps } from '../provider/use-slot-props';
import type { DelinquencyReportRow } from './delinquency-report.utils';
import { type DelinquencyReportFeatures, specOf } from './delinquency-report-table-model';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The header row (`<thead data-slot="delinquency-report-header">`). Each column header
 * (`<th data-slot="delinquency-report-header-cell" data-column data-align>`, with `aria-sort`
 * and `data-sorted="asc|desc"` on the sorted one) holds a button named after the column
 * ("90+ days") that sorts by it: amounts largest first, text A→Z; pressing it again (click,
 * Enter or Space) reverses the order.
 */
export function DelinquencyReportHeader(props: {
  table: ReactTable<DelinquencyReportFeatures, DelinquencyReportRow>;
}) {
  const group = useSlotProps('delinquency-report-header', 'ek:delinquency-header', {});
  const cell = useSlotProps('delinquency-report-header-cell', 'ek:delinquency-header-cell', {});
  const headers = props.table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <thead {...group}>
      <tr>
        {headers.map((header) => {
          const spec = specOf(header.column.columnDef.meta);
          const sorted = header.column.getIsSorted();
          const align = spec.kind === 'amount' ? 'end' : 'start';
          return (
            <th
              key={header.id}
              scope="col"
              aria-sort={sorted ? ariaSort[sorted] : undefined}
              {...cell}
              data-column={spec.id}
              data-align={align}
              data-sorted={sorted || undefined}
            >
              <button
                type="button"
                className="ek:delinquency-sort-button"
                onClick={header.column.getToggleSortingHandler()}
              >
                <span>{spec.header}</span>
                <SortIcon direction={sorted} />
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
