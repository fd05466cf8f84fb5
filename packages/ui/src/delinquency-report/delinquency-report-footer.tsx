import { useSlotProps } from '../provider/use-slot-props';
import type { DelinquencyReportTotal } from './delinquency-report.utils';
import type { DelinquencyFormatters } from './delinquency-report-format.utils';
import { DelinquencyAmountCells } from './delinquency-report-row';

/**
 * The totals (`<tfoot data-slot="delinquency-report-footer">`): one row per currency
 * (`<tr data-slot="delinquency-report-total-row" data-currency>`) with the API's sums of every
 * bucket and balance, headed "Total" (or "Total USD" when the report holds several currencies)
 * and how many leases owe anything. Amounts of different currencies are never added together.
 */
export function DelinquencyReportFooter(props: {
  totals: readonly DelinquencyReportTotal[];
  formatters: DelinquencyFormatters;
}) {
  const { totals, formatters } = props;
  const group = useSlotProps('delinquency-report-footer', 'ek:delinquency-footer', {});
  const row = useSlotProps('delinquency-report-total-row', 'ek:delinquency-total-row', {});
  const several = totals.length > 1;
  return (
    <tfoot {...group}>
      {totals.map((total) => (
        <tr key={total.currency} {...row} data-currency={total.currency}>
          <th scope="row" colSpan={2} className="ek:delinquency-cell">
            <span className="ek:flex ek:flex-col">
              <span className="ek:weight-600">{several ? `Total ${total.currency}` : 'Total'}</span>
              <span className="ek:text-muted-foreground">
                {formatters.leaseCount(total.leases)}
              </span>
            </span>
          </th>
          <DelinquencyAmountCells amounts={total} formatters={formatters} />
        </tr>
      ))}
    </tfoot>
  );
}
