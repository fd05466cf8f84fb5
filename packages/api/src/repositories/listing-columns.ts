import type { Listing, ListingSortField } from '@estatekit/domain';
import { listings } from '../db/schema';

/** Columns returned for a listing: exactly the `Listing` DTO (raw rows never leave this file). */
export const listingColumns = {
  listingKey: listings.listingKey,
  listingId: listings.listingId,
  standardStatus: listings.standardStatus,
  propertyType: listings.propertyType,
  currency: listings.currency,
  listPrice: listings.listPrice,
  closePrice: listings.closePrice,
  closeDate: listings.closeDate,
  bedroomsTotal: listings.bedroomsTotal,
  bathroomsTotalInteger: listings.bathroomsTotalInteger,
  bathroomsTotalDecimal: listings.bathroomsTotalDecimal,
  livingArea: listings.livingArea,
  lotSizeSquareFeet: listings.lotSizeSquareFeet,
  buildingAreaTotal: listings.buildingAreaTotal,
  stories: listings.stories,
  waterfrontYN: listings.waterfrontYN,
  yearBuilt: listings.yearBuilt,
  yearBuiltEffective: listings.yearBuiltEffective,
  aboveGradeFinishedArea: listings.aboveGradeFinishedArea,
  belowGradeFinishedArea: listings.belowGradeFinishedArea,
  zoning: listings.zoning,
  numberOfUnitsTotal: listings.numberOfUnitsTotal,
  currentUse: listings.currentUse,
  latitude: listings.latitude,
  longitude: listings.longitude,
  unparsedAddress: listings.unparsedAddress,
  city: listings.city,
  stateOrProvince: listings.stateOrProvince,
  postalCode: listings.postalCode,
  publicRemarks: listings.publicRemarks,
  modificationTimestamp: listings.modificationTimestamp,
};

export type ListingRow = { [K in keyof typeof listingColumns]: unknown };

/** A selected row as the `Listing` DTO: ModificationTimestamp normalized to ISO 8601 (UTC). */
export function toListing(row: ListingRow): Listing {
  return {
    ...(row as unknown as Listing),
    modificationTimestamp: new Date(row.modificationTimestamp as string).toISOString(),
  };
}

export const sortColumns: Record<
  ListingSortField,
  (typeof listingColumns)[keyof typeof listingColumns]
> = {
  listPrice: listings.listPrice,
  closePrice: listings.closePrice,
  closeDate: listings.closeDate,
  bedroomsTotal: listings.bedroomsTotal,
  bathroomsTotalInteger: listings.bathroomsTotalInteger,
  livingArea: listings.livingArea,
  lotSizeSquareFeet: listings.lotSizeSquareFeet,
  yearBuilt: listings.yearBuilt,
  standardStatus: listings.standardStatus,
  propertyType: listings.propertyType,
  postalCode: listings.postalCode,
  city: listings.city,
  unparsedAddress: listings.unparsedAddress,
  listingId: listings.listingId,
  modificationTimestamp: listings.modificationTimestamp,
};

/**
 * Sort columns that are NOT NULL. Their ORDER BY omits `NULLS LAST`, which lets PostgreSQL
 * read the (org_id, column, listing_key) index backwards for descending sorts instead of
 * sorting every matching row (the default sort, newest first, is one of them).
 */
export const notNullSortFields: ReadonlySet<ListingSortField> = new Set([
  'modificationTimestamp',
  'listingId',
  'standardStatus',
  'propertyType',
]);
