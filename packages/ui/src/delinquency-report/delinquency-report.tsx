import type { IsoDate } from '@estatekit/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ComponentProps, type MouseEvent, type ReactNode, useMemo, useRef } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useControllableState } from '../lib/use-controllable-state';
import { useEstateKit } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import {
  type DelinquencyReportData,
  type DelinquencyReportRow,
  type DelinquencySort,
  defaultDelinquencySort,
  sortDelinquencyRows,
} from './delinquency-report.utils';
import { DelinquencyReportFooter } from './delinquency-report-footer';
import { createDelinquencyFormatters } from './delinquency-report-format.utils';
import { DelinquencyReportHeader } from './delinquency-report-header';
import { DelinquencyReportTableRow } from './delinquency-report-row';
import {
  DelinquencyReportEmpty,
  DelinquencyReportError,
  DelinquencyReportSkeleton,
} from './delinquency-report-states';
import { useDelinquencyReportTable } from './delinquency-report-table-model';
import { DelinquencyReportToolbar } from './delinquency-report-toolbar';
import { type DelinquencyReportInput, useDelinquencyExport } from './use-delinquency-export';

/** Props of {@link DelinquencyReport}; other props go to the widget root `<div>`. */
export interface DelinquencyReportProps extends Omit<ComponentProps<'div'>, 'children'> {
  /**
   * The day to age balances on, an ISO date (`'2025-03-01'`, the org's calendar day). Controlled:
   * pair it with `onAsOfChange`. Uncontrolled by default, starting at `defaultAsOf`.
   */
  asOf?: IsoDate;
  /** The first day shown when `asOf` is not controlled (default: the org's today, as the API says). */
  defaultAsOf?: IsoDate;
  /** Called with the ISO date the user picks in the toolbar's "As of" input. */
  onAsOfChange?: (asOf: IsoDate) => void;
  /** Only leases of this building (uuid); the API answers NOT_FOUND for another org's. */
  buildingId?: string;
  /** Row order, controlled (pair with `onSortChange`). */
  sort?: DelinquencySort;
  /** The first row order when `sort` is not controlled (default: total balance, largest first). */
  defaultSort?: DelinquencySort;
  /** Called with each order the user picks from the column headers. */
  onSortChange?: (sort: DelinquencySort) => void;
  /**
   * Makes each lease openable (e.g. in a `LedgerView`): its name becomes a button (Enter or
   * Space) and a click anywhere on its row calls this with the lease id and the row.
   */
  onLeaseSelect?: (leaseId: string, row: DelinquencyReportRow) => void;
  /** The table's caption (default "Delinquency as of Mar 1, 2025" in the provider's locale). */
  caption?: ReactNode;
  /** Shown instead of "No lease has an overdue balance on …" when no lease owes anything. */
  empty?: ReactNode;
}

/**
 * The org's receivables aging per lease from `reports.delinquency`: a table
 * (`data-slot="delinquency-report-table"`) with each lease that owes anything due by `asOf`,
 * its tenants and open amounts by days past due (current = due that day, 1–30, 31–60, 61–90,
 * 90+) and its total balance, in the lease's currency (integer minor units formatted with the
 * domain's `formatMoney`); a totals row per currency (`<tfoot>`). Every column sorts (amounts
 * by currency, then amount). Bucket amounts are coloured by the theme's `aging-current`,
 * `aging-30`, `aging-60` and `aging-90` roles; zeros are muted. The toolbar picks the day and
 * exports the same report as CSV (`reports.delinquencyCsv`, saved as
 * `delinquency-<asOf>.csv`). Renders a themed widget root (`data-slot="delinquency-report"`,
 * `data-state="loading|error|empty|ready"`, `data-fetching` while a request runs; the previous
 * day's rows stay, marked busy, until the new day's arrive); the API's message (with Retry)
 * when it refuses. Must be inside `<EstateKitProvider>` whose credential may read the ledger.
 *
 * ```tsx
 * <DelinquencyReport onLeaseSelect={(id) => setLeaseId(id)} />
 * ```
 */
