/**
 * The agency's back office: EstateKit's LeadKanban and AgentWorkload inside one provider whose
 * credential is an embed token from the demo server (`/demo-session`). "View as" switches
 * between the manager (every lead, reassigning) and an agent (their own and unassigned leads).
 */

import { AgentWorkload } from '@estatekit/ui/agent-workload';
import { LeadKanban } from '@estatekit/ui/lead-kanban';
import '@estatekit/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OfficeChrome, OfficeProvider, useOfficeSession } from './office-session';

function BackOffice() {
  const office = useOfficeSession();
  const agent = office.session?.user.role === 'agent';
  return (
    <>
      <OfficeChrome office={office} />
      <OfficeProvider office={office}>
        <section aria-labelledby="pipeline-title">
          <h2 id="pipeline-title">Sales pipeline{agent ? `: ${office.session?.user.name}` : ''}</h2>
          <LeadKanban canAssign={agent ? false : undefined} />
        </section>
        <section aria-labelledby="team-title">
          <h2 id="team-title">Team</h2>
          <AgentWorkload />
        </section>
      </OfficeProvider>
    </>
  );
}

createRoot(document.getElementById('estatekit-office')!).render(
  <StrictMode>
    <BackOffice />
  </StrictMode>,
);
