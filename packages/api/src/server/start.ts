import type { FastifyInstance } from 'fastify';
import { type Database, type DatabaseOptions, openDatabase } from '../db/database';
import { startLeadScheduler } from '../services/lead-jobs.service';
import { startLedgerScheduler } from '../services/ledger-jobs.service';
import { loadEmbedSecret } from './instance-secret';
import { createServer, type ServerOptions } from './server';

/** Database settings from the environment: DATABASE_URL, DATABASE_ADMIN_URL, ESTATEKIT_DATA_DIR. */
export function databaseOptionsFromEnv(env = process.env, dataDir?: string): DatabaseOptions {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.DATABASE_ADMIN_URL ? { adminUrl: env.DATABASE_ADMIN_URL } : {}),
    ...(dataDir || env.ESTATEKIT_DATA_DIR ? { dataDir: dataDir ?? env.ESTATEKIT_DATA_DIR } : {}),
  };
}

/** A running API: the Fastify app, its database, its URL, and a graceful `close`. */
export interface RunningApi {
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database, builds the server and listens on `host:port` (port 0 picks
 * a free one). `close` stops accepting connections, drains in-flight requests, then closes the
 * database.
 */
export async function startApi(options: {
  database?: Database;
  databaseOptions?: DatabaseOptions;
  host?: string;
  port?: number;
  server?: Partial<Omit<ServerOptions, 'database' | 'embedSecret'>>;
  /**
   * The lead scheduler (overdue tasks, expired offers, heat): its period in ms, or `false` to
   * not run it in this process. Default: every 60 s.
   */
  schedulerIntervalMs?: number | false;
}): Promise<RunningApi> {
  const database = options.database ?? (await openDatabase(options.databaseOptions));
  const now = options.server?.now ?? (() => new Date());
  const app = await createServer({
    database,
    embedSecret: await loadEmbedSecret(database),
    now,
    ...options.server,
  });
  const url = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 4000 });
  const onError = (error: unknown) => app.log.error(error);
  const schedulers =
    options.schedulerIntervalMs === false
      ? []
      : [
          startLeadScheduler(database, {
            now,
            intervalMs: options.schedulerIntervalMs ?? 60_000,
            onError,
          }),
          // Daily work, checked every ten minutes (or at the test's pace).
          startLedgerScheduler(database, {
            now,
            intervalMs: Math.max(options.schedulerIntervalMs ?? 600_000, 1_000),
            onError,
          }),
        ];
  let closing: Promise<void> | undefined;
  return {
    app,
    database,
    url,
    close: () => {
      closing ??= Promise.all(schedulers.map((s) => s.stop()))
        .then(() => app.close())
        .then(() => database.close());
      return closing;
    },
  };
}

/** Closes `api` on SIGINT/SIGTERM (graceful shutdown), then exits. */
export function closeOnSignals(api: RunningApi, log = console.error): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`estatekit: ${signal} received, draining requests…`);
      api.close().then(
        () => process.exit(0),
        (error) => {
          log(error);
          process.exit(1);
        },
      );
    });
  }
}
