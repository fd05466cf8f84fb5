import { useSlotProps } from '../provider/use-slot-props';
import { hasFilters } from './ledger-format.utils';
import { type LedgerRow, unappliedOf } from './ledger-rows.utils';
import { allocationText } from './ledger-text.utils';
import { useLedgerView } from './ledger-view-context';

/**
 * What a payment paid (`data-slot="ledger-view-allocations"`, a list named after the payment):
 * per allocation (`ledger-view-allocation`, `data-reversed`) the charge, the amount and the
 * allocation engine's reason sentence, as the API wrote it; then what stayed unapplied as
 * credit (only when no filter hides some allocations, else a note saying so).
 */
export function LedgerViewAllocations({ row }: { row: LedgerRow }) {
  const { formatters, currency, filters } = useLedgerView();
  const slot = useSlotProps('ledger-view-allocations', 'ek:ledger-allocations', {});
  const item = useSlotProps('ledger-view-allocation', 'ek:ledger-allocation', {});
  const filtered = hasFilters(filters);
  const unapplied = unappliedOf(row, !filtered);
  const money = (amountMinor: number) => formatters.money(amountMinor, currency);
  return (
    <div {...slot}>
      <ul
        aria-label={`What the payment of ${money(row.entry.amountMinor)} on ${formatters.date(row.entry.date)} paid`}
        className="ek:ledger-allocation-list"
      >
        {row.allocations.map((line) => {
          const text = allocationText(line, formatters, currency);
          return (
            <li key={line.id} {...item} data-reversed={line.reversed || undefined}>
              <span className="ek:flex ek:flex-wrap ek:justify-between ek:gap-2">
                <span className="ek:weight-600">
                  {text.charge}
                  {line.reversed && <span className="ek:text-muted-foreground"> (reversed)</span>}
                </span>
                <span className="ek:tabular">{text.amount}</span>
              </span>
              {line.reason && <span className="ek:text-muted-foreground">{line.reason}</span>}
            </li>
          );
        })}
      </ul>
      {unapplied !== null && unapplied > 0 && (
        <p className="ek:text-muted-foreground">Left as credit: {money(unapplied)}</p>
      )}
      {filtered && <p className="ek:hint">Filters may hide some of what this payment paid.</p>}
    </div>
  );
}
