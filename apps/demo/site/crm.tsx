/**
 * The agency's back office: EstateKit's LeadKanban and AgentWorkload inside one provider whose
 * credential is an embed token from the demo server (`/demo-session`). "View as" switches
 * between the manager (every lead, reassigning) and an agent (their own and unassigned leads).
 */

import { AgentWorkload } from '@estatekit/ui/agent-workload';
import { LeadKanban } from '@estatekit/ui/lead-kanban';
import { EstateKitProvider } from '@estatekit/ui/provider';
import '@estatekit/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appearance, OfficeChrome, useOfficeSession } from './office-session';

function BackOffice() {
  const { apiUrl } = window.__ESTATEKIT_DEMO__;
  const office = useOfficeSession();
  const { session } = office;
  return (
    <>
      <OfficeChrome office={office} />
      {session && (
        // A new person gets a new provider: its cache must not show the previous person's leads.
        <EstateKitProvider
          key={office.as}
          baseUrl={apiUrl}
          token={office.token}
          locale="en-US"
          currency="USD"
          appearance={appearance}
        >
          <section aria-labelledby="pipeline-title">
            <h2 id="pipeline-title">
              Sales pipeline{session.user.role === 'agent' ? `: ${session.user.name}` : ''}
            </h2>
            <LeadKanban canAssign={session.user.role === 'agent' ? false : undefined} />
          </section>
          <section aria-labelledby="team-title">
            <h2 id="team-title">Team</h2>
            <AgentWorkload />
          </section>
        </EstateKitProvider>
      )}
    </>
  );
}

createRoot(document.getElementById('estatekit-office')!).render(
  <StrictMode>
    <BackOffice />
  </StrictMode>,
);
