/**
 * A fake EstateKit API at the `fetch` level: answers tRPC batch GET requests
 * (`/trpc/a,b?batch=1&input={"0":…,"1":…}`) in tRPC's JSON response format, so tests exercise
 * the real `httpBatchLink`, headers and error parsing.
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
  authorization: string | null;
}

/** A `fetch` implementation plus the calls it received. */
export function createFakeApi(handlers: Record<string, Handler>) {
  const calls: FakeCall[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const parsed = new URL(String(url));
    const paths = decodeURIComponent(parsed.pathname.replace(/^.*\/trpc\//, '')).split(',');
    const inputs = JSON.parse(parsed.searchParams.get('input') ?? '{}') as Record<string, unknown>;
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
  return { fetch, calls, callsTo: (path: string) => calls.filter((c) => c.path === path) };
}
