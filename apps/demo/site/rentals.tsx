/**
 * The agency's rentals back office: EstateKit's DelinquencyReport (who owes what, aged, as of the
 * org's today) and, for the lease picked in it, its LedgerView (entries with running balance,
 * record a payment, reverse, receipts). The chosen lease lives in the URL (`?lease=`); "View as"
 * switches between the manager and the accountant (who record and reverse) and an agent (who
 * reads: the API refuses their writes).
 */

import { DelinquencyReport } from '@estatekit/ui/delinquency-report';
import { LedgerView } from '@estatekit/ui/ledger-view';
import '@estatekit/ui/styles.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OfficeChrome, OfficeProvider, useOfficeSession } from './office-session';

function chosenLease(): string | null {
  return new URLSearchParams(location.search).get('lease');
}

function Rentals() {
  const office = useOfficeSession();
  const [leaseId, setLeaseId] = useState(chosenLease);
  const open = (id: string) => {
    const url = new URL(location.href);
    url.searchParams.set('lease', id);
    history.replaceState(null, '', url);
    setLeaseId(id);
    requestAnimationFrame(() =>
      document.getElementById('ledger-title')?.scrollIntoView({ block: 'start' }),
    );
  };
  return (
    <>
      <OfficeChrome office={office} />
      <OfficeProvider office={office}>
        <section aria-labelledby="delinquency-title">
          <h2 id="delinquency-title">Who owes what</h2>
          <DelinquencyReport onLeaseSelect={open} />
        </section>
        <section aria-labelledby="ledger-title">
          <h2 id="ledger-title">Rent ledger</h2>
          {leaseId ? (
            <LedgerView key={leaseId} leaseId={leaseId} />
          ) : (
            <p className="office-status">Choose a lease in the report to see its ledger.</p>
          )}
        </section>
      </OfficeProvider>
    </>
  );
}

createRoot(document.getElementById('estatekit-office')!).render(
  <StrictMode>
    <Rentals />
  </StrictMode>,
);
