import { resolve } from 'node:path';
import {
  type Database,
  openDatabase,
  provisionPostgres,
  UnsafeDatabaseRoleError,
} from '@estatekit/api';

/** Repository root (two levels up from apps/demo/src). */
export const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * Opens the demo's database. Without DATABASE_URL: embedded PGlite in `dataDir` (default
 * `<repo>/.estatekit/data`). With DATABASE_URL pointing at a superuser (handy on a dev box), it
 * first provisions a login role `estatekit_demo` that cannot bypass row-level security and runs
 * the API as that role, keeping the superuser for migrations only — the API itself refuses to
 * run as a superuser.
 */
export async function openDemoDatabase(options: { dataDir?: string }): Promise<{
  database: Database;
  label: string;
}> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = resolve(
      options.dataDir ?? process.env.ESTATEKIT_DATA_DIR ?? `${repoRoot}/.estatekit/data`,
    );
    return { database: await openDatabase({ dataDir }), label: `PGlite in ${dataDir}` };
  }
  const database = decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
  const adminUrl = process.env.DATABASE_ADMIN_URL;
  try {
    return {
      database: await openDatabase({ databaseUrl: url, ...(adminUrl ? { adminUrl } : {}) }),
      label: `PostgreSQL database ${database}`,
    };
  } catch (error) {
    if (!(error instanceof UnsafeDatabaseRoleError)) throw error;
  }
  const urls = await provisionPostgres({ adminUrl: url, database, user: 'estatekit_demo' });
  return {
    database: await openDatabase(urls),
    label: `PostgreSQL database ${database} (as role estatekit_demo; migrations as the superuser)`,
  };
}
