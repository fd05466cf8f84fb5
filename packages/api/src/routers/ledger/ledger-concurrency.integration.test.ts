/**
 * The rent ledger under concurrency on a real PostgreSQL, with two API "processes" (two
 * independent database handles): an idempotency key racing with itself, payments racing for
 * one open charge (no over-allocation, gapless receipts), and charge generation from both.
 */
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, rowsOf } from '../../db/database';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { seedLease } from '../../testing/test-ledger';
import { callerFor, seedOrg, type TestOrg } from '../../testing/test-org';

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

describe('the rent ledger with two API processes on one PostgreSQL', () => {
  let test: TestDatabase;
  let second: Database;
  /** Alternates the two processes, so racing callers really hold different connections. */
  const via = (org: TestOrg, n: number) => callerFor(n % 2 ? second : test.database, org.secretKey);
  /** Rows of `query` run as `org` (row-level security applies). */
  const asOrg = (org: TestOrg, query: ReturnType<typeof sql>) =>
    test.database.withOrg(org.org.id, async (tx) => rowsOf(await tx.execute(query)));

  beforeAll(async () => {
    test = await openTestDatabase('postgres');
    second = await openDatabase({ databaseUrl: test.runtimeUrl!, adminUrl: test.adminUrl! });
  });
  afterAll(async () => {
    await second?.close();
    await test?.drop();
  });

  it('records one payment for 50 simultaneous calls with one key, and refuses it reused for another amount', async () => {
    const org = await seedOrg(test.database, 'ledger-once');
    const { owner, lease } = await seedLease(test.database, org.secretKey);
    await owner.charges.generate({ from: '2026-01-01', to: '2026-02-28' });
    const payment = {
      leaseId: lease.id,
      amountMinor: 120_000,
      method: 'bank_transfer' as const,
      reference: 'TRX-RACE',
      receivedOn: '2026-02-10',
      idempotencyKey: 'race-key-0001',
    };
    const before = (await owner.ledger.forLease({ leaseId: lease.id })).summary;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) => via(org, n).ledger.recordPayment(payment)),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ receiptNumber: 1, status: 'confirmed' });
    const counts = async () =>
      (
        await asOrg(
          org,
          sql`select (select count(*)::int from payments where lease_id = ${lease.id}) as payments,
            (select count(*)::int from receipts) as receipts,
            (select count(*)::int from allocations where lease_id = ${lease.id}) as allocations`,
        )
      )[0];
    const written = await counts();
    expect(written).toEqual({
      payments: 1,
      receipts: 1,
      allocations: answers[0]?.allocations.length,
    });
    const { entries, summary } = await owner.ledger.forLease({ leaseId: lease.id });
    expect(entries.filter((e) => e.kind === 'payment')).toHaveLength(1);
    expect(summary.balanceMinor).toBe(before.balanceMinor - 120_000);

    // The same key for a different amount, racing with replays of the original: the replays
    // get the first answer, the others CONFLICT, and nothing is written.
    const mixed = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        n % 2
          ? outcome(via(org, n).ledger.recordPayment({ ...payment, amountMinor: 130_000 }))
          : via(org, n)
              .ledger.recordPayment(payment)
              .then((answer) => {
                expect(answer).toEqual(answers[0]);
                return 'REPLAY';
              }),
      ),
    );
    expect(mixed.filter((m) => m === 'CONFLICT')).toHaveLength(10);
    expect(mixed.filter((m) => m === 'REPLAY')).toHaveLength(10);
    expect(await counts()).toEqual(written);
    expect((await owner.ledger.forLease({ leaseId: lease.id })).summary).toEqual(summary);
  });

  it('never over-allocates one open charge under 100 simultaneous payments, with gapless receipts', async () => {
    const org = await seedOrg(test.database, 'ledger-race');
    const { owner, lease } = await seedLease(test.database, org.secretKey, { depositMinor: 0 });
    const generated = await owner.charges.generate({ from: '2026-01-01', to: '2026-01-01' });
    expect(generated.created).toBe(1); // January's rent, 1,000.00: the only charge
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        via(org, n).ledger.recordPayment({
          leaseId: lease.id,
          amountMinor: 3_000,
          method: 'cash',
          receivedOn: '2026-01-02',
          idempotencyKey: `race-payment-${String(n).padStart(3, '0')}`,
        }),
      ),
    );
    const [charge] = await asOrg(
      org,
      sql`select c.amount_minor::int as amount, coalesce((select sum(a.amount_minor)::int
        from allocations a where a.charge_id = c.id
          and not exists (select 1 from reversals r where r.entry_id = a.id)), 0) as allocated
        from charges c where c.lease_id = ${lease.id}`,
    );
    expect(charge).toEqual({ amount: 100_000, allocated: 100_000 });
    const allocated = answers.flatMap((a) => a.allocations).reduce((t, a) => t + a.amountMinor, 0);
    const unapplied = answers.reduce((t, a) => t + a.unappliedMinor, 0);
    expect(allocated).toBe(100_000);
    expect(allocated + unapplied).toBe(100 * 3_000);
    const { summary } = await owner.ledger.forLease({ leaseId: lease.id });
    expect(summary).toMatchObject({
      chargedMinor: 100_000,
      allocatedMinor: 100_000,
      balanceMinor: 0,
      unappliedCreditMinor: 200_000,
    });
    const numbers = (await asOrg(org, sql`select number from receipts order by number`)).map(
      (r) => r.number,
    );
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(answers.map((a) => a.receiptNumber).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      numbers,
    );
  });

  it('creates each scheduled charge once when both processes generate at the same time', async () => {
    const org = await seedOrg(test.database, 'ledger-generate');
    for (let i = 0; i < 3; i++) await seedLease(test.database, org.secretKey);
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const runs = await Promise.all([
      via(org, 0).charges.generate(range),
      via(org, 1).charges.generate(range),
    ]);
    const [{ distinct, total }] = (await asOrg(
      org,
      sql`select count(distinct (line_id, period_start))::int as distinct, count(*)::int as total
        from charges where line_id is not null`,
    )) as [{ distinct: number; total: number }];
    expect(total).toBe(distinct);
    expect(distinct).toBe(3 * 2 * 12); // 3 leases × (rent + water) × 12 months
    expect(runs.reduce((t, r) => t + r.created, 0)).toBe(distinct);
    for (const run of runs) expect(run.created + run.existing).toBe(distinct);
    const third = await via(org, 0).charges.generate(range);
    expect(third).toMatchObject({ created: 0, existing: distinct });
  });
});
