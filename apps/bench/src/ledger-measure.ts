/**
 * One database's run of the rent-ledger benchmark: seed the portfolio in bulk, then time
 * `charges.generate` for the last month next to the set-based INSERT that creates the same
 * charges, `ledger.forLease` next to the reads it needs, and `reports.delinquency` next to the
 * raw aggregate `delinquencyTotalsRaw`, all in this process through `createCaller` (no HTTP).
 * Every timed API answer is checked against its baseline's (same charges, same totals).
 */
import { inOrg } from '@estatekit/api';
import { sql } from 'drizzle-orm';
import {
  callerFor,
  openTestDatabase,
  resolveApiKey,
  seedOrg,
  type TestDatabase,
} from './api-internals';
import type { LedgerHistory } from './ledger-history';
import {
  delinquencyRows,
  delinquencyTotalsRaw,
  findLease,
  leasesWithCredit,
  loadLedger,
  rowsOf,
} from './ledger-internals';
import type { Portfolio } from './ledger-portfolio';
import { asOwner, seedLedger, vacuumAnalyze } from './ledger-seed';
import { since } from './stats';

/** What one database measured. Times are milliseconds. */
export interface LedgerFigures {
  seed: { tables: { table: string; rows: number; ms: number }[]; vacuumMs: number };
  generate: {
    apiMs: number;
    rawMs: number;
    rerunMs: number;
    /** `leasesWithCredit` alone, the scan for unapplied credit generate starts with. */
    creditScanMs: number;
    leases: number;
    created: number;
    credited: number;
  };
  forLease: { api: number[]; reads: number[]; entries: number[] };
  /** `sqlNoJit`: the report's own query (`delinquencyRows`) with `jit` off, PostgreSQL only. */
  report: { api: number[]; sqlNoJit: number[]; raw: number[]; rows: number; leases: number };
}

/** How many of each timed call. */
export interface LedgerRuns {
  /** Leases whose statement is read (spread evenly over the portfolio). */
  forLeaseSample: number;
  forLeaseWarmup: number;
  /** Timed repetitions of the report and its baselines. */
  reportRuns: number;
}

class Rollback extends Error {}

/** The month's charges as one set-based INSERT: what `charges.generate` must at least do. */
const rawGenerate = (range: { from: string; to: string }, by: string) => sql`
  insert into charges (org_id, lease_id, line_id, type, description, period_start, period_end,
    due_date, amount_minor, currency, created_by)
  select l.org_id, l.id, c.id, c.type, c.description, ${range.from}::date, ${range.to}::date,
    ${range.from}::date + (least(c.due_day, ${range.to}::date - ${range.from}::date + 1) - 1),
    c.amount_minor, l.currency, ${by}
  from leases l join charge_lines c on c.lease_id = l.id
  where l.status <> 'draft' and c.frequency = 'monthly' and l.start_date <= ${range.from}
    and coalesce(l.terminated_on, l.ended_on, l.end_date, 'infinity'::date) >= ${range.to}
    and (c.first_period is null or c.first_period <= ${range.from})
    and (c.last_period is null or c.last_period >= ${range.from})
  on conflict do nothing`;

/** Count and MD5 of the scheduled charges of a period, to compare the API's with the baseline's. */
const monthDigest = (from: string) => sql`
  select count(*)::int as n, md5(string_agg(concat_ws('|', lease_id, line_id, type, period_end,
    due_date, amount_minor, currency), ',' order by lease_id, line_id)) as digest
  from charges where line_id is not null and period_start = ${from}`;

/**
 * Opens a fresh `kind` database, seeds `portfolio` with `history`, measures, drops it. Throws
 * when an API answer disagrees with its baseline.
 */
