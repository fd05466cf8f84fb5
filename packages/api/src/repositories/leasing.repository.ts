import { DomainError, DomainErrorCode, type IsoDate, type LeaseStatus } from '@estatekit/domain';
import { and, asc, count, eq, ilike, inArray, sql } from 'drizzle-orm';
import {
  buildings,
  chargeLines,
  leases,
  leaseTenants,
  leaseUnits,
  tenants,
  units,
} from '../db/schema';
import type { OrgScope } from './org-scope';

const notFound = (what: string, id: string) =>
  new DomainError(DomainErrorCode.NotFound, `No ${what} with id ${id}.`, { context: { id } });

/** Creates a building. Throws CONFLICT when the org already has one of that name. */
export async function insertBuilding(
  scope: OrgScope,
  input: { name: string; address?: string | null | undefined },
) {
  const [row] = await scope.tx
    .insert(buildings)
    .values({ orgId: scope.org.id, name: input.name, address: input.address ?? null })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    throw new DomainError(DomainErrorCode.Conflict, `A building named "${input.name}" exists.`, {
      context: { issues: [{ path: ['name'], message: 'already used by another building' }] },
    });
  }
  return { ...row, unitCount: 0 };
}

/** The org's buildings with their unit counts, by name. */
export async function listBuildings(scope: OrgScope) {
  return scope.tx
    .select({
      id: buildings.id,
      name: buildings.name,
      address: buildings.address,
      createdAt: buildings.createdAt,
      unitCount: sql<number>`(select count(*)::int from units u where u.building_id = "buildings"."id")`,
    })
    .from(buildings)
    .orderBy(asc(buildings.name));
}

/** Throws NOT_FOUND unless the building is the org's. */
export async function assertBuilding(scope: OrgScope, buildingId: string) {
  const [row] = await scope.tx.select().from(buildings).where(eq(buildings.id, buildingId));
  if (!row) throw notFound('building', buildingId);
  return row;
}

/**
 * Adds units to a building after its existing ones (names already validated by `unitNames`).
 * Throws VALIDATION_FAILED naming every name the building already has.
 */
export async function insertUnits(scope: OrgScope, buildingId: string, names: readonly string[]) {
  const existing = await scope.tx
    .select({ name: units.name, position: units.position })
    .from(units)
    .where(eq(units.buildingId, buildingId));
  const taken = new Set(existing.map((u) => u.name.toLowerCase()));
  const clashes = names.flatMap((n, index) =>
    taken.has(n.toLowerCase())
      ? [{ path: ['names', index], message: `the building already has a unit "${n}"` }]
      : [],
  );
  if (clashes.length > 0) {
    throw new DomainError(DomainErrorCode.ValidationFailed, 'Some units already exist.', {
      context: { issues: clashes },
    });
  }
  const first = Math.max(0, ...existing.map((u) => u.position)) + 1;
  return scope.tx
    .insert(units)
    .values(
      names.map((n, i) => ({ orgId: scope.org.id, buildingId, name: n, position: first + i })),
    )
    .returning({
      id: units.id,
      buildingId: units.buildingId,
      name: units.name,
      position: units.position,
    });
}

/** Units of a building (or of the org), in building order. */
export async function listUnits(scope: OrgScope, buildingId?: string) {
  return scope.tx
    .select({
      id: units.id,
      buildingId: units.buildingId,
      name: units.name,
      position: units.position,
    })
    .from(units)
    .where(buildingId ? eq(units.buildingId, buildingId) : undefined)
    .orderBy(asc(units.buildingId), asc(units.position));
}

const tenantColumns = {
  id: tenants.id,
  kind: tenants.kind,
  name: tenants.name,
  email: tenants.email,
  phone: tenants.phone,
};
type TenantDto = { id: string; kind: 'person' | 'company'; name: string } & {
  email: string | null;
  phone: string | null;
};

/** Creates a tenant (contact details already normalised). */
export async function insertTenant(
  scope: OrgScope,
  tenant: Omit<TenantDto, 'id'>,
): Promise<TenantDto> {
  const [row] = await scope.tx
    .insert(tenants)
    .values({ orgId: scope.org.id, ...tenant })
    .returning(tenantColumns);
  return row as TenantDto;
}

/** Updates a tenant; throws NOT_FOUND for another org's or a missing one. */
export async function updateTenant(
  scope: OrgScope,
  tenantId: string,
  changes: Partial<Omit<TenantDto, 'id'>>,
): Promise<TenantDto> {
  const [row] = await scope.tx
    .update(tenants)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(tenants.id, tenantId))
    .returning(tenantColumns);
  if (!row) throw notFound('tenant', tenantId);
  return row as TenantDto;
}

