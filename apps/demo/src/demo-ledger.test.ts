import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, firstOfMonth, lastOfMonth } from './demo-ledger-dates';
import { type LedgerCharge, planLeasePayments } from './demo-ledger-payments';
import { type LedgerPlan, type PlanLease, planDemoLedger } from './demo-ledger-plan';
import { seededRandom } from './demo-random';

const TODAY = '2026-11-21';
const plan = planDemoLedger(seededRandom(42), TODAY);
const landlord = plan.buildings.findIndex((b) => b.spec.landlord);
const signedUntil = (lease: PlanLease) =>
  lease.outcome.kind === 'ended'
    ? lease.outcome.endedOn
    : lease.outcome.kind === 'terminated'
      ? lease.outcome.terminatedOn
      : TODAY;

/**
 * What `charges.generate` would bill up to TODAY, without proration (the payment plan does not
 * care about amounts' origin): the deposit on the start date, then each line monthly on its due
 * day (clamped to short months, moved to the start date in the first month).
 */
function chargesOf(lease: PlanLease): LedgerCharge[] {
  const until = signedUntil(lease);
  const charges: LedgerCharge[] = [{ dueDate: lease.startDate, amountMinor: lease.depositMinor }];
  for (let month = firstOfMonth(lease.startDate); month <= until; month = addMonths(month, 1)) {
    for (const line of lease.lines) {
      const day = Math.min(line.dueDay, Number(lastOfMonth(month).slice(8)));
      let dueDate = addDays(month, day - 1);
      if (dueDate < lease.startDate) dueDate = lease.startDate;
      if (dueDate <= until) charges.push({ dueDate, amountMinor: line.amountMinor });
    }
  }
  return charges;
}

const storyOf = (lease: PlanLease, p: LedgerPlan = plan) =>
  planLeasePayments(lease, chargesOf(lease), {
    today: p.today,
    monthlyUntil: lease.building === landlord ? firstOfMonth(p.today) : null,
  });

/** Open amounts by aging bucket as of TODAY after oldest-due-first allocation (the API's default). */
function agingOf(lease: PlanLease) {
  const open = chargesOf(lease)
    .map((c) => ({ ...c, open: c.amountMinor }))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  for (const payment of storyOf(lease).payments) {
    if (payment.reverse) continue;
    let left = payment.amountMinor;
    for (const charge of open) {
      if (charge.dueDate > payment.receivedOn || left === 0) continue;
      const paid = Math.min(left, charge.open);
      charge.open -= paid;
      left -= paid;
    }
    expect(left, `${lease.key}: no unapplied credit`).toBe(0);
  }
  const buckets = { current: 0, days1to30: 0, days31to60: 0, days61to90: 0, days90plus: 0 };
  for (const charge of open) {
    const late = daysBetween(charge.dueDate, TODAY);
    const bucket =
      late <= 0
        ? 'current'
        : late <= 30
          ? 'days1to30'
          : late <= 60
            ? 'days31to60'
            : late <= 90
              ? 'days61to90'
              : 'days90plus';
    buckets[bucket] += charge.open;
  }
  return buckets;
}

