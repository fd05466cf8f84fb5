import type { AgentWorkload, LeadDto, Listing } from '@estatekit/domain';
import { listingListInput } from '@estatekit/domain';
import { fixtureHistory } from './fixtures/history.fixture';
import { fixtureAgents, fixtureLeads, fixtureNow } from './fixtures/leads.fixture';
import { fixtureLedger, type LedgerFixture } from './fixtures/ledger.fixture';
import { fixtureListings } from './fixtures/listings.fixture';
import { createCaptureHandler, type MockCapture } from './mock-api.capture';
import { errorEnvelope, MockApiError, validationError } from './mock-api.errors';
import { createMockEventSource } from './mock-api.events';
import { createLeadStore } from './mock-api.leads';
import { createLedgerStore, type MockLedgerRole, withoutEntries } from './mock-api.ledger';
import { searchListings } from './mock-api.utils';

export {
  fixtureLedger,
  fixtureLedgerToday,
  type LedgerFixture,
  ledgerFixtureIds,
} from './fixtures/ledger.fixture';
export { captureRateLimitedError, type MockCapture } from './mock-api.capture';
export { MockApiError } from './mock-api.errors';
export type { MockLeadChange } from './mock-api.leads';
export type { DelinquencyReport, LedgerStatement, MockLedgerRole } from './mock-api.ledger';

/**
 * Who the caller is. Leads: a `manager` may reassign, everyone else is FORBIDDEN to. Ledger: a
 * `manager` or `accountant` records and reverses payments; an `agent` or `read_only` user reads
 * and is FORBIDDEN to write (as the API's `ledger:write` permission has it).
 */
export type MockRole = MockLedgerRole;

/**
 * A mocked EstateKit API for the docs, at the `fetch` level (plugged into
 * `<EstateKitProvider fetch={api.fetch}>`, as `@estatekit/ui`'s own tests do): it answers the
 * tRPC batch requests of the provider's real `httpBatchLink` in tRPC's response format, and
 * serves live updates to its own `EventSource` (`<EstateKitProvider EventSource={api.EventSource}>`),
 * so stories exercise the real client, links, headers and error parsing, with no server and no
 * network. Listings, the lead pipeline (with its agents) and the rent ledgers are in memory;
 * writes persist for the mock's life.
 */

/** What the mock answers: the fixture, nothing, an error, or never (a request that hangs). */
export type MockApiScenario = 'listings' | 'empty' | 'error' | 'never';

/** The error of the `error` scenario: what the API says to a key used from a foreign origin. */
export const forbiddenOriginError = new MockApiError(
  'This publishable key may only be used from the organization’s allowed origins.',
  'FORBIDDEN',
  403,
);

/** Options of {@link createMockApi}. */
export interface MockApiOptions {
  /** Default `'listings'`. */
  scenario?: MockApiScenario;
  /** Milliseconds before each answer (default 0). */
  latencyMs?: number;
  /** Rows of the `listings` scenario; default the 60 King County fixture listings. */
  listings?: readonly Listing[];
  /** Thrown by every procedure in the `error` scenario; default {@link forbiddenOriginError}. */
  error?: MockApiError;
  /** Leads of the pipeline; default the ~40 fixture leads (none in the `empty` scenario). */
  leads?: readonly LeadDto[];
  /** Agents of `agents.workload`; default the fixture sales team of four. */
  agents?: readonly AgentWorkload[];
  /** Who the caller is (default `manager`); see {@link MockRole}. */
  role?: MockRole;
  /** While a board listens, another user moves a lead this often (ms); default 0 = never. */
  someoneElseEveryMs?: number;
  /**
   * How `leads.capture` (the PropertyGrid's enquiries) answers: `received` (default) validates
   * like the API and answers with a reference; `rate_limited` refuses with TOO_MANY_REQUESTS.
   */
  capture?: MockCapture;
  /**
   * The rent ledgers of `ledger.*`, `receipts.get` and `reports.delinquency*`: a portfolio and
   * its history, replayed up to its `today`; default {@link fixtureLedger} (13 leases in two
   * buildings). In the `empty` scenario the same buildings, tenants and leases with no entries.
   */
  ledger?: LedgerFixture;
}

/** One procedure call the mock received. */
export interface MockApiCall {
  path: string;
  input: unknown;
}

type Handler = (input: unknown) => unknown;

function listingKeyOf(input: unknown): string {
  const key = (input as { listingKey?: unknown } | null)?.listingKey;
  if (typeof key === 'string' && key.trim() !== '') return key;
  throw new MockApiError('listingKey: Required', 'BAD_REQUEST', 400, [
    { path: ['listingKey'], message: 'Required' },
  ]);
}

