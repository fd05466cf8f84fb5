/**
 * A fake EstateKit API at the `fetch` level: answers tRPC batch requests
 * (`GET /trpc/a,b?batch=1&input={"0":…,"1":…}` for queries, `POST` with the same JSON body for
 * mutations) in tRPC's JSON response format, and serves subscriptions to an `EventSource` of
 * its own (tRPC's SSE events), so tests exercise the real links, headers, connection params and
 * error parsing.
 */

/** An error the fake API answers with, in the shape of the API's error formatter. */
export class FakeApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly httpStatus: number,
    readonly extra: { issues?: { path: string[]; message: string }[]; domain?: unknown } = {},
  ) {
    super(message);
  }
}

type Handler = (input: unknown) => unknown;

/** One request the fake API saw. */
export interface FakeCall {
  path: string;
  input: unknown;
  /** The `Authorization` header, or for a subscription its `connectionParams.authorization`. */
  authorization: string | null;
}

type Listener = (event: { type: string; data?: string; lastEventId: string }) => void;

/** A `fetch` implementation and an `EventSource` class, plus the calls they received. */
export function createFakeApi(handlers: Record<string, Handler>) {
  const calls: FakeCall[] = [];
  const streams = new Set<FakeEventSource>();

  const fetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const parsed = new URL(String(url));
    const paths = decodeURIComponent(parsed.pathname.replace(/^.*\/trpc\//, '')).split(',');
    const raw = typeof init?.body === 'string' ? init.body : parsed.searchParams.get('input');
    const inputs = JSON.parse(raw ?? '{}') as Record<string, unknown>;
    const headers = new Headers(init?.headers);
    const results = await Promise.all(
      paths.map(async (path, index) => {
        const input = inputs[String(index)];
        calls.push({ path, input, authorization: headers.get('authorization') });
        const handler = handlers[path];
        try {
          if (!handler) throw new FakeApiError(`No procedure ${path}`, 'NOT_FOUND', 404);
          return { result: { data: await handler(input) } };
        } catch (error) {
          const e =
            error instanceof FakeApiError
              ? error
              : new FakeApiError(String(error), 'INTERNAL_SERVER_ERROR', 500);
          return {
            error: {
              message: e.message,
              code: -32600,
              data: {
                code: e.code,
                httpStatus: e.httpStatus,
                path,
                issues: e.extra.issues ?? null,
                domain: e.extra.domain ?? null,
              },
            },
          };
        }
      }),
    );
    const failed = results.some((r) => 'error' in r);
    return new Response(JSON.stringify(results), {
      status: failed ? (results.length > 1 ? 207 : 400) : 200,
      headers: { 'content-type': 'application/json' },
    });
  };

  /** Enough of `EventSource` for tRPC's `httpSubscriptionLink`. */
  class FakeEventSource {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSED = 2;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSED = 2;
    readonly url: string;
    readonly path: string;
    readonly withCredentials = false;
    readyState = 0;
    private readonly listeners = new Map<string, Set<Listener>>();

    constructor(url: string | URL) {
      this.url = String(url);
      const parsed = new URL(this.url);
      this.path = decodeURIComponent(parsed.pathname.replace(/^.*\/trpc\//, ''));
      const input = parsed.searchParams.get('input');
      const params = JSON.parse(parsed.searchParams.get('connectionParams') ?? 'null') as {
        authorization?: string;
      } | null;
      calls.push({
        path: this.path,
        input: input === null ? undefined : JSON.parse(input),
        authorization: params?.authorization ?? null,
      });
      streams.add(this);
      setTimeout(() => {
        if (this.readyState === this.CLOSED) return;
        this.readyState = this.OPEN;
        this.dispatch('open');
        this.dispatch('connected', '{}');
      });
    }

    addEventListener(type: string, listener: Listener) {
      const set = this.listeners.get(type) ?? new Set();
      set.add(listener);
      this.listeners.set(type, set);
    }

    removeEventListener(type: string, listener: Listener) {
      this.listeners.get(type)?.delete(listener);
    }

    close() {
      this.readyState = this.CLOSED;
      streams.delete(this);
    }

    dispatch(type: string, data?: string) {
      for (const listener of this.listeners.get(type) ?? []) {
        listener({ type, data, lastEventId: '' });
      }
    }
  }

  /** Sends `data` to every open subscription of `path`; returns how many received it. */
  const emit = (path: string, data: unknown): number => {
    let sent = 0;
    for (const stream of streams) {
      if (stream.path !== path || stream.readyState !== stream.OPEN) continue;
      stream.dispatch('message', JSON.stringify(data));
      sent++;
    }
    return sent;
  };

  return {
    fetch,
    EventSource: FakeEventSource as unknown as typeof globalThis.EventSource,
    emit,
    /** Open subscriptions of `path`. */
    listening: (path: string) =>
      [...streams].filter((s) => s.path === path && s.readyState === s.OPEN).length,
    calls,
    callsTo: (path: string) => calls.filter((c) => c.path === path),
  };
}
