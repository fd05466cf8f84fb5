/**
 * Reads a tRPC HTTP request the way tRPC's JSON content handler does (`@trpc/server` 11.22.1,
 * `unstable-core-do-not-import/http/contentType.ts`), for the requests our lean route serves:
 * GET queries and POST mutations with JSON, single or batched (`?batch=1`, comma-separated
 * paths, `input` as `{"0": …, "1": …}`). Anything whose answer the lean route would not
 * reproduce exactly is left to tRPC (`null`).
 */
import type { AnyTRPCProcedure, AnyTRPCRouter } from '@trpc/server';
import type { FastifyRequest } from 'fastify';

/** One call of a (possibly batched) request. `procedure` null: no such path (NOT_FOUND). */
export interface Call {
  readonly path: string;
  readonly procedure: AnyTRPCProcedure | null;
  /** The parsed raw input (before the procedure's own validation); undefined when none. */
  readonly input: unknown;
}

/** A request the lean route serves. `type` as tRPC reports it: `unknown` when no path exists. */
export interface LeanRequest {
  readonly calls: Call[];
  readonly batch: boolean;
  readonly type: 'query' | 'mutation' | 'unknown';
}

/** A plain object: not null, not an array (as tRPC tests batch inputs and results). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && !Array.isArray(value) && typeof value === 'object';

/** `URLSearchParams.get(name)` of the request, from Fastify's already parsed query when exact. */
function searchParam(request: FastifyRequest, name: string): string | null {
  const value = (request.query as Record<string, unknown>)[name];
  // fast-querystring leaves a malformed %-sequence undecoded and returns arrays for repeats,
  // where URLSearchParams decodes leniently and takes the first: parse again for those.
  if (typeof value === 'string' && !value.includes('%')) return value;
  if (value === undefined) return null;
  const url = request.url;
  const at = url.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : url.slice(at + 1)).get(name);
}

/** Media types compare case-insensitively, parameters ignored (RFC 9110 §8.3.1), as in tRPC. */
const isJson = (contentType: string | undefined) =>
  contentType !== undefined &&
  contentType.toLowerCase().split(';', 1)[0]?.trim() === 'application/json';

/**
 * The request as the lean route serves it, or null when tRPC must answer: another method,
 * streaming (`trpc-accept` or `accept: application/jsonl`), another content type,
 * `connectionParams`, a path that does not URL-decode, input that is not JSON (tRPC reports
 * that to each call that reads it), a batch input that is not an object, a subscription, a
 * procedure called with the wrong method, a batch mixing queries and mutations, or an unknown
 * path while the router has lazy sub-routers (it may be one of theirs).
 */
export function leanRequest(
  router: AnyTRPCRouter,
  hasLazy: boolean,
  request: FastifyRequest,
): LeanRequest | null {
  const method = request.method;
  if (method !== 'GET' && method !== 'POST') return null;
  const headers = request.headers;
  if (headers['trpc-accept'] !== undefined || headers.accept?.includes('application/jsonl')) {
    return null;
  }
  const contentType = headers['content-type'];
  if ((method === 'POST' || contentType !== undefined) && !isJson(contentType)) return null;
  if (searchParam(request, 'connectionParams') !== null) return null;
  const batch = searchParam(request, 'batch') === '1';

  // Fastify has decoded the path once; tRPC decodes it once more.
  let path = (request.params as { path: string }).path;
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return null;
    }
  }
  const paths = batch ? path.split(',') : [path];

  let inputs: unknown;
  try {
    if (method === 'GET') {
      const raw = searchParam(request, 'input');
      if (raw) inputs = JSON.parse(raw);
    } else {
      if (typeof request.body !== 'string') return null;
      inputs = JSON.parse(request.body);
    }
  } catch {
    return null;
  }
  if (batch && inputs !== undefined && !isObject(inputs)) return null;

  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure | undefined>;
  let type: LeanRequest['type'] = 'unknown';
  const calls: Call[] = [];
  for (let index = 0; index < paths.length; index++) {
    const callPath = paths[index] as string;
    const procedure = procedures[callPath] ?? null;
    if (procedure === null) {
      if (hasLazy) return null;
    } else {
      const procedureType = procedure._def.type;
      if (procedureType === 'subscription') return null;
      if ((procedureType === 'query') !== (method === 'GET')) return null;
      if (type !== 'unknown' && type !== procedureType) return null;
      type = procedureType;
    }
    const input =
      inputs === undefined
        ? undefined
        : batch
          ? (inputs as Record<number, unknown>)[index]
          : inputs;
    calls.push({ path: callPath, procedure, input });
  }
  return { calls, batch, type };
}
