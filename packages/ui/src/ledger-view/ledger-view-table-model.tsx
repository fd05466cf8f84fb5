import {
  type ColumnDef,
  columnVisibilityFeature,
  createColumnHelper,
  type ExpandedState,
  type Row,
  rowExpandingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { type ReactNode, useState } from 'react';
import type { LedgerRow } from './ledger-rows.utils';
import {
  LedgerViewAmount,
  LedgerViewBalance,
  LedgerViewDate,
  LedgerViewEntry,
} from './ledger-view-cells';
import { LedgerViewRowActions } from './ledger-view-row-actions';

/**
 * TanStack Table v9 features of the ledger: expanding (a payment's row shows what it paid) and
 * column visibility (the actions column only when there is an action). Rows come from the API
 * in ledger order; nothing is sorted or paged here.
 */
export const ledgerViewFeatures = tableFeatures({ rowExpandingFeature, columnVisibilityFeature });

/** The feature registry's type. */
export type LedgerViewFeatures = typeof ledgerViewFeatures;

/** Ids of the ledger's columns, in order. */
export type LedgerViewColumnId = 'date' | 'entry' | 'charges' | 'payments' | 'balance' | 'actions';

/** What a column shows in its header and how its cells align (`data-align`). */
export interface LedgerViewColumnMeta {
  header: string;
  align: 'start' | 'end';
}

const helper = createColumnHelper<LedgerViewFeatures, LedgerRow>();
const column = (
  id: LedgerViewColumnId,
  meta: LedgerViewColumnMeta,
  cell: (row: Row<LedgerViewFeatures, LedgerRow>) => ReactNode,
) => helper.display({ id, header: meta.header, meta, cell: ({ row }) => cell(row) });

/** The ledger's columns: date, entry, charges, payments, running balance, actions. */
export const ledgerViewColumnDefs: ColumnDef<LedgerViewFeatures, LedgerRow, unknown>[] = [
  column('date', { header: 'Date', align: 'start' }, (row) => (
    <LedgerViewDate row={row.original} />
  )),
  column('entry', { header: 'Entry', align: 'start' }, (row) => (
    <LedgerViewEntry
      row={row.original}
      expandable={row.getCanExpand()}
      expanded={row.getIsExpanded()}
      onToggle={() => row.toggleExpanded()}
    />
  )),
  column('charges', { header: 'Charges', align: 'end' }, (row) => (
    <LedgerViewAmount amountMinor={row.original.chargesMinor} tone="charge" />
  )),
  column('payments', { header: 'Payments', align: 'end' }, (row) => (
    <LedgerViewAmount amountMinor={row.original.paymentsMinor} tone="payment" />
  )),
  column('balance', { header: 'Balance', align: 'end' }, (row) => (
    <LedgerViewBalance row={row.original} />
  )),
  column('actions', { header: 'Actions', align: 'end' }, (row) => (
    <LedgerViewRowActions row={row.original} />
  )),
];

/** The meta a column definition was built with. */
export const metaOf = (meta: unknown) => meta as LedgerViewColumnMeta;

/**
 * The TanStack Table instance of a LedgerView: one row per {@link LedgerRow} (id = entry id), a
 * payment with allocations can expand; expansion is local state kept across refetches (rows
 * keep their ids). `rows` must be a stable array.
 */
export function useLedgerViewTable(rows: LedgerRow[], showActions: boolean) {
  const [expanded, setExpanded] = useState<ExpandedState>({});
  return useTable({
    features: ledgerViewFeatures,
    columns: ledgerViewColumnDefs,
    data: rows,
    getRowId: (row) => row.id,
    getRowCanExpand: (row) => row.original.allocations.length > 0,
    manualExpanding: true,
    state: { expanded, columnVisibility: { actions: showActions } },
    onExpandedChange: setExpanded,
  });
}
