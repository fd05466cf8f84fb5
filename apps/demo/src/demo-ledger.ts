/**
 * The demo agency's rental portfolio and rent ledger, seeded on the first run (when the agency
 * has no buildings): the plan of demo-ledger-plan.ts written through the API as the people who
 * would do it — the manager sets up buildings, units, tenants and leases on their dates; the
 * accountant generates 24 months of charges and records every payment (demo-ledger-payments.ts)
 * on its day with an idempotency key, one bounced payment reversed; the manager settles
 * deposits at move-out, records notices, sends one lease to collections and sets a late-fee
 * policy, whose fees are then assessed. Each write runs on a clock set to its day, so audit
 * entries, allocations and receipts carry the dates they would have had.
 */
import { createApiKey, type Database, inOrg, type Org, orgToday } from '@estatekit/api';
import { SingleBar } from 'cli-progress';
import { type DemoCaller, demoCaller, seedingServices } from './demo-caller';
import { bounceReason } from './demo-ledger.data';
import { addDays, earlierOf, firstOfMonth } from './demo-ledger-dates';
import { type LedgerCharge, type PlannedPayment, planLeasePayments } from './demo-ledger-payments';
import { type LedgerPlan, type PlanLease, planDemoLedger } from './demo-ledger-plan';
import { type DemoAccountant, ensureDemoAccountant } from './demo-ledger-staff';
import type { DemoKeys } from './demo-org';
import { seededRandom } from './demo-random';
import { listDemoStaff } from './demo-staff';

/** The seed of every building, tenant, lease and payment of the portfolio. */
const SEED = 20_241_101;

/** A flat 10.00 USD fee on each charge still unpaid 5 days after it fell due. */
const lateFeePolicy = {
  rules: [
    {
      graceDays: 5,
      amount: { kind: 'flat' as const, amountMinor: 1_000 },
      recurrence: 'once' as const,
      capMinor: null,
    },
  ],
};

/** What the portfolio holds: for the start-up summary. */
export interface DemoLedgerCounts {
  readonly buildings: number;
  readonly leases: number;
}

/**
 * Seeds the rental portfolio and its ledger when the demo agency has no buildings (first run),
 * with a progress bar, and prints what it wrote and the time taken; always makes sure the
 * agency has its accountant. `options.now` is the wall clock (default now). Later starts
 * return at once. Returns how many buildings and leases the agency has.
 */
