import { DelinquencyReport, type DelinquencyReportProps } from '@estatekit/ui/delinquency-report';
import { LedgerView } from '@estatekit/ui/ledger-view';
import { useState } from 'react';

/**
 * A receivables page as an agency would compose it: the delinquency report, and beside it the
 * ledger of the lease picked in it (`onLeaseSelect`). A payment recorded in the ledger
 * refreshes the report too (both read the same provider's cache). `initialLeaseId` opens one
 * at first; `dark` says the host page is dark (for the hint shown before a lease is picked).
 */
export function ReportWithLedger(
  props: DelinquencyReportProps & { initialLeaseId?: string; dark?: boolean },
) {
  const { initialLeaseId, dark, onLeaseSelect, ...reportProps } = props;
  const [leaseId, setLeaseId] = useState<string | null>(initialLeaseId ?? null);
  return (
    <div
      style={{
        display: 'grid',
        gap: 24,
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 480px), 1fr))',
        alignItems: 'start',
      }}
    >
      <DelinquencyReport
        {...reportProps}
        onLeaseSelect={(id, row) => {
          onLeaseSelect?.(id, row);
          setLeaseId(id);
        }}
      />
      {leaseId ? (
        <LedgerView key={leaseId} leaseId={leaseId} caption="Ledger of the selected lease" />
      ) : (
        <p style={{ font: '14px system-ui', color: dark ? '#cbd5e1' : '#334155', margin: 0 }}>
          Pick a lease in the report to see its ledger here.
        </p>
      )}
    </div>
  );
}
