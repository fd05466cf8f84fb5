import type { Listing } from '@estatekit/domain';

/** A complete Residential listing (RESO fields) with sensible defaults; override what matters. */
export function makeListing(overrides: Partial<Listing> = {}): Listing {
  const id = overrides.listingId ?? 'MLS-1001';
  return {
    listingKey: `key-${id}`,
    listingId: id,
    standardStatus: 'Active',
    propertyType: 'Residential',
    currency: 'USD',
    listPrice: 770_000_000,
    closePrice: null,
    closeDate: null,
    bedroomsTotal: 4,
    bathroomsTotalInteger: 3,
    bathroomsTotalDecimal: 2.75,
    livingArea: 3250,
    lotSizeSquareFeet: 8712,
    buildingAreaTotal: null,
    stories: 2,
    waterfrontYN: false,
    yearBuilt: 1998,
    yearBuiltEffective: null,
    aboveGradeFinishedArea: null,
    belowGradeFinishedArea: null,
    zoning: null,
    numberOfUnitsTotal: null,
    currentUse: null,
    latitude: 37.77,
    longitude: -122.42,
    unparsedAddress: '12 Harbour Way',
    city: 'Springfield',
    stateOrProvince: 'CA',
    postalCode: '94016',
    publicRemarks: null,
    modificationTimestamp: '2025-01-15T10:00:00.000Z',
    ...overrides,
  };
}

/** A page of `count` listings, ids MLS-1001, MLS-1002, … */
export function makeListings(count: number, start = 1001): Listing[] {
  return Array.from({ length: count }, (_, i) =>
    makeListing({ listingId: `MLS-${start + i}`, listPrice: (500_000 + i * 1000) * 100 }),
  );
}
