import {
  type ColumnDef,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import {
  type DelinquencyColumnId,
  type DelinquencyColumnSpec,
  type DelinquencyReportRow,
  type DelinquencySort,
  delinquencyColumns,
  isDelinquencyColumn,
} from './delinquency-report.utils';
import { leaseName } from './delinquency-report-format.utils';

/**
 * TanStack Table v9 features of the report: sorting only. The table holds the sort state and
 * drives the headers; the rows arrive already in order (`sortDelinquencyRows`, `manualSorting`).
 */
export const delinquencyReportFeatures = tableFeatures({ rowSortingFeature });

/** The feature registry's type. */
export type DelinquencyReportFeatures = typeof delinquencyReportFeatures;

const helper = createColumnHelper<DelinquencyReportFeatures, DelinquencyReportRow>();

const accessors: Record<
  DelinquencyColumnId,
  (row: DelinquencyReportRow) => string | number | null
> = {
  lease: leaseName,
  tenants: (row) => row.tenants,
  current: (row) => row.current,
  days1to30: (row) => row.days1to30,
  days31to60: (row) => row.days31to60,
  days61to90: (row) => row.days61to90,
  days90plus: (row) => row.days90plus,
  totalMinor: (row) => row.totalMinor,
};

/** Column definitions from the specs: amounts sort descending on their first click. */
export const delinquencyColumnDefs = delinquencyColumns.map(
  (spec) =>
    helper.accessor(accessors[spec.id], {
      id: spec.id,
      header: spec.header,
      enableSorting: true,
      sortDescFirst: spec.kind === 'amount',
      meta: spec,
    }) as ColumnDef<DelinquencyReportFeatures, DelinquencyReportRow, unknown>,
);

/** The spec a column definition was built from. */
export const specOf = (meta: unknown) => meta as DelinquencyColumnSpec;

/**
 * The TanStack Table instance of a DelinquencyReport: one sort at a time, never unsorted
 * (a header toggles between its two directions), in manual mode over `rows` (already sorted,
 * stable array). `onSortChange` receives each new sort.
 */
export function useDelinquencyReportTable(input: {
  rows: DelinquencyReportRow[];
  sort: DelinquencySort;
  onSortChange: (sort: DelinquencySort) => void;
}) {
  const { sort, onSortChange } = input;
  const sorting = useMemo(
    () => [{ id: sort.column, desc: sort.direction === 'desc' }],
    [sort.column, sort.direction],
  );
  return useTable({
    features: delinquencyReportFeatures,
    columns: delinquencyColumnDefs,
    data: input.rows,
    getRowId: (row) => row.leaseId,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && isDelinquencyColumn(first.id)) {
        onSortChange({ column: first.id, direction: first.desc ? 'desc' : 'asc' });
      }
    },
  });
}
