import {
  distanceKm,
  type Listing,
  type ListingFilters,
  type ListingListQuery,
  type ListingListResult,
} from '@estatekit/domain';

const inRange = (value: number | null, range: { min?: number; max?: number } | undefined) =>
  range === undefined ||
  (value !== null &&
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max));

const atLeast = (value: number | null, min: number | undefined) =>
  min === undefined || (value !== null && value >= min);

/** What `text` matches, as the API's generated search column: id, address, city, postal code. */
const searchText = (l: Listing) =>
  [l.listingId, l.unparsedAddress, l.city, l.postalCode].filter(Boolean).join(' ').toLowerCase();

function inBox(l: Listing, box: NonNullable<ListingFilters['bbox']>): boolean {
  if (l.latitude === null || l.longitude === null) return false;
  if (l.latitude < box.south || l.latitude > box.north) return false;
  return box.west <= box.east
    ? l.longitude >= box.west && l.longitude <= box.east
    : l.longitude >= box.west || l.longitude <= box.east;
}

/**
 * Whether a listing matches every filter of `properties.list` (ANDed, ranges inclusive), the
 * way the API's SQL does: a null value never matches a range or a minimum; `city` is compared
 * case-insensitively; `text` is a case-insensitive substring of id, address, city and postal
 * code; `near.radiusKm` is great-circle distance in km.
 */
export function matchesFilters(l: Listing, f: ListingFilters): boolean {
  return (
    inRange(l.listPrice, f.listPrice) &&
    atLeast(l.bedroomsTotal, f.bedroomsMin) &&
    atLeast(l.bathroomsTotalInteger, f.bathroomsMin) &&
    inRange(l.livingArea, f.livingArea) &&
    inRange(l.yearBuilt, f.yearBuilt) &&
    (!f.standardStatus?.length || f.standardStatus.includes(l.standardStatus)) &&
    (!f.propertyType?.length || f.propertyType.includes(l.propertyType)) &&
    (!f.postalCode?.length || (l.postalCode !== null && f.postalCode.includes(l.postalCode))) &&
    (f.city === undefined || l.city?.toLowerCase() === f.city.toLowerCase()) &&
    (f.text === undefined || searchText(l).includes(f.text.toLowerCase())) &&
    (f.bbox === undefined || inBox(l, f.bbox)) &&
    (f.near === undefined ||
      (l.latitude !== null &&
        l.longitude !== null &&
        distanceKm({ latitude: l.latitude, longitude: l.longitude }, f.near) <= f.near.radiusKm))
  );
}

/**
 * Orders listings like the API: by the sort field in its direction with nulls last whatever the
 * direction, ties broken by `listingKey` in the same direction. Returns a new array.
 */
export function sortListings(listings: readonly Listing[], sort: ListingListQuery['sort']) {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...listings].sort((a, b) => {
    const x = a[sort.field];
    const y = b[sort.field];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const byField = compare(x, y);
      if (byField !== 0) return sign * byField;
    }
    return sign * compare(a.listingKey, b.listingKey);
  });
}

/**
 * One `properties.list` page over an in-memory array: filter, sort, then the 1-based `page` of
 * `pageSize` rows, with the filtered total. Cursor pagination is not simulated: `nextCursor`
 * is always `null` (the grid pages by number).
 * @param query a parsed `listingListInput` (defaults applied).
 */
export function searchListings(
  listings: readonly Listing[],
  query: ListingListQuery,
): ListingListResult {
  const matching = sortListings(
    listings.filter((l) => matchesFilters(l, query.filters)),
    query.sort,
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    nextCursor: null,
  };
}
