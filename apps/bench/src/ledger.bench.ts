/**
 * The rent ledger at portfolio scale, on PostgreSQL and PGlite: 10,000 leases × 24 months.
 *
 * The first 23 months are seeded in bulk (`ledger-seed.ts`: the rows the procedures would have
 * written, computed by `ledger-history.ts` with the domain's own schedule and allocation, ≈
 * 240,000 charges and as many payments, with paid, late, partial, missed, defaulted, prepaid and
 * returned payments), then, in this process through `createCaller` (`ledger-measure.ts`):
 * - `charges.generate` for the 24th month (≈ 10,000 charges, plus credit applied), next to the
 *   one set-based INSERT … SELECT that creates the same charges (checked identical by MD5), run
 *   first in a transaction that is rolled back; and the same call again (nothing left to create);
 * - `ledger.forLease` for 200 leases spread over the portfolio, p50/p95, next to the reads it
 *   needs (`findLease` + `loadLedger` in one org transaction);
 * - `reports.delinquency` for the whole portfolio as of the last seeded day, next to
 *   `delinquencyTotalsRaw` — the bare aggregate of the same open charges — and, on PostgreSQL,
 *   the report's own query with its JIT compiler off; medians of several runs, the target being
 *   the report ≤ 2× the raw aggregate.
 */
import { pinSelf } from './child';
import { type LedgerHistory, simulateHistory } from './ledger-history';
import { type LedgerFigures, type LedgerRuns, measureLedger } from './ledger-measure';
import { benchPortfolio, planPortfolio } from './ledger-portfolio';
import { runIfMain } from './main';
import type { Section, Table, Target } from './report';
import { fmt, median, ms, percentile, since, times } from './stats';

const TARGET = 2;

const count = (n: number) => fmt(n);
const seconds = (value: number) => `${fmt(value / 1000, 1)} s`;

function seedRow(name: string, f: LedgerFigures): string[] {
  const rows = f.seed.tables.reduce((sum, t) => sum + t.rows, 0);
  const insert = f.seed.tables.reduce((sum, t) => sum + t.ms, 0);
  const ledger = f.seed.tables.filter((t) =>
    ['charges', 'payments', 'allocations', 'receipts', 'reversals'].includes(t.table),
  );
  return [
    name,
    count(rows),
    seconds(insert),
    fmt(rows / (insert / 1000)),
    seconds(ledger.reduce((sum, t) => sum + t.ms, 0)),
    seconds(f.seed.vacuumMs),
    seconds(insert + f.seed.vacuumMs),
  ];
}

function reportTarget(name: string, leases: number, f: LedgerFigures): Target {
  const api = median(f.report.api);
  const raw = median(f.report.raw);
  return {
    name: `reports.delinquency vs the raw aggregate (${name}, ${count(leases)} leases)`,
    target: `≤ ${TARGET}×`,
    measured: `${times(api / raw)} (${ms(api)} vs ${ms(raw)})`,
    met: api / raw <= TARGET,
  };
}

