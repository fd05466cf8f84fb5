import type { ComponentProps, ReactNode } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { canReverseRow, receiptNumberOf } from './ledger-rows.utils';
import { useLedgerView } from './ledger-view-context';
import { LedgerViewRow } from './ledger-view-row';
import { metaOf, useLedgerViewTable } from './ledger-view-table-model';

/** Props of {@link LedgerViewTable}; other props go to its scroll container. */
export interface LedgerViewTableProps extends ComponentProps<'div'> {
  /** The table's caption (default "Ledger"). */
  caption?: ReactNode;
}

/**
 * The ledger table (`data-slot="ledger-view-table"`, a native `<table>` with a caption, column
 * headers and the date of each row as its row header): one row per event in ledger order
 * (`ledger-view-row`, with `data-kind`, `data-reversed`, `data-status`, `data-expanded`), the
 * running balance after each. With a period start, an opening balance row comes first
 * (`ledger-view-opening-row`). Expanding a payment adds a row below it listing what it paid
 * (`ledger-view-allocations`). While the first answer loads, skeleton rows
 * (`ledger-view-skeleton`) and `aria-busy`. Every control is a button in the tab order.
 */
export function LedgerViewTable({ caption = 'Ledger', ...props }: LedgerViewTableProps) {
  const view = useLedgerView();
  const showActions = view.rows.some(
    (row) => receiptNumberOf(row) !== null || (view.writable && canReverseRow(row)),
  );
  const table = useLedgerViewTable(view.rows, showActions);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const slot = useSlotProps('ledger-view-table', 'ek:ledger-viewport', props);
  const captionSlot = useSlotProps('ledger-view-caption', 'ek:ledger-caption', {});
  const header = useSlotProps('ledger-view-header', 'ek:ledger-header', {});
  const body = useSlotProps('ledger-view-body', '', {});
  const skeleton = useSlotProps('ledger-view-skeleton', '', {});
  const opening = useSlotProps('ledger-view-opening-row', 'ek:ledger-row', {});
  const loading = view.state === 'loading';
  const from = view.filters.from;
  return (
    <div {...slot}>
      <table
        id={view.tableId}
        tabIndex={-1}
        className="ek:ledger-table"
        aria-busy={loading || view.isFetching || undefined}
      >
        <caption {...captionSlot}>{caption}</caption>
        <thead {...header}>
          <tr>
            {headers.map((h) => {
              const meta = metaOf(h.column.columnDef.meta);
              return (
                <th key={h.id} scope="col" data-column={h.column.id} data-align={meta.align}>
                  <span className={meta.align === 'end' ? 'ek:block ek:text-end' : undefined}>
                    {meta.header}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        {loading ? (
          <tbody aria-hidden="true" {...skeleton}>
            {[0, 1, 2, 3].map((row) => (
              <tr key={row}>
                {headers.map((h) => (
                  <td key={h.id}>
                    <span className="ek:skeleton-bar" />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ) : (
          <tbody {...body}>
            {from && view.statement && (
              <tr {...opening} data-kind="opening">
                <th scope="row">
                  <time dateTime={from} className="ek:whitespace-nowrap">
                    {view.formatters.date(from)}
                  </time>
                </th>
                <td colSpan={3}>
                  <span className="ek:weight-600">Opening balance</span>
                </td>
                <td data-align="end">
                  <span className="ek:block ek:text-end ek:tabular ek:weight-600">
                    {view.formatters.money(view.statement.openingBalanceMinor, view.currency)}
                  </span>
                </td>
                {headers.length > 5 && <td />}
              </tr>
            )}
            {table.getRowModel().rows.map((row) => (
              <LedgerViewRow key={row.id} row={row} table={table} />
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
