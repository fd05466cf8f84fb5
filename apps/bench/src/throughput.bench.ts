/**
 * HTTP throughput under load: autocannon, 32 connections, `duration` seconds per run after a
 * short warm-up, against servers in child processes pinned to core 0 while autocannon runs in
 * its own process pinned to core 1 (`taskset`), so the load generator never competes with the
 * server for its core. PostgreSQL itself is not pinned (it is a system service) and shares both.
 *
 * (a) `GET /trpc/health` — the API's most trivial tRPC procedure through the full server
 *     (Fastify, CORS hooks, tRPC adapter, error-conversion middleware, output validation) — vs a
 *     plain Fastify route returning a constant JSON object: what the framework stack costs.
 * (b) `properties.list` (the representative price-range query, secret key) vs a plain Fastify
 *     route that runs the very same listing transaction through a `pg` pool of the same size and
 *     role (no auth, no tRPC, no validation) and returns the same rows and total as JSON: what
 *     the API costs on top of the database work it cannot avoid.
 *
 * Runs are sequential (one server under load at a time; the idle ones cost nothing). Every run
 * must finish with zero errors and zero non-2xx responses, or the benchmark fails.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { preparePostgres } from './bench-data';
import { benchDir, type ChildServer, hasTaskset, pinned, startChild } from './child';
import { trpcQueryPath } from './http-client';
import { REPRESENTATIVE_QUERY } from './list-queries';
import { runIfMain } from './main';
import { backendCpu, cpuBetween } from './proc-cpu';
import type { Section } from './report';
import { fmt, times } from './stats';

/** The fields of autocannon's `--json` result we use. */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/** Runs autocannon on core 1 and returns its JSON result; throws on any failed request. */
function autocannon(url: string, options: { duration: number; headers?: Record<string, string> }) {
  const args = [autocannonBin, '-c', '32', '-d', String(options.duration), '-j'];
  for (const [name, value] of Object.entries(options.headers ?? {}))
    args.push('-H', `${name}=${value}`);
  args.push(url);
  const [command, argv] = pinned(1, process.execPath, args);
  return new Promise<AutocannonResult>((resolve, reject) => {
    const child = spawn(command, argv, { cwd: benchDir, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const result = JSON.parse(out.trim().split('\n').at(-1)!) as AutocannonResult;
      if (result.errors || result.timeouts || result.non2xx) {
        return reject(
          new Error(
            `${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
          ),
        );
      }
      resolve(result);
    });
  });
}

/** A measured run: autocannon's result plus server and PostgreSQL CPU per request (ms). */
interface Run extends AutocannonResult {
  serverCpu: number;
  postgresCpu: number | null;
}

/**
 * Warms up for 2 s, then measures `duration` s, reading the server's and the database's CPU
 * counters around the measured part.
 */
async function measureRun(
  server: ChildServer<{ url: string }>,
  database: string,
  path: string,
  duration: number,
  headers: Record<string, string> = {},
): Promise<Run> {
  const url = `${server.ready.url}${path}`;
  await autocannon(url, { duration: 2, headers });
  const cpu = await server.request<number>({ type: 'cpu' });
  const db = backendCpu(database);
  const result = await autocannon(url, { duration, headers });
  const serverCpu = (await server.request<number>({ type: 'cpu' })) - cpu;
  const dbCpu = cpuBetween(db, backendCpu(database));
  const requests = result.requests.total;
  return {
    ...result,
    serverCpu: serverCpu / requests,
    postgresCpu: dbCpu === null ? null : dbCpu / requests,
  };
}

/** Runs the throughput benchmark with `duration`-second runs (default 10). */
export async function runThroughputBench(duration = 10): Promise<Section> {
  const data = await preparePostgres();
  const query = data.queries.find((q) => q.name === REPRESENTATIVE_QUERY)!;
  const api = await startChild<{ url: string }>('./servers/api.server.ts', 0, {
    DATABASE_URL: data.runtimeUrl,
    DATABASE_ADMIN_URL: data.adminUrl,
  });
  const plain = await startChild<{ url: string }>('./servers/plain.server.ts', 0, {
    DATABASE_URL: data.runtimeUrl,
    BENCH_LIST_SQL: JSON.stringify(query.sql),
  });
  const database = new URL(data.runtimeUrl).pathname.slice(1);
  const results: Record<string, Run> = {};
  try {
    const auth = { authorization: `Bearer ${data.seeded.secretKey}` };
    results.hello = await measureRun(plain, database, '/hello', duration);
    results.health = await measureRun(api, database, trpcQueryPath('health'), duration);
    results.plainList = await measureRun(plain, database, '/listings', duration);
    results.apiList = await measureRun(
      api,
      database,
      trpcQueryPath('properties.list', query.input),
      duration,
      auth,
    );
  } finally {
    await api.stop();
    await plain.stop();
    await data.drop();
  }
  const { hello, health, plainList, apiList } = results as Record<string, Run>;
  const trivial = health!.requests.average / hello!.requests.average;
  const list = apiList!.requests.average / plainList!.requests.average;
  // autocannon reports latency in whole milliseconds.
  const whole = (value: number) => (value < 1 ? '< 1 ms' : `${fmt(value)} ms`);
  const cpuMs = (value: number | null) => (value === null ? 'n/a' : `${fmt(value, 3)} ms`);
  const row = (label: string, r: Run, base: Run) => [
    label,
    fmt(r.requests.average),
    fmt(r.requests.total),
    whole(r.latency.p50),
    whole(r.latency.p99),
    cpuMs(r.serverCpu),
    cpuMs(r.postgresCpu),
    times(r.requests.average / base.requests.average),
  ];
  return {
    title: 'HTTP throughput (autocannon, 32 connections)',
    method: [
      `autocannon -c 32 -d ${duration} (after a separate 2 s warm-up run) in its own process on core 1, each server in its own process on core 0${hasTaskset ? '' : ' (taskset unavailable: NOT pinned)'}; PostgreSQL unpinned. Baselines are plain Fastify routes in a separate process: a constant JSON object, and the captured \`properties.list\` listing transaction ("${REPRESENTATIVE_QUERY}") replayed through a \`pg\` pool of 10 as the same role, returning the same rows and total. "server CPU/req" is the server process's user + system CPU time during the measured run divided by the requests served; "PostgreSQL CPU/req" the same for the PostgreSQL backends connected to the benchmark's database (read from /proc).`,
    ],
    tables: [
      {
        title: 'Requests per second (average over the run)',
        columns: [
          'server / route',
          'req/s',
          'requests',
          'p50 latency',
          'p99 latency',
          'server CPU/req',
          'PostgreSQL CPU/req',
          'vs baseline',
        ],
        rows: [
          row('plain Fastify GET /hello (baseline)', hello!, hello!),
          row('API tRPC health', health!, hello!),
          row('plain Fastify + pg, same listing SQL (baseline)', plainList!, plainList!),
          row(`API properties.list (${REPRESENTATIVE_QUERY})`, apiList!, plainList!),
        ],
      },
    ],
    targets: [
      {
        name: 'tRPC health vs plain Fastify hello-world',
        target: '≥ 0.5×',
        measured: `${times(trivial)} (${fmt(health!.requests.average)} vs ${fmt(hello!.requests.average)} req/s)`,
        met: trivial >= 0.5,
      },
      {
        name: 'properties.list vs plain Fastify + pg (same SQL)',
        target: '≥ 0.8×',
        measured: `${times(list)} (${fmt(apiList!.requests.average)} vs ${fmt(plainList!.requests.average)} req/s)`,
        met: list >= 0.8,
      },
    ],
    notes: [
      `tRPC health costs ${cpuMs(health!.serverCpu)} of server CPU per request against ${cpuMs(hello!.serverCpu)} for the plain route: the server's core is saturated in both runs, so the ratio of CPU per request is the ratio of throughput.`,
      `properties.list costs ${cpuMs(apiList!.serverCpu)} of server CPU and ${cpuMs(apiList!.postgresCpu)} of PostgreSQL CPU per request, against ${cpuMs(plainList!.serverCpu)} and ${cpuMs(plainList!.postgresCpu)} for the baseline.`,
      'The API serves properties.list with three transactions per request (credential lookup, org load, listing query: 13 statements) where the baseline runs one (5 statements); with the server process and PostgreSQL sharing two cores, those extra round trips cost throughput directly.',
    ],
  };
}

runIfMain(import.meta.url, () => runThroughputBench(Number(process.env.BENCH_DURATION ?? 10)));
