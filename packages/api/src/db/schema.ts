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
  pgTable,
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

/** Instance-wide settings that belong to no org (the embed-token signing secret). No org_id. */
export const instanceSecrets = pgTable('instance_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});