export async function ensureDemoLedger(
  database: Database,
  org: Org,
  keys: DemoKeys,
  options: { now?: Date } = {},
): Promise<DemoLedgerCounts> {
  const now = options.now ?? new Date();
  const services = await seedingServices(database, now);
  const { clock } = services;
  const owner = demoCaller(database, services, keys.secretKey);
  const accountantUser = await ensureDemoAccountant(database, org);
  const buildings = await owner.buildings.list();
  if (buildings.length > 0) {
    return { buildings: buildings.length, leases: (await owner.leases.list({ limit: 1 })).total };
  }

  const started = performance.now();
  const plan = planDemoLedger(seededRandom(SEED), orgToday(org.timeZone, now));
  const units = plan.buildings.reduce((sum, b) => sum + b.unitNames.length, 0);
  console.log(
    `Seeding the rent ledger: ${plan.leases.length} leases on ${units} units in ${plan.buildings.length} buildings, 24 months of charges and payments (first run only)…`,
  );
  const manager = await seedingCaller(database, org, services, 'manager', keys.secretKey);
  const accountant = await seedingCaller(database, org, services, accountantUser, keys.secretKey);
  const bar = new SingleBar({ format: '  {bar} {percentage}% | {stage}', hideCursor: true });
  bar.start(plan.tenants.length + plan.leases.length, 0, { stage: 'tenants' });
  const step = (stage: string) => bar.increment(1, { stage });
  const on = (day: string) => {
    // Midday in Seattle (19:00 UTC is 11:00 PST or 12:00 PDT): the same calendar day there.
    clock.now = new Date(`${day}T19:00:00Z`);
  };

  const leaseIds = await writeLeases(plan, manager, on, step);
  clock.now = now;
  await accountant.charges.generate({ from: plan.from, to: plan.today });
  const payments = planPayments(plan, leaseIds, await readCharges(database, org));
  bar.setTotal(bar.getTotal() + payments.length + plan.leases.length);
  for (const [index, payment] of payments.entries()) {
    on(payment.receivedOn);
    const { paymentId } = await accountant.ledger.recordPayment({
      leaseId: payment.leaseId,
      amountMinor: payment.amountMinor,
      method: payment.method,
      reference: payment.reference,
      receivedOn: payment.receivedOn,
      idempotencyKey: `demo-ledger:${payment.leaseId}:${index}`,
    });
    if (payment.reverse) {
      // Recorded in date order, so nothing of this lease comes after it: it bounces 3 days on.
      on(earlierOf(addDays(payment.receivedOn, 3), plan.today));
      await accountant.ledger.reverse({ entryId: paymentId, reason: bounceReason });
    }
    step('payments');
  }
  for (const [index, lease] of plan.leases.entries()) {
    await closeOut(lease, leaseIds[index]!, manager, on, plan.today);
    step('move-outs, notices and collections');
  }
  clock.now = now;
  await manager.policies.set({ level: 'org', kind: 'late_fee', policy: lateFeePolicy });
  await accountant.charges.assessLateFees({ asOf: plan.today });
  bar.stop();

  const counts = await countLedger(database, org);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  ${plan.leases.length} leases (${plan.tenants.length} tenants) in ${plan.buildings.length} buildings: ${counts.charges} charges (${counts.fees} late fees), ${counts.payments} payments, in ${seconds.toFixed(1)} s`,
  );
  return { buildings: plan.buildings.length, leases: plan.leases.length };
}

/**
 * A caller acting as a staff user for the seeding run: a secret key bound to the manager (or
 * to `user`), so ledger rows and audit entries name a person. Falls back to the agency's key
 * when the staff are missing.
 */
async function seedingCaller(
  database: Database,
  org: Org,
  services: Parameters<typeof demoCaller>[1],
  user: 'manager' | DemoAccountant,
  fallbackKey: string,
): Promise<DemoCaller> {
  const person =
    user === 'manager'
      ? (await listDemoStaff(database, org)).find((s) => s.role === 'manager')
      : user;
  if (!person) return demoCaller(database, services, fallbackKey);
  const { key } = await inOrg(database, org, (scope) =>
    createApiKey(scope, {
      kind: 'secret',
      name: `demo ledger seeding (${person.name})`,
      role: person.role,
      userId: person.id,
    }),
  );
  return demoCaller(database, services, key);
}

/**
 * Creates the buildings, units and tenants, then each lease on its start date (draft, then
 * activated: the deposit is charged), and ends or terminates leases on their move-out day —
 * in date order, so a unit is free again before its next lease starts. Returns the lease ids
 * in plan order.
 */
async function writeLeases(
  plan: LedgerPlan,
  manager: DemoCaller,
  on: (day: string) => void,
  step: (stage: string) => void,
): Promise<string[]> {
  on(plan.from);
  const unitIds: Map<string, string>[] = [];
  const buildingIds: string[] = [];
  for (const { spec, unitNames } of plan.buildings) {
    const building = await manager.buildings.create({ name: spec.name, address: spec.address });
    const created = await manager.units.bulkCreate({ buildingId: building.id, names: unitNames });
    buildingIds.push(building.id);
    unitIds.push(new Map(created.map((u) => [u.name, u.id])));
  }
  const tenantIds: string[] = [];
  for (const tenant of plan.tenants) {
    tenantIds.push((await manager.tenants.create(tenant)).id);
    step('tenants');
  }
  const leaseIds: string[] = [];
  const events = plan.leases.flatMap((lease, index) => {
    const out = lease.outcome;
    const leaving =
      out.kind === 'ended' ? out.endedOn : out.kind === 'terminated' ? out.terminatedOn : null;
    return [
      { day: lease.startDate, order: 1, index, leaving: false },
      ...(leaving ? [{ day: leaving, order: 0, index, leaving: true }] : []),
    ];
  });
  events.sort((a, b) => (a.day === b.day ? a.order - b.order : a.day < b.day ? -1 : 1));
  for (const event of events) {
    const lease = plan.leases[event.index]!;
    on(event.day);
    if (event.leaving) {
      const leaseId = leaseIds[event.index]!;
      if (lease.outcome.kind === 'terminated') {
        const { terminatedOn, reason } = lease.outcome;
        await manager.leases.terminate({ leaseId, terminatedOn, reason });
      } else if (lease.outcome.kind === 'ended') {
        await manager.leases.end({ leaseId, endedOn: lease.outcome.endedOn });
      }
      continue;
    }
    const draft = await manager.leases.create({
      buildingId: buildingIds[lease.building]!,
      unitIds: [unitIds[lease.building]!.get(lease.unit)!],
      tenantIds: lease.tenants.map((t) => tenantIds[t]!),
      startDate: lease.startDate,
      endDate: lease.endDate,
      depositMinor: lease.depositMinor,
      lines: lease.lines,
    });
    await manager.leases.activate({ leaseId: draft.id });
    leaseIds[event.index] = draft.id;
    step('leases');
  }
  return leaseIds;
}

/**
 * Every lease's charges as generated (there is no API to read a whole portfolio's charges at
 * once: one org-scoped read of `charges`, as `listDemoStaff` reads `users`), by lease id.
 */
async function readCharges(database: Database, org: Org): Promise<Map<string, LedgerCharge[]>> {
  const result = await inOrg(database, org, (scope) =>
    scope.tx.execute(
      'select lease_id as "leaseId", due_date::text as "dueDate", amount_minor::float8 as "amountMinor" from charges order by due_date, seq',
    ),
  );
  const byLease = new Map<string, LedgerCharge[]>();
  for (const row of (result as unknown as { rows: (LedgerCharge & { leaseId: string })[] }).rows) {
    const list = byLease.get(row.leaseId) ?? [];
    list.push({ dueDate: row.dueDate, amountMinor: Number(row.amountMinor) });
    byLease.set(row.leaseId, list);
  }
  return byLease;
}

/**
 * Every lease's planned payments, in date order across the portfolio (receipt numbers follow
 * the calendar). The landlord building's tenants pay each bill on its day this month, and
 * paid each earlier month in one payment on its last bill's day (a quarter as many payments to
 * record, which keeps the first run near a minute on PGlite).
 */
function planPayments(
  plan: LedgerPlan,
  leaseIds: readonly string[],
  charges: ReadonlyMap<string, LedgerCharge[]>,
): (PlannedPayment & { leaseId: string })[] {
  const monthlyUntil = firstOfMonth(plan.today);
  return plan.leases
    .flatMap((lease, index) => {
      const leaseId = leaseIds[index]!;
      const landlord = plan.buildings[lease.building]!.spec.landlord;
      const story = planLeasePayments(lease, charges.get(leaseId) ?? [], {
        today: plan.today,
        monthlyUntil: landlord ? monthlyUntil : null,
      });
      return story.payments.map((payment) => ({ ...payment, leaseId }));
    })
    .sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0));
}

/** After the payments: deposits settled two weeks after move-out, notices, collections. */
async function closeOut(
  lease: PlanLease,
  leaseId: string,
  manager: DemoCaller,
  on: (day: string) => void,
  today: string,
): Promise<void> {
  const out = lease.outcome;
  switch (out.kind) {
    case 'ended':
    case 'terminated':
      on(earlierOf(addDays(out.kind === 'ended' ? out.endedOn : out.terminatedOn, 14), today));
      await manager.ledger.settleDeposit({ leaseId, deductions: lease.deductions });
      return;
    case 'notice':
      on(out.noticeDate);
      await manager.leases.giveNotice({
        leaseId,
        noticeDate: out.noticeDate,
        endDate: out.endDate,
      });
      return;
    case 'collections':
      on(out.on);
      await manager.leases.startCollections({ leaseId, reason: out.reason });
      return;
    case 'active':
      return;
    default:
      return out satisfies never;
  }
}

/** Rows on the ledger, for the summary line. */
async function countLedger(database: Database, org: Org) {
  const result = await inOrg(database, org, (scope) =>
    scope.tx.execute(
      `select (select count(*) from charges)::int as charges,
        (select count(*) from charges where type = 'late_fee')::int as fees,
        (select count(*) from payments where kind = 'payment')::int as payments`,
    ),
  );
  return (result as unknown as { rows: { charges: number; fees: number; payments: number }[] })
    .rows[0]!;
}
