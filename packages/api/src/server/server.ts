import rateLimit from '@fastify/rate-limit';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { createCredentialCache } from '../auth/credential-cache';
import { type AppRouter, appRouter } from '../root';
import { type AppServices, createContext } from '../trpc/context';

/** Options of the HTTP server. Sizes in bytes. */
export interface ServerOptions extends AppServices {
  /** Largest accepted request body (default 8 MiB: a 20k-row CSV import fits). */
  bodyLimit?: number;
  /** Requests per minute per client IP, or `false` to disable (benchmarks). Default 1200. */
  rateLimitPerMinute?: number | false;
  logger?: boolean;
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
  const services: AppServices = {
    database: options.database,
    embedSecret: options.embedSecret,
    now: options.now,
    credentialCache:
      options.credentialCache === undefined ? createCredentialCache() : options.credentialCache,
  };

  if (options.rateLimitPerMinute !== false) {
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute ?? 1200,
      timeWindow: '1 minute',
    });
  }

  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS' && origin) {
      reply
        .header('access-control-allow-origin', origin)
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', ALLOWED_HEADERS)
        .header('access-control-max-age', '600')
        .header('vary', 'Origin')
        .code(204)
        .send();
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const origin = request.headers.origin;
    const allowed = (request as { ekAllowedOrigins?: readonly string[] }).ekAllowedOrigins;
    reply.header('vary', 'Origin');
    if (origin && allowed?.includes(origin)) reply.header('access-control-allow-origin', origin);
    return payload;
  });

  app.get('/health', async () => {
    await options.database.db.execute(sql`select 1`);
    return { status: 'ok', database: options.database.kind };
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) =>
        createContext(services, {
          authorization: req.headers.authorization,
          origin: req.headers.origin,
          ip: req.ip,
          onCaller: (caller) => {
            (req as { ekAllowedOrigins?: readonly string[] }).ekAllowedOrigins =
              caller.org.allowedOrigins;
          },
        }),
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  return app;
}
