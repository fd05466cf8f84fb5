/**
 * `leads.move` over HTTP: latency p50/p95 on PostgreSQL and PGlite, and moves per second with 32
 * concurrent clients each moving its own lead, next to the bare SQL transaction a move needs
 * (`rawMove` in lead-moves.ts: lock, versioned update, audit entry, entry task, NOTIFY) measured
 * in the same run.
 *
 * The API runs in its own process pinned to core 0 (`startApi`, rate limit and scheduler off);
 * this process, pinned to core 1, sends `POST /trpc/leads.move` with a secret key and times each
 * to the last byte. Every request moves a lead one stage, alternately `new → contacted` (which
 * validates the guards and creates the "Call back" task) and back. API and raw moves use
 * separate leads and alternate one by one, so drift affects both alike. On PostgreSQL the raw
 * transaction runs through `pg` from this process as the same non-superuser role (row-level
 * security on); on PGlite it runs inside the API process on the same instance.
 *
 * Throughput: 32 workers, each with its own lead, move as fast as they can for `seconds`; the
 * raw baseline on PostgreSQL is 32 `pg` connections doing `rawMove` the same way. PGlite runs one
 * statement at a time, so its raw baseline is the sequential rate.
 */
import pg from 'pg';
import { openTestDatabase } from './api-internals';
import { pinSelf, startChild } from './child';
import { httpPoster } from './http-client';
import { type LeadWorld, nextStage, rawMove, seedLeadWorld } from './lead-moves';
import { runIfMain } from './main';
import type { Section, Table } from './report';
import { fmt, latencySummary, ms, since, times } from './stats';

type Lead = LeadWorld['leads'][number] & { moves: number };

const versionOf = (body: string) =>
  (JSON.parse(body) as { result: { data: { version: number } } }).result.data.version;

async function apiMove(http: ReturnType<typeof httpPoster>, lead: Lead): Promise<void> {
  const to = nextStage(lead.moves);
  const body = await http.post('/trpc/leads.move', { leadId: lead.id, to, version: lead.version });
  lead.version = versionOf(body);
  lead.moves += 1;
}

/** Moves per second when `workers` loops each move their own lead for `seconds`. */
async function rate(workers: Lead[], seconds: number, move: (lead: Lead) => Promise<void>) {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  const start = performance.now();
  await Promise.all(
    workers.map(async (lead) => {
      while (performance.now() < deadline) {
        await move(lead);
        done += 1;
      }
    }),
  );
  return done / (since(start) / 1000);
}

interface DriverResult {
  api: number[];
  raw: number[];
  apiRate: number;
  rawRate: number;
  rawRateLabel: string;
}

const split = (world: LeadWorld) => {
  const all = world.leads.map((l) => ({ ...l, moves: 0 }));
  return {
    latencyApi: all.slice(0, 50),
    latencyRaw: all.slice(50, 100),
    concurrent: all.slice(100, 132),
    concurrentRaw: all.slice(132, 164),
  };
};

async function onPostgres(
  iterations: number,
  warmup: number,
  seconds: number,
): Promise<DriverResult> {
  const test = await openTestDatabase('postgres');
  try {
    const world = await seedLeadWorld(test.database, 170);
    const server = await startChild<{ url: string }>('./servers/leads.server.ts', 0, {
      DATABASE_URL: test.runtimeUrl!,
      DATABASE_ADMIN_URL: test.adminUrl!,
    });
    const auth = { authorization: `Bearer ${world.secretKey}` };
    const http = httpPoster(server.ready.url, auth, 1);
    const wide = httpPoster(server.ready.url, auth, 32);
    const raw = new pg.Client({ connectionString: test.runtimeUrl! });
    await raw.connect();
    const pool = new pg.Pool({ connectionString: test.runtimeUrl!, max: 32 });
    const leads = split(world);
    const result: DriverResult = {
      api: [],
      raw: [],
      apiRate: 0,
      rawRate: 0,
      rawRateLabel: '32 pg connections',
    };
    try {
      for (let i = 0; i < warmup + iterations; i++) {
        const a = leads.latencyApi[i % leads.latencyApi.length]!;
        const r = leads.latencyRaw[i % leads.latencyRaw.length]!;
        let t = performance.now();
        await apiMove(http, a);
        const api = since(t);
        t = performance.now();
        r.version = await rawMove(raw, world.orgId, r, nextStage(r.moves));
        r.moves += 1;
        const direct = since(t);
        if (i >= warmup) {
          result.api.push(api);
          result.raw.push(direct);
        }
      }
      result.apiRate = await rate(leads.concurrent, seconds, (lead) => apiMove(wide, lead));
      result.rawRate = await rate(leads.concurrentRaw, seconds, async (lead) => {
        const client = await pool.connect();
        try {
          lead.version = await rawMove(client, world.orgId, lead, nextStage(lead.moves));
          lead.moves += 1;
        } finally {
          client.release();
        }
      });
    } finally {
      http.close();
      wide.close();
      await raw.end();
      await pool.end();
      await server.stop();
    }
    return result;
  } finally {
    await test.drop();
  }
}

