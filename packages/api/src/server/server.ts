import rateLimit from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createCredentialCache } from '../auth/credential-cache';
import { type AppRouter, appRouter } from '../root';
import { createCaptureRateLimits } from '../routers/leads/capture-rate-limit';
import { type AppServices, createContext } from '../trpc/context';
import { trpcHttp } from './trpc-http';

/**
 * The credential of an SSE subscription. `EventSource` cannot send headers, so tRPC's
 * `httpSubscriptionLink` sends `connectionParams` (JSON) in the query string instead; ours
 * carry `{ authorization: 'Bearer …' }`.
 */
function subscriptionAuthorization(request: FastifyRequest): string | undefined {
  const raw = (request.query as { connectionParams?: unknown } | undefined)?.connectionParams;
  if (typeof raw !== 'string') return undefined;
  try {
    const params = JSON.parse(raw) as { authorization?: unknown } | null;
    return typeof params?.authorization === 'string' ? params.authorization : undefined;
  } catch {
    return undefined;
  }
}

/** Options of the HTTP server. Sizes in bytes. */
export interface ServerOptions extends AppServices {
  /** Largest accepted request body (default 8 MiB: a 20k-row CSV import fits). */
  bodyLimit?: number;
  /** Requests per minute per client IP, or `false` to disable (benchmarks). Default 1200. */
  rateLimitPerMinute?: number | false;
  logger?: boolean;
  /**
   * `false` serves every tRPC request through tRPC's own `resolveResponse` instead of the lean
   * route (same answers at several times the CPU per request; for comparison tests).
   */
  leanTrpc?: boolean;
}

/** Headers a browser may send cross-origin to the API. */
const ALLOWED_HEADERS = 'authorization, content-type, trpc-accept, x-trpc-source';

/**
 * The API over HTTP: tRPC at `/trpc`, `GET /health`. CORS: a response carries
 * `Access-Control-Allow-Origin` only when the caller's org lists the request's Origin among its
 * allowed origins (preflights are answered for any origin; they grant nothing by themselves).
 * Rate limited per IP; bodies over `bodyLimit` get 413.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 8 * 1024 * 1024,
    routerOptions: { maxParamLength: 5000 },
  });
  const shutdown = new AbortController();
  const services: AppServices = {
    database: options.database,
    embedSecret: options.embedSecret,
    now: options.now,
    credentialCache:
      options.credentialCache === undefined ? createCredentialCache() : options.credentialCache,
    captureRateLimits: options.captureRateLimits ?? createCaptureRateLimits(),
    shutdownSignal: shutdown.signal,
  };
  // Live subscriptions (SSE) never finish on their own: end them when the server closes, so
  // the graceful drain of ordinary requests is not held up by them.
  app.addHook('preClose', async () => shutdown.abort());

  if (options.rateLimitPerMinute !== false) {
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute ?? 1200,
      timeWindow: '1 minute',
    });
  }

  /** A browser's CORS preflight: answered for any origin (it grants nothing by itself). */
  const preflight = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const origin = request.headers.origin;
    if (!origin) return false;
    reply
      .header('access-control-allow-origin', origin)
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', '600')
      .header('vary', 'Origin')
      .code(204)
      .send();
    return true;
  };
  app.options('*', (request, reply) => {
    if (!preflight(request, reply)) reply.callNotFound();
  });

  app.get('/health', async () => {
    await options.database.db.execute(sql`select 1`);
    return { status: 'ok', database: options.database.kind };
  });

  // No global hooks: CORS headers are set by the tRPC route itself, once the caller's org (and
  // so its allowed origins) is known; other routes grant no origin anything.
  await app.register(trpcHttp<AppRouter>, {
    prefix: '/trpc',
    router: appRouter,
    vary: 'Origin',
    preflight,
    lean: options.leanTrpc,
    createContext: (request, reply) => {
      const origin = request.headers.origin;
      return createContext(services, {
        authorization: request.headers.authorization ?? subscriptionAuthorization(request),
        origin,
        ip: request.ip,
        onCaller: origin
          ? (caller) => {
              if (caller.org.allowedOrigins.includes(origin)) {
                reply.header('access-control-allow-origin', origin);
              }
            }
          : undefined,
      });
    },
  });

  return app;
}
