/**
 * The rent-ledger benchmark seeds 10,000 leases in bulk instead of through the procedures; its
 * figures mean something only if the bulk seed writes what the procedures would have. Here a
 * small portfolio (every kind of payer, returned payments, prepaid credit, mid-month starts) is
 * seeded in bulk into one PGlite database and played through the real procedures and scheduler
 * into another, and the two are compared through the API.
 */
import { inOrg, type Org } from '@estatekit/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callerFor,
  openTestDatabase,
  resolveApiKey,
  seedOrg,
  type TestDatabase,
} from './api-internals';
import { type LedgerHistory, simulateHistory } from './ledger-history';
import { delinquencyTotalsRaw } from './ledger-internals';
import { benchPortfolio, type Portfolio, payerProfiles, planPortfolio } from './ledger-portfolio';
import { type ReplayIds, replayThroughApi } from './ledger-replay';
import { asOwner, seedLedger } from './ledger-seed';

const portfolio: Portfolio = planPortfolio({
  ...benchPortfolio,
  leases: 20,
  months: 7,
  unitsPerBuilding: 8,
  bounceRate: 0.08,
});
const history: LedgerHistory = simulateHistory(portfolio);

interface World {
  test: TestDatabase;
  secretKey: string;
  org: Org;
}
let bulk: World;
let replayed: World;
let ids: ReplayIds;

async function world(): Promise<World> {
  const test = await openTestDatabase('pglite');
  const seeded = await seedOrg(test.database, 'ledgerbench');
  return { test, secretKey: seeded.secretKey, org: seeded.org };
}

beforeAll(async () => {
  bulk = await world();
  const apiKeyId = (await resolveApiKey(bulk.test.database, bulk.secretKey))!.keyId;
  await asOwner(bulk.test, (client) =>
    seedLedger(client, bulk.org.id, { apiKeyId }, portfolio, history),
  );
  replayed = await world();
  ids = await replayThroughApi(replayed.test.database, replayed.secretKey, portfolio, history);
}, 300_000);

afterAll(async () => {
  await bulk?.test.drop();
  await replayed?.test.drop();
});

const reader = (w: World) =>
  callerFor(w.test.database, w.secretKey, {
    now: new Date(`${portfolio.generateRange.from}T09:00:00Z`),
  });

/** A statement with every id replaced by the position of the entry it names (ids differ). */
async function statementOf(w: World, leaseId: string) {
  const { lease, entries, ...rest } = await reader(w).ledger.forLease({ leaseId });
  const at = new Map(entries.map((e, i) => [e.id, i]));
  const ref = (id: string | null) => (id === null ? null : (at.get(id) ?? 'elsewhere'));
  return {
    ...rest,
    lease: {
      ...lease,
      id: null,
      units: lease.units.map((u) => u.name),
      tenants: lease.tenants.map((t) => t.name),
    },
    entries: entries.map(
      ({ id: _id, paymentId, chargeId, reversesId, reversedById, ...entry }) => ({
        ...entry,
        paymentId: ref(paymentId),
        chargeId: ref(chargeId),
        reversesId: ref(reversesId),
        reversedById: ref(reversedById),
      }),
    ),
  };
}

const everyLease = () => portfolio.leases.map((l) => [l.id, ids.leases.get(l.id)!] as const);

