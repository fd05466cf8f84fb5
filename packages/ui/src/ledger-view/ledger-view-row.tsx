import type { ReactTable, Row } from '@tanstack/react-table';
import { useSlotProps } from '../provider/use-slot-props';
import type { LedgerRow } from './ledger-rows.utils';
import { LedgerViewAllocations } from './ledger-view-allocations';
import { allocationsId } from './ledger-view-cells';
import { useLedgerView } from './ledger-view-context';
import { type LedgerViewFeatures, metaOf } from './ledger-view-table-model';

/**
 * One ledger row (`<tr data-slot="ledger-view-row" data-kind="charge|payment|allocation|
 * reversal|deposit_movement" data-reversed data-status data-expanded>`): the date as row
 * header, then a cell per visible column (`ledger-view-cell`, `data-column`, `data-align`).
 * When expanded, a second row spanning the table lists what the payment paid.
 */
export function LedgerViewRow(props: {
  row: Row<LedgerViewFeatures, LedgerRow>;
  table: ReactTable<LedgerViewFeatures, LedgerRow, unknown>;
}) {
  const { row, table } = props;
  const { tableId } = useLedgerView();
  const slot = useSlotProps('ledger-view-row', 'ek:ledger-row', {});
  const cell = useSlotProps('ledger-view-cell', 'ek:ledger-cell', {});
  const expanded = row.getIsExpanded();
  const cells = row.getVisibleCells();
  const original = row.original;
  return (
    <>
      <tr
        {...slot}
        data-entry-id={original.id}
        data-kind={original.kind}
        data-reverses={original.reverses?.target}
        data-reversed={original.reversed || undefined}
        data-status={original.entry.payment?.status}
        data-expanded={expanded || undefined}
      >
        {cells.map((c) => {
          const Cell = c.column.id === 'date' ? 'th' : 'td';
          return (
            <Cell
              key={c.id}
              scope={Cell === 'th' ? 'row' : undefined}
              {...cell}
              data-column={c.column.id}
              data-align={metaOf(c.column.columnDef.meta).align}
            >
              <table.FlexRender cell={c} />
            </Cell>
          );
        })}
      </tr>
      {expanded && (
        <tr className="ek:ledger-detail-row" data-kind="allocations">
          <td colSpan={cells.length} id={allocationsId(tableId, original.id)}>
            <LedgerViewAllocations row={original} />
          </td>
        </tr>
      )}
    </>
  );
}
