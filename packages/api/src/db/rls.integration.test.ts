/**
 * Row-level security as PostgreSQL itself enforces it, below the repositories: the catalog says
 * every table with org_id has RLS enabled and forced; with no org set nothing is readable or
 * writable; the runtime role cannot bypass RLS; the server refuses a role that could.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  driverKinds,
  openTestDatabase,
  PG_ADMIN_URL,
  type TestDatabase,
} from '../testing/test-database';
import { seedLease } from '../testing/test-ledger';
import { callerFor, seedOrg, type TestOrg } from '../testing/test-org';
import { openDatabase, UnsafeDatabaseRoleError } from './database';

type Row = Record<string, unknown>;

/** The database's own refusal, which Drizzle wraps as the `cause` of its "Failed query" error. */
async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
}
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;

describe.each(driverKinds)('given the migrated schema on %s', (kind) => {
  let test: TestDatabase;
  let orgA: TestOrg;
  let orgB: TestOrg;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    orgA = await seedOrg(test.database, 'alpha');
    orgB = await seedOrg(test.database, 'bravo');
    await callerFor(test.database, orgA.secretKey).properties.create({
      listingKey: 'A-1',
      listingId: 'A-1',
      propertyType: 'Land',
      lotSizeSquareFeet: 5000,
    });
  });
  afterAll(() => test.drop());

  const run = (query: ReturnType<typeof sql>) => test.database.db.execute(query).then(rowsOf);

  it('has row-level security enabled and forced on every table with an org_id column', async () => {
    const tables = await run(sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*) from pg_policy p where p.polrelid = c.oid)::int as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
      order by 1`);
    expect(tables.map((t) => t.table)).toEqual([
      'agents',
      'allocations',
      'api_keys',
      'audit_entries',
      'buildings',
      'charge_lines',
      'charges',
      'deposit_movements',
      'idempotency_keys',
      'lead_activities',
      'lead_assignments',
      'leads',
      'lease_tenants',
      'lease_units',
      'leases',
      'ledger_policies',
      'listings',
      'payment_attachments',
      'payment_decisions',
      'payment_plans',
      'payments',
      'pipeline_stages',
      'pipelines',
      'receipt_counters',
      'receipts',
      'reversals',
      'routing_rules',
      'tasks',
      'tenants',
      'units',
      'users',
    ]);
    for (const table of tables) {
      expect(table, String(table.table)).toMatchObject({ enabled: true, forced: true });
      expect(table.policies as number, String(table.table)).toBeGreaterThanOrEqual(2);
    }
  });

  it('runs requests as a role that is neither superuser nor BYPASSRLS', async () => {
    const [role] = await run(
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('returns no rows to a query made with no org set', async () => {
    for (const table of [
      'listings',
      'api_keys',
      'audit_entries',
      'organizations',
      'users',
      'leads',
      'lead_activities',
      'tasks',
      'agents',
    ]) {
      const [row] = await run(sql`select count(*)::int as n from ${sql.identifier(table)}`);
      expect(row?.n, table).toBe(0);
    }
    const [seen] = await test.database.withOrg(orgA.org.id, (tx) =>
      tx.execute(sql`select count(*)::int as n from listings`).then(rowsOf),
    );
    expect(seen?.n).toBe(1);
  });

  it('refuses writes made with no org set, or for another org than the one set', async () => {
    const insert = (orgId: string) =>
      sql`insert into listings (org_id, listing_key, listing_id, standard_status, property_type, currency)
          values (${orgId}, 'X-1', 'X-1', 'Active', 'Land', 'USD')`;
    expect(await refusalOf(run(insert(orgA.org.id)))).toMatch(/row-level security/);
    expect(
      await refusalOf(test.database.withOrg(orgA.org.id, (tx) => tx.execute(insert(orgB.org.id)))),
    ).toMatch(/row-level security/);
    const updated = await test.database.withOrg(orgB.org.id, (tx) =>
      tx.execute(sql`update listings set list_price = 1 where listing_key = 'A-1'`),
    );
    expect(
      (updated as { rowCount?: number; affectedRows?: number }).rowCount ??
        (updated as { affectedRows?: number }).affectedRows,
    ).toBe(0);
  });

  it('keeps audit entries append-only, even within the org', async () => {
    const attempt = (statement: ReturnType<typeof sql>) =>
      test.database.withOrg(orgA.org.id, (tx) => tx.execute(statement));
    expect(await refusalOf(attempt(sql`update audit_entries set reason = 'rewritten'`))).toMatch(
      /append-only|permission denied/,
    );
    expect(await refusalOf(attempt(sql`delete from audit_entries`))).toMatch(
      /append-only|permission denied/,
    );
    const [left] = await test.database.withOrg(orgA.org.id, (tx) =>
      tx.execute(sql`select count(*)::int as n from audit_entries`).then(rowsOf),
    );
    expect(left?.n).toBeGreaterThan(0);
  });
});

describe.each(driverKinds)('given lead history on %s', (kind) => {
  it('keeps activities and assignment history append-only, even within the org', async () => {
    const test = await openTestDatabase(kind);
    try {
      const org = await seedOrg(test.database, 'history');
      const owner = callerFor(test.database, org.secretKey);
      const lead = await owner.leads.create({ fullName: 'Hanna History' });
      await owner.activities.log({ leadId: lead.id, type: 'note', body: 'first' });
      await owner.leads.assign({ leadId: lead.id, agentId: null });
      for (const table of ['lead_activities', 'lead_assignments']) {
        const attempt = (statement: ReturnType<typeof sql>) =>
          test.database.withOrg(org.org.id, (tx) => tx.execute(statement));
        expect(
          await refusalOf(attempt(sql`update ${sql.identifier(table)} set actor_id = 'x'`)),
        ).toMatch(/append-only|permission denied/);
        expect(await refusalOf(attempt(sql`delete from ${sql.identifier(table)}`))).toMatch(
          /append-only|permission denied/,
        );
      }
      expect((await owner.leads.byId({ leadId: lead.id })).activities).toHaveLength(1);
    } finally {
      await test.drop();
    }
  });
});

describe.each(driverKinds)('given a rent ledger on %s', (kind) => {
  it('keeps charges, payments, allocations, reversals, receipts and the rest append-only, even within the org', async () => {
    const test = await openTestDatabase(kind);
    try {
      const org = await seedOrg(test.database, 'ledger');
      const { owner, lease } = await seedLease(test.database, org.secretKey);
      await owner.charges.generate({ from: '2026-01-01', to: '2026-02-28' });
      const paid = await owner.ledger.recordPayment({
        leaseId: lease.id,
        amountMinor: 60_000,
        method: 'cash',
        receivedOn: '2026-01-02',
        idempotencyKey: 'rls-payment-1',
      });
      await owner.ledger.reverse({ entryId: paid.paymentId, reason: 'bounced' });
      // An offline payment, confirmed (decision, attachment), and the deposit settled.
      const offline = await owner.ledger.submitOfflinePayment({
        leaseId: lease.id,
        amountMinor: 60_000,
        method: 'cash',
        receivedOn: '2026-01-03',
        idempotencyKey: 'rls-payment-2',
        proof: {
          fileName: 'receipt.png',
          contentType: 'image/png',
          dataBase64:
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
        },
      });
      await owner.ledger.decidePayment({ paymentId: offline.paymentId, decision: 'confirm' });
      await owner.ledger.settleDeposit({
        leaseId: lease.id,
        deductions: [{ description: 'Cleaning', amountMinor: 10_000 }],
      });

      const tables = [
        'charges',
        'payments',
        'allocations',
        'reversals',
        'receipts',
        'payment_decisions',
        'payment_attachments',
        'deposit_movements',
      ];
      const inOrg = <T>(statement: ReturnType<typeof sql>) =>
        test.database.withOrg(org.org.id, (tx) => tx.execute(statement)) as Promise<T>;
      const counts = async () => {
        const out: Record<string, unknown> = {};
        for (const table of tables) {
          const [row] = rowsOf(
            await inOrg(sql`select count(*)::int as n from ${sql.identifier(table)}`),
          );
          out[table] = row?.n;
        }
        return out;
      };
      const before = await counts();
      for (const table of tables) expect(before[table], table).toBeGreaterThan(0);
      for (const table of tables) {
        expect(
          await refusalOf(inOrg(sql`update ${sql.identifier(table)} set org_id = org_id`)),
          table,
        ).toMatch(/append-only|permission denied/);
        expect(await refusalOf(inOrg(sql`delete from ${sql.identifier(table)}`)), table).toMatch(
          /append-only|permission denied/,
        );
      }
      expect(await counts()).toEqual(before);
      const { summary } = await owner.ledger.forLease({ leaseId: lease.id });
      expect(summary.depositHeldMinor).toBe(0);
    } finally {
      await test.drop();
    }
  });
});

describe('given a PostgreSQL role that could bypass row-level security', () => {
  it('refuses to start the API on it', async () => {
    const test = await openTestDatabase('postgres');
    try {
      await expect(openDatabase({ databaseUrl: test.adminUrl! })).rejects.toBeInstanceOf(
        UnsafeDatabaseRoleError,
      );
      await expect(openDatabase({ databaseUrl: PG_ADMIN_URL })).rejects.toThrow(
        /Refusing to start/,
      );
    } finally {
      await test.drop();
    }
  });
});
