import { type Listing, listingListInput } from '@estatekit/domain';
import { fixtureHistory } from './fixtures/history.fixture';
import { fixtureListings } from './fixtures/listings.fixture';
import { searchListings } from './mock-api.utils';

/**
 * A mocked EstateKit API for the docs, at the `fetch` level (plugged into
 * `<EstateKitProvider fetch={api.fetch}>`, as `@estatekit/ui`'s own tests do): it answers the
 * tRPC batch requests of the provider's real `httpBatchLink` in tRPC's response format, so
 * stories exercise the real client, headers and error parsing, with no server and no network.
 */

/** What the mock answers: the fixture, nothing, an error, or never (a request that hangs). */
export type MockApiScenario = 'listings' | 'empty' | 'error' | 'never';

/** An error in the shape of the API's error formatter (`message`, `data.code`, `data.issues`). */
export class MockApiError extends Error {
  constructor(
    message: string,
    readonly code: keyof typeof jsonRpcCodes,
    readonly httpStatus: number,
    readonly issues: { path: string[]; message: string }[] | null = null,
    readonly domain: { code: string; suggestion: string | null } | null = null,
  ) {
    super(message);
  }
}

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
}

/** One procedure call the mock received. */
export interface MockApiCall {
  path: string;
  input: unknown;
}

const jsonRpcCodes = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  INTERNAL_SERVER_ERROR: -32603,
} as const;

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
      const issues = parsed.error.issues.flatMap((issue) => {
        const path = issue.path.map(String);
        return issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({
              path: [...path, key],
              message: `${key} is not allowed here`,
            }))
          : [{ path, message: issue.message }];
      });
      const message = issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
      throw new MockApiError(message, 'BAD_REQUEST', 400, issues);
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

function errorEnvelope(error: unknown, path: string) {
  const e =
    error instanceof MockApiError
      ? error
      : new MockApiError(String(error), 'INTERNAL_SERVER_ERROR', 500);
  return {
    status: e.httpStatus,
    body: {
      error: {
        message: e.message,
        code: jsonRpcCodes[e.code],
        data: { code: e.code, httpStatus: e.httpStatus, path, issues: e.issues, domain: e.domain },
      },
    },
  };
}

/**
 * Creates a mocked API: `fetch` for the provider and `calls`, every procedure call it received.
 * Knows `properties.list` (validated with the domain's `listingListInput`, then filtered,
 * sorted and paged like the API), `properties.byId` and `properties.history`; anything else
 * is NOT_FOUND. Aborted requests reject with the abort reason.
 */
export function createMockApi(options: MockApiOptions = {}) {
  const scenario = options.scenario ?? 'listings';
  const handlers = handlersFor(scenario === 'empty' ? [] : (options.listings ?? fixtureListings));
  const calls: MockApiCall[] = [];

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

  return { fetch, calls, callsTo: (path: string) => calls.filter((c) => c.path === path) };
}

/** A mocked API as {@link createMockApi} returns it. */
export type MockApi = ReturnType<typeof createMockApi>;
