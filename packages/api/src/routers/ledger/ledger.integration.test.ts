/**
 * The rent ledger through the API on PGlite and PostgreSQL: charges generated once, a partial
 * payment allocated oldest first with a receipt, the preview, reversal restoring the balance,
 * idempotency, offline payments and the reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgToday } from '../../services/ledger-state';
import { driverKinds, openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { seedLease } from '../../testing/test-ledger';
import { seedOrg, type TestOrg } from '../../testing/test-org';

describe.each(driverKinds)('the rent ledger on %s', (kind) => {
  let test: TestDatabase;
  let org: TestOrg;
  let world: Awaited<ReturnType<typeof seedLease>>;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
    org = await seedOrg(test.database, 'ledger');
    world = await seedLease(test.database, org.secretKey);
  });
  afterAll(() => test.drop());

  it('generates each scheduled charge exactly once, however often it runs', async () => {
    const first = await world.owner.charges.generate({ from: '2026-01-01', to: '2026-03-31' });
    expect(first).toMatchObject({ leases: 1, created: 6, existing: 0 });
    const again = await world.owner.charges.generate({ from: '2026-01-01', to: '2026-03-31' });
    expect(again).toMatchObject({ created: 0, existing: 6 });
    const { entries, summary } = await world.owner.ledger.forLease({ leaseId: world.lease.id });
    expect(entries.filter((e) => e.kind === 'charge')).toHaveLength(7); // 6 + the deposit
    expect(summary.balanceMinor).toBe(50_000 + 3 * 103_000);
  });

  it('previews, records a partial payment oldest due first, and issues receipt 1', async () => {
    const preview = await world.owner.ledger.previewAllocation({
      leaseId: world.lease.id,
      amountMinor: 120_000,
      receivedOn: '2026-02-10',
    });
    expect(preview.allocations.map((a) => a.amountMinor)).toEqual([50_000, 70_000]);
    expect(preview.allocations[0]?.reason).toMatch(/Oldest due first/);
    const before = (await world.owner.ledger.forLease({ leaseId: world.lease.id })).summary;
    const paid = await world.owner.ledger.recordPayment({
      leaseId: world.lease.id,
      amountMinor: 120_000,
      method: 'bank_transfer',
      reference: 'TRX-1',
      receivedOn: '2026-02-10',
      idempotencyKey: 'pay-0001-abc',
    });
    expect(paid.receiptNumber).toBe(1);
    expect(paid.allocations.map((a) => a.amountMinor)).toEqual([50_000, 70_000]);
    expect(paid.balanceMinor).toBe(before.balanceMinor - 120_000);
    const receipt = await world.owner.receipts.get({ paymentId: paid.paymentId });
    expect(Buffer.from(receipt.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const replay = await world.owner.ledger.recordPayment({
      leaseId: world.lease.id,
      amountMinor: 120_000,
      method: 'bank_transfer',
      reference: 'TRX-1',
      receivedOn: '2026-02-10',
      idempotencyKey: 'pay-0001-abc',
    });
    expect(replay).toEqual(paid);
    await expect(
      world.owner.ledger.recordPayment({
        leaseId: world.lease.id,
        amountMinor: 130_000,
        method: 'bank_transfer',
        receivedOn: '2026-02-10',
        idempotencyKey: 'pay-0001-abc',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const reversed = await world.owner.ledger.reverse({
      entryId: paid.paymentId,
      reason: 'bounced',
    });
    expect(reversed.reversedAllocations).toBe(2);
    const after = (await world.owner.ledger.forLease({ leaseId: world.lease.id })).summary;
    expect(after.balanceMinor).toBe(before.balanceMinor);
    await expect(
      world.owner.ledger.reverse({ entryId: paid.paymentId, reason: 'again' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps an offline payment pending until a manager confirms it', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
      'base64',
    );
    const pending = await world.owner.ledger.submitOfflinePayment({
      leaseId: world.lease.id,
      amountMinor: 10_000,
      method: 'cash',
      receivedOn: '2026-03-02',
      idempotencyKey: 'offline-0001',
      proof: {
        fileName: 'receipt.png',
        contentType: 'image/png',
        dataBase64: png.toString('base64'),
      },
    });
    expect(pending).toMatchObject({ status: 'pending_verification', receiptNumber: null });
    await expect(world.owner.receipts.get({ paymentId: pending.paymentId })).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
    });
    const confirmed = await world.owner.ledger.decidePayment({
      paymentId: pending.paymentId,
      decision: 'confirm',
    });
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.receiptNumber).toBe(2);
    await expect(
      world.owner.ledger.submitOfflinePayment({
        leaseId: world.lease.id,
        amountMinor: 10_000,
        method: 'cash',
        receivedOn: '2026-03-02',
        idempotencyKey: 'offline-0002',
        proof: {
          fileName: 'fake.pdf',
          contentType: 'application/pdf',
          dataBase64: png.toString('base64'),
        },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('reports delinquency and the rent roll, also as CSV', async () => {
    const report = await world.owner.reports.delinquency({ asOf: '2026-03-31' });
    expect(report.rows).toHaveLength(1);
    const row = report.rows[0];
    expect(row?.totalMinor).toBe(
      row ? row.current + row.days1to30 + row.days31to60 + row.days61to90 + row.days90plus : 0,
    );
    const csv = await world.owner.reports.delinquencyCsv({ asOf: '2026-03-31' });
    expect(csv.data.split('\n')[0]).toMatch(/^Building,Units,Tenants/);
    const roll = await world.owner.reports.rentRoll({ asOf: '2026-03-31' });
    expect(roll.rows).toHaveLength(3);
    expect(roll.rows.filter((r) => r.leaseId)).toHaveLength(1);
    expect(roll.rows.find((r) => r.leaseId)?.monthlyRentMinor).toBe(100_000);
    const occupancy = await world.owner.occupancy.asOf({ date: '2026-03-31' });
    expect(occupancy.portfolio).toMatchObject({ units: 3, occupied: 1 });
  });

  it("reports as of the org's today when no day is given", async () => {
    const today = orgToday(org.org.timeZone, new Date());
    const report = await world.owner.reports.delinquency({});
    expect(report.asOf).toBe(today);
    expect(report).toEqual(await world.owner.reports.delinquency({ asOf: today }));
    expect((await world.owner.reports.delinquencyCsv({})).fileName).toBe(
      `delinquency-${today}.csv`,
    );
    expect((await world.owner.reports.rentRoll({})).asOf).toBe(today);
  });

  it('agrees with the lease’s own ledger: every bucket, the total and the unapplied credit', async () => {
    await world.owner.ledger.recordPayment({
      leaseId: world.lease.id,
      amountMinor: 30_000,
      method: 'card',
      receivedOn: '2026-03-05',
      idempotencyKey: 'report-vs-ledger-1',
    });
    const report = await world.owner.reports.delinquency({});
    expect(report.rows.length).toBeGreaterThan(0);
    for (const row of report.rows) {
      const { summary } = await world.owner.ledger.forLease({ leaseId: row.leaseId });
      expect(summary.asOf).toBe(report.asOf);
      expect({
        current: row.current,
        days1to30: row.days1to30,
        days31to60: row.days31to60,
        days61to90: row.days61to90,
        days90plus: row.days90plus,
        totalMinor: row.totalMinor,
        credit: row.unappliedCreditMinor,
      }).toEqual({ ...summary.aging, credit: summary.unappliedCreditMinor });
    }
  });
});