/** One tenant; throws NOT_FOUND. */
export async function findTenant(scope: OrgScope, tenantId: string): Promise<TenantDto> {
  const [row] = await scope.tx.select(tenantColumns).from(tenants).where(eq(tenants.id, tenantId));
  if (!row) throw notFound('tenant', tenantId);
  return row as TenantDto;
}

/** Tenants by name, optionally those whose name, email or phone contains `search`. */
export async function listTenants(
  scope: OrgScope,
  input: { search?: string | undefined; limit: number; offset: number },
) {
  const where = input.search
    ? sql`(${ilike(tenants.name, `%${input.search}%`)} or ${ilike(tenants.email, `%${input.search}%`)} or ${tenants.phone} like ${`%${input.search}%`})`
    : undefined;
  const rows = await scope.tx
    .select(tenantColumns)
    .from(tenants)
    .where(where)
    .orderBy(asc(tenants.name), asc(tenants.id))
    .limit(input.limit)
    .offset(input.offset);
  const [total] = await scope.tx.select({ n: count() }).from(tenants).where(where);
  return { items: rows as TenantDto[], total: total?.n ?? 0 };
}

/** Throws NOT_FOUND naming the first id that is not one of the org's rows of `table`. */
export async function assertAllExist(
  scope: OrgScope,
  what: 'unit' | 'tenant',
  ids: readonly string[],
  buildingId?: string,
) {
  const table = what === 'unit' ? units : tenants;
  const found = await scope.tx
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        inArray(table.id, [...ids]),
        what === 'unit' && buildingId ? eq(units.buildingId, buildingId) : undefined,
      ),
    );
  const known = new Set(found.map((r) => r.id));
  const missing = ids.find((i) => !known.has(i));
  if (missing) throw notFound(what === 'unit' ? 'unit in this building' : what, missing);
}

/** A lease's row as the services use it. */
export type LeaseRow = typeof leases.$inferSelect;

/** Inserts a draft lease with its units, tenants and charge lines; returns its id. */
export async function insertLease(
  scope: OrgScope,
  lease: {
    buildingId: string;
    startDate: IsoDate;
    endDate: IsoDate | null;
    currency: string;
    depositMinor: number;
    unitIds: readonly string[];
    tenantIds: readonly string[];
    lines: readonly Omit<typeof chargeLines.$inferInsert, 'orgId' | 'leaseId' | 'position'>[];
  },
): Promise<string> {
  const orgId = scope.org.id;
  const [row] = await scope.tx
    .insert(leases)
    .values({
      orgId,
      buildingId: lease.buildingId,
      status: 'draft' satisfies LeaseStatus,
      startDate: lease.startDate,
      endDate: lease.endDate,
      currency: lease.currency,
      depositMinor: lease.depositMinor,
    })
    .returning({ id: leases.id });
  const leaseId = (row as { id: string }).id;
  await scope.tx
    .insert(leaseUnits)
    .values([...new Set(lease.unitIds)].map((unitId) => ({ orgId, leaseId, unitId })));
  await scope.tx.insert(leaseTenants).values(
    [...new Set(lease.tenantIds)].map((tenantId, position) => ({
      orgId,
      leaseId,
      tenantId,
      position,
    })),
  );
  if (lease.lines.length > 0) {
    await scope.tx
      .insert(chargeLines)
      .values(lease.lines.map((line, position) => ({ ...line, orgId, leaseId, position })));
  }
  return leaseId;
}

/**
 * Locks a lease's row for the rest of the transaction (`SELECT … FOR UPDATE`): every write that
 * moves money on a lease takes this lock first, so concurrent payments on one lease are applied
 * one after the other and never over-allocate a charge. Throws NOT_FOUND.
 */
export async function lockLease(scope: OrgScope, leaseId: string): Promise<LeaseRow> {
  const [row] = await scope.tx.select().from(leases).where(eq(leases.id, leaseId)).for('update');
  if (!row) throw notFound('lease', leaseId);
  return row;
}

/** Writes a lease's new status and dates if its version is still `version`; else CONFLICT. */
export async function updateLeaseStatus(
  scope: OrgScope,
  lease: LeaseRow,
  changes: Partial<
    Pick<
      LeaseRow,
      'status' | 'endDate' | 'noticeDate' | 'endedOn' | 'terminatedOn' | 'terminationReason'
    >
  >,
) {
  const [row] = await scope.tx
    .update(leases)
    .set({ ...changes, version: lease.version + 1, updatedAt: sql`now()` })
    .where(and(eq(leases.id, lease.id), eq(leases.version, lease.version)))
    .returning({ id: leases.id });
  if (!row) {
    throw new DomainError(DomainErrorCode.Conflict, 'The lease changed meanwhile; reload it.');
  }
}
