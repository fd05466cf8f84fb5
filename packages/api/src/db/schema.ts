/**
 * The database schema (Drizzle). Every business table carries `org_id`; row-level security for
 * them is declared in the hand-written migration `0001_tenancy_rls.sql`, because drizzle-kit
 * cannot express `FORCE ROW LEVEL SECURITY`, the app role or the lookup policies.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Origins (scheme://host[:port]) whose pages may use the org's publishable keys and embeds. */
  allowedOrigins: text('allowed_origins').array().notNull().default(sql`'{}'::text[]`),
  defaultCurrency: text('default_currency').notNull().default('USD'),
  timeZone: text('time_zone').notNull().default('UTC'),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_org_email_key').on(t.orgId, t.email)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** First characters of the key (`ek_sk_a1b2…`) so people can tell keys apart. */
    keyPrefix: text('key_prefix').notNull(),
    /** SHA-256 of the whole key, hex. The key itself is shown once and never stored. */
    keyHash: text('key_hash').notNull().unique(),
    role: text('role').notNull(),
    /** The staff user the key acts as (agents own leads by user id); null for service keys. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_org_idx').on(t.orgId)],
);

export const listings = pgTable(
  'listings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    listingKey: text('listing_key').notNull(),
    listingId: text('listing_id').notNull(),
    standardStatus: text('standard_status').notNull(),
    propertyType: text('property_type').notNull(),
    currency: text('currency').notNull(),
    listPrice: bigint('list_price', { mode: 'number' }),
    closePrice: bigint('close_price', { mode: 'number' }),
    closeDate: date('close_date', { mode: 'string' }),
    bedroomsTotal: integer('bedrooms_total'),
    bathroomsTotalInteger: integer('bathrooms_total_integer'),
    bathroomsTotalDecimal: doublePrecision('bathrooms_total_decimal'),
    livingArea: doublePrecision('living_area'),
    lotSizeSquareFeet: doublePrecision('lot_size_square_feet'),
    buildingAreaTotal: doublePrecision('building_area_total'),
    stories: doublePrecision('stories'),
    waterfrontYN: boolean('waterfront_yn'),
    yearBuilt: integer('year_built'),
    yearBuiltEffective: integer('year_built_effective'),
    aboveGradeFinishedArea: doublePrecision('above_grade_finished_area'),
    belowGradeFinishedArea: doublePrecision('below_grade_finished_area'),
    zoning: text('zoning'),
    numberOfUnitsTotal: integer('number_of_units_total'),
    currentUse: text('current_use'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    unparsedAddress: text('unparsed_address'),
    city: text('city'),
    stateOrProvince: text('state_or_province'),
    postalCode: text('postal_code'),
    publicRemarks: text('public_remarks'),
    /** Lower-cased id, address, city and postal code, for `text` search (trigram index). */
    searchText: text('search_text').generatedAlwaysAs(
      sql`lower(coalesce(listing_id, '') || ' ' || coalesce(unparsed_address, '') || ' ' || coalesce(city, '') || ' ' || coalesce(postal_code, ''))`,
    ),
    modificationTimestamp: timestamp('modification_timestamp', {
      withTimezone: true,
      mode: 'string',
    })
      .notNull()
      .defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('listings_org_key_key').on(t.orgId, t.listingKey),
    index('listings_org_list_price_idx').on(t.orgId, t.listPrice, t.listingKey),
    index('listings_org_close_date_idx').on(t.orgId, t.closeDate, t.listingKey),
    index('listings_org_modified_idx').on(t.orgId, t.modificationTimestamp, t.listingKey),
    index('listings_org_living_area_idx').on(t.orgId, t.livingArea, t.listingKey),
    index('listings_org_year_built_idx').on(t.orgId, t.yearBuilt, t.listingKey),
    index('listings_org_bedrooms_idx').on(t.orgId, t.bedroomsTotal, t.listingKey),
    index('listings_org_postal_code_idx').on(t.orgId, t.postalCode, t.listingKey),
    index('listings_org_status_type_idx').on(t.orgId, t.standardStatus, t.propertyType),
    index('listings_location_gist').using('gist', sql`point(${t.longitude}, ${t.latitude})`),
    index('listings_search_text_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: entries written in the same instant still read back in order. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    entityType: text('entity_type').notNull(),
    entityKey: text('entity_key').notNull(),
    action: text('action').notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('audit_entries_entity_idx').on(t.orgId, t.entityType, t.entityKey, t.seq)],
);

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

/**
 * Sales pipelines (pipelines as data): stages with guards and entry tasks live in
 * `pipeline_stages`; the allowed transitions, a small list, in `transitions`.
 */
export const pipelines = pgTable(
  'pipelines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    /** `{ from, to, reasonRequired }[]` (see `TransitionDefinition`). */
    transitions: jsonb('transitions').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pipelines_org_key_key').on(t.orgId, t.key)],
);

export const pipelineStages = pgTable(
  'pipeline_stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    pipelineId: uuid('pipeline_id')
      .notNull()
      .references(() => pipelines.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    terminal: boolean('terminal').notNull(),
    /** `GuardSpec[]`. */
    guards: jsonb('guards').notNull(),
    /** `TaskTemplate[]`. */
    entryTasks: jsonb('entry_tasks').notNull(),
  },
  (t) => [uniqueIndex('pipeline_stages_pipeline_key_key').on(t.pipelineId, t.key)],
);

