/**
 * The EstateKit API as a separate process for the lead-move benchmark. `BENCH_DB=pglite`: opens
 * in-memory PGlite and seeds the lead world itself; otherwise opens the PostgreSQL database at
 * `DATABASE_URL`, already seeded by the parent. Serves with `startApi` (rate limit and scheduler
 * off) and answers `raw` requests by running `rawMove` on its own driver, timed in-process (the
 * no-API baseline for PGlite, where the database lives inside this process).
 */
import { type Database, openDatabase, startApi } from '@estatekit/api';
import { openTestDatabase } from '../api-internals';
import { serveParent } from '../child';
import { type LeadWorld, nextStage, rawMove, type SqlClient, seedLeadWorld } from '../lead-moves';

async function open(): Promise<{ database: Database; world: LeadWorld | null }> {
  if (process.env.BENCH_DB === 'pglite') {
    const test = await openTestDatabase('pglite');
    return {
      database: test.database,
      world: await seedLeadWorld(test.database, Number(process.env.BENCH_LEADS ?? 200)),
    };
  }
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL!,
    adminUrl: process.env.DATABASE_ADMIN_URL!,
  });
  return { database, world: null };
}

const { database, world } = await open();
const api = await startApi({
  database,
  port: 0,
  server: { rateLimitPerMinute: false },
  schedulerIntervalMs: false,
});

serveParent(
  { url: api.url, world },
  async (message) => {
    if (message.type !== 'raw') throw new Error(`unknown request ${String(message.type)}`);
    const client = (database.db as unknown as { $client: SqlClient }).$client;
    const leads = message.leads as LeadWorld['leads'];
    const times: number[] = [];
    for (let i = 0; i < leads.length * 2; i++) {
      const lead = leads[i % leads.length]!;
      const start = performance.now();
      lead.version = await rawMove(
        client,
        message.orgId as string,
        lead,
        nextStage(Math.floor(i / leads.length)),
      );
      times.push(performance.now() - start);
    }
    return { times };
  },
  () => api.close(),
);
