/**
 * `properties.list` latency over HTTP, for ten representative filter + sort queries, on
 * PostgreSQL and on PGlite, each next to the same SQL without the API.
 *
 * The API runs in its own process pinned to core 0 (`startApi`, production settings except the
 * rate limit); this process, pinned to core 1, sends sequential GET requests with a secret key on
 * one keep-alive connection and times each to the last byte of the body. After a warm-up, every
 * query gets `iterations` timed requests (≥ 200).
 *
 * Baseline on PostgreSQL: the listing transaction the repository really generated for that
 * query (captured from the driver, see list-sql.ts: `begin`, `set_config('estatekit.org_id', …,
 * true)`, page query, count query, `commit`), replayed through `pg` from this same process, on one
 * connection as the same non-superuser role, so row-level security, plans and parameters are
 * identical. API and raw requests alternate one by one so drift affects both alike. A third
 * series calls the router in-process (`createCaller`, no HTTP) to split the overhead between
 * the HTTP layer and tRPC + credential lookup + validation, and a fourth times the credential
 * lookup (`resolveApiKey`) alone.
 *
 * Baseline on PGlite: the same transaction run directly on the PGlite instance inside the API
 * process (PGlite is in-process, so "raw" has no network hop), timed there.
 *
 * Overhead is p95(API) − p95(raw). The target (≤ 2 ms on PostgreSQL) is judged on all requests
 * of all queries pooled; the per-query figures show which queries exceed it.
 */
import type { ListingListResult } from '@estatekit/domain';
import pg from 'pg';
import { callerFor, resolveApiKey } from './api-internals';
import { preparePostgres } from './bench-data';
import { hasTaskset, pinSelf, startChild } from './child';
import { httpGetter, trpcQueryPath } from './http-client';
import { replayListSql } from './list-sql';
import { runIfMain } from './main';
import type { Section, Table } from './report';
import { fmt, latencySummary, ms, since } from './stats';

/** Timings (ms) of one query. */
interface QuerySamples {
  name: string;
  total: number;
  api: number[];
  raw: number[];
  inProcess: number[];
}

const totalOf = (body: string) =>
  (JSON.parse(body) as { result: { data: ListingListResult } }).result.data.total;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return since(start);
}

function summaryRow(name: string, s: QuerySamples, withInProcess: boolean): string[] {
  const api = latencySummary(s.api);
  const raw = latencySummary(s.raw);
  const cells = [name, fmt(s.total), ms(api.p50), ms(api.p95), ms(api.p99)];
  if (withInProcess) cells.push(ms(latencySummary(s.inProcess).p95));
  cells.push(ms(raw.p50), ms(raw.p95), ms(raw.p99), ms(api.p95 - raw.p95));
  return cells;
}

function latencyTable(
  title: string,
  rawLabel: string,
  samples: QuerySamples[],
  withInProcess: boolean,
): Table {
  const pooled: QuerySamples = {
    name: 'all queries pooled',
    total: Number.NaN,
    api: samples.flatMap((s) => s.api),
    raw: samples.flatMap((s) => s.raw),
    inProcess: samples.flatMap((s) => s.inProcess),
  };
  const pooledRow = summaryRow('ALL QUERIES (pooled)', pooled, withInProcess);
  pooledRow[1] = '';
  return {
    title,
    columns: [
      'query',
      'matches',
      'API p50',
      'API p95',
      'API p99',
      ...(withInProcess ? ['in-process p95'] : []),
      `${rawLabel} p50`,
      `${rawLabel} p95`,
      `${rawLabel} p99`,
      'Δ p95',
    ],
    rows: [...samples.map((s) => summaryRow(s.name, s, withInProcess)), pooledRow],
  };
}

