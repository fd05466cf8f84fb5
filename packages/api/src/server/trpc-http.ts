/**
 * tRPC's HTTP protocol on a plain Fastify route. The requests our clients send (GET queries and
 * POST mutations, single or batched, JSON without a transformer; see `trpc-request.ts`) call
 * their procedures directly and get the envelopes tRPC's own adapter writes, byte for byte:
 * `{"result":{"data":…}}` or `{"error":shape}` (shaped by the router's error formatter), an
 * array for a batch, status from tRPC's `getHTTPStatusCode` (207 for a mixed batch), headers
 * `content-type: application/json` and `vary: trpc-accept, accept`. What that saves per request
 * is tRPC's conversion to a web `Request`/`Response` with abort signals and a body stream.
 *
 * Everything else (jsonl streaming, subscriptions, method mismatches, other content types,
 * HEAD, OPTIONS not answered as a preflight) goes to tRPC's own `resolveResponse`, as its
 * Fastify adapter would send it. Procedures on the lean path get no abort signal (tRPC's is
 * aborted when the client goes away; none of ours reads it).
 */
import {
  type AnyTRPCRouter,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  type inferRouterContext,
  TRPCError,
  type TRPCProcedureType,
} from '@trpc/server';
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import { getHTTPStatusCode, resolveResponse } from '@trpc/server/http';
import type { TRPCResponse } from '@trpc/server/rpc';
import { defaultTransformer } from '@trpc/server/unstable-core-do-not-import';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Call, isObject, type LeanRequest, leanRequest } from './trpc-request';

/** Options of {@link trpcHttp}. */
export interface TrpcHttpOptions<TRouter extends AnyTRPCRouter> {
  router: TRouter;
  /** The request's context; called once per request, before any procedure runs. */
  createContext: (
    request: FastifyRequest,
    reply: FastifyReply,
  ) => inferRouterContext<TRouter> | Promise<inferRouterContext<TRouter>>;
  /** Added to tRPC's `Vary: trpc-accept, accept` (e.g. `Origin` when the context sets CORS). */
  vary?: string;
  /** OPTIONS requests: answered by this when it returns true, else by tRPC. */
  preflight?: (request: FastifyRequest, reply: FastifyReply) => boolean;
  /** `false`: every request through tRPC's `resolveResponse` (the reference behaviour). */
  lean?: boolean;
}

type Config = AnyTRPCRouter['_def']['_config'];
type Outcome = [error: TRPCError, data: undefined] | [error: undefined, data: unknown];

const noInput = async () => undefined;

/**
 * One call, as tRPC's `resolveResponse` makes it: NOT_FOUND for an unknown path comes before a
 * failed context; errors come back as `TRPCError`s, never thrown.
 */
async function invoke(
  call: Call,
  ctx: unknown,
  ctxError: TRPCError | undefined,
  batchIndex: number,
): Promise<Outcome> {
  try {
    const procedure = call.procedure;
    if (!procedure) {
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: `No procedure found on path "${call.path}"`,
      });
    }
    if (ctxError) throw ctxError;
    const input = call.input;
    const data: unknown = await procedure({
      path: call.path,
      getRawInput: input === undefined ? noInput : async () => input,
      ctx,
      type: procedure._def.type,
      signal: undefined,
      batchIndex,
    });
    return [undefined, data];
  } catch (cause) {
    return [getTRPCErrorFromUnknown(cause), undefined];
  }
}

/** tRPC refuses promises and async iterables (its "data streams") outside streaming responses. */
function isDataStream(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (Symbol.asyncIterator in data) return true;
  for (const key in data) {
    const value = Object.hasOwn(data, key) ? data[key] : undefined;
    if (
      isObject(value) &&
      (Symbol.asyncIterator in value || typeof (value as { then?: unknown }).then === 'function')
    ) {
      return true;
    }
  }
  return false;
}

const streamInPlainResponse = () =>
  new TRPCError({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink',
  });

const errorShape = (
  config: Config,
  ctx: unknown,
  error: TRPCError,
  call: Call | undefined,
  type: TRPCProcedureType | 'unknown',
) => getTRPCErrorShape({ config, ctx, error, input: call?.input, path: call?.path, type });