export function DelinquencyReport(props: DelinquencyReportProps) {
  const {
    asOf: asOfProp,
    defaultAsOf,
    onAsOfChange,
    buildingId,
    sort: sortProp,
    defaultSort = defaultDelinquencySort,
    onSortChange,
    onLeaseSelect,
    caption,
    empty,
    ...rootProps
  } = props;
  const { trpc, locale } = useEstateKit();
  // Undefined until someone picks a day: the API then ages on the org's today, in its time zone.
  const [asOf, setAsOf] = useControllableState<IsoDate | undefined>({
    prop: asOfProp,
    defaultProp: defaultAsOf,
    onChange: (day) => {
      if (day) onAsOfChange?.(day);
    },
  });
  const [sort, setSort] = useControllableState({
    prop: sortProp,
    defaultProp: defaultSort,
    onChange: onSortChange,
  });
  const input = useMemo<DelinquencyReportInput>(
    () => ({ ...(asOf ? { asOf } : {}), ...(buildingId ? { buildingId } : {}) }),
    [asOf, buildingId],
  );
  const query = useQuery({
    ...trpc.reports.delinquency.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const data: DelinquencyReportData | undefined = query.data;
  const formatters = useMemo(() => createDelinquencyFormatters(locale), [locale]);
  const rows = useMemo(
    () => sortDelinquencyRows(data?.rows ?? [], sort, locale),
    [data, sort, locale],
  );
  const table = useDelinquencyReportTable({ rows, sort, onSortChange: setSort });
  const toolbarRef = useRef<HTMLDivElement>(null);
  const csv = useDelinquencyExport(toolbarRef);

  const state = query.isError
    ? 'error'
    : data === undefined
      ? 'loading'
      : rows.length === 0
        ? 'empty'
        : 'ready';
  const busy = state === 'loading' || query.isPlaceholderData;
  const shownDay = data ? formatters.date(data.asOf) : null;

  const onBodyClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    if (!onLeaseSelect || event.defaultPrevented) return;
    const tr = (event.target as Element).closest?.<HTMLElement>('tr[data-lease-id]');
    const row = rows.find((r) => r.leaseId === tr?.dataset.leaseId);
    // A drag that selected text is not a click on the row.
    const selection = event.currentTarget.ownerDocument.getSelection?.();
    if (!row || (selection && !selection.isCollapsed)) return;
    onLeaseSelect(row.leaseId, row);
  };

  const slotProps = useSlotProps('delinquency-report', 'ek-delinquency-report', rootProps);
  const viewport = useSlotProps('delinquency-report-viewport', 'ek:delinquency-viewport', {});
  const tableSlot = useSlotProps('delinquency-report-table', 'ek:delinquency-table', {});
  const captionSlot = useSlotProps('delinquency-report-caption', 'ek:delinquency-caption', {});
  const body = useSlotProps('delinquency-report-body', '', {});
  return (
    <EstateKitRoot {...slotProps} data-state={state} data-fetching={query.isFetching || undefined}>
      <DelinquencyReportToolbar
        asOf={asOf ?? data?.asOf ?? ''}
        onAsOfChange={setAsOf}
        exportState={csv.state}
        onExport={() => csv.run(input)}
        containerRef={toolbarRef}
      />
      {state === 'error' ? (
        <DelinquencyReportError
          error={describeApiError(query.error, 'The delinquency report could not be loaded.')}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : state === 'empty' ? (
        <DelinquencyReportEmpty>
          {empty ?? `No lease has an overdue balance on ${shownDay}.`}
        </DelinquencyReportEmpty>
      ) : (
        <div {...viewport}>
          <table {...tableSlot} aria-busy={busy || undefined}>
            <caption {...captionSlot}>
              {caption ?? (shownDay ? `Delinquency as of ${shownDay}` : 'Delinquency')}
            </caption>
            <DelinquencyReportHeader table={table} />
            {state === 'loading' ? (
              <DelinquencyReportSkeleton />
            ) : (
              // biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut; keyboard users press the lease's own button, whose click bubbles here.
              <tbody {...body} onClick={onBodyClick}>
                {table.getRowModel().rows.map((row) => (
                  <DelinquencyReportTableRow
                    key={row.id}
                    row={row.original}
                    formatters={formatters}
                    selectable={onLeaseSelect !== undefined}
                  />
                ))}
              </tbody>
            )}
            {data && state === 'ready' && (
              <DelinquencyReportFooter totals={data.totals} formatters={formatters} />
            )}
          </table>
        </div>
      )}
    </EstateKitRoot>
  );
}