/** Routing settings of a staff user who takes leads. */
export const agents = pgTable('agents', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  orgId: orgId(),
  active: boolean('active').notNull().default(true),
  capacityWeight: real('capacity_weight').notNull().default(1),
  maxActiveLeads: integer('max_active_leads'),
  /** `WorkingHours` or null (always available). */
  workingHours: jsonb('working_hours'),
  awayFrom: instant('away_from'),
  awayUntil: instant('away_until'),
  /** Round-robin tie-break: least recently assigned goes first. */
  lastAssignedAt: instant('last_assigned_at'),
});

export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    pipelineId: uuid('pipeline_id')
      .notNull()
      .references(() => pipelines.id),
    stageKey: text('stage_key').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    source: text('source').notNull(),
    currency: text('currency').notNull(),
    budgetMin: bigint('budget_min', { mode: 'number' }),
    budgetMax: bigint('budget_max', { mode: 'number' }),
    wantedPostalCodes: text('wanted_postal_codes').array().notNull().default(sql`'{}'::text[]`),
    wantedAreas: text('wanted_areas').array().notNull().default(sql`'{}'::text[]`),
    linkedListingKeys: text('linked_listing_keys').array().notNull().default(sql`'{}'::text[]`),
    agreedAmount: bigint('agreed_amount', { mode: 'number' }),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    offeredTo: uuid('offered_to').array().notNull().default(sql`'{}'::uuid[]`),
    offerRuleId: uuid('offer_rule_id'),
    offerExpiresAt: instant('offer_expires_at'),
    version: integer('version').notNull().default(0),
    heat: integer('heat').notNull().default(0),
    stageEnteredAt: instant('stage_entered_at').notNull(),
    lastActivityAt: instant('last_activity_at'),
    assignedAt: instant('assigned_at'),
    firstResponseAt: instant('first_response_at'),
    closedAt: instant('closed_at'),
    lostReason: text('lost_reason'),
    searchText: text('search_text').generatedAlwaysAs(
      sql`lower(full_name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))`,
    ),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('leads_board_idx').on(t.orgId, t.pipelineId, t.heat, t.id),
    index('leads_assignee_idx').on(t.orgId, t.assigneeId, t.stageKey),
    uniqueIndex('leads_org_email_key').on(t.orgId, t.email).where(sql`email is not null`),
    uniqueIndex('leads_org_phone_key').on(t.orgId, t.phone).where(sql`phone is not null`),
    index('leads_offer_expiry_idx').on(t.offerExpiresAt).where(sql`offer_expires_at is not null`),
    index('leads_search_text_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const leadActivities = pgTable(
  'lead_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    orgId: orgId(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    direction: text('direction').notNull(),
    channel: text('channel'),
    deliveryStatus: text('delivery_status'),
    body: text('body'),
    listingKey: text('listing_key'),
    scheduledAt: instant('scheduled_at'),
    amount: bigint('amount', { mode: 'number' }),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    occurredAt: instant('occurred_at').notNull(),
  },
  (t) => [index('lead_activities_lead_idx').on(t.orgId, t.leadId, t.occurredAt)],
);

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    title: text('title').notNull(),
    dueAt: instant('due_at').notNull(),
    status: text('status').notNull().default('open'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** The stage whose entry created the task (null for tasks made by hand). */
    stageKey: text('stage_key'),
    /**
     * The lead version whose move created it: (lead, version, type, title) is unique, so a
     * move's entry tasks are created at most once however often it is retried or raced.
     */
    leadVersion: integer('lead_version'),
    completedAt: instant('completed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('tasks_lead_idx').on(t.orgId, t.leadId, t.dueAt),
    index('tasks_assignee_idx').on(t.orgId, t.assigneeId, t.status, t.dueAt),
    index('tasks_open_due_idx').on(t.dueAt).where(sql`status = 'open'`),
    uniqueIndex('tasks_entry_once_key')
      .on(t.leadId, t.leadVersion, t.type, t.title)
      .where(sql`lead_version is not null`),
  ],
);

export const leadAssignments = pgTable(
  'lead_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    orgId: orgId(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    agentId: uuid('agent_id').references(() => users.id, { onDelete: 'set null' }),
    previousAgentId: uuid('previous_agent_id'),
    method: text('method').notNull(),
    ruleId: uuid('rule_id'),
    /** The routing trace (`RoutingTrace`) for automatic assignments. */
    trace: jsonb('trace'),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    at: instant('at').notNull(),
  },
  (t) => [
    index('lead_assignments_lead_idx').on(t.orgId, t.leadId, t.seq),
    index('lead_assignments_agent_idx').on(t.orgId, t.agentId, t.at),
  ],
);

export const routingRules = pgTable(
  'routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    /** `RoutingRule['match']`. */
    match: jsonb('match').notNull(),
    agentIds: uuid('agent_ids').array().notNull(),
    mode: text('mode').notNull(),
    claimTimeoutSeconds: integer('claim_timeout_seconds').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('routing_rules_org_idx').on(t.orgId, t.position)],
);

/**
 * Answers already given to an idempotency key (per org and procedure): the same key with the
 * same input gets the first answer again; with a different input, CONFLICT.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    orgId: orgId(),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    response: jsonb('response').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('idempotency_keys_pkey').on(t.orgId, t.scope, t.key)],
);

/** Instance-wide settings that belong to no org (the embed-token signing secret). No org_id. */
export const instanceSecrets = pgTable('instance_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

export {
  allocations,
  buildings,
  chargeLines,
  charges,
  depositMovements,
  leases,
  leaseTenants,
  leaseUnits,
  ledgerPolicies,
  paymentAttachments,
  paymentDecisions,
  paymentPlans,
  payments,
  receiptCounters,
  receipts,
  reversals,
  tenants,
  units,
} from './ledger-schema';
