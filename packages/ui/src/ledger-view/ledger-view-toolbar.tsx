import { type ComponentProps, useId } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { leasePremises } from './ledger-text.utils';
import { useLedgerView } from './ledger-view-context';
import { prefetchLedgerViewDialogs } from './ledger-view-overlays.lazy';

const leaseStatusLabels: Record<string, string> = {
  draft: 'draft',
  active: 'active',
  notice_given: 'notice given',
  collections: 'in collections',
  ended: 'ended',
  terminated: 'terminated',
};

/**
 * The ledger's heading row (`data-slot="ledger-view-toolbar"`): the lease's premises and
 * tenants; in tenant mode with several leases a picker (`ledger-view-lease-select`); "Record
 * payment" (`ledger-view-record-button`) while writes are offered; the live region
 * (`ledger-view-announcement`, `role="status"`) that says what a write did; and, after the API
 * refused a write for the caller's role, its message (`ledger-view-notice`).
 */
export function LedgerViewToolbar(props: ComponentProps<'div'>) {
  const view = useLedgerView();
  const { statement, tenantLedgers } = view;
  const selectId = useId();
  const slot = useSlotProps(
    'ledger-view-toolbar',
    'ek:flex ek:flex-wrap ek:items-end ek:justify-between ek:gap-3',
    props,
  );
  const leaseSelect = useSlotProps(
    'ledger-view-lease-select',
    'ek:input ek:ledger-lease-select',
    {},
  );
  const record = useSlotProps('ledger-view-record-button', 'ek:btn ek:btn-primary', {});
  const announcement = useSlotProps('ledger-view-announcement', 'ek:ledger-announcement', {});
  const notice = useSlotProps('ledger-view-notice', 'ek:ledger-notice', {});
  const leases = tenantLedgers?.leases ?? [];
  const lease = statement?.lease ?? leases.find((l) => l.lease.id === view.leaseId)?.lease;
  return (
    <div {...slot}>
      <div className="ek:flex ek:flex-col ek:gap-1">
        {leases.length > 1 ? (
          <>
            <label htmlFor={selectId} className="ek:label">
              Lease
            </label>
            <select
              {...leaseSelect}
              id={selectId}
              value={view.leaseId ?? ''}
              onChange={(event) => view.selectLease(event.currentTarget.value)}
            >
              {leases.map(({ lease: l }) => (
                <option key={l.id} value={l.id}>
                  {leasePremises(l)} ({leaseStatusLabels[l.status] ?? l.status})
                </option>
              ))}
            </select>
          </>
        ) : (
          lease && <p className="ek:weight-600">{leasePremises(lease)}</p>
        )}
        {lease && lease.tenants.length > 0 && (
          <p className="ek:text-muted-foreground">
            {lease.tenants.map((t) => t.name).join(', ')} · {lease.currency}
          </p>
        )}
      </div>
      <div className="ek:flex ek:flex-wrap ek:items-center ek:gap-3">
        <p {...announcement} role="status">
          {view.announcement}
        </p>
        {view.writable && statement && (
          <button
            type="button"
            {...record}
            onPointerEnter={prefetchLedgerViewDialogs}
            onFocus={prefetchLedgerViewDialogs}
            onClick={(event) => view.openPayment(event.currentTarget)}
          >
            Record payment
          </button>
        )}
      </div>
      {view.writeRefusal && (
        <p {...notice}>
          {view.writeRefusal} Recording payments and reversing entries are not available with this
          access.
        </p>
      )}
    </div>
  );
}