/**
 * Runs the request's calls (a batch's in parallel) and returns the body and status tRPC would
 * send. A stream-like result fails a single call's whole request (reported without its path)
 * and only its own entry in a batch, as in tRPC.
 */
async function run(config: Config, request: LeanRequest, ctx: unknown, ctxError?: TRPCError) {
  const { calls } = request;
  let failed = false;
  let body: TRPCResponse | TRPCResponse[];
  if (!request.batch) {
    const call = calls[0] as Call;
    const [error, data] = await invoke(call, ctx, ctxError, 0);
    if (error) body = { error: errorShape(config, ctx, error, call, request.type) };
    else if (isDataStream(data))
      body = { error: errorShape(config, ctx, streamInPlainResponse(), undefined, request.type) };
    else body = { result: { data } };
    failed = 'error' in body;
  } else {
    const outcomes = await Promise.all(calls.map((call, i) => invoke(call, ctx, ctxError, i)));
    body = outcomes.map(([error, data], index): TRPCResponse => {
      const call = calls[index] as Call;
      if (!error && !isDataStream(data)) return { result: { data } };
      failed = true;
      const type = call.procedure?._def.type ?? 'unknown';
      return { error: errorShape(config, ctx, error ?? streamInPlainResponse(), call, type) };
    });
  }
  return { body, status: failed ? getHTTPStatusCode(body) : 200 };
}

/**
 * Fastify plugin: tRPC at `${prefix}/:path` (register it with a `prefix`). Inside its
 * encapsulation JSON bodies are kept as strings and multipart bodies as streams, as tRPC's
 * adapter does. Throws nothing itself; a failing procedure becomes its error envelope.
 */
export async function trpcHttp<TRouter extends AnyTRPCRouter>(
  app: FastifyInstance,
  options: TrpcHttpOptions<TRouter>,
): Promise<void> {
  const { router } = options;
  const config = router._def._config;
  const lean = options.lean !== false && config.transformer === defaultTransformer;
  const hasLazy = Object.keys(router._def.lazy).length > 0;
  const vary = options.vary ? `trpc-accept, accept, ${options.vary}` : 'trpc-accept, accept';

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  app.removeContentTypeParser('multipart/form-data');
  app.addContentTypeParser('multipart/form-data', {}, (_req, body, done) => done(null, body));

  /** tRPC's own answer, as its Fastify adapter sends it (plus our `vary`). */
  async function viaTrpc(request: FastifyRequest, reply: FastifyReply) {
    const raw = request.raw as typeof request.raw & { body?: unknown };
    if ('body' in request) raw.body = request.body;
    const response = await resolveResponse({
      router,
      req: incomingMessageToRequest(raw, reply.raw, { maxBodySize: null }),
      path: (request.params as { path: string }).path,
      error: null,
      createContext: async () => options.createContext(request, reply),
    });
    if (options.vary && response.headers.has('vary')) response.headers.append('vary', options.vary);
    return reply.send(response);
  }

  app.all('/:path', async (request, reply) => {
    if (request.method === 'OPTIONS' && options.preflight?.(request, reply)) return reply;
    const parsed = lean ? leanRequest(router, hasLazy, request) : null;
    if (!parsed) return viaTrpc(request, reply);

    let ctx: unknown;
    let ctxError: TRPCError | undefined;
    try {
      const created = options.createContext(request, reply);
      ctx = created instanceof Promise ? await created : created;
    } catch (cause) {
      ctxError = getTRPCErrorFromUnknown(cause);
    }
    let { body, status } = await run(config, parsed, ctx, ctxError);
    let json: string;
    try {
      json = JSON.stringify(body);
    } catch (cause) {
      // tRPC answers an unserializable result with one error envelope, even for a batch.
      body = {
        error: errorShape(config, ctx, getTRPCErrorFromUnknown(cause), undefined, parsed.type),
      };
      status = getHTTPStatusCode(body);
      json = JSON.stringify(body);
    }
    return reply
      .code(status)
      .header('content-type', 'application/json')
      .header('vary', vary)
      .send(Buffer.from(json)); // as a string it would get `; charset=utf-8` appended
  });
}
