import { useSlotProps } from '../provider/use-slot-props';
import type { LedgerRow } from './ledger-rows.utils';
import { describeLedgerRow } from './ledger-text.utils';
import { useLedgerView } from './ledger-view-context';

/** Numbers sit at the end of their cell (cells themselves are guarded to `text-align: start`). */
const end = 'ek:block ek:text-end ek:tabular';

/** DOM id of a payment row's allocations (the expand button's `aria-controls`). */
export const allocationsId = (tableId: string, rowId: string) => `${tableId}-paid-${rowId}`;

/** The row's date (ISO date as a medium date, in a `<time dateTime>`). */
export function LedgerViewDate({ row }: { row: LedgerRow }) {
  const { formatters } = useLedgerView();
  return (
    <time dateTime={row.entry.date} className="ek:whitespace-nowrap">
      {formatters.date(row.entry.date)}
    </time>
  );
}

/**
 * What the row is: title, a status badge (`ledger-view-status-badge`: Reversed, Pending
 * verification, Rejected) and details (reference, receipt, reason, what is still open). A
 * payment that paid charges gets a disclosure button (`ledger-view-expand-button`,
 * `aria-expanded`) that shows its allocations below the row.
 */
export function LedgerViewEntry(props: {
  row: LedgerRow;
  expandable: boolean;
  expanded: boolean;
  onToggle: () => void;
}) {
  const { row } = props;
  const { byId, formatters, currency, tableId } = useLedgerView();
  const text = describeLedgerRow(row, byId, formatters, currency);
  const badge = useSlotProps('ledger-view-status-badge', 'ek:badge', {});
  const toggle = useSlotProps('ledger-view-expand-button', 'ek:btn-ghost ek:ledger-expand', {});
  const count = row.allocations.length;
  return (
    <span className="ek:flex ek:flex-col ek:gap-1">
      <span className="ek:flex ek:flex-wrap ek:items-center ek:gap-2">
        <span className="ek:weight-600 ek:ledger-title">{text.title}</span>
        {text.badge && (
          <span {...badge} data-status={row.reversed ? 'reversed' : row.entry.payment?.status}>
            {text.badge}
          </span>
        )}
      </span>
      {text.details.map((detail) => (
        <span key={detail} className="ek:text-muted-foreground ek:ledger-detail-text">
          {detail}
        </span>
      ))}
      {props.expandable && (
        <button
          type="button"
          {...toggle}
          aria-expanded={props.expanded}
          aria-controls={props.expanded ? allocationsId(tableId, row.id) : undefined}
          data-state={props.expanded ? 'open' : 'closed'}
          onClick={props.onToggle}
        >
          <svg aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
            <path d="M4 2 8 6 4 10" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          {props.expanded ? 'Hide' : 'Show'} what it paid ({count}{' '}
          {count === 1 ? 'charge' : 'charges'})
          <span className="ek:sr-only">
            {' '}
            for the payment of {formatters.money(row.entry.amountMinor, currency)} on{' '}
            {formatters.date(row.entry.date)}
          </span>
        </button>
      )}
    </span>
  );
}

/** An amount of the Charges or Payments column (`data-tone`), empty when the row has none. */
export function LedgerViewAmount(props: {
  amountMinor: number | null;
  tone: 'charge' | 'payment';
}) {
  const { formatters, currency } = useLedgerView();
  if (props.amountMinor === null) return null;
  return (
    <span className={`${end} ek:ledger-amount`} data-tone={props.tone}>
      {formatters.money(props.amountMinor, currency)}
    </span>
  );
}

/** The running balance after the row and, when there is any, the unapplied credit. */
export function LedgerViewBalance({ row }: { row: LedgerRow }) {
  const { formatters, currency } = useLedgerView();
  return (
    <span className={`${end} ek:flex ek:flex-col`}>
      <span className="ek:weight-600">{formatters.money(row.balanceAfterMinor, currency)}</span>
      {row.creditAfterMinor !== 0 && (
        <span className="ek:text-muted-foreground ek:ledger-credit">
          {formatters.money(row.creditAfterMinor, currency)} credit
        </span>
      )}
    </span>
  );
}