describe('given the rental portfolio planned for 2026-11-21', () => {
  it('is the same plan for the same seed and day, and another for another seed', () => {
    expect(planDemoLedger(seededRandom(42), TODAY)).toEqual(plan);
    expect(planDemoLedger(seededRandom(43), TODAY)).not.toEqual(plan);
  });

  it('has 3–5 buildings with a few hundred units, charged from 24 months back', () => {
    const units = plan.buildings.reduce((sum, b) => sum + b.unitNames.length, 0);
    expect(plan.buildings.length).toBeGreaterThanOrEqual(3);
    expect(plan.buildings.length).toBeLessThanOrEqual(5);
    expect(units).toBeGreaterThanOrEqual(200);
    expect(units).toBeLessThan(400);
    expect(plan.from).toBe('2024-11-01');
  });

  it('lets the landlord building’s 80 units to 80 tenants, each billed rent, electricity and Wi-Fi on three different days', () => {
    const leases = plan.leases.filter((l) => l.building === landlord);
    expect(plan.buildings[landlord]!.unitNames).toHaveLength(80);
    expect(leases).toHaveLength(80);
    expect(new Set(leases.flatMap((l) => l.tenants)).size).toBe(80);
    for (const lease of leases) {
      expect(lease.lines.map((l) => l.type)).toEqual(['rent', 'electricity', 'wifi']);
      expect(new Set(lease.lines.map((l) => l.dueDay)).size).toBe(3);
    }
    const patterns = new Set(leases.map((l) => l.lines.map((x) => x.dueDay).join('/')));
    expect(patterns.size).toBeGreaterThan(3);
    expect(leases.some((l) => l.lines.some((x) => x.dueDay === 21))).toBe(true);
  });

  it('has mostly active leases, and ended, terminated, notice-given, collections and recent ones', () => {
    const kinds = plan.leases.map((l) => l.outcome.kind);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect(count('active')).toBeGreaterThan(plan.leases.length * 0.7);
    expect(count('ended')).toBeGreaterThan(10);
    expect(count('terminated')).toBe(2);
    expect(count('notice')).toBe(3);
    expect(count('collections')).toBe(1);
    expect(plan.leases.filter((l) => l.startDate > addDays(TODAY, -60)).length).toBeGreaterThan(3);
  });

  it('dates every lease event between the start and today, and ends active terms in the future', () => {
    for (const lease of plan.leases) {
      const out = lease.outcome;
      expect(lease.startDate >= plan.from && lease.startDate <= TODAY).toBe(true);
      const event =
        out.kind === 'ended'
          ? out.endedOn
          : out.kind === 'terminated'
            ? out.terminatedOn
            : out.kind === 'notice'
              ? out.noticeDate
              : out.kind === 'collections'
                ? out.on
                : null;
      if (event) expect(event >= lease.startDate && event <= TODAY, lease.key).toBe(true);
      if (out.kind === 'active')
        expect(lease.endDate === null || lease.endDate >= TODAY).toBe(true);
    }
  });

  it('never lets one unit under two leases on the same day', () => {
    const byUnit = new Map<string, PlanLease[]>();
    for (const lease of plan.leases) {
      const key = `${lease.building}/${lease.unit}`;
      byUnit.set(key, [...(byUnit.get(key) ?? []), lease]);
    }
    for (const leases of byUnit.values()) {
      const sorted = [...leases].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]!.startDate > signedUntil(sorted[i - 1]!)).toBe(true);
      }
    }
  });

  it('gives every person a name and a Seattle-area phone number', () => {
    for (const tenant of plan.tenants) {
      expect(tenant.name).toMatch(/\S+ \S+/);
      expect(tenant.phone?.replace(/\D/g, '').slice(-10)).toMatch(/^(206|425|253|360)555\d{4}$/);
    }
  });
});

describe('given the payments planned for those leases', () => {
  const stories = plan.leases.map((lease) => storyOf(lease));

  it('is the same story for the same lease', () => {
    expect(plan.leases.map((lease) => storyOf(lease))).toEqual(stories);
  });

  it('has bills paid on time, late, in part and missed', () => {
    const outcomes = new Set(stories.flatMap((s) => s.bills.map((b) => b.outcome)));
    for (const outcome of ['on_time', 'late', 'partial', 'missed']) {
      expect(outcomes).toContain(outcome);
    }
    const bills = stories.flatMap((s) => s.bills);
    const onTime = bills.filter((b) => b.outcome === 'on_time').length;
    expect(onTime / bills.length).toBeGreaterThan(0.8);
  });

  it('pays whole cents, after the due date, never after today nor more than is due', () => {
    for (const [index, story] of stories.entries()) {
      for (const payment of story.payments) {
        expect(Number.isSafeInteger(payment.amountMinor) && payment.amountMinor > 0).toBe(true);
        expect(payment.receivedOn <= TODAY).toBe(true);
      }
      agingOf(plan.leases[index]!);
    }
  });

  it('pays the landlord building bill by bill this month and month by month before', () => {
    const lease = plan.leases.find((l) => l.building === landlord && l.startDate < '2026-06-01')!;
    const bills = storyOf(lease).bills;
    const recent = bills.filter((b) => b.dueDate >= '2026-11-01');
    const older = bills.filter((b) => b.dueDate < '2026-11-01');
    expect(new Set(older.map((b) => b.dueDate.slice(0, 7))).size).toBe(older.length);
    expect(older.length).toBeGreaterThanOrEqual(5);
    expect(recent).toHaveLength(3);
  });

  it('leaves money owed in every aging bucket, and most leases owing nothing', () => {
    const agings = plan.leases.map(agingOf);
    for (const bucket of ['current', 'days1to30', 'days31to60', 'days61to90', 'days90plus']) {
      const total = agings.reduce((sum, a) => sum + a[bucket as keyof (typeof agings)[0]], 0);
      expect(total, bucket).toBeGreaterThan(0);
    }
    const owing = agings.filter((a) => Object.values(a).some((v) => v > 0)).length;
    expect(owing).toBeLessThan(plan.leases.length * 0.25);
  });

  it('bounces exactly one payment, three days before today at the latest, the lease’s last', () => {
    const bounced = stories.filter((s) => s.payments.some((p) => p.reverse));
    expect(bounced).toHaveLength(1);
    const payments = bounced[0]!.payments;
    expect(payments.at(-1)!.reverse).toBe(true);
    expect(addDays(payments.at(-1)!.receivedOn, 3) <= TODAY).toBe(true);
  });
});

describe('given calendar arithmetic', () => {
  it('clamps months to their last day and counts days across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-11-21', -24)).toBe('2024-11-21');
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });
});
