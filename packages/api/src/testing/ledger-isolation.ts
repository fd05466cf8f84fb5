/**
 * Tenant isolation of the leasing and ledger procedures, for `tenancy.integration.test.ts`:
 * `seedLedgerWorld` lets org B a building with a signed lease, charges, late fees, a confirmed
 * payment with its receipt, a pending offline payment, policies at every level and payment
 * plans (and gives org A a lease of its own); `ledgerIsolationCases` holds one case per
 * procedure, each calling it with A's credentials on B's ids and checking that A learns nothing
 * of B (NOT_FOUND, or an A-only result) and changes nothing of B's, read back as B.
 */
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import type { TestDatabase } from './test-database';
import { seedLease } from './test-ledger';
import { callerFor, type TestOrg } from './test-org';

type Caller = ReturnType<typeof callerFor>;

/** The ids of org B's let building and ledger, and of org A's own lease. */
export interface LedgerWorld {
  bBuildingId: string;
  bBuildingName: string;
  bUnitIds: string[];
  /** B's tenant on the active lease, and one more (`Bruno Bravo`, on the draft lease). */
  bTenantId: string;
  bOtherTenantId: string;
  /** B's active lease (Unit 1) with charges January–March, two late fees and payments. */
  bLeaseId: string;
  /** B's draft lease on Unit 2. */
  bDraftLeaseId: string;
  /** B's confirmed payment (receipt 1), paid with `bPaymentKey`. */
  bPaymentId: string;
  bPaymentKey: string;
  bPendingPaymentId: string;
  bAllocationId: string;
  /** B's February rent, still open. */
  bChargeId: string;
  bLateFeeId: string;
  bRequestedPlanId: string;
  /** Approved on 2026-04-01 with instalments B never paid: a late-fee run today defaults it. */
  bApprovedPlanId: string;
  aBuildingId: string;
  aUnitIds: string[];
  aTenantId: string;
  aLeaseId: string;
  /** A's confirmed payment (A's receipt 1). */
  aPaymentId: string;
}

/** What the cases read from the tenancy suite's world. */
export interface LedgerIsolationWorld {
  a: Caller;
  b: Caller;
  orgA: TestOrg;
  orgB: TestOrg;
  test: TestDatabase;
  ledger: LedgerWorld;
}

