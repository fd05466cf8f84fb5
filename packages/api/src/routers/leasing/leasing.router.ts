/**
 * The leasing routers, mounted at the root as `buildings.*`, `units.*`, `tenants.*`, `leases.*`
 * and `occupancy.*`. Managers and owners set things up; every staff role reads.
 */
import { type LeaseEvent, occupancyAsOf, unitNames } from '@estatekit/domain';
import { z } from 'zod';
import { listAudit } from '../../repositories/audit.repository';
import {
  findLease,
  listLeases,
  signedLeasesOfUnits,
} from '../../repositories/lease-reads.repository';
import {
  assertAllExist,
  assertBuilding,
  findTenant,
  insertBuilding,
  insertLease,
  insertTenant,
  insertUnits,
  listBuildings,
  listTenants,
  listUnits,
  updateTenant,
} from '../../repositories/leasing.repository';
import type { OrgScope } from '../../repositories/org-scope';
import { normaliseContact, orgCountry } from '../../services/lead-pipeline.service';
import { changeLeaseStatus } from '../../services/leasing.service';
import { orgProcedure, router } from '../../trpc/trpc';
import {
  buildingCreateInput,
  buildingSchema,
  leaseActivateInput,
  leaseCollectionsInput,
  leaseCreateInput,
  leaseDetailSchema,
  leaseEndInput,
  leaseGiveNoticeInput,
  leaseIdInput,
  leaseListInput,
  leaseListOutput,
  leaseSchema,
  leaseTerminateInput,
  occupancyInput,
  occupancyOutput,
  tenantCreateInput,
  tenantListInput,
  tenantSchema,
  tenantUpdateInput,
  unitSchema,
  unitsBulkCreateInput,
} from './leasing.schema';
import { leasingMeta, writerOf } from './leasing-procedure';

const { read, manage } = leasingMeta;

/** Buildings (properties) whose units are let. */
export const buildingsRouter = router({
  /** Creates a building. CONFLICT when the org has one of that name. */
  create: orgProcedure
    .meta({ ...manage, summary: 'Create a building' })
    .input(buildingCreateInput)
    .output(buildingSchema)
    .mutation(({ ctx, input }) => insertBuilding(ctx.scope, input)),
  /** The org's buildings with unit counts, by name. */
  list: orgProcedure
    .meta({ ...read, summary: 'List buildings' })
    .output(z.array(buildingSchema))
    .query(({ ctx }) => listBuildings(ctx.scope)),
});

/** Units of buildings. */
export const unitsRouter = router({
  /**
   * Adds units to a building: `count` units named `Unit 1…N` (or `prefix` and `start`), or an
   * explicit list of `names`. All or nothing: VALIDATION_FAILED names every empty, duplicate or
   * existing name; NOT_FOUND for another org's building.
   */
  bulkCreate: orgProcedure
    .meta({ ...manage, summary: 'Create units in bulk' })
    .input(unitsBulkCreateInput)
    .output(z.array(unitSchema))
    .mutation(async ({ ctx, input }) => {
      await assertBuilding(ctx.scope, input.buildingId);
      const names = unitNames(
        'names' in input
          ? { names: input.names }
          : {
              count: input.count,
              ...(input.prefix === undefined ? {} : { prefix: input.prefix }),
              ...(input.start === undefined ? {} : { start: input.start }),
            },
      );
      return insertUnits(ctx.scope, input.buildingId, names);
    }),
  /** Units of one building (or all), in order. */
  list: orgProcedure
    .meta({ ...read, summary: 'List units' })
    .input(z.strictObject({ buildingId: z.uuid().optional() }))
    .output(z.array(unitSchema))
    .query(async ({ ctx, input }) => {
      if (input.buildingId) await assertBuilding(ctx.scope, input.buildingId);
      return listUnits(ctx.scope, input.buildingId);
    }),
});

const country = (scope: OrgScope) => orgCountry(scope.org.defaultCurrency);

/** Tenants: people or companies who rent. Phones are stored in E.164. */
export const tenantsRouter = router({
  /** Creates a tenant. VALIDATION_FAILED for an invalid phone number. */
  create: orgProcedure
    .meta({ ...manage, summary: 'Create a tenant' })
    .input(tenantCreateInput)
    .output(tenantSchema)
    .mutation(({ ctx, input }) =>
      insertTenant(ctx.scope, {
        kind: input.kind,
        name: input.name,
        ...normaliseContact(input, country(ctx.scope)),
      }),
    ),
  /** Changes a tenant's name, kind or contact details. */
  update: orgProcedure
    .meta({ ...manage, summary: 'Update a tenant' })
    .input(tenantUpdateInput)
    .output(tenantSchema)
    .mutation(async ({ ctx, input }) => {
      const { email, phone, ...rest } = input.changes;
      const contact = normaliseContact({ email, phone }, country(ctx.scope));
      return updateTenant(ctx.scope, input.tenantId, {
        ...rest,
        ...(email === undefined ? {} : { email: contact.email }),
        ...(phone === undefined ? {} : { phone: contact.phone }),
      });
    }),
  /** One tenant; NOT_FOUND for another org's. */
  byId: orgProcedure
    .meta({ ...read, summary: 'Get a tenant' })
    .input(z.strictObject({ tenantId: z.uuid() }))
    .output(tenantSchema)
    .query(({ ctx, input }) => findTenant(ctx.scope, input.tenantId)),
  /** Tenants by name, with a text search over name, email and phone. */
  list: orgProcedure
    .meta({ ...read, summary: 'List tenants' })
    .input(tenantListInput)
    .output(z.object({ items: z.array(tenantSchema), total: z.int() }))
    .query(({ ctx, input }) => listTenants(ctx.scope, input)),
});