function handlersFor(listings: readonly Listing[]): Record<string, Handler> {
  const find = (input: unknown) => {
    const key = listingKeyOf(input);
    const listing = listings.find((l) => l.listingKey === key);
    if (listing) return listing;
    throw new MockApiError(`No listing with key ${key}.`, 'NOT_FOUND', 404, null, {
      code: 'NOT_FOUND',
      suggestion: null,
    });
  };
  return {
    'properties.list': (input) => {
      const parsed = listingListInput.safeParse(input ?? {});
      if (parsed.success) return searchListings(listings, parsed.data);
      throw validationError(parsed.error.issues);
    },
    'properties.byId': find,
    'properties.history': (input) => fixtureHistory(find(input)),
  };
}

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ms === Number.POSITIVE_INFINITY && !signal) return;
    const timer = ms === Number.POSITIVE_INFINITY ? undefined : setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    });
  });
}

function readRequest(url: string, init: RequestInit | undefined) {
  const parsed = new URL(url);
  const paths = decodeURIComponent(parsed.pathname.replace(/^.*\/trpc\//, '')).split(',');
  const raw = typeof init?.body === 'string' ? init.body : parsed.searchParams.get('input');
  const inputs = JSON.parse(raw ?? '{}') as Record<string, unknown>;
  return paths.map((path, index) => ({ path, input: inputs[String(index)] }));
}

/**
 * Creates a mocked API: `fetch` and `EventSource` for the provider, and `calls`, every procedure
 * call and subscription it received. Knows `properties.list` (validated with the domain's
 * `listingListInput`, then filtered, sorted and paged like the API), `properties.byId`,
 * `properties.history`, the lead pipeline (`pipelines.byKey`, `leads.list|byId|move|create|
 * assign`, `activities.log`, `tasks.complete`, `agents.workload`; moves judged by the domain's
 * `validateTransition`), the public web form `leads.capture` (validated with the domain's
 * `leadCaptureInput`, idempotent by key; see `createCaptureHandler`), the `leads.onChange`
 * subscription, and the rent ledger (`ledger.forLease|forTenant|previewAllocation|
 * recordPayment|reverse`, `receipts.get`, `reports.delinquency|delinquencyCsv`; a domain
 * `LedgerBook` per lease, see `createLedgerStore`); anything else is NOT_FOUND.
 * Aborted requests reject with the abort reason. The mock's clock is the fixture's
 * (`fixtureNow`), advancing in real time; the ledger's day stays its fixture's `today`
 * (2026-03-10, `fixtureLedgerToday`, by default), which is also the org's today of reports
 * asked without `asOf` (their answer's `asOf` says so, as the API's does).
 */
export function createMockApi(options: MockApiOptions = {}) {
  const scenario = options.scenario ?? 'listings';
  const started = Date.now();
  const store = createLeadStore({
    leads: scenario === 'empty' ? [] : (options.leads ?? fixtureLeads),
    agents: scenario === 'empty' ? [] : (options.agents ?? fixtureAgents),
    role: (options.role ?? 'manager') === 'manager' ? 'manager' : 'agent',
    now: () => new Date(fixtureNow.getTime() + (Date.now() - started)).toISOString(),
  });
  const ledgerFixture = options.ledger ?? fixtureLedger;
  const ledger = createLedgerStore(
    scenario === 'empty' ? withoutEntries(ledgerFixture) : ledgerFixture,
    { role: options.role ?? 'manager' },
  );
  const handlers: Record<string, Handler> = {
    ...handlersFor(scenario === 'empty' ? [] : (options.listings ?? fixtureListings)),
    ...store.handlers,
    ...ledger.handlers,
    'leads.capture': createCaptureHandler(store, options.capture),
  };
  const calls: MockApiCall[] = [];
  const EventSource = createMockEventSource({
    store,
    onSubscribe: (path, input) => calls.push({ path, input }),
    connect: scenario === 'listings' || scenario === 'empty',
    someoneElseEveryMs: options.someoneElseEveryMs ?? 0,
  });

  const answer = (path: string, input: unknown) => {
    try {
      if (scenario === 'error') throw options.error ?? forbiddenOriginError;
      const handler = handlers[path];
      if (!handler) {
        throw new MockApiError(`No procedure found on path "${path}"`, 'NOT_FOUND', 404);
      }
      return { status: 200, body: { result: { data: handler(input) } } };
    } catch (error) {
      return errorEnvelope(error, path);
    }
  };

  const fetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const latency = scenario === 'never' ? Number.POSITIVE_INFINITY : (options.latencyMs ?? 0);
    const requests = readRequest(String(url), init);
    calls.push(...requests);
    await wait(latency, init?.signal);
    const results = requests.map((r) => answer(r.path, r.input));
    const statuses = new Set(results.map((r) => r.status));
    const status = statuses.size === 1 ? results[0]!.status : 207;
    return new Response(JSON.stringify(results.map((r) => r.body)), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };

  return {
    fetch,
    EventSource,
    calls,
    callsTo: (path: string) => calls.filter((c) => c.path === path),
    /** A lead as the mock holds it now (after the story's moves and edits). */
    lead: store.lead,
    /** A lease's whole ledger statement as the mock holds it now (after the story's payments). */
    statement: ledger.statement,
  };
}

/** A mocked API as {@link createMockApi} returns it. */
export type MockApi = ReturnType<typeof createMockApi>;
