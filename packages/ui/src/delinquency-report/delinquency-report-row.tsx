import type { AgingBucket } from '@estatekit/domain';
import { agingBuckets } from '@estatekit/domain/format';
import { useSlotProps } from '../provider/use-slot-props';
import {
  type DelinquencyReportRow,
  type DelinquencyReportTotal,
  oldestBucket,
} from './delinquency-report.utils';
import {
  type DelinquencyFormatters,
  leaseName,
  leaseStatusLabel,
} from './delinquency-report-format.utils';

/** Numbers sit at the end of their cell (cells themselves are guarded to `text-align: start`). */
const end = 'ek:block ek:text-end ek:tabular';

/**
 * The amount cells of a row or a total, in column order: the five buckets then the balance.
 * Each `<td data-slot="delinquency-report-cell" data-column data-align="end">` carries
 * `data-bucket` (coloured by the theme's `--ek-aging-*` role) and `data-zero` when it is 0
 * (de-emphasised).
 */
export function DelinquencyAmountCells(props: {
  amounts: Pick<DelinquencyReportTotal, AgingBucket | 'totalMinor' | 'currency'>;
  formatters: DelinquencyFormatters;
}) {
  const { amounts, formatters } = props;
  const cell = useSlotProps('delinquency-report-cell', 'ek:delinquency-amount', {});
  return (
    <>
      {[...agingBuckets, 'totalMinor' as const].map((column) => (
        <td
          key={column}
          {...cell}
          data-column={column}
          data-align="end"
          data-bucket={column === 'totalMinor' ? undefined : column}
          data-zero={amounts[column] === 0 || undefined}
        >
          <span className={end}>{formatters.amount(amounts[column], amounts.currency)}</span>
        </td>
      ))}
    </>
  );
}

/**
 * One lease (`<tr data-slot="delinquency-report-row" data-lease-id data-status data-currency
 * data-oldest-bucket>`): a row header naming it (units, then building and status), its tenants,
 * then its amounts. With `selectable`, the name is a button (`delinquency-report-lease-button`)
 * that opens the lease; the body also opens a row clicked anywhere.
 */
export function DelinquencyReportTableRow(props: {
  row: DelinquencyReportRow;
  formatters: DelinquencyFormatters;
  selectable: boolean;
}) {
  const { row, formatters, selectable } = props;
  const slot = useSlotProps('delinquency-report-row', 'ek:delinquency-row', {});
  const lease = useSlotProps('delinquency-report-lease', 'ek:delinquency-lease', {});
  const leaseButton = useSlotProps(
    'delinquency-report-lease-button',
    'ek:delinquency-lease-button',
    {},
  );
  const cell = useSlotProps('delinquency-report-cell', 'ek:delinquency-cell', {});
  const name = (
    <span className="ek:flex ek:flex-col">
      <span className="ek:weight-600">{leaseName(row)}</span>
      <span className="ek:text-muted-foreground">
        {row.units?.trim() ? `${row.buildingName} · ` : ''}
        {leaseStatusLabel(row.status)}
      </span>
    </span>
  );
  return (
    <tr
      {...slot}
      data-lease-id={row.leaseId}
      data-status={row.status}
      data-currency={row.currency}
      data-oldest-bucket={oldestBucket(row) ?? undefined}
      data-selectable={selectable || undefined}
    >
      <th scope="row" {...lease}>
        {selectable ? (
          <button type="button" {...leaseButton}>
            {name}
          </button>
        ) : (
          name
        )}
      </th>
      <td {...cell} data-column="tenants">
        {row.tenants ?? (
          <>
            <span aria-hidden="true" className="ek:text-muted-foreground">
              —
            </span>
            <span className="ek:sr-only">no tenants</span>
          </>
        )}
      </td>
      <DelinquencyAmountCells amounts={row} formatters={formatters} />
    </tr>
  );
}
