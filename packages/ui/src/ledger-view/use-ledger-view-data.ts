import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { filtersToInput } from './ledger-format.utils';
import { buildLedgerRows } from './ledger-rows.utils';
import type { LedgerStatement, LedgerViewFilters } from './ledger-view.types';
import type { LedgerViewState } from './ledger-view-context';

/**
 * LedgerView's data: in lease mode `ledger.forLease` with the filters; in tenant mode
 * `ledger.forTenant` for the tenant's leases (newest first) and totals, then `ledger.forLease`
 * for the lease picked (default the newest), with the filters. While new filters load, the
 * previous rows of the same lease stay (`isFetching`).
 */
export function useLedgerViewData(options: {
  leaseId: string | undefined;
  tenantId: string | undefined;
  filters: LedgerViewFilters;
}) {
  const { trpc } = useEstateKit();
  const queryClient = useQueryClient();
  const tenant = useQuery(
    trpc.ledger.forTenant.queryOptions(
      options.tenantId ? { tenantId: options.tenantId } : skipToken,
    ),
  );
  const [picked, setPicked] = useState<string | null>(null);
  const tenantLeases = tenant.data?.leases ?? [];
  const leaseId =
    options.leaseId ??
    (tenantLeases.some((l) => l.lease.id === picked) ? picked : null) ??
    tenantLeases[0]?.lease.id ??
    null;
  const input = useMemo(() => filtersToInput(options.filters), [options.filters]);
  const ledger = useQuery({
    ...trpc.ledger.forLease.queryOptions(leaseId ? { leaseId, ...input } : skipToken),
    // Keep the rows on screen while other filters of the same lease load.
    placeholderData: (previous: LedgerStatement | undefined) =>
      previous?.lease.id === leaseId ? previous : undefined,
  });
  const statement = ledger.data ?? null;
  const rows = useMemo(() => buildLedgerRows(statement?.entries ?? []), [statement]);
  const byId = useMemo(
    () => new Map((statement?.entries ?? []).map((entry) => [entry.id, entry])),
    [statement],
  );

  const failed = tenant.isError ? tenant.error : ledger.isError ? ledger.error : null;
  const noLeases = tenant.data !== undefined && tenantLeases.length === 0;
  const state: LedgerViewState = failed
    ? 'error'
    : noLeases
      ? 'empty'
      : statement === null
        ? 'loading'
        : rows.length === 0
          ? 'empty'
          : 'ready';

  // After a write: this ledger first, on its own (a batched request answers when its slowest
  // procedure does, and a portfolio report is slower than one lease), then the reports on the page.
  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.ledger.forLease.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.ledger.forTenant.pathKey() }),
    ]);
    await queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
  }, [queryClient, trpc]);
  const retry = useCallback(() => {
    if (tenant.isError) void tenant.refetch();
    if (ledger.isError) void ledger.refetch();
  }, [tenant, ledger]);

  return {
    state,
    isFetching: tenant.isFetching || ledger.isFetching,
    error: failed ? describeApiError(failed, 'The ledger could not be loaded.') : null,
    retry,
    refresh,
    leaseId,
    tenantLedgers: tenant.data ?? null,
    selectLease: setPicked,
    noLeases,
    statement,
    rows,
    byId,
  };
}