describe('given a small portfolio seeded in bulk and the same one played through the API', () => {
  it('holds every kind of payer, returned payments, prepaid credit and mid-month starts', () => {
    expect(new Set(portfolio.leases.map((l) => l.profile))).toEqual(new Set(payerProfiles));
    expect(history.reversals.some((r) => r.entryKind === 'payment')).toBe(true);
    expect(history.allocations.some((a) => a.byScheduler)).toBe(true);
    expect(portfolio.leases.some((l) => !l.startDate.endsWith('-01'))).toBe(true);
  });

  it('gives every lease the same statement, entry for entry, with the same balances', async () => {
    for (const [seeded, played] of everyLease()) {
      expect(await statementOf(bulk, seeded)).toEqual(await statementOf(replayed, played));
    }
  });

  it('gives every lease the balance Σ charges − Σ allocations, both unreversed', async () => {
    const balances = await asOwner(bulk.test, async (client) => {
      const { rows } = await client.query(
        `select l.id,
           coalesce((select sum(c.amount_minor) from charges c where c.lease_id = l.id
             and not exists (select 1 from reversals r where r.entry_id = c.id)), 0)
           - coalesce((select sum(a.amount_minor) from allocations a where a.lease_id = l.id
             and not exists (select 1 from reversals r where r.entry_id = a.id)), 0) as balance
         from leases l where l.org_id = $1`,
        [bulk.org.id],
      );
      return new Map(rows.map((r) => [r.id as string, Number(r.balance)]));
    });
    expect(balances.size).toBe(portfolio.leases.length);
    for (const [leaseId, balance] of balances) {
      const { summary } = await reader(bulk).ledger.forLease({ leaseId });
      expect({ leaseId, balance: summary.balanceMinor }).toEqual({ leaseId, balance });
    }
  });

  it('gives every lease the same terms, status history and tenant', async () => {
    const lease = async (w: World, leaseId: string) => {
      const {
        id,
        buildingId,
        units,
        tenants,
        lines,
        history: audit,
        ...rest
      } = await reader(w).leases.byId({ leaseId });
      const tenant = await reader(w).tenants.byId({ tenantId: tenants[0]!.id });
      return {
        ...rest,
        units: units.map((u) => u.name),
        tenant: { ...tenant, id: null },
        lines: lines.map((line) => ({ ...line, id: null })),
        history: audit.map((a) => ({ ...a, entityKey: null, actor: { ...a.actor, id: null } })),
      };
    };
    for (const [seeded, played] of everyLease()) {
      expect(await lease(bulk, seeded)).toEqual(await lease(replayed, played));
    }
  });

  it('gives the same delinquency report, whose totals are the raw aggregate', async () => {
    const asOf = portfolio.historyEnd;
    const report = async (w: World) => {
      const { rows, totals } = await reader(w).reports.delinquency({ asOf });
      const named = rows.map(({ leaseId: _l, buildingId: _b, ...row }) => JSON.stringify(row));
      return { rows: named.sort(), totals };
    };
    const seeded = await report(bulk);
    expect(seeded.rows.length).toBeGreaterThan(0);
    expect(seeded).toEqual(await report(replayed));
    const raw = await inOrg(bulk.test.database, bulk.org, (scope) =>
      delinquencyTotalsRaw(scope, asOf),
    );
    expect(seeded.totals).toEqual([
      expect.objectContaining({ leases: raw.leases, totalMinor: raw.total }),
    ]);
  });

  it('numbers receipts 1…n without gaps, the counter at n, as the procedures do', async () => {
    const numbers = async (w: World) =>
      asOwner(w.test, async (client) => {
        const { rows } = await client.query(
          `select array_agg(number order by number) as numbers,
             (select last_number from receipt_counters where org_id = $1) as counter
           from receipts where org_id = $1`,
          [w.org.id],
        );
        return rows[0] as { numbers: number[]; counter: number };
      });
    const seeded = await numbers(bulk);
    expect(seeded.numbers).toEqual(history.receipts.map((_, i) => i + 1));
    expect(seeded.counter).toBe(history.receipts.length);
    expect(seeded).toEqual(await numbers(replayed));
  });

  it('leaves no broken reference and no row of another org, though it loads with triggers off', async () => {
    await asOwner(bulk.test, async (client) => {
      const { rows: keys } = await client.query(`
        select c.conrelid::regclass::text as child, a.attname as col,
          c.confrelid::regclass::text as parent, pa.attname as pcol
        from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
          join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace`);
      expect(keys.length).toBeGreaterThan(30);
      for (const { child, col, parent, pcol } of keys) {
        const { rows } = await client.query(
          `select count(*)::int as n from ${child} x where x.${col} is not null
             and not exists (select 1 from ${parent} p where p.${pcol} = x.${col})`,
        );
        expect({ child, col, broken: rows[0]!.n }).toEqual({ child, col, broken: 0 });
      }
      const tables = [
        'units',
        'tenants',
        'leases',
        'charges',
        'payments',
        'allocations',
        'receipts',
        'reversals',
      ];
      for (const table of tables) {
        const { rows } = await client.query(
          `select count(*)::int as n from ${table} where org_id <> $1`,
          [bulk.org.id],
        );
        expect({ table, foreign: rows[0]!.n }).toEqual({ table, foreign: 0 });
      }
    });
  });

  it('has charges.generate do the same next month on both, credit applied alike', async () => {
    const range = portfolio.generateRange;
    const generate = (w: World) =>
      callerFor(w.test.database, w.secretKey, {
        now: new Date(`${range.from}T00:10:00Z`),
      }).charges.generate(range);
    const seeded = await generate(bulk);
    expect(seeded.created).toBe(portfolio.leases.length);
    expect(seeded).toEqual(await generate(replayed));
    for (const [s, p] of everyLease()) {
      expect(await statementOf(bulk, s)).toEqual(await statementOf(replayed, p));
    }
  });
});