/** Runs the benchmark on both databases; `leases` shrinks the portfolio for a quick look. */
export async function runLedgerBench(
  runs: LedgerRuns = { forLeaseSample: 200, forLeaseWarmup: 20, reportRuns: 5 },
  leases = benchPortfolio.leases,
): Promise<Section> {
  let start = performance.now();
  const portfolio = planPortfolio({ ...benchPortfolio, leases });
  const history: LedgerHistory = simulateHistory(portfolio);
  const planMs = since(start);
  const figures: [string, LedgerFigures][] = [];
  pinSelf('1');
  try {
    for (const [name, kind] of [
      ['PostgreSQL', 'postgres'],
      ['PGlite', 'pglite'],
    ] as const) {
      start = performance.now();
      figures.push([name, await measureLedger(kind, portfolio, history, runs)]);
      console.error(`ledger: ${name} done in ${seconds(since(start))}`);
    }
  } finally {
    pinSelf('0,1');
  }
  const seed: Table = {
    title: 'Bulk seed of the 23 months of history',
    columns: [
      'database',
      'rows',
      'insert',
      'rows/s',
      'of which ledger tables',
      'VACUUM ANALYZE',
      'seed total',
    ],
    rows: figures.map(([name, f]) => seedRow(name, f)),
  };
  const generate: Table = {
    title: `charges.generate for ${portfolio.generateRange.from.slice(0, 7)} (every lease, one month)`,
    columns: [
      'database',
      'charges.generate',
      'charges created',
      'credit allocations',
      'set-based INSERT',
      'API ÷ INSERT',
      'again (none to create)',
      'leasesWithCredit alone',
    ],
    rows: figures.map(([name, { generate: g }]) => [
      name,
      ms(g.apiMs),
      count(g.created),
      count(g.credited),
      ms(g.rawMs),
      times(g.apiMs / g.rawMs),
      ms(g.rerunMs),
      ms(g.creditScanMs),
    ]),
  };
  const forLease: Table = {
    title: `ledger.forLease over ${runs.forLeaseSample} leases (sequential, in-process)`,
    columns: [
      'database',
      'API p50',
      'API p95',
      'reads p50',
      'reads p95',
      'Δ p95',
      'entries (median)',
    ],
    rows: figures.map(([name, { forLease: l }]) => {
      const api95 = percentile(l.api, 95);
      const reads95 = percentile(l.reads, 95);
      return [
        name,
        ms(median(l.api)),
        ms(api95),
        ms(median(l.reads)),
        ms(reads95),
        ms(api95 - reads95),
        count(median(l.entries)),
      ];
    }),
  };
  const report: Table = {
    title: `reports.delinquency for the whole portfolio as of ${portfolio.historyEnd} (median of ${runs.reportRuns})`,
    columns: [
      'database',
      'delinquent leases',
      'reports.delinquency',
      'its SQL, jit off',
      'raw aggregate',
      'report ÷ raw',
      'report runs (s)',
    ],
    rows: figures.map(([name, { report: r }]) => [
      name,
      count(r.rows),
      ms(median(r.api)),
      r.sqlNoJit.length ? ms(median(r.sqlNoJit)) : '—',
      ms(median(r.raw)),
      times(median(r.api) / median(r.raw)),
      r.api.map((v) => fmt(v / 1000, 2)).join(' / '),
    ]),
  };
  const rows = (table: string) => history[table as keyof LedgerHistory].length;
  const history23 = portfolio.options.months - 1;
  return {
    title: `Rent ledger at ${count(portfolio.leases.length)} leases × ${portfolio.options.months} months`,
    method: [
      `Portfolio: ${count(portfolio.leases.length)} active leases (one unit and one tenant each, ${portfolio.buildings.length} buildings), a monthly rent line each, ${history23} months of history from ${portfolio.options.firstMonth} to ${portfolio.historyEnd}: ${count(rows('charges'))} charges (deposits and rent), ${count(rows('payments'))} payments with ${count(rows('allocations'))} allocations and as many receipts, ${count(rows('reversals'))} reversals of returned payments. Payers: 60% punctual, 10% late, 10% partial, 10% missing months, 5% defaulting, 5% prepaying. Computed with the domain's chargeSchedule and allocatePayment in ${seconds(planMs)}, inserted as the database owner in 20,000-row JSON batches with triggers off, then VACUUM ANALYZE; the same rows on both databases (\`ledger-seed.test.ts\` checks a small portfolio seeded this way against one played through the procedures).`,
      `Timed in this process through createCaller with a secret (owner) key; PostgreSQL is the local server, PGlite in memory in this process. charges.generate runs once for real after its baseline (rolled back), then once more; ledger.forLease after ${runs.forLeaseWarmup} warm-up calls, each call followed by its baseline; the report after one warm-up call of the raw aggregate, each round timing the raw aggregate, then the report, then (PostgreSQL) the report's own query through its repository function with \`jit\` off.`,
    ],
    tables: [seed, generate, forLease, report],
    targets: figures.map(([name, f]) => reportTarget(name, portfolio.leases.length, f)),
    notes: [
      'Baselines: the set-based INSERT creates exactly the charges charges.generate creates (count and MD5 compared) but applies no credit, which the procedure also does (credit allocations). "reads" is findLease + loadLedger, the queries forLease sends, without auth, statement building and output validation. The raw aggregate (delinquencyTotalsRaw) computes the same open amounts and totals as the report (checked equal every run) but not the aging buckets, the unapplied credit per lease, nor the names of leases, buildings, units and tenants.',
      ...figures.flatMap(([name, f]) => findings(name, f)),
    ],
  };
}

/** Notes on where the time goes, only when the figures show it. */
function findings(name: string, f: LedgerFigures): string[] {
  const out: string[] = [];
  const { generate: g, report: r } = f;
  if (g.rerunMs > g.apiMs / 2) {
    const grows =
      g.creditScanMs > g.rerunMs / 3
        ? ', a cost that grows with every payment ever recorded, not with the month’s charges'
        : '';
    out.push(
      `${name}: with nothing left to create, charges.generate still takes ${ms(g.rerunMs)}; the unapplied-credit scan it starts with (leasesWithCredit) alone takes ${ms(g.creditScanMs)}${grows}.`,
    );
  }
  if (r.sqlNoJit.length && median(r.api) > 1.25 * median(r.sqlNoJit)) {
    out.push(
      `${name}: with \`jit\` off the report's query takes ${ms(median(r.sqlNoJit))} instead of ${ms(median(r.api))}: the rest is JIT compilation, which PostgreSQL starts because the query's estimated cost passes jit_above_cost; still ${times(median(r.sqlNoJit) / median(r.raw))} the raw aggregate.`,
    );
  }
  return out;
}

runIfMain(import.meta.url, () =>
  runLedgerBench(
    {
      forLeaseSample: Number(process.env.BENCH_LEDGER_LEASES_READ ?? 200),
      forLeaseWarmup: Number(process.env.BENCH_WARMUP ?? 20),
      reportRuns: Number(process.env.BENCH_RUNS ?? 5),
    },
    Number(process.env.BENCH_LEDGER_LEASES ?? benchPortfolio.leases),
  ),
);
