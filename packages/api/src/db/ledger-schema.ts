/**
 * Leasing and rent-ledger tables. Money columns are `bigint` minor units with the lease's ISO 4217
 * currency beside them; day columns are `date` (the org's local day). Charges, payments,
 * allocations, reversals, payment decisions, receipts, attachments and deposit movements are
 * append-only: migration `0008_ledger_rls.sql` grants the app role only SELECT and INSERT on them
 * and a trigger refuses UPDATE and DELETE for everyone.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './schema';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const day = (name: string) => date(name, { mode: 'string' });
const minor = (name: string) => bigint(name, { mode: 'number' });
const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });
const seq = () => bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity();
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** A building (or single-family property) whose units are let. */
export const buildings = pgTable(
  'buildings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text('name').notNull(),
    address: text('address'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('buildings_org_name_key').on(t.orgId, sql`lower(${t.name})`)],
);

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => buildings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('units_building_name_key').on(t.buildingId, sql`lower(${t.name})`)],
);

export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    /** E.164. */
    phone: text('phone'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('tenants_org_name_idx').on(t.orgId, t.name)],
);

export const leases = pgTable(
  'leases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => buildings.id),
    status: text('status').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
    noticeDate: day('notice_date'),
    endedOn: day('ended_on'),
    terminatedOn: day('terminated_on'),
    terminationReason: text('termination_reason'),
    currency: text('currency').notNull(),
    depositMinor: minor('deposit_minor').notNull().default(0),
    version: integer('version').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('leases_org_status_idx').on(t.orgId, t.status),
    index('leases_building_idx').on(t.orgId, t.buildingId),
  ],
);

export const leaseUnits = pgTable(
  'lease_units',
  {
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    primaryKey({ columns: [t.leaseId, t.unitId] }),
    index('lease_units_unit_idx').on(t.unitId),
  ],
);

export const leaseTenants = pgTable(
  'lease_tenants',
  {
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id, { onDelete: 'cascade' }),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.leaseId, t.tenantId] }),
    index('lease_tenants_tenant_idx').on(t.tenantId),
  ],
);

/** Recurring charge lines of a lease (`ChargeLine`). */
export const chargeLines = pgTable(
  'charge_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    type: text('type').notNull(),
    description: text('description'),
    amountMinor: minor('amount_minor').notNull(),
    frequency: text('frequency').notNull(),
    dueDay: integer('due_day').notNull(),
    firstPeriod: day('first_period'),
    lastPeriod: day('last_period'),
  },
  (t) => [index('charge_lines_lease_idx').on(t.leaseId, t.position)],
);

/**
 * What a lease owes. A scheduled charge is unique per (line, period), a late fee per (charge it
 * is for, rule, day): generation may run any number of times, from any number of processes.
 */
export const charges = pgTable(
  'charges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: seq(),
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    lineId: uuid('line_id').references(() => chargeLines.id),
    type: text('type').notNull(),
    description: text('description'),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    dueDate: day('due_date').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    currency: text('currency').notNull(),
    sourceChargeId: uuid('source_charge_id'),
    feeRule: integer('fee_rule'),
    feeDate: day('fee_date'),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('charges_lease_idx').on(t.leaseId, t.dueDate, t.seq),
    index('charges_org_due_idx').on(t.orgId, t.dueDate),
    uniqueIndex('charges_line_period_key')
      .on(t.lineId, t.periodStart)
      .where(sql`line_id is not null`),
    uniqueIndex('charges_fee_once_key')
      .on(t.sourceChargeId, t.feeRule, t.feeDate)
      .where(sql`source_charge_id is not null`),
  ],
);

