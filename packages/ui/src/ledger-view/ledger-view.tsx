import {
  type ComponentProps,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { whenIdle } from '../lib/load-on-demand';
import { useControllableState } from '../lib/use-controllable-state';
import { useEstateKitSettings } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { createLedgerFormatters } from './ledger-format.utils';
import type { LedgerRow } from './ledger-rows.utils';
import type {
  LedgerPaymentResult,
  LedgerReverseResult,
  LedgerViewFilters,
} from './ledger-view.types';
import { LedgerViewContext, type LedgerViewContextValue } from './ledger-view-context';
import { LedgerViewFilterBar } from './ledger-view-filters';
import {
  LedgerViewPaymentDialog,
  LedgerViewReverseDialog,
  prefetchLedgerViewDialogs,
} from './ledger-view-overlays.lazy';
import { LedgerViewEmpty, LedgerViewError } from './ledger-view-states';
import { LedgerViewSummary } from './ledger-view-summary';
import { LedgerViewTable } from './ledger-view-table';
import { LedgerViewToolbar } from './ledger-view-toolbar';
import { useLedgerViewData } from './use-ledger-view-data';

/**
 * Whose ledger to show: exactly one of a lease or a tenant (UUIDs). A tenant's view lists its
 * leases (newest first, from `ledger.forTenant`) and shows one at a time, with a picker when
 * there are several; payments recorded there go to the lease shown and name the tenant as payer.
 */
export type LedgerViewTarget =
  | {
      /** The lease whose ledger to show (`ledger.forLease`). */
      leaseId: string;
      tenantId?: never;
    }
  | {
      /** The tenant whose leases' ledgers to show (`ledger.forTenant`, then `ledger.forLease`). */
      tenantId: string;
      leaseId?: never;
    };

/** Props of {@link LedgerView} besides the target; other props go to the widget root `<div>`. */
export interface LedgerViewOptions extends Omit<ComponentProps<'div'>, 'children'> {
  /**
   * Controlled filters (ISO dates `from`/`to`, inclusive; charge types), sent to
   * `ledger.forLease`; `undefined` leaves them to the widget. They narrow the rows, never the
   * balances, which are always those of the whole ledger.
   */
  filters?: LedgerViewFilters;
  defaultFilters?: LedgerViewFilters;
  onFiltersChange?: (filters: LedgerViewFilters) => void;
  /**
   * Whether the caller may record payments and reverse entries (`ledger:write`: accountants,
   * managers, owners). `undefined` (default): offered, and once the API answers FORBIDDEN the
   * widget shows its message and stops offering them. `false` hides them.
   */
  canWrite?: boolean;
  /** Called after `ledger.recordPayment` succeeded (amounts in minor units), after the refresh started. */
  onPaymentRecorded?: (payment: LedgerPaymentResult) => void;
  /** Called after `ledger.reverse` succeeded, with the reversed entry's id and kind. */
  onEntryReversed?: (reversal: LedgerReverseResult) => void;
  /** The table's caption (default "Ledger"). */
  caption?: ReactNode;
  /** Quiet time after typing an amount before previewing its allocation, milliseconds (default 300). */
  previewDebounceMs?: number;
  /** Your own arrangement of parts; by default toolbar, summary, filters, table and dialogs. */
  children?: ReactNode;
}

/** Props of {@link LedgerView}: a lease or a tenant ({@link LedgerViewTarget}) and the options. */
export type LedgerViewProps = LedgerViewTarget & LedgerViewOptions;

const noFilters: LedgerViewFilters = {};

/**
 * A lease's rent ledger, or a tenant's: a chronological table (`ledger.forLease`) of charges,
 * payments, credit applied and reversals, with the running balance (Σ charges − Σ allocations,
 * in the lease's currency) and unapplied credit after each row. A payment row expands to what
 * it paid: each charge, the amount and the allocation engine's reason. Reversed entries are
 * marked. Filters by period (ISO dates) and line type (charge types), on the server. Above the
 * table: balance, amount due, unapplied credit, deposit held and aging (current, 1–30, 31–60,
 * 61–90, over 90 days past due, in the theme's `aging-*` colours).
 *
 * Writes (for `ledger:write` callers): "Record payment" opens a dialog that reads the amount
 * exactly into minor units, previews its allocation (`ledger.previewAllocation`, including an
 * acceptance refusal) and saves with `ledger.recordPayment` under one idempotency key per
 * dialog, so a double submit or a retry cannot pay twice; "Reverse" asks for a reason
 * (`ledger.reverse`); confirmed payments download their receipt PDF (`receipts.get`). The API's
 * own messages are shown when it refuses (FORBIDDEN included; the table stays).
 *
 * Renders a themed widget root (`data-slot="ledger-view"`, `data-state="loading|error|empty|
 * ready"`, `data-fetching`, `data-mode="lease|tenant"`). Must be inside `<EstateKitProvider>`
 * whose credential may read ledgers (an embed token for `ledger-view`, or a staff key). The
 * dialogs download on demand.
 *
 * ```tsx
 * <LedgerView leaseId={lease.id} onPaymentRecorded={(p) => toast(`Receipt #${p.receiptNumber}`)} />
 * <LedgerView tenantId={tenant.id} canWrite={false} />
 * ```
 */
export function LedgerView(props: LedgerViewProps) {
  const {
    leaseId: leaseProp,
    tenantId: tenantProp,
    filters,
    defaultFilters,
    onFiltersChange,
    canWrite,
    onPaymentRecorded,
    onEntryReversed,
    caption = 'Ledger',
    previewDebounceMs = 300,
    children,
    ...rootProps
  } = props;
  const { locale } = useEstateKitSettings();
  const [filterValue, setFilters] = useControllableState({
    prop: filters,
    defaultProp: defaultFilters ?? noFilters,
    onChange: onFiltersChange,
  });
  const data = useLedgerViewData({
    leaseId: leaseProp,
    tenantId: tenantProp,
    filters: filterValue,
  });
  const formatters = useMemo(() => createLedgerFormatters(locale), [locale]);
  const tableId = useId();

  const [writeRefusal, setWriteRefusal] = useState<string | null>(null);
  const writable = canWrite !== false && writeRefusal === null;
  const [paymentOpen, setPaymentOpen] = useState(false);
  const [reverseRow, setReverseRow] = useState<LedgerRow | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const openPayment = useCallback((element?: HTMLElement | null) => {
    opener.current = element ?? null;
    setPaymentOpen(true);
  }, []);
  const openReverse = useCallback((row: LedgerRow, element?: HTMLElement | null) => {
    opener.current = element ?? null;
    setReverseRow(row);
  }, []);
  const restoreFocus = useCallback(() => {
    const element = opener.current;
    if (element?.isConnected) element.focus();
    else document.getElementById(tableId)?.focus();
  }, [tableId]);

  const [announcement, setAnnouncement] = useState('');
  const ready = data.state === 'ready' && writable;
  useEffect(() => (ready ? whenIdle(prefetchLedgerViewDialogs) : undefined), [ready]);

  const value: LedgerViewContextValue = {
    ...data,
    tenantId: tenantProp ?? null,
    currency: data.statement?.lease.currency ?? '',
    formatters,
    filters: filterValue,
    setFilters,
    writable,
    writeRefusal,
    setWriteRefusal,
    paymentOpen,
    openPayment,
    closePayment: useCallback(() => setPaymentOpen(false), []),
    reverseRow,
    openReverse,
    closeReverse: useCallback(() => setReverseRow(null), []),
    restoreFocus,
    announcement,
    announce: setAnnouncement,
    onPaymentRecorded,
    onEntryReversed,
    previewDebounceMs,
    tableId,
  };
  const slotProps = useSlotProps('ledger-view', 'ek-ledger-view', rootProps);
  return (
    <LedgerViewContext.Provider value={value}>
      <EstateKitRoot
        {...slotProps}
        data-state={data.state}
        data-fetching={data.isFetching || undefined}
        data-mode={tenantProp ? 'tenant' : 'lease'}
      >
        {children ?? (
          <>
            <LedgerViewToolbar />
            <LedgerViewSummary />
            <LedgerViewFilterBar />
            <LedgerViewError />
            {data.state !== 'error' && !data.noLeases && <LedgerViewTable caption={caption} />}
            <LedgerViewEmpty />
            <LedgerViewPaymentDialog />
            <LedgerViewReverseDialog />
          </>
        )}
      </EstateKitRoot>
    </LedgerViewContext.Provider>
  );
}
