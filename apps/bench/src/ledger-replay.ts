/**
 * The slow, faithful way to the same ledger as `ledger-seed.ts`: a portfolio's history played
 * through the real procedures and the real scheduler, in the order `ledger-history.ts` assumed —
 * `buildings.create`, `units.bulkCreate`, `tenants.create`, `leases.create` + `leases.activate`,
 * then every day `runLedgerDay` at 00:10, `ledger.recordPayment` for the day's payments from
 * 14:00 and `ledger.reverse` for the day's returned payments from 16:00, each with the injected
 * clock at those instants. For the consistency test on a small portfolio only: a 10,000-lease
 * portfolio would take hours this way.
 */
import type { Database } from '@estatekit/api';
import { callerFor } from './api-internals';
import type { LedgerHistory } from './ledger-history';
import { runLedgerDay } from './ledger-internals';
import { dayOf, isoOf, type Portfolio } from './ledger-portfolio';

/** Plan ids → ids the API gave (leases, tenants, payments). */
export interface ReplayIds {
  leases: Map<string, string>;
  tenants: Map<string, string>;
  payments: Map<string, string>;
}

function byDay<T>(rows: readonly T[], dayOfRow: (row: T) => string) {
  const days = new Map<string, T[]>();
  for (const row of rows) {
    const day = dayOfRow(row);
    days.set(day, [...(days.get(day) ?? []), row]);
  }
  return days;
}

/** Plays `portfolio`'s `history` through the API of `database` as `secretKey`'s org. */
export async function replayThroughApi(
  database: Database,
  secretKey: string,
  portfolio: Portfolio,
  history: LedgerHistory,
): Promise<ReplayIds> {
  const at = (instant: string) => callerFor(database, secretKey, { now: new Date(instant) });
  const activation = dayOf(portfolio.activationDay);
  const owner = at(new Date(activation * 86_400_000 + 8 * 3_600_000).toISOString());
  const ids: ReplayIds = { leases: new Map(), tenants: new Map(), payments: new Map() };
  const units = new Map<string, string>();
  const buildings = [];
  for (const b of portfolio.buildings) {
    const building = await owner.buildings.create({ name: b.name, address: b.address });
    const made = await owner.units.bulkCreate({ buildingId: building.id, count: b.unitIds.length });
    b.unitIds.forEach((id, k) => {
      units.set(id, made[k]!.id);
    });
    buildings.push(building.id);
  }
  for (const lease of portfolio.leases) {
    const tenant = await owner.tenants.create(lease.tenant);
    ids.tenants.set(lease.tenantId, tenant.id);
    const draft = await owner.leases.create({
      buildingId: buildings[lease.buildingIndex]!,
      unitIds: [units.get(lease.unitId)!],
      tenantIds: [tenant.id],
      startDate: lease.startDate,
      endDate: lease.endDate,
      depositMinor: lease.depositMinor,
      lines: [
        { type: 'rent', amountMinor: lease.rentMinor, frequency: 'monthly', dueDay: lease.dueDay },
      ],
    });
    const signedAt = new Date(activation * 86_400_000 + 9 * 3_600_000 + lease.index);
    await at(signedAt.toISOString()).leases.activate({ leaseId: draft.id });
    ids.leases.set(lease.id, draft.id);
  }
  const payments = byDay(history.payments, (p) => p.receivedOn);
  const bounces = byDay(
    history.reversals.filter((r) => r.entryKind === 'payment'),
    (r) => r.effectiveOn,
  );
  const first = Math.min(...portfolio.leases.map((l) => dayOf(l.startDate)));
  for (let day = first; day <= dayOf(portfolio.historyEnd); day++) {
    const iso = isoOf(day);
    await runLedgerDay(database, new Date(`${iso}T00:10:00.000Z`));
    for (const p of payments.get(iso) ?? []) {
      const paid = await at(p.createdAt).ledger.recordPayment({
        leaseId: ids.leases.get(p.leaseId)!,
        amountMinor: p.amountMinor,
        method: p.method,
        reference: p.reference,
        receivedOn: p.receivedOn,
        tenantId: ids.tenants.get(p.tenantId)!,
        idempotencyKey: `replay-${p.id}`,
      });
      ids.payments.set(p.id, paid.paymentId);
    }
    for (const r of bounces.get(iso) ?? []) {
      await at(r.createdAt).ledger.reverse({
        entryId: ids.payments.get(r.entryId)!,
        reason: r.reason,
      });
    }
  }
  return ids;
}
