import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDirectory } from './data-dir-lock';
import * as schema from './schema';

/** The Drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction in which the caller's org is set; repositories take it as their handle. */
export type Tx = PgTransaction<
  PgQueryResultHKT,
  typeof schema,
  ExtractTablesWithRelations<typeof schema>
>;

/** The role every request runs as: neither superuser nor BYPASSRLS (see 0001_tenancy_rls.sql). */
export const APP_ROLE = 'estatekit_app';

/** Where to keep data. `databaseUrl` wins; otherwise embedded PGlite in `dataDir`. */
export interface DatabaseOptions {
  /** PostgreSQL URL of the runtime role (must not be able to bypass row-level security). */
  databaseUrl?: string;
  /** PostgreSQL URL used only to apply migrations; defaults to `databaseUrl`. */
  adminUrl?: string;
  /** PGlite data directory; `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  /** Pool size for PostgreSQL (default 10). */
  maxConnections?: number;
}

/** An open database with migrations applied, running as the app role. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /**
   * Runs `fn` in one transaction with `estatekit.org_id` set to `orgId` (transaction-local,
   * `set_config(…, true)`), so row-level security scopes every statement to that org. A throw
   * rolls everything back.
   */
  withOrg<T>(orgId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in a transaction with no org but with lookup settings (`api_key_hash`,
   * `org_slug`) that the lookup policies honour; used only to resolve credentials.
   */
  withLookup<T>(lookups: Record<string, string>, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Calls `onPayload` with the payload of every `NOTIFY` on `channel` (sent by any process on
   * the same PostgreSQL, or by this one on PGlite), after the notifying transaction commits.
   * Resolves to a function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Refused start: the runtime role could bypass row-level security. */
export class UnsafeDatabaseRoleError extends Error {
  constructor(role: string) {
    super(
      `Refusing to start: database role "${role}" is a superuser or has BYPASSRLS, which would ` +
        'silently disable tenant isolation. Connect DATABASE_URL as a role without them, e.g. ' +
        '`estatekit db provision --admin-url <superuser url>`, and pass the superuser URL as ' +
        'DATABASE_ADMIN_URL for migrations only.',
    );
    this.name = 'UnsafeDatabaseRoleError';
  }
}

/** The committed SQL migrations: next to src/ in the repo, next to dist/ when published. */
export function migrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of ['../../drizzle', '../drizzle']) {
    const folder = resolve(here, candidate);
    if (existsSync(resolve(folder, 'meta/_journal.json'))) return folder;
  }
  throw new Error(`estatekit: migrations folder not found near ${here}`);
}

function transactionRunner(db: Db) {
  return <T>(settings: Record<string, string>, fn: (tx: Tx) => Promise<T>) =>
    db.transaction(async (tx) => {
      for (const [name, value] of Object.entries(settings)) {
        await tx.execute(sql`select set_config(${name}, ${value}, true)`);
      }
      return fn(tx);
    });
}

type Listen = Database['listen'];

function withHelpers(
  kind: Database['kind'],
  db: Db,
  listen: Listen,
  close: () => Promise<void>,
): Database {
  const run = transactionRunner(db);
  return {
    kind,
    db,
    close,
    listen,
    withOrg: (orgId, fn) => run({ 'estatekit.org_id': orgId }, fn),
    withLookup: (lookups, fn) =>
      run(
        Object.fromEntries(
          Object.entries(lookups).map(([name, value]) => [`estatekit.lookup_${name}`, value]),
        ),
        fn,
      ),
  };
}

type RoleRow = { role: string; rolsuper: boolean; rolbypassrls: boolean };

/** Throws `UnsafeDatabaseRoleError` if the current role is superuser or BYPASSRLS. */
export async function assertRoleCannotBypassRls(db: Db): Promise<void> {
  const result = await db.execute(
    sql`select current_user as role, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
  );
  const row = (result as unknown as { rows: RoleRow[] }).rows[0];
  if (!row || row.rolsuper || row.rolbypassrls) throw new UnsafeDatabaseRoleError(row?.role ?? '?');
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDirectory(dataDir);
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: migrationsFolder() });
  // PGlite's only user is a superuser, for whom RLS does not apply: drop to the app role.
  await client.exec(`SET ROLE ${APP_ROLE}`);
  await assertRoleCannotBypassRls(db);
  const listen: Listen = async (channel, onPayload) => {
    const stop = await client.listen(channel, onPayload);
    return async () => {
      if (!client.closed) await stop();
    };
  };
  return withHelpers('pglite', db, listen, () => client.close().finally(unlock));
}

async function openPostgres(options: DatabaseOptions & { databaseUrl: string }): Promise<Database> {
  const adminPool = new pg.Pool({
    connectionString: options.adminUrl ?? options.databaseUrl,
    max: 1,
  });
  try {
    await migratePg(drizzlePg({ client: adminPool, schema }), {
      migrationsFolder: migrationsFolder(),
    });
  } finally {
    await adminPool.end();
  }
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.maxConnections ?? 10,
  });
  // An idle pooled connection that the server drops (restart, failover, an admin terminating
  // it) is discarded by the pool, which then emits 'error'; unhandled, that would crash the
  // process. The next query simply gets a new connection.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  try {
    await assertRoleCannotBypassRls(db);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const listener = new NotificationListener(options.databaseUrl);
  return withHelpers(
    'postgres',
    db,
    (channel, onPayload) => listener.listen(channel, onPayload),
    () => Promise.all([listener.close(), pool.end()]).then(() => undefined),
  );
}

/**
 * One dedicated connection (outside the pool) that LISTENs on the channels asked for and hands
 * each notification to its handlers. Reconnects after a dropped connection (1 s back-off) and
 * listens again; notifications sent while it was down are lost, which is why subscribers treat
 * them as hints to refetch rather than as the data itself.
 */
class NotificationListener {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private closed = false;

  constructor(private readonly connectionString: string) {}

  async listen(channel: string, onPayload: (payload: string) => void) {
    let set = this.handlers.get(channel);
    const first = !set;
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
    }
    set.add(onPayload);
    const client = await this.connect();
    if (first) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return async () => {
      set.delete(onPayload);
      if (set.size === 0 && this.handlers.get(channel) === set) {
        this.handlers.delete(channel);
        await this.client?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
      }
    };
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString });
      client.on('notification', (message) => {
        for (const handler of this.handlers.get(message.channel) ?? []) {
          handler(message.payload ?? '');
        }
      });
      client.on('error', () => this.drop(client));
      client.on('end', () => this.drop(client));
      await client.connect();
      for (const channel of this.handlers.keys()) {
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private drop(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    this.reconnectSoon();
  }

  private reconnectSoon() {
    if (this.closed || this.handlers.size === 0) return;
    setTimeout(() => {
      if (!this.closed && !this.client) this.connect().catch(() => this.reconnectSoon());
    }, 1000).unref();
  }

  async close() {
    this.closed = true;
    const client = this.client ?? (await this.connecting?.catch(() => null));
    this.client = null;
    await client?.end().catch(() => {});
  }
}

/**
 * Opens the database, applies pending migrations, and checks that requests will run as a role
 * row-level security applies to. PostgreSQL when `databaseUrl` is set, else PGlite in
 * `dataDir` (default `./.estatekit/data`). Throws `UnsafeDatabaseRoleError` when the runtime
 * role is superuser or BYPASSRLS.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) return openPostgres({ ...options, databaseUrl: options.databaseUrl });
  return openPglite(options.dataDir ?? resolve('.estatekit/data'));
}

/** The rows of a raw `execute` result (node-postgres and PGlite both answer `{ rows }`). */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}