/**
 * Money received (`kind` payment) and non-cash credits (waivers, deposit applications).
 * `initial_status` is `confirmed` or `pending_verification`; a later decision lives in
 * `payment_decisions` (nothing here is ever updated).
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: seq(),
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    tenantId: uuid('tenant_id').references(() => tenants.id),
    kind: text('kind').notNull(),
    method: text('method'),
    amountMinor: minor('amount_minor').notNull(),
    currency: text('currency').notNull(),
    reference: text('reference'),
    receivedOn: day('received_on').notNull(),
    initialStatus: text('initial_status').notNull(),
    note: text('note'),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('payments_lease_idx').on(t.leaseId, t.receivedOn, t.seq)],
);

/** A manager's decision on a payment that was `pending_verification`: confirmed or rejected. */
export const paymentDecisions = pgTable('payment_decisions', {
  paymentId: uuid('payment_id')
    .primaryKey()
    .references(() => payments.id),
  orgId: orgId(),
  decision: text('decision').notNull(),
  reason: text('reason'),
  decidedBy: text('decided_by').notNull(),
  decidedAt: instant('decided_at').notNull().defaultNow(),
});

/** Uploaded proof of an offline payment (image or PDF, size and type checked). */
export const paymentAttachments = pgTable(
  'payment_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    data: bytea('data').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('payment_attachments_payment_idx').on(t.paymentId)],
);

/** Receipt numbers: per org, from 1, without gaps (taken from `receipt_counters` in the same transaction). */
export const receipts = pgTable(
  'receipts',
  {
    paymentId: uuid('payment_id')
      .primaryKey()
      .references(() => payments.id),
    orgId: orgId(),
    number: integer('number').notNull(),
    issuedAt: instant('issued_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('receipts_org_number_key').on(t.orgId, t.number)],
);

/** The last receipt number issued per org; the row lock serialises issuing. */
export const receiptCounters = pgTable('receipt_counters', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  lastNumber: integer('last_number').notNull(),
});

/** A part of a payment (or credit) applied to a charge, with the reason the engine gave. */
export const allocations = pgTable(
  'allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: seq(),
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    chargeId: uuid('charge_id')
      .notNull()
      .references(() => charges.id),
    amountMinor: minor('amount_minor').notNull(),
    reason: text('reason').notNull(),
    effectiveOn: day('effective_on').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('allocations_lease_idx').on(t.leaseId, t.seq),
    index('allocations_charge_idx').on(t.chargeId),
    index('allocations_payment_idx').on(t.paymentId),
  ],
);

/** Cancels one charge, payment or allocation; an entry is reversed at most once. */
export const reversals = pgTable(
  'reversals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: seq(),
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    entryKind: text('entry_kind').notNull(),
    entryId: uuid('entry_id').notNull(),
    reason: text('reason').notNull(),
    effectiveOn: day('effective_on').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reversals_entry_key').on(t.entryId),
    index('reversals_lease_idx').on(t.leaseId, t.seq),
  ],
);

/** Security-deposit movements at move-out: itemised deductions and the refund of the rest. */
export const depositMovements = pgTable(
  'deposit_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: seq(),
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    kind: text('kind').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    description: text('description').notNull(),
    chargeId: uuid('charge_id').references(() => charges.id),
    effectiveOn: day('effective_on').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('deposit_movements_lease_idx').on(t.leaseId, t.seq)],
);

/**
 * Allocation, acceptance and late-fee policies set at org, building or lease level
 * (`target_id` is the org's, building's or lease's id).
 */
export const ledgerPolicies = pgTable(
  'ledger_policies',
  {
    orgId: orgId(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    targetId: uuid('target_id').notNull(),
    policy: jsonb('policy').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.kind, t.level, t.targetId] })],
);

/** A tenant's request for instalments or an extension, and its approval and outcome. */
export const paymentPlans = pgTable(
  'payment_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    status: text('status').notNull(),
    /** `{ dueDate, amountMinor }[]`. */
    instalments: jsonb('instalments').notNull(),
    note: text('note'),
    requestedBy: text('requested_by').notNull(),
    decidedBy: text('decided_by'),
    decisionReason: text('decision_reason'),
    approvedOn: day('approved_on'),
    endedOn: day('ended_on'),
    version: integer('version').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('payment_plans_lease_idx').on(t.leaseId, t.status)],
);
