import type { Database } from '../db/database';
import { callerFor } from './test-org';

/**
 * A small let portfolio for ledger tests: one building with `units` units, one tenant and an
 * active lease on Unit 1 from 2026-01-01 with rent 1,000.00 USD due on the 1st and water 30.00
 * due on the 5th (monthly), and a deposit of 500.00. Returns the ids.
 */
export async function seedLease(
  database: Database,
  secretKey: string,
  options: { units?: number; startDate?: string; rentMinor?: number; depositMinor?: number } = {},
) {
  const owner = callerFor(database, secretKey);
  const building = await owner.buildings.create({
    name: `Block ${Math.random().toString(36).slice(2, 8)}`,
  });
  const units = await owner.units.bulkCreate({
    buildingId: building.id,
    count: options.units ?? 3,
  });
  const tenant = await owner.tenants.create({ name: 'Tess Tenant', phone: '+1 415 555 0100' });
  const draft = await owner.leases.create({
    buildingId: building.id,
    unitIds: [units[0]?.id as string],
    tenantIds: [tenant.id],
    startDate: options.startDate ?? '2026-01-01',
    depositMinor: options.depositMinor ?? 50_000,
    lines: [
      { type: 'rent', amountMinor: options.rentMinor ?? 100_000, frequency: 'monthly', dueDay: 1 },
      { type: 'water', amountMinor: 3_000, frequency: 'monthly', dueDay: 5 },
    ],
  });
  const lease = await owner.leases.activate({ leaseId: draft.id });
  return { owner, building, units, tenant, lease };
}