/** A 1×1 PNG: proof of an offline payment. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=';

const lateFeePolicy = {
  rules: [
    {
      graceDays: 5,
      amount: { kind: 'flat' as const, amountMinor: 2_500 },
      recurrence: 'once' as const,
      capMinor: null,
    },
  ],
};

/** Seeds org B's leasing and ledger records and org A's own lease (see `LedgerWorld`). */
export async function seedLedgerWorld(
  test: TestDatabase,
  orgA: TestOrg,
  orgB: TestOrg,
): Promise<LedgerWorld> {
  const bravo = await seedLease(test.database, orgB.secretKey);
  const b = bravo.owner;
  const other = await b.tenants.create({
    name: 'Bruno Bravo',
    email: 'bruno@bravo.example',
    phone: '+1 415 555 0199',
  });
  const draft = await b.leases.create({
    buildingId: bravo.building.id,
    unitIds: [bravo.units[1]!.id],
    tenantIds: [other.id],
    startDate: '2026-06-01',
    depositMinor: 80_000,
    lines: [{ type: 'rent', amountMinor: 90_000, frequency: 'monthly', dueDay: 1 }],
  });
  await b.charges.generate({ from: '2026-01-01', to: '2026-03-31' });
  await b.policies.set({
    level: 'building',
    targetId: bravo.building.id,
    kind: 'late_fee',
    policy: lateFeePolicy,
  });
  await b.policies.set({
    level: 'lease',
    targetId: bravo.lease.id,
    kind: 'acceptance',
    policy: { kind: 'any_amount' },
  });
  // January's rent and water are late by the 31st: one fee each.
  await b.charges.assessLateFees({ asOf: '2026-01-31' });
  const bPaymentKey = 'bravo-payment-0001';
  const paid = await b.ledger.recordPayment({
    leaseId: bravo.lease.id,
    amountMinor: 120_000,
    method: 'bank_transfer',
    reference: 'BRAVO-TRX-1',
    receivedOn: '2026-02-10',
    idempotencyKey: bPaymentKey,
  });
  const pending = await b.ledger.submitOfflinePayment({
    leaseId: bravo.lease.id,
    amountMinor: 10_000,
    method: 'cash',
    receivedOn: '2026-03-02',
    idempotencyKey: 'bravo-offline-0001',
    proof: { fileName: 'receipt.png', contentType: 'image/png', dataBase64: PNG_BASE64 },
  });
  // B's org-level policy, which must never apply to A's leases.
  await b.policies.set({
    level: 'org',
    kind: 'allocation',
    policy: { kind: 'largest_balance_first' },
  });
  const approved = await b.paymentPlans.request({
    leaseId: bravo.lease.id,
    instalments: [
      { dueDate: '2026-04-15', amountMinor: 10_000 },
      { dueDate: '2026-05-15', amountMinor: 10_000 },
    ],
    note: 'Two instalments',
  });
  const inApril = callerFor(test.database, orgB.secretKey, {
    now: new Date('2026-04-01T12:00:00.000Z'),
  });
  await inApril.paymentPlans.decide({ planId: approved.id, decision: 'approve' });
  const requested = await b.paymentPlans.request({
    leaseId: bravo.lease.id,
    instalments: [{ dueDate: '2026-12-15', amountMinor: 50_000 }],
    note: 'Pay the rest before Christmas',
  });

  const { entries } = await b.ledger.forLease({ leaseId: bravo.lease.id });
  const idOf = (found: { id: string } | undefined, what: string) => {
    if (!found) throw new Error(`seedLedgerWorld: B has no ${what}`);
    return found.id;
  };

  const alpha = await seedLease(test.database, orgA.secretKey);
  await alpha.owner.charges.generate({ from: '2026-01-01', to: '2026-03-31' });
  const aPaid = await alpha.owner.ledger.recordPayment({
    leaseId: alpha.lease.id,
    amountMinor: 50_000,
    method: 'cash',
    receivedOn: '2026-01-03',
    idempotencyKey: 'alpha-payment-0001',
  });

  return {
    bBuildingId: bravo.building.id,
    bBuildingName: bravo.building.name,
    bUnitIds: bravo.units.map((u) => u.id),
    bTenantId: bravo.tenant.id,
    bOtherTenantId: other.id,
    bLeaseId: bravo.lease.id,
    bDraftLeaseId: draft.id,
    bPaymentId: paid.paymentId,
    bPaymentKey,
    bPendingPaymentId: pending.paymentId,
    bAllocationId: idOf(
      entries.find((e) => e.kind === 'allocation' && e.paymentId === paid.paymentId),
      'allocation',
    ),
    bChargeId: idOf(
      entries.find(
        (e) => e.kind === 'charge' && e.chargeType === 'rent' && e.date === '2026-02-01',
      ),
      'February rent',
    ),
    bLateFeeId: idOf(
      entries.find((e) => e.kind === 'charge' && e.chargeType === 'late_fee'),
      'late fee',
    ),
    bRequestedPlanId: requested.id,
    bApprovedPlanId: approved.id,
    aBuildingId: alpha.building.id,
    aUnitIds: alpha.units.map((u) => u.id),
    aTenantId: alpha.tenant.id,
    aLeaseId: alpha.lease.id,
    aPaymentId: aPaid.paymentId,
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}

/**
 * Everything of org B's leasing and ledger as B reads it: buildings, units, tenants, both
 * leases with their history, the ledger with balances, receipts, plans and policies. Equal
 * before and after A's call means A changed nothing of B's.
 */
async function bState(w: LedgerIsolationWorld) {
  const { b, ledger: l } = w;
  return {
    buildings: await b.buildings.list(),
    units: await b.units.list({}),
    tenants: await b.tenants.list({}),
    lease: await b.leases.byId({ leaseId: l.bLeaseId }),
    draft: await b.leases.byId({ leaseId: l.bDraftLeaseId }),
    ledger: await b.ledger.forLease({ leaseId: l.bLeaseId }),
    receipt: (await b.receipts.get({ paymentId: l.bPaymentId })).number,
    plans: await b.paymentPlans.list({ leaseId: l.bLeaseId }),
    policies: await b.policies.effective({ leaseId: l.bLeaseId }),
    orgPolicies: await b.policies.list({ level: 'org' }),
  };
}

/** Runs `attempt` (A's call) and checks B's leasing and ledger read back unchanged. */
async function leavesBUntouched(w: LedgerIsolationWorld, attempt: () => Promise<void>) {
  const before = await bState(w);
  await attempt();
  expect(await bState(w)).toEqual(before);
}

const notFound = async (promise: Promise<unknown>) =>
  expect(await codeOf(promise)).toBe('NOT_FOUND');

const payment = (leaseId: string, idempotencyKey: string) => ({
  leaseId,
  amountMinor: 120_000,
  method: 'bank_transfer' as const,
  reference: 'BRAVO-TRX-1',
  receivedOn: '2026-02-10',
  idempotencyKey,
});

/** One case per leasing and ledger procedure: A's credentials aimed at B's data. */
export const ledgerIsolationCases: Record<string, (w: LedgerIsolationWorld) => Promise<void>> = {
  'buildings.create': (w) =>
    leavesBUntouched(w, async () => {
      // A building name is unique per org: B's name is free in A (no CONFLICT to probe with).
      const mine = await w.a.buildings.create({ name: w.ledger.bBuildingName });
      expect(mine.id).not.toBe(w.ledger.bBuildingId);
      expect(mine.unitCount).toBe(0);
    }),
  'buildings.list': async (w) => {
    const ids = (await w.a.buildings.list()).map((b) => b.id);
    expect(ids).toContain(w.ledger.aBuildingId);
    expect(ids).not.toContain(w.ledger.bBuildingId);
  },
  'units.bulkCreate': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(w.a.units.bulkCreate({ buildingId: w.ledger.bBuildingId, count: 2 }));
      await notFound(
        w.a.units.bulkCreate({ buildingId: w.ledger.bBuildingId, names: ['Unit 1', 'Penthouse'] }),
      );
    }),
  'units.list': async (w) => {
    const ids = (await w.a.units.list({})).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining(w.ledger.aUnitIds));
    for (const id of w.ledger.bUnitIds) expect(ids).not.toContain(id);
    await notFound(w.a.units.list({ buildingId: w.ledger.bBuildingId }));
  },
  'tenants.create': (w) =>
    leavesBUntouched(w, async () => {
      // The same person in another org is a different tenant.
      const mine = await w.a.tenants.create({ name: 'Twin', email: 'bruno@bravo.example' });
      expect([w.ledger.bTenantId, w.ledger.bOtherTenantId]).not.toContain(mine.id);
    }),
  'tenants.update': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(
        w.a.tenants.update({
          tenantId: w.ledger.bOtherTenantId,
          changes: { name: 'Hacked', email: 'x@alpha.example' },
        }),
      );
    }),
  'tenants.byId': async (w) => {
    await notFound(w.a.tenants.byId({ tenantId: w.ledger.bTenantId }));
    await notFound(w.a.tenants.byId({ tenantId: w.ledger.bOtherTenantId }));
  },
  'tenants.list': async (w) => {
    const { items } = await w.a.tenants.list({ limit: 500 });
    const ids = items.map((t) => t.id);
    expect(ids).toContain(w.ledger.aTenantId);
    expect(ids).not.toContain(w.ledger.bTenantId);
    expect(ids).not.toContain(w.ledger.bOtherTenantId);
    expect((await w.a.tenants.list({ search: 'Bruno Bravo' })).total).toBe(0);
    expect((await w.a.tenants.list({ search: '555 0199' })).total).toBe(0);
  },
  'leases.create': (w) =>
    leavesBUntouched(w, async () => {
      const l = w.ledger;
      const total = (await w.a.leases.list({})).total;
      const lease = (buildingId: string, unitId: string, tenantId: string) =>
        w.a.leases.create({
          buildingId,
          unitIds: [unitId],
          tenantIds: [tenantId],
          startDate: '2026-06-01',
          lines: [{ type: 'rent', amountMinor: 1, frequency: 'monthly', dueDay: 1 }],
        });
      await notFound(lease(l.bBuildingId, l.bUnitIds[2]!, l.bTenantId));
      await notFound(lease(l.aBuildingId, l.bUnitIds[2]!, l.aTenantId));
      await notFound(lease(l.aBuildingId, l.aUnitIds[2]!, l.bTenantId));
      await notFound(lease(l.bBuildingId, l.aUnitIds[2]!, l.aTenantId));
      expect((await w.a.leases.list({})).total).toBe(total);
    }),
  'leases.activate': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(w.a.leases.activate({ leaseId: w.ledger.bDraftLeaseId }));
      await notFound(w.a.leases.activate({ leaseId: w.ledger.bDraftLeaseId, version: 0 }));
    }),
  'leases.giveNotice': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(
        w.a.leases.giveNotice({
          leaseId: w.ledger.bLeaseId,
          noticeDate: '2026-11-21',
          endDate: '2026-12-31',
        }),
      );
    }),
  'leases.end': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(w.a.leases.end({ leaseId: w.ledger.bLeaseId, endedOn: '2026-11-21' }));
    }),
  'leases.terminate': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(
        w.a.leases.terminate({
          leaseId: w.ledger.bLeaseId,
          terminatedOn: '2026-11-21',
          reason: 'x',
        }),
      );
      await notFound(
        w.a.leases.terminate({
          leaseId: w.ledger.bDraftLeaseId,
          terminatedOn: '2026-11-21',
          reason: 'x',
        }),
      );
    }),
  'leases.startCollections': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(w.a.leases.startCollections({ leaseId: w.ledger.bLeaseId, reason: 'x' }));
    }),
  'leases.leaveCollections': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(w.a.leases.leaveCollections({ leaseId: w.ledger.bLeaseId }));
    }),
  'leases.byId': async (w) => {
    await notFound(w.a.leases.byId({ leaseId: w.ledger.bLeaseId }));
    await notFound(w.a.leases.byId({ leaseId: w.ledger.bDraftLeaseId }));
  },
  'leases.list': async (w) => {
    const { items, total } = await w.a.leases.list({ limit: 500 });
    expect(items.map((l) => l.id)).toEqual([w.ledger.aLeaseId]);
    expect(total).toBe(1);
    expect(await w.a.leases.list({ tenantId: w.ledger.bTenantId })).toEqual({
      items: [],
      total: 0,
    });
    expect(await w.a.leases.list({ buildingId: w.ledger.bBuildingId })).toEqual({
      items: [],
      total: 0,
    });
  },
  'occupancy.asOf': async (w) => {
    const seen = await w.a.occupancy.asOf({ date: '2026-06-15' });
    const unitIds = seen.units.map((u) => u.unitId);
    for (const id of w.ledger.bUnitIds) expect(unitIds).not.toContain(id);
    expect(seen.buildings.map((b) => b.buildingId)).not.toContain(w.ledger.bBuildingId);
    expect(seen.units.filter((u) => u.occupied).map((u) => u.leaseId)).toEqual([w.ledger.aLeaseId]);
    expect(seen.portfolio).toMatchObject({ units: 3, occupied: 1 });
    await notFound(w.a.occupancy.asOf({ date: '2026-06-15', buildingId: w.ledger.bBuildingId }));
  },
  'ledger.recordPayment': (w) =>
    leavesBUntouched(w, async () => {
      const l = w.ledger;
      await notFound(w.a.ledger.recordPayment(payment(l.bLeaseId, 'alpha-into-bravo-1')));
      // Idempotency keys are per org: B's key is a new payment on A's lease, not a replay or
      // a CONFLICT that would tell A the key was used.
      const mine = await w.a.ledger.recordPayment(payment(l.aLeaseId, l.bPaymentKey));
      expect(mine.leaseId).toBe(l.aLeaseId);
      expect(mine.paymentId).not.toBe(l.bPaymentId);
      // B's tenant is not a tenant of A's lease (nor visible to A).
      await notFound(
        w.a.ledger.recordPayment({
          ...payment(l.aLeaseId, 'alpha-b-tenant'),
          tenantId: l.bTenantId,
        }),
      );
    }),
  'ledger.submitOfflinePayment': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(
        w.a.ledger.submitOfflinePayment({
          leaseId: w.ledger.bLeaseId,
          amountMinor: 10_000,
          method: 'cash',
          receivedOn: '2026-03-02',
          idempotencyKey: 'alpha-into-bravo-2',
          proof: { fileName: 'receipt.png', contentType: 'image/png', dataBase64: PNG_BASE64 },
        }),
      );
    }),
  'ledger.decidePayment': (w) =>
    leavesBUntouched(w, async () => {
      const l = w.ledger;
      await notFound(
        w.a.ledger.decidePayment({ paymentId: l.bPendingPaymentId, decision: 'confirm' }),
      );
      await notFound(
        w.a.ledger.decidePayment({
          paymentId: l.bPendingPaymentId,
          decision: 'reject',
          reason: 'x',
        }),
      );
      // B's confirmed payment: NOT_FOUND, not "not pending" (which would tell its status).
      await notFound(w.a.ledger.decidePayment({ paymentId: l.bPaymentId, decision: 'confirm' }));
    }),
  'ledger.previewAllocation': async (w) => {
    await notFound(
      w.a.ledger.previewAllocation({
        leaseId: w.ledger.bLeaseId,
        amountMinor: 10_000,
        receivedOn: '2026-03-01',
      }),
    );
  },
  'ledger.reallocate': (w) =>
    leavesBUntouched(w, async () => {
      const l = w.ledger;
      await notFound(w.a.ledger.reallocate({ paymentId: l.bPaymentId }));
      await notFound(
        w.a.ledger.reallocate({
          paymentId: l.bPaymentId,
          targets: [{ chargeId: l.bChargeId, amountMinor: 1_000 }],
        }),
      );
      // A's own payment aimed at B's charge is refused exactly like a charge that does not exist.
      const toB = await codeOf(
        w.a.ledger.reallocate({
          paymentId: l.aPaymentId,
          targets: [{ chargeId: l.bChargeId, amountMinor: 1_000 }],
        }),
      );
      const toNowhere = await codeOf(
        w.a.ledger.reallocate({
          paymentId: l.aPaymentId,
          targets: [{ chargeId: randomUUID(), amountMinor: 1_000 }],
        }),
      );
      expect(toB).not.toBe('OK');
      expect(toB).toBe(toNowhere);
    }),
  'ledger.reverse': (w) =>
    leavesBUntouched(w, async () => {
      const l = w.ledger;
      const balance = (await w.b.ledger.forLease({ leaseId: l.bLeaseId })).summary.balanceMinor;
      for (const entryId of [
        l.bPaymentId,
        l.bPendingPaymentId,
        l.bChargeId,
        l.bLateFeeId,
        l.bAllocationId,
      ]) {
        await notFound(w.a.ledger.reverse({ entryId, reason: 'x' }));
      }
      expect((await w.b.ledger.forLease({ leaseId: l.bLeaseId })).summary.balanceMinor).toBe(
        balance,
      );
    }),
  'ledger.waiveLateFee': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(w.a.ledger.waiveLateFee({ chargeId: w.ledger.bLateFeeId, reason: 'x' }));
      // B's rent: NOT_FOUND, not "not a late fee" (which would tell what it is).
      await notFound(w.a.ledger.waiveLateFee({ chargeId: w.ledger.bChargeId, reason: 'x' }));
    }),
  'ledger.settleDeposit': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(w.a.ledger.settleDeposit({ leaseId: w.ledger.bLeaseId, deductions: [] }));
      await notFound(
        w.a.ledger.settleDeposit({
          leaseId: w.ledger.bLeaseId,
          deductions: [{ description: 'Paint', amountMinor: 10_000 }],
        }),
      );
    }),
  'ledger.forLease': async (w) => {
    await notFound(w.a.ledger.forLease({ leaseId: w.ledger.bLeaseId }));
    await notFound(w.a.ledger.forLease({ leaseId: w.ledger.bDraftLeaseId }));
  },
  'ledger.forTenant': async (w) => {
    await notFound(w.a.ledger.forTenant({ tenantId: w.ledger.bTenantId }));
    await notFound(w.a.ledger.forTenant({ tenantId: w.ledger.bOtherTenantId }));
    const mine = await w.a.ledger.forTenant({ tenantId: w.ledger.aTenantId });
    expect(mine.leases.map((s) => s.lease.id)).toEqual([w.ledger.aLeaseId]);
  },
  'charges.generate': (w) =>
    leavesBUntouched(w, async () => {
      const before = (await w.b.ledger.forLease({ leaseId: w.ledger.bLeaseId })).entries.length;
      // B's lease has no charges after March yet: A's run must not create them.
      const run = await w.a.charges.generate({ from: '2026-01-01', to: '2026-12-31' });
      expect(run.leases).toBe(1);
      const after = (await w.b.ledger.forLease({ leaseId: w.ledger.bLeaseId })).entries.length;
      expect(after).toBe(before);
    }),
  'charges.assessLateFees': (w) =>
    leavesBUntouched(w, async () => {
      // B's late charges would draw fees under B's building policy, and B's approved plan has
      // missed its instalments: A's run (A has no late-fee policy) touches neither.
      expect(await w.a.charges.assessLateFees({})).toEqual({ created: 0, plansEnded: 0 });
      expect(await w.a.charges.assessLateFees({ asOf: '2026-03-31' })).toEqual({
        created: 0,
        plansEnded: 0,
      });
      const plans = await w.b.paymentPlans.list({ leaseId: w.ledger.bLeaseId });
      expect(plans.find((p) => p.id === w.ledger.bApprovedPlanId)?.status).toBe('approved');
    }),
  'policies.list': async (w) => {
    const l = w.ledger;
    await notFound(w.a.policies.list({ level: 'building', targetId: l.bBuildingId }));
    await notFound(w.a.policies.list({ level: 'lease', targetId: l.bLeaseId }));
    expect(await w.a.policies.list({ level: 'org' })).toEqual([]);
    // `targetId` is ignored at org level: it never reaches another org's policies.
    expect(await w.a.policies.list({ level: 'org', targetId: w.orgB.org.id })).toEqual([]);
  },
  'policies.set': (w) =>
    leavesBUntouched(w, async () => {
      const l = w.ledger;
      const policy = { kind: 'acceptance' as const, policy: { kind: 'full_balance' as const } };
      await notFound(w.a.policies.set({ level: 'lease', targetId: l.bLeaseId, ...policy }));
      await notFound(w.a.policies.set({ level: 'building', targetId: l.bBuildingId, ...policy }));
      // A's own org-level policy stays A's.
      await w.a.policies.set({ level: 'org', targetId: w.orgB.org.id, ...policy });
      expect((await w.a.policies.list({ level: 'org' })).map((p) => p.targetId)).toEqual([
        w.orgA.org.id,
      ]);
      await w.a.policies.clear({ level: 'org', kind: 'acceptance' });
    }),
  'policies.clear': (w) =>
    leavesBUntouched(w, async () => {
      const l = w.ledger;
      await notFound(
        w.a.policies.clear({ level: 'building', targetId: l.bBuildingId, kind: 'late_fee' }),
      );
      await notFound(
        w.a.policies.clear({ level: 'lease', targetId: l.bLeaseId, kind: 'acceptance' }),
      );
      expect(
        await w.a.policies.clear({ level: 'org', targetId: w.orgB.org.id, kind: 'allocation' }),
      ).toEqual({ removed: false });
    }),
  'policies.effective': async (w) => {
    await notFound(w.a.policies.effective({ leaseId: w.ledger.bLeaseId }));
    // B's org, building and lease policies never reach A's lease.
    const mine = await w.a.policies.effective({ leaseId: w.ledger.aLeaseId });
    expect([mine.allocation.level, mine.acceptance.level, mine.lateFee.level]).toEqual([
      'default',
      'default',
      'default',
    ]);
  },
  'paymentPlans.request': (w) =>
    leavesBUntouched(w, async () => {
      await notFound(
        w.a.paymentPlans.request({
          leaseId: w.ledger.bLeaseId,
          instalments: [{ dueDate: '2026-12-01', amountMinor: 1_000 }],
        }),
      );
    }),
  'paymentPlans.decide': (w) =>
    leavesBUntouched(w, async () => {
      const l = w.ledger;
      await notFound(w.a.paymentPlans.decide({ planId: l.bRequestedPlanId, decision: 'approve' }));
      await notFound(
        w.a.paymentPlans.decide({ planId: l.bRequestedPlanId, decision: 'reject', reason: 'x' }),
      );
      // B's approved plan: NOT_FOUND, not "not awaiting a decision".
      await notFound(w.a.paymentPlans.decide({ planId: l.bApprovedPlanId, decision: 'reject' }));
    }),
  'paymentPlans.list': async (w) => {
    await notFound(w.a.paymentPlans.list({ leaseId: w.ledger.bLeaseId }));
    expect(await w.a.paymentPlans.list({ leaseId: w.ledger.aLeaseId })).toEqual([]);
  },
  'reports.delinquency': async (w) => {
    const report = await w.a.reports.delinquency({ asOf: '2026-11-21' });
    expect(report.rows.map((r) => r.leaseId)).toEqual([w.ledger.aLeaseId]);
    expect(report.totals.map((t) => t.leases)).toEqual([1]);
    expect(report.totals[0]?.totalMinor).toBe(report.rows[0]?.totalMinor);
    await notFound(
      w.a.reports.delinquency({ asOf: '2026-11-21', buildingId: w.ledger.bBuildingId }),
    );
  },
  'reports.delinquencyCsv': async (w) => {
    const csv = await w.a.reports.delinquencyCsv({ asOf: '2026-11-21' });
    expect(csv.data).toContain(w.ledger.aLeaseId);
    expect(csv.data).not.toContain(w.ledger.bLeaseId);
    expect(csv.data).not.toContain(w.ledger.bBuildingName);
    expect(csv.data).not.toContain('Bruno');
    await notFound(
      w.a.reports.delinquencyCsv({ asOf: '2026-11-21', buildingId: w.ledger.bBuildingId }),
    );
  },
  'reports.rentRoll': async (w) => {
    const roll = await w.a.reports.rentRoll({ asOf: '2026-06-15' });
    const unitIds = roll.rows.map((r) => r.unitId);
    for (const id of w.ledger.bUnitIds) expect(unitIds).not.toContain(id);
    expect(roll.rows.map((r) => r.buildingId)).not.toContain(w.ledger.bBuildingId);
    expect(roll.rows.flatMap((r) => (r.leaseId ? [r.leaseId] : []))).toEqual([w.ledger.aLeaseId]);
    await notFound(w.a.reports.rentRoll({ asOf: '2026-06-15', buildingId: w.ledger.bBuildingId }));
  },
  'reports.rentRollCsv': async (w) => {
    const csv = await w.a.reports.rentRollCsv({ asOf: '2026-06-15' });
    expect(csv.data).toContain(w.ledger.aLeaseId);
    expect(csv.data).not.toContain(w.ledger.bLeaseId);
    expect(csv.data).not.toContain(w.ledger.bBuildingName);
    expect(csv.data).not.toContain('Bruno');
    await notFound(
      w.a.reports.rentRollCsv({ asOf: '2026-06-15', buildingId: w.ledger.bBuildingId }),
    );
  },
  'receipts.get': async (w) => {
    await notFound(w.a.receipts.get({ paymentId: w.ledger.bPaymentId }));
    // B's pending payment: NOT_FOUND, not "no receipt" (which would tell its status).
    await notFound(w.a.receipts.get({ paymentId: w.ledger.bPendingPaymentId }));
    // B's charge id is no payment of A's either.
    await notFound(w.a.receipts.get({ paymentId: w.ledger.bChargeId }));
    // Receipt numbers run per org: B's receipt 1 does not use up A's.
    expect((await w.b.receipts.get({ paymentId: w.ledger.bPaymentId })).number).toBe(1);
    expect((await w.a.receipts.get({ paymentId: w.ledger.aPaymentId })).number).toBe(1);
  },
};
