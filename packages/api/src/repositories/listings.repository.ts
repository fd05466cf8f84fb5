import {
  DomainError,
  DomainErrorCode,
  type Listing,
  type ListingCreate,
  type ListingListQuery,
  type ListingListResult,
} from '@estatekit/domain';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { listings } from '../db/schema';
import { listingColumns, notNullSortFields, sortColumns, toListing } from './listing-columns';
import { afterCursor, decodeCursor, encodeCursor } from './listing-cursor';
import { listingWhere } from './listing-filters.sql';
import type { OrgScope } from './org-scope';

/**
 * One page of the org's listings matching `query.filters`, sorted by `query.sort` (NULLs last,
 * ties by listing key), with the filtered total. Keyset pagination when `query.cursor` is set,
 * else offset pagination by `query.page`. Throws `DomainError` VALIDATION_FAILED for a cursor
 * issued for another sort.
 */
export async function listListings(
  scope: OrgScope,
  query: ListingListQuery,
): Promise<ListingListResult> {
  const where = listingWhere(scope.org.id, query.filters);
  const column = sortColumns[query.sort.field];
  const dir = query.sort.direction === 'asc' ? asc : desc;
  const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, query.sort);
  const pageWhere = cursor ? and(where, afterCursor(column, cursor))! : where;
  const nulls = notNullSortFields.has(query.sort.field) ? sql`` : sql` nulls last`;
  const ordered = sql`${column} ${sql.raw(query.sort.direction)}${nulls}`;
  const [rows, totals] = await Promise.all([
    scope.tx
      .select(listingColumns)
      .from(listings)
      .where(pageWhere)
      .orderBy(ordered, dir(listings.listingKey))
      .limit(query.pageSize + 1)
      .offset(cursor ? 0 : (query.page - 1) * query.pageSize),
    scope.tx.select({ total: count() }).from(listings).where(where),
  ]);
  const items = rows.slice(0, query.pageSize).map(toListing);
  const last = rows.length > query.pageSize ? rows[query.pageSize - 1] : undefined;
  return {
    items,
    total: totals[0]?.total ?? 0,
    page: cursor ? null : query.page,
    pageSize: query.pageSize,
    nextCursor: last
      ? encodeCursor({
          f: query.sort.field,
          d: query.sort.direction,
          v: (last[query.sort.field] as string | number | null) ?? null,
          k: last.listingKey,
        })
      : null,
  };
}

/** The org's listing with this key, or null (another org's listing is indistinguishable from none). */
export async function findListing(
  scope: OrgScope,
  listingKey: string,
  options: { forUpdate?: boolean } = {},
): Promise<Listing | null> {
  const query = scope.tx
    .select(listingColumns)
    .from(listings)
    .where(and(eq(listings.orgId, scope.org.id), eq(listings.listingKey, listingKey)));
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ? toListing(rows[0]) : null;
}

/** Column values for a validated listing (everything but key, org and timestamps). */
export function listingValues(listing: ListingCreate) {
  const get = <K extends string>(key: K) =>
    ((listing as Record<string, unknown>)[key] ?? null) as never;
  return {
    listingId: listing.listingId,
    standardStatus: listing.standardStatus,
    propertyType: listing.propertyType,
    currency: listing.currency,
    listPrice: listing.listPrice,
    closePrice: listing.closePrice,
    closeDate: listing.closeDate,
    bedroomsTotal: get('bedroomsTotal'),
    bathroomsTotalInteger: get('bathroomsTotalInteger'),
    bathroomsTotalDecimal: get('bathroomsTotalDecimal'),
    livingArea: get('livingArea'),
    lotSizeSquareFeet: listing.lotSizeSquareFeet,
    buildingAreaTotal: get('buildingAreaTotal'),
    stories: get('stories'),
    waterfrontYN: get('waterfrontYN'),
    yearBuilt: listing.yearBuilt,
    yearBuiltEffective: get('yearBuiltEffective'),
    aboveGradeFinishedArea: get('aboveGradeFinishedArea'),
    belowGradeFinishedArea: get('belowGradeFinishedArea'),
    zoning: get('zoning'),
    numberOfUnitsTotal: get('numberOfUnitsTotal'),
    currentUse: get('currentUse'),
    latitude: listing.latitude,
    longitude: listing.longitude,
    unparsedAddress: listing.unparsedAddress,
    city: listing.city,
    stateOrProvince: listing.stateOrProvince,
    postalCode: listing.postalCode,
    publicRemarks: listing.publicRemarks,
  };
}

/**
 * Inserts a listing. Throws `DomainError` CONFLICT when the org already has `listingKey`.
 * `at` is the ISO instant recorded as its ModificationTimestamp.
 */
export async function insertListing(
  scope: OrgScope,
  listingKey: string,
  listing: ListingCreate,
  at: string,
): Promise<Listing> {
  const rows = await scope.tx
    .insert(listings)
    .values({
      orgId: scope.org.id,
      listingKey,
      ...listingValues(listing),
      modificationTimestamp: at,
    })
    .onConflictDoNothing()
    .returning(listingColumns);
  if (!rows[0]) {
    throw new DomainError(
      DomainErrorCode.Conflict,
      `A listing with key ${listingKey} already exists.`,
      {
        context: { listingKey },
        suggestion: 'Use properties.update to change it, or choose another ListingKey.',
      },
    );
  }
  return toListing(rows[0]);
}

/** Replaces a listing's attributes (status included) and stamps `at` as its modification time. */
export async function updateListing(
  scope: OrgScope,
  listingKey: string,
  listing: ListingCreate,
  at: string,
): Promise<Listing> {
  const rows = await scope.tx
    .update(listings)
    .set({ ...listingValues(listing), modificationTimestamp: at })
    .where(and(eq(listings.orgId, scope.org.id), eq(listings.listingKey, listingKey)))
    .returning(listingColumns);
  return toListing(rows[0]!);
}

/** Sets a listing's StandardStatus (already validated by the domain workflow) and stamps `at`. */
export async function updateListingStatus(
  scope: OrgScope,
  listingKey: string,
  standardStatus: Listing['standardStatus'],
  at: string,
): Promise<Listing> {
  const rows = await scope.tx
    .update(listings)
    .set({ standardStatus, modificationTimestamp: at })
    .where(and(eq(listings.orgId, scope.org.id), eq(listings.listingKey, listingKey)))
    .returning(listingColumns);
  return toListing(rows[0]!);
}