async function onPglite(
  iterations: number,
  warmup: number,
  seconds: number,
): Promise<DriverResult> {
  const server = await startChild<{ url: string; world: LeadWorld }>(
    './servers/leads.server.ts',
    0,
    {
      BENCH_DB: 'pglite',
      BENCH_LEADS: '170',
    },
  );
  const world = server.ready.world;
  const auth = { authorization: `Bearer ${world.secretKey}` };
  const http = httpPoster(server.ready.url, auth, 1);
  const wide = httpPoster(server.ready.url, auth, 32);
  const leads = split(world);
  try {
    const api: number[] = [];
    for (let i = 0; i < warmup + iterations; i++) {
      const a = leads.latencyApi[i % leads.latencyApi.length]!;
      const t = performance.now();
      await apiMove(http, a);
      if (i >= warmup) api.push(since(t));
    }
    const { times: rawTimes } = await server.request<{ times: number[] }>({
      type: 'raw',
      orgId: world.orgId,
      leads: leads.latencyRaw,
    });
    const raw = rawTimes.slice(Math.min(warmup, rawTimes.length / 2));
    const apiRate = await rate(leads.concurrent, seconds, (lead) => apiMove(wide, lead));
    const meanRaw = raw.reduce((a, b) => a + b, 0) / raw.length;
    return { api, raw, apiRate, rawRate: 1000 / meanRaw, rawRateLabel: 'sequential, in-process' };
  } finally {
    http.close();
    wide.close();
    await server.stop();
  }
}

/** Runs the benchmark: `iterations` timed moves per driver after `warmup`, `seconds` of load. */
export async function runLeadsBench(iterations = 300, warmup = 30, seconds = 8): Promise<Section> {
  pinSelf('1');
  let postgres: DriverResult;
  let pglite: DriverResult;
  try {
    postgres = await onPostgres(iterations, warmup, seconds);
    console.error('leads.move: PostgreSQL done');
    pglite = await onPglite(iterations, warmup, seconds);
    console.error('leads.move: PGlite done');
  } finally {
    pinSelf('0,1');
  }
  const row = (name: string, r: DriverResult): string[] => {
    const a = latencySummary(r.api);
    const b = latencySummary(r.raw);
    return [name, ms(a.p50), ms(a.p95), ms(b.p50), ms(b.p95), ms(a.p95 - b.p95)];
  };
  const latency: Table = {
    title: 'leads.move latency over HTTP (sequential, one keep-alive connection)',
    columns: ['database', 'API p50', 'API p95', 'raw SQL p50', 'raw SQL p95', 'Δ p95'],
    rows: [row('PostgreSQL', postgres), row('PGlite', pglite)],
  };
  const throughput: Table = {
    title: 'leads.move throughput, 32 concurrent clients on distinct leads',
    columns: ['database', 'API moves/s', 'raw SQL moves/s', 'raw baseline', 'API ÷ raw'],
    rows: [
      [
        'PostgreSQL',
        fmt(postgres.apiRate),
        fmt(postgres.rawRate),
        postgres.rawRateLabel,
        times(postgres.apiRate / postgres.rawRate),
      ],
      [
        'PGlite',
        fmt(pglite.apiRate),
        fmt(pglite.rawRate),
        pglite.rawRateLabel,
        times(pglite.apiRate / pglite.rawRate),
      ],
    ],
  };
  return {
    title: 'Lead moves (leads.move)',
    method: [
      `${iterations} timed moves per database after ${warmup} warm-up moves, alternating new → contacted → new; API in its own process on core 0, client on core 1.`,
      'Raw SQL: the bare transaction a move needs (lock, versioned update, audit entry, entry task, NOTIFY) under the same role and row-level security.',
      `Throughput: ${seconds} s of 32 concurrent workers, each moving its own lead.`,
    ],
    tables: [latency, throughput],
    targets: [],
    notes: [
      'The API does more than the raw floor per move: it resolves the key, loads the pipeline and the lead’s activities to evaluate every guard, writes the lead back through the versioned update, and re-reads the lead (with its next task) for the response.',
    ],
  };
}

runIfMain(import.meta.url, () =>
  runLeadsBench(
    Number(process.env.BENCH_ITERATIONS ?? 300),
    Number(process.env.BENCH_WARMUP ?? 30),
    Number(process.env.BENCH_DURATION ?? 8),
  ),
);