export async function measureLedger(
  kind: TestDatabase['database']['kind'],
  portfolio: Portfolio,
  history: LedgerHistory,
  runs: LedgerRuns,
): Promise<LedgerFigures> {
  const test = await openTestDatabase(kind);
  try {
    const { database } = test;
    const seeded = await seedOrg(database, 'ledgerbench');
    const { org } = seeded;
    const apiKeyId = (await resolveApiKey(database, seeded.secretKey))!.keyId;
    const tables = await asOwner(test, (client) =>
      seedLedger(client, org.id, { apiKeyId }, portfolio, history),
    );
    let start = performance.now();
    await asOwner(test, vacuumAnalyze);
    const vacuumMs = since(start);

    // charges.generate: the baseline first, rolled back, then the API for real, then again.
    const range = portfolio.generateRange;
    const by = `api_key:${apiKeyId}`;
    let rawMs = 0;
    let rawDigest: unknown;
    await database
      .withOrg(org.id, async (tx) => {
        start = performance.now();
        await tx.execute(rawGenerate(range, by));
        rawMs = since(start);
        rawDigest = rowsOf(await tx.execute(monthDigest(range.from)))[0];
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
    const generator = callerFor(database, seeded.secretKey, {
      now: new Date(`${range.from}T00:10:00Z`),
    });
    start = performance.now();
    const generated = await generator.charges.generate(range);
    const apiMs = since(start);
    const apiDigest = rowsOf(
      await database.withOrg(org.id, (tx) => tx.execute(monthDigest(range.from))),
    )[0];
    if (JSON.stringify(apiDigest) !== JSON.stringify(rawDigest)) {
      throw new Error(
        `charges.generate made ${JSON.stringify(apiDigest)}, the baseline ${JSON.stringify(rawDigest)}`,
      );
    }
    start = performance.now();
    const again = await generator.charges.generate(range);
    const rerunMs = since(start);
    if (again.created !== 0) throw new Error(`a second charges.generate created ${again.created}`);
    start = performance.now();
    await inOrg(database, org, leasesWithCredit);
    const creditScanMs = since(start);

    // ledger.forLease on a sample of leases, next to findLease + loadLedger in one transaction.
    const reader = callerFor(database, seeded.secretKey, {
      now: new Date(`${range.from}T09:00:00Z`),
    });
    const step = Math.max(1, Math.floor(portfolio.leases.length / runs.forLeaseSample));
    const sample = portfolio.leases.filter((_, i) => i % step === 0).slice(0, runs.forLeaseSample);
    const forLease: LedgerFigures['forLease'] = { api: [], reads: [], entries: [] };
    for (let i = 0; i < runs.forLeaseWarmup + sample.length; i++) {
      const lease = sample[i % sample.length]!;
      start = performance.now();
      const statement = await reader.ledger.forLease({ leaseId: lease.id });
      const api = since(start);
      start = performance.now();
      const snapshot = await inOrg(database, org, async (scope) => {
        await findLease(scope, lease.id);
        return loadLedger(scope, lease.id);
      });
      const reads = since(start);
      const { summary } = statement;
      if (summary.balanceMinor !== summary.chargedMinor - summary.allocatedMinor) {
        throw new Error(`lease ${lease.id}: balance is not Σ charges − Σ allocations`);
      }
      if (statement.entries.filter((e) => e.kind === 'charge').length !== snapshot.charges.length) {
        throw new Error(`lease ${lease.id}: the statement lost charges`);
      }
      if (i < runs.forLeaseWarmup) continue;
      forLease.api.push(api);
      forLease.reads.push(reads);
      forLease.entries.push(statement.entries.length);
    }

    // reports.delinquency for the whole portfolio next to the raw aggregate; on PostgreSQL also
    // the report's own query alone with JIT off (PGlite has no JIT). One raw call warms up.
    const asOf = portfolio.historyEnd;
    const report: LedgerFigures['report'] = { api: [], sqlNoJit: [], raw: [], rows: 0, leases: 0 };
    await inOrg(database, org, (scope) => delinquencyTotalsRaw(scope, asOf));
    for (let i = 0; i < runs.reportRuns; i++) {
      start = performance.now();
      const totals = await inOrg(database, org, (scope) => delinquencyTotalsRaw(scope, asOf));
      report.raw.push(since(start));
      start = performance.now();
      const answer = await reader.reports.delinquency({ asOf });
      report.api.push(since(start));
      const [total] = answer.totals;
      if (total?.leases !== totals.leases || total.totalMinor !== totals.total) {
        throw new Error(
          `the report's totals ${JSON.stringify(total)} are not the raw ${JSON.stringify(totals)}`,
        );
      }
      report.rows = answer.rows.length;
      report.leases = totals.leases;
      if (kind !== 'postgres') continue;
      start = performance.now();
      await inOrg(database, org, async (scope) => {
        await scope.tx.execute(sql`set local jit = off`);
        return delinquencyRows(scope, { asOf });
      });
      report.sqlNoJit.push(since(start));
    }
    return {
      seed: { tables, vacuumMs },
      generate: {
        apiMs,
        rawMs,
        rerunMs,
        creditScanMs,
        leases: generated.leases,
        created: generated.created,
        credited: generated.credited,
      },
      forLease,
      report,
    };
  } finally {
    await test.drop();
  }
}
