/**
 * The EstateKit API as a separate process for the HTTP benchmarks (run pinned to one core by
 * `startChild`). `BENCH_DB=pglite`: opens in-memory PGlite, seeds an org and imports the King
 * County file itself (PGlite lives inside this process). Otherwise opens the PostgreSQL database
 * at `DATABASE_URL` (migrations checked with `DATABASE_ADMIN_URL`), already seeded by the parent.
 * Serves with `startApi` (rate limit off, everything else as in production) and answers `replay`
 * requests by running a captured listing transaction directly on its database driver, timed
 * inside this process, which is the no-API baseline for PGlite.
 */
import { type Database, openDatabase, startApi } from '@estatekit/api';
import { importKc, openTestDatabase, seedOrg } from '../api-internals';
import { serveParent } from '../child';
import { forOrg, type ListSql, replayListSql } from '../list-sql';

type Client = Parameters<typeof replayListSql>[0] & { exec(sql: string): Promise<unknown> };

async function openBenchDatabase(): Promise<{
  database: Database;
  seeded: Record<string, string>;
}> {
  if (process.env.BENCH_DB === 'pglite') {
    const test = await openTestDatabase('pglite');
    const seeded = await seedOrg(test.database, 'bench');
    await importKc(test.database, seeded.org);
    // Fresh planner statistics, as autovacuum would have on a server (PGlite has none).
    const client = (test.database.db as unknown as { $client: Client }).$client;
    await client.exec('RESET ROLE; ANALYZE; SET ROLE estatekit_app;');
    return {
      database: test.database,
      seeded: { orgId: seeded.org.id, secretKey: seeded.secretKey },
    };
  }
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL!,
    adminUrl: process.env.DATABASE_ADMIN_URL!,
  });
  return { database, seeded: {} };
}

const { database, seeded } = await openBenchDatabase();
const api = await startApi({ database, port: 0, server: { rateLimitPerMinute: false } });

serveParent(
  { url: api.url, ...seeded },
  async (message) => {
    if (message.type !== 'replay') throw new Error(`unknown request ${String(message.type)}`);
    const client = (database.db as unknown as { $client: Client }).$client;
    const sql = forOrg(message.sql as ListSql, seeded.orgId ?? (message.sql as ListSql).orgId);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < (message.warmup as number) + (message.iterations as number); i++) {
      const start = performance.now();
      total = (await replayListSql(client, sql)).total;
      if (i >= (message.warmup as number)) times.push(performance.now() - start);
    }
    return { times, total };
  },
  () => api.close(),
);
