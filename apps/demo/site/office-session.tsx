/**
 * The back-office pages' sign-in: an embed token from the demo server (`/demo-session?as=…`),
 * fetched again a minute before it expires, and the "View as" switcher that changes who the
 * page acts as (the choice lives in the URL, `?as=`).
 */
import { EstateKitProvider } from '@estatekit/ui/provider';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DemoSession } from '../src/demo-session';

declare global {
  interface Window {
    __ESTATEKIT_DEMO__: { apiUrl: string; publishableKey: string };
  }
}

/** The harbour theme every demo page embeds the widgets with. */
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

/** Who the page acts as, its session once signed in, and how to switch person. */
export interface OfficeSession {
  /** `manager` or an agent's email (the `?as=` parameter). */
  as: string;
  /** Null until the demo server answered (and again right after a switch). */
  session: DemoSession | null;
  /** Why signing in failed, or null. */
  problem: string | null;
  /** For `<EstateKitProvider token>`. */
  token: () => Promise<string>;
  /** Switches to another person and records the choice in the URL. */
  choose: (as: string) => void;
}

/** Signs the page in as `?as=` (default the manager) and keeps its token fresh. */
export function useOfficeSession(): OfficeSession {
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
  return { as, session, problem, token, choose };
}

/**
 * The widgets' provider once signed in (nothing before): the API's URL, the session's token,
 * en-US, USD, the harbour theme. A new person gets a new provider, so its cache never shows
 * the previous person's data.
 */
export function OfficeProvider({
  office,
  children,
}: {
  office: OfficeSession;
  children: ReactNode;
}) {
  if (!office.session) return null;
  return (
    <EstateKitProvider
      key={office.as}
      baseUrl={window.__ESTATEKIT_DEMO__.apiUrl}
      token={office.token}
      locale="en-US"
      currency="USD"
      appearance={appearance}
    >
      {children}
    </EstateKitProvider>
  );
}

/** The "View as" select, rendered into the page header's `#role-switcher-slot`, and sign-in problems. */
export function OfficeChrome({ office }: { office: OfficeSession }) {
  const slot = document.getElementById('role-switcher-slot');
  return (
    <>
      {slot &&
        office.session &&
        createPortal(
          <label>
            View as
            <select
              id="role-switcher"
              value={office.as}
              onChange={(event) => office.choose(event.target.value)}
            >
              {office.session.people.map((person) => (
                <option key={person.as} value={person.as}>
                  {person.name} ({person.role})
                </option>
              ))}
            </select>
          </label>,
          slot,
        )}
      {office.problem && (
        <p className="office-status" role="alert">
          {office.problem}
        </p>
      )}
    </>
  );
}
