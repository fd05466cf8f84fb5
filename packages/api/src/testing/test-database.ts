import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Database, openDatabase } from '../db/database';
import { provisionPostgres } from '../db/provision';

/** Superuser URL of the machine's PostgreSQL (trust auth), overridable for other setups. */
export const PG_ADMIN_URL =
  process.env.ESTATEKIT_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type DriverKind = 'pglite' | 'postgres';
export const driverKinds: readonly DriverKind[] = ['pglite', 'postgres'];

/** A migrated throwaway database and how to get rid of it. */
export interface TestDatabase {
  readonly database: Database;
  /** For PostgreSQL: a superuser URL of the same database (catalog checks, raw COPY). */
  readonly adminUrl: string | null;
  readonly runtimeUrl: string | null;
  drop(): Promise<void>;
}

/**
 * Opens a fresh database: PGlite in memory, or a new PostgreSQL database `ek_test_<random>`
 * reached through a login role that cannot bypass RLS. `drop()` closes and deletes it.
 */
export async function openTestDatabase(kind: DriverKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, adminUrl: null, runtimeUrl: null, drop: () => database.close() };
  }
  const name = `ek_test_${randomBytes(6).toString('hex')}`;
  const urls = await provisionPostgres({
    adminUrl: PG_ADMIN_URL,
    database: name,
    user: 'ek_test_app',
  });
  const database = await openDatabase(urls);
  return {
    database,
    adminUrl: urls.adminUrl,
    runtimeUrl: urls.databaseUrl,
    drop: async () => {
      await database.close();
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Absolute path of the King County sales file in ../shared/data (never copied into the repo). */
export function kcDataPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
  return resolve(dir, '../shared/data/kc_house_data.csv');
}