/** Runs the latency benchmark; `iterations` timed requests per query after `warmup`. */
export async function runLatencyBench(iterations = 200, warmup = 30): Promise<Section> {
  const data = await preparePostgres();
  const postgres: QuerySamples[] = [];
  const pglite: QuerySamples[] = [];
  let keyLookup = { p50: Number.NaN, p95: Number.NaN, p99: Number.NaN };
  pinSelf('1');
  try {
    const server = await startChild<{ url: string }>('./servers/api.server.ts', 0, {
      DATABASE_URL: data.runtimeUrl,
      DATABASE_ADMIN_URL: data.adminUrl,
    });
    const http = httpGetter(server.ready.url, { authorization: `Bearer ${data.seeded.secretKey}` });
    const raw = new pg.Client({ connectionString: data.runtimeUrl });
    await raw.connect();
    const caller = callerFor(data.test.database, data.seeded.secretKey);
    const lookups: number[] = [];
    try {
      for (const query of data.queries) {
        const path = trpcQueryPath('properties.list', query.input);
        const s: QuerySamples = { name: query.name, total: 0, api: [], raw: [], inProcess: [] };
        for (let i = 0; i < warmup + iterations; i++) {
          let body = '';
          const api = await timed(async () => {
            body = await http.get(path);
          });
          let total = 0;
          const direct = await timed(async () => {
            total = (await replayListSql(raw, query.sql)).total;
          });
          const inProcess = await timed(() => caller.properties.list(query.input));
          const lookup = await timed(() =>
            resolveApiKey(data.test.database, data.seeded.secretKey),
          );
          if (i === 0 && totalOf(body) !== total) {
            throw new Error(`${query.name}: API total ${totalOf(body)} ≠ raw SQL total ${total}`);
          }
          s.total = total;
          if (i < warmup) continue;
          s.api.push(api);
          s.raw.push(direct);
          s.inProcess.push(inProcess);
          lookups.push(lookup);
        }
        postgres.push(s);
      }
      keyLookup = latencySummary(lookups);
    } finally {
      http.close();
      await raw.end();
      await server.stop();
    }
    console.error('latency: PostgreSQL done');

    const lite = await startChild<{ url: string; secretKey: string }>(
      './servers/api.server.ts',
      0,
      {
        BENCH_DB: 'pglite',
      },
    );
    const liteHttp = httpGetter(lite.ready.url, {
      authorization: `Bearer ${lite.ready.secretKey}`,
    });
    try {
      for (const query of data.queries) {
        const path = trpcQueryPath('properties.list', query.input);
        const s: QuerySamples = { name: query.name, total: 0, api: [], raw: [], inProcess: [] };
        for (let i = 0; i < warmup + iterations; i++) {
          let body = '';
          const api = await timed(async () => {
            body = await liteHttp.get(path);
          });
          if (i === 0) s.total = totalOf(body);
          if (i >= warmup) s.api.push(api);
        }
        const replay = await lite.request<{ times: number[]; total: number }>({
          type: 'replay',
          sql: query.sql,
          warmup,
          iterations,
        });
        if (replay.total !== s.total) {
          throw new Error(
            `${query.name}: PGlite API total ${s.total} ≠ direct total ${replay.total}`,
          );
        }
        s.raw = replay.times;
        pglite.push(s);
      }
    } finally {
      liteHttp.close();
      await lite.stop();
    }
    console.error('latency: PGlite done');
  } finally {
    pinSelf('0,1');
    await data.drop();
  }

  const pooled = (samples: QuerySamples[], pick: (s: QuerySamples) => number[]) =>
    latencySummary(samples.flatMap(pick));
  const pgApi = pooled(postgres, (s) => s.api);
  const pgRaw = pooled(postgres, (s) => s.raw);
  const pgInProcess = pooled(postgres, (s) => s.inProcess);
  const overhead = pgApi.p95 - pgRaw.p95;
  const perQuery = postgres.map((s) => ({
    name: s.name,
    delta: latencySummary(s.api).p95 - latencySummary(s.raw).p95,
  }));
  const over = perQuery.filter((q) => q.delta > 2);
  const worst = perQuery.reduce((a, b) => (b.delta > a.delta ? b : a));
  const liteApi = pooled(pglite, (s) => s.api);
  const liteRaw = pooled(pglite, (s) => s.raw);
  return {
    title: 'properties.list latency over HTTP',
    method: [
      `${iterations} sequential requests per query after ${warmup} warm-up requests, one keep-alive connection, API process pinned to core 0 and client to core 1${hasTaskset ? '' : ' (taskset unavailable: NOT pinned)'}. "matches" is the filtered total the query reports (page size 50 unless stated). Baseline on PostgreSQL: the listing transaction the repository generated for that query, captured from the driver and replayed through \`pg\` by the client process as the same non-superuser role (same RLS, parameters and plans), alternating request by request with the API. "in-process" is the same call through \`createCaller\` without HTTP. Baseline on PGlite: the same transaction run directly on PGlite inside the API process. Δ p95 = API p95 − baseline p95.`,
    ],
    tables: [
      latencyTable(
        'PostgreSQL: API over HTTP vs the same SQL through pg',
        'raw SQL',
        postgres,
        true,
      ),
      latencyTable(
        'PGlite (in memory): API over HTTP vs the same SQL on PGlite directly',
        'PGlite direct',
        pglite,
        false,
      ),
    ],
    targets: [
      {
        name: 'properties.list p95 overhead over raw SQL (PostgreSQL, all queries)',
        target: '≤ 2 ms',
        measured: `${ms(overhead)} (API p95 ${ms(pgApi.p95)} vs raw ${ms(pgRaw.p95)}); per query worst ${ms(worst.delta)} (${worst.name}), ${perQuery.length - over.length}/${perQuery.length} queries ≤ 2 ms`,
        met: overhead <= 2,
      },
    ],
    notes: [
      `PostgreSQL pooled: API p50/p95/p99 ${ms(pgApi.p50)} / ${ms(pgApi.p95)} / ${ms(pgApi.p99)}; in-process caller ${ms(pgInProcess.p50)} / ${ms(pgInProcess.p95)} / ${ms(pgInProcess.p99)}; raw SQL ${ms(pgRaw.p50)} / ${ms(pgRaw.p95)} / ${ms(pgRaw.p99)}. Of the p95 overhead, ${ms(pgInProcess.p95 - pgRaw.p95)} is tRPC + credential lookup + input/output validation (in-process − raw) and ${ms(pgApi.p95 - pgInProcess.p95)} the HTTP layer (Fastify, JSON, the hop between processes).`,
      `PGlite pooled: API p50/p95/p99 ${ms(liteApi.p50)} / ${ms(liteApi.p95)} / ${ms(liteApi.p99)}; direct ${ms(liteRaw.p50)} / ${ms(liteRaw.p95)} / ${ms(liteRaw.p99)}.`,
      `Per request the API runs three transactions where the baseline runs one: the secret key is resolved (lookup transaction on api_keys), its org loaded (org-scoped transaction), then the listing transaction; eight extra statements (begin, set_config, select, commit, twice) before the listing SQL starts. Timed alone (\`resolveApiKey\`, same pool, same run) that credential lookup takes p50 ${ms(keyLookup.p50)}, p95 ${ms(keyLookup.p95)}.`,
      ...(over.length
        ? [
            `Queries over 2 ms of p95 overhead on PostgreSQL: ${over.map((q) => `${q.name} (${ms(q.delta)})`).join('; ')}.`,
          ]
        : []),
    ],
  };
}

runIfMain(import.meta.url, () =>
  runLatencyBench(
    Number(process.env.BENCH_ITERATIONS ?? 200),
    Number(process.env.BENCH_WARMUP ?? 30),
  ),
);
