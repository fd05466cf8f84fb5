/**
 * Inputs and outputs of the leasing routers (`buildings.*`, `units.*`, `tenants.*`, `leases.*`,
 * `occupancy.*`). Days are ISO dates (`YYYY-MM-DD`, the org's local day); money is integer minor
 * units of the lease's ISO 4217 currency.
 */
import {
  auditEntrySchema,
  chargeFrequencies,
  chargeLineSchema,
  chargeLineTypes,
  isoDateSchema,
  leaseStatuses,
} from '@estatekit/domain';
import { z } from 'zod';

const id = z.uuid();
const name = z.string().trim().min(1).max(200);
const minor = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');

export const buildingCreateInput = z.strictObject({
  name,
  address: z.string().trim().max(500).nullable().optional(),
});
export const buildingSchema = z.object({
  id,
  name: z.string(),
  address: z.string().nullable(),
  unitCount: z.int(),
  createdAt: z.string(),
});

/** `units.bulkCreate`: `Unit 1…N` (prefix and first number optional) or an explicit list. */
export const unitsBulkCreateInput = z.union([
  z.strictObject({
    buildingId: id,
    count: z.int().min(1).max(1000),
    prefix: z.string().trim().min(1).max(40).optional(),
    start: z.int().min(0).max(100_000).optional(),
  }),
  z.strictObject({ buildingId: id, names: z.array(z.string().max(80)).min(1).max(1000) }),
]);
export const unitSchema = z.object({ id, buildingId: id, name: z.string(), position: z.int() });

const tenantShape = {
  kind: z.enum(['person', 'company']).default('person'),
  name,
  email: z.string().trim().max(254).nullable().optional(),
  /** Any common spelling; stored in E.164. Without `+`, read in the org currency's country. */
  phone: z.string().trim().max(40).nullable().optional(),
};
export const tenantCreateInput = z.strictObject(tenantShape);
export const tenantUpdateInput = z.strictObject({
  tenantId: id,
  changes: z.strictObject({
    kind: tenantShape.kind.optional(),
    name: name.optional(),
    email: tenantShape.email,
    phone: tenantShape.phone,
  }),
});
export const tenantListInput = z.strictObject({
  search: z.string().trim().max(100).optional(),
  limit: z.int().min(1).max(500).default(100),
  offset: z.int().min(0).default(0),
});
export const tenantSchema = z.object({
  id,
  kind: z.enum(['person', 'company']),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

/** A recurring charge line as `leases.create` takes it (see `chargeLineSchema`). */
export const chargeLineInput = chargeLineSchema;
export const chargeLineDto = z.object({
  id,
  type: z.enum(chargeLineTypes),
  description: z.string().nullable(),
  amountMinor: z.int(),
  frequency: z.enum(chargeFrequencies),
  dueDay: z.int(),
  firstPeriod: z.string().nullable(),
  lastPeriod: z.string().nullable(),
});

export const leaseCreateInput = z
  .strictObject({
    buildingId: id,
    unitIds: z.array(id).min(1).max(50),
    tenantIds: z.array(id).min(1).max(20),
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullable().default(null),
    /** Defaults to the org's currency. */
    currency: currency.optional(),
    depositMinor: minor.default(0),
    lines: z.array(chargeLineInput).max(20).default([]),
  })
  .refine((l) => l.endDate === null || l.endDate >= l.startDate, {
    path: ['endDate'],
    message: 'must be on or after the start date',
  });

const leaseRef = { leaseId: id, version: z.int().min(0).optional() };
export const leaseIdInput = z.strictObject({ leaseId: id });
export const leaseActivateInput = z.strictObject(leaseRef);
export const leaseGiveNoticeInput = z.strictObject({
  ...leaseRef,
  noticeDate: isoDateSchema,
  endDate: isoDateSchema,
});
export const leaseEndInput = z.strictObject({ ...leaseRef, endedOn: isoDateSchema });
export const leaseTerminateInput = z.strictObject({
  ...leaseRef,
  terminatedOn: isoDateSchema,
  reason: z.string().trim().min(1).max(500),
});
export const leaseCollectionsInput = z.strictObject({
  ...leaseRef,
  reason: z.string().trim().min(1).max(500),
});

export const leaseListInput = z.strictObject({
  status: z.array(z.enum(leaseStatuses)).optional(),
  buildingId: id.optional(),
  tenantId: id.optional(),
  limit: z.int().min(1).max(500).default(100),
  offset: z.int().min(0).default(0),
});

export const leaseSchema = z.object({
  id,
  buildingId: id,
  buildingName: z.string(),
  status: z.enum(leaseStatuses),
  startDate: z.string(),
  endDate: z.string().nullable(),
  noticeDate: z.string().nullable(),
  endedOn: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  currency: z.string(),
  depositMinor: z.int(),
  version: z.int(),
  units: z.array(z.object({ id, name: z.string() })),
  tenants: z.array(z.object({ id, name: z.string() })),
  lines: z.array(chargeLineDto),
});
export const leaseDetailSchema = leaseSchema.extend({ history: z.array(auditEntrySchema) });
export const leaseListOutput = z.object({ items: z.array(leaseSchema), total: z.int() });

export const occupancyInput = z.strictObject({ date: isoDateSchema, buildingId: id.optional() });
export const occupancyOutput = z.object({
  date: z.string(),
  buildings: z.array(
    z.object({
      buildingId: id,
      name: z.string(),
      units: z.int(),
      occupied: z.int(),
      /** occupied ÷ units, 0–1 (0 for a building without units). */
      rate: z.number(),
    }),
  ),
  units: z.array(
    z.object({
      unitId: id,
      buildingId: id,
      name: z.string(),
      occupied: z.boolean(),
      leaseId: id.nullable(),
    }),
  ),
  portfolio: z.object({ units: z.int(), occupied: z.int(), rate: z.number() }),
});