/** A lease status-change procedure: `event` turns the validated input into the machine's event. */
function transition<S extends z.ZodType<{ leaseId: string; version?: number | undefined }>>(
  input: S,
  summary: string,
  event: (value: z.output<S>) => LeaseEvent,
) {
  return orgProcedure
    .meta({ ...manage, summary })
    .input(input)
    .output(leaseSchema)
    .mutation(({ ctx, input: value }) => {
      const parsed = value as z.output<S>;
      return changeLeaseStatus(
        ctx.scope,
        writerOf(ctx),
        parsed.leaseId,
        parsed.version,
        event(parsed),
      );
    });
}

/** Leases: draft → active → notice given → ended, terminated early, or in collections. */
export const leasesRouter = router({
  /**
   * Creates a draft lease on units of one building for one or more tenants, with its deposit
   * (minor units) and recurring charge lines. NOT_FOUND for a unit outside the building or
   * another org's tenant.
   */
  create: orgProcedure
    .meta({ ...manage, summary: 'Create a lease' })
    .input(leaseCreateInput)
    .output(leaseSchema)
    .mutation(async ({ ctx, input }) => {
      await assertBuilding(ctx.scope, input.buildingId);
      await assertAllExist(ctx.scope, 'unit', input.unitIds, input.buildingId);
      await assertAllExist(ctx.scope, 'tenant', input.tenantIds);
      const leaseId = await insertLease(ctx.scope, {
        ...input,
        currency: input.currency ?? ctx.scope.org.defaultCurrency,
        lines: input.lines.map((line) => ({
          type: line.type,
          description: line.description ?? null,
          amountMinor: line.amountMinor,
          frequency: line.frequency,
          dueDay: line.dueDay,
          firstPeriod: line.firstPeriod ?? null,
          lastPeriod: line.lastPeriod ?? null,
        })),
      });
      return findLease(ctx.scope, leaseId);
    }),
  /** Signs a draft: needs a unit and a tenant; charges the deposit. CONFLICT if a unit is let. */
  activate: transition(leaseActivateInput, 'Activate a lease', () => ({ type: 'activate' })),
  /** Records notice: the lease now ends on `endDate`. */
  giveNotice: transition(leaseGiveNoticeInput, 'Give notice on a lease', (i) => ({
    type: 'give_notice',
    noticeDate: i.noticeDate,
    endDate: i.endDate,
  })),
  /** Ends a lease on `endedOn` (move-out at term). */
  end: transition(leaseEndInput, 'End a lease', (i) => ({ type: 'end', endedOn: i.endedOn })),
  /** Terminates a lease early on `terminatedOn`, with a reason. */
  terminate: transition(leaseTerminateInput, 'Terminate a lease', (i) => ({
    type: 'terminate',
    terminatedOn: i.terminatedOn,
    reason: i.reason,
  })),
  /** Puts a lease in collections (eviction pending): it accepts no payments until it leaves. */
  startCollections: transition(leaseCollectionsInput, 'Put a lease in collections', (i) => ({
    type: 'start_collections',
    reason: i.reason,
  })),
  /** Takes a lease out of collections, back to active. */
  leaveCollections: transition(leaseActivateInput, 'Take a lease out of collections', () => ({
    type: 'leave_collections',
  })),
  /** One lease with its status history; NOT_FOUND for another org's. */
  byId: orgProcedure
    .meta({ ...read, summary: 'Get a lease' })
    .input(leaseIdInput)
    .output(leaseDetailSchema)
    .query(async ({ ctx, input }) => ({
      ...(await findLease(ctx.scope, input.leaseId)),
      history: await listAudit(ctx.scope, 'lease', input.leaseId),
    })),
  /** Leases filtered by status, building and tenant, newest start first. */
  list: orgProcedure
    .meta({ ...read, summary: 'List leases' })
    .input(leaseListInput)
    .output(leaseListOutput)
    .query(({ ctx, input }) => listLeases(ctx.scope, input)),
});

/** Occupancy, derived from signed leases on a date (never stored as a flag). */
export const occupancyRouter = router({
  /** Which units are occupied on `date`, per building and for the portfolio; NOT_FOUND for another org's building. */
  asOf: orgProcedure
    .meta({ ...read, summary: 'Occupancy on a date' })
    .input(occupancyInput)
    .output(occupancyOutput)
    .query(async ({ ctx, input }) => {
      if (input.buildingId) await assertBuilding(ctx.scope, input.buildingId);
      const units = await listUnits(ctx.scope, input.buildingId);
      const buildings = await listBuildings(ctx.scope);
      const leases = await signedLeasesOfUnits(
        ctx.scope,
        input.buildingId ? units.map((u) => u.id) : null,
      );
      const occupied = new Map(occupancyAsOf(units, leases, input.date).map((o) => [o.unitId, o]));
      const unitRows = units.map((u) => ({
        unitId: u.id,
        buildingId: u.buildingId,
        name: u.name,
        occupied: occupied.get(u.id)?.occupied ?? false,
        leaseId: occupied.get(u.id)?.leaseId ?? null,
      }));
      const rate = (n: number, of: number) => (of === 0 ? 0 : n / of);
      const perBuilding = buildings
        .filter((b) => !input.buildingId || b.id === input.buildingId)
        .map((b) => {
          const mine = unitRows.filter((u) => u.buildingId === b.id);
          const taken = mine.filter((u) => u.occupied).length;
          return {
            buildingId: b.id,
            name: b.name,
            units: mine.length,
            occupied: taken,
            rate: rate(taken, mine.length),
          };
        });
      const taken = unitRows.filter((u) => u.occupied).length;
      return {
        date: input.date,
        buildings: perBuilding,
        units: unitRows,
        portfolio: { units: unitRows.length, occupied: taken, rate: rate(taken, unitRows.length) },
      };
    }),
});
