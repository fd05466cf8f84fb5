/**
 * Who may do what on the rent ledger (PGlite): accountants move money (record, reverse) but set
 * up no leases or policies, verify no offline payments and waive no fees; agents and read_only
 * users read ledgers and reports and move no money. Every refusal is FORBIDDEN and changes
 * nothing, read back as the owner.
 */
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { seedStaff, type TestStaff } from '../../testing/test-leads';
import { seedLease } from '../../testing/test-ledger';
import { seedOrg, type TestOrg } from '../../testing/test-org';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=';

describe('ledger roles on pglite', () => {
  let test: TestDatabase;
  let org: TestOrg;
  let world: Awaited<ReturnType<typeof seedLease>>;
  let accountant: TestStaff;
  let agent: TestStaff;
  let reader: TestStaff;
  let lateFeeId: string;

  beforeAll(async () => {
    test = await openTestDatabase('pglite');
    org = await seedOrg(test.database, 'roles');
    world = await seedLease(test.database, org.secretKey);
    [accountant, agent, reader] = (await seedStaff(test.database, org.org, [
      { name: 'Ada Accountant', role: 'accountant' },
      { name: 'Al Agent', role: 'agent', agent: true },
      { name: 'Rita Reader', role: 'read_only' },
    ])) as [TestStaff, TestStaff, TestStaff];
    await world.owner.charges.generate({ from: '2026-01-01', to: '2026-03-31' });
    await world.owner.policies.set({
      level: 'org',
      kind: 'late_fee',
      policy: {
        rules: [
          {
            graceDays: 5,
            amount: { kind: 'flat', amountMinor: 2_500 },
            recurrence: 'once',
            capMinor: null,
          },
        ],
      },
    });
    await world.owner.charges.assessLateFees({ asOf: '2026-01-31' });
    const { entries } = await world.owner.ledger.forLease({ leaseId: world.lease.id });
    lateFeeId = entries.find((e) => e.chargeType === 'late_fee')?.id as string;
  });
  afterAll(() => test.drop());

  /** The lease's ledger, its plans, policies and the org's leases, as the owner reads them. */
  const everything = async () => ({
    ledger: await world.owner.ledger.forLease({ leaseId: world.lease.id }),
    leases: await world.owner.leases.list({}),
    policies: await world.owner.policies.list({ level: 'lease', targetId: world.lease.id }),
    effective: await world.owner.policies.effective({ leaseId: world.lease.id }),
  });

  it('lets an accountant record and reverse a payment', async () => {
    const before = (await world.owner.ledger.forLease({ leaseId: world.lease.id })).summary;
    const paid = await accountant.caller.ledger.recordPayment({
      leaseId: world.lease.id,
      amountMinor: 40_000,
      method: 'bank_transfer',
      receivedOn: '2026-02-03',
      idempotencyKey: 'accountant-0001',
    });
    expect(paid).toMatchObject({ status: 'confirmed', balanceMinor: before.balanceMinor - 40_000 });
    const reversed = await accountant.caller.ledger.reverse({
      entryId: paid.paymentId,
      reason: 'entered twice',
    });
    expect(reversed).toMatchObject({ kind: 'payment', leaseId: world.lease.id });
    const after = (await world.owner.ledger.forLease({ leaseId: world.lease.id })).summary;
    expect(after.balanceMinor).toBe(before.balanceMinor);
  });

  it('refuses an accountant leases, policies, payment verification and fee waivers', async () => {
    const pending = await accountant.caller.ledger.submitOfflinePayment({
      leaseId: world.lease.id,
      amountMinor: 5_000,
      method: 'cash',
      receivedOn: '2026-02-04',
      idempotencyKey: 'accountant-0002',
      proof: { fileName: 'receipt.png', contentType: 'image/png', dataBase64: PNG_BASE64 },
    });
    expect(pending.status).toBe('pending_verification');
    const before = await everything();
    const as = accountant.caller;
    expect(
      await codeOf(
        as.leases.create({
          buildingId: world.building.id,
          unitIds: [world.units[1]!.id],
          tenantIds: [world.tenant.id],
          startDate: '2026-06-01',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(
        as.policies.set({
          level: 'lease',
          targetId: world.lease.id,
          kind: 'acceptance',
          policy: { kind: 'full_balance' },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(as.ledger.decidePayment({ paymentId: pending.paymentId, decision: 'confirm' })),
    ).toBe('FORBIDDEN');
    expect(await codeOf(as.ledger.waiveLateFee({ chargeId: lateFeeId, reason: 'goodwill' }))).toBe(
      'FORBIDDEN',
    );
    expect(await everything()).toEqual(before);

    // The same calls are fine for the owner: the refusals were about the role.
    const confirmed = await world.owner.ledger.decidePayment({
      paymentId: pending.paymentId,
      decision: 'confirm',
    });
    expect(confirmed.status).toBe('confirmed');
    const waived = await world.owner.ledger.waiveLateFee({ chargeId: lateFeeId, reason: 'ok' });
    expect(waived.amountMinor).toBe(2_500);
  });

  it.each([
    ['agent', () => agent],
    ['read_only', () => reader],
  ] as const)('lets %s read ledgers and reports but move no money', async (role, staff) => {
    const { caller } = staff();
    const owners = await world.owner.ledger.forLease({ leaseId: world.lease.id });
    expect(await caller.ledger.forLease({ leaseId: world.lease.id })).toEqual(owners);
    const report = await caller.reports.delinquency({ asOf: '2026-03-31' });
    expect(report.rows.map((r) => r.leaseId)).toEqual([world.lease.id]);
    expect(report).toEqual(await world.owner.reports.delinquency({ asOf: '2026-03-31' }));

    const before = await everything();
    expect(
      await codeOf(
        caller.ledger.recordPayment({
          leaseId: world.lease.id,
          amountMinor: 10_000,
          method: 'cash',
          receivedOn: '2026-03-01',
          idempotencyKey: `${role}-0001`,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(
        caller.ledger.reverse({
          entryId: owners.entries.find((e) => e.kind === 'charge')?.id as string,
          reason: 'x',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await everything()).toEqual(before);
  });
});
