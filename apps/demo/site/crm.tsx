/**
 * The agency's back office: EstateKit's LeadKanban and AgentWorkload inside one provider whose
 * credential is an embed token from the demo server (`/demo-session`), fetched again a minute
 * before it expires. "View as" switches between the manager (every lead, reassigning) and an
 * agent (their own and unassigned leads); the choice lives in the URL (`?as=`).
 */

import { AgentWorkload } from '@estatekit/ui/agent-workload';
import { LeadKanban } from '@estatekit/ui/lead-kanban';
import { EstateKitProvider } from '@estatekit/ui/provider';
import '@estatekit/ui/styles.css';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { DemoSession } from '../src/demo-session';

declare global {
  interface Window {
    __ESTATEKIT_DEMO__: { apiUrl: string; publishableKey: string };
  }
}

const appearance = { theme: 'harbour' } as const;

/** Fetch a new token when the current one has less than this left. */
const REFRESH_MARGIN_MS = 60_000;

async function fetchSession(as: string): Promise<DemoSession> {
  const response = await fetch(`/demo-session?as=${encodeURIComponent(as)}`);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(`Could not sign in as ${as} (HTTP ${response.status}): ${body.message ?? '?'}`);
  }
  return (await response.json()) as DemoSession;
}

/**
 * The provider's `token`: the current session's token, or a new session's when it is about to
 * expire (or the last fetch failed). Concurrent requests share one fetch.
 */
function sessionTokens(as: string, first: Promise<DemoSession>) {
  let session = first;
  return async () => {
    const current = await session.catch(() => null);
    if (!current || Date.parse(current.expiresAt) - Date.now() < REFRESH_MARGIN_MS) {
      session = fetchSession(as);
    }
    return (await session).token;
  };
}

function BackOffice() {
  const { apiUrl } = window.__ESTATEKIT_DEMO__;
  const [as, setAs] = useState(() => new URLSearchParams(location.search).get('as') ?? 'manager');
  const first = useMemo(() => fetchSession(as), [as]);
  const token = useMemo(() => sessionTokens(as, first), [as, first]);
  const [session, setSession] = useState<DemoSession | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    first.then(
      (signedIn) => {
        if (!current) return;
        setSession(signedIn);
        setProblem(null);
      },
      (error: Error) => {
        if (current) setProblem(error.message);
      },
    );
    return () => {
      current = false;
    };
  }, [first]);

  const choose = (next: string) => {
    const url = new URL(location.href);
    url.searchParams.set('as', next);
    history.replaceState(null, '', url);
    setSession(null);
    setAs(next);
  };
  const slot = document.getElementById('role-switcher-slot');
  return (
    <>
      {slot &&
        session &&
        createPortal(
          <label>
            View as
            <select id="role-switcher" value={as} onChange={(event) => choose(event.target.value)}>
              {session.people.map((person) => (
                <option key={person.as} value={person.as}>
                  {person.name} ({person.role})
                </option>
              ))}
            </select>
          </label>,
          slot,
        )}
      {problem && (
        <p className="office-status" role="alert">
          {problem}
        </p>
      )}
      {session && (
        // A new person gets a new provider: its cache must not show the previous person's leads.
        <EstateKitProvider
          key={as}
          baseUrl={apiUrl}
          token={token}
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
