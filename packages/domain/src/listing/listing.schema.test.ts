import { describe, expect, it } from 'vitest';
import { listingAttributes, listingCreateInput } from './listing.schema';

const house = {
  listingId: 'NWM2214571',
  propertyType: 'Residential',
  listPrice: 89_500_000,
  bedroomsTotal: 3,
  bathroomsTotalInteger: 2,
  livingArea: 1_850,
};
const lot = { listingId: 'NWM2214572', propertyType: 'Land', lotSizeSquareFeet: 43_560 };
const shop = { listingId: 'NWM2214573', propertyType: 'CommercialSale', buildingAreaTotal: 12_000 };

/** The paths of the issues zod reports for `input`, or `[]` when it is valid. */
function issuePaths(input: unknown): PropertyKey[][] {
  const result = listingCreateInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path);
}

describe('given a Residential listing', () => {
  it('is accepted with bedrooms, bathrooms and living area, and gets defaults', () => {
    const listing = listingCreateInput.parse(house);
    expect(listing).toMatchObject({
      ...house,
      standardStatus: 'Active',
      currency: 'USD',
      closePrice: null,
      latitude: null,
      stories: null,
    });
  });

  it.each(['bedroomsTotal', 'bathroomsTotalInteger', 'livingArea'])(
    'is refused without %s, at that path',
    (field) => {
      const { [field as keyof typeof house]: _dropped, ...rest } = house;
      expect(issuePaths(rest)).toEqual([[field]]);
    },
  );

  it('is refused with a fractional bedroom count', () => {
    expect(issuePaths({ ...house, bedroomsTotal: 2.5 })).toEqual([['bedroomsTotal']]);
  });

  it('accepts the same attributes for a lease and a manufactured home', () => {
    expect(issuePaths({ ...house, propertyType: 'ResidentialLease' })).toEqual([]);
    expect(issuePaths({ ...house, propertyType: 'ManufacturedInPark' })).toEqual([]);
  });

  it('refuses commercial attributes', () => {
    const result = listingCreateInput.safeParse({ ...house, buildingAreaTotal: 2_000 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['buildingAreaTotal'] }),
    ]);
  });
});

describe('given a Land listing', () => {
  it('is accepted with a lot size', () => {
    expect(listingCreateInput.parse(lot)).toMatchObject({ ...lot, zoning: null, currentUse: null });
  });

  it('is refused without a lot size, at lotSizeSquareFeet', () => {
    expect(issuePaths({ ...lot, lotSizeSquareFeet: undefined })).toEqual([['lotSizeSquareFeet']]);
    expect(issuePaths({ ...lot, lotSizeSquareFeet: null })).toEqual([['lotSizeSquareFeet']]);
  });

  it('is refused with bedrooms rather than silently dropping them', () => {
    const result = listingCreateInput.safeParse({ ...lot, bedroomsTotal: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['bedroomsTotal'] }),
    ]);
  });

  it('is refused with bedrooms by the attribute schema on its own', () => {
    const result = listingAttributes.safeParse({
      propertyType: 'Land',
      lotSizeSquareFeet: 43_560,
      bedroomsTotal: 3,
    });
    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['bedroomsTotal'],
    });
  });

  it('covers Farm the same way', () => {
    expect(issuePaths({ ...lot, propertyType: 'Farm' })).toEqual([]);
  });
});

describe('given a Commercial listing', () => {
  it('is accepted with a building area', () => {
    expect(listingCreateInput.parse(shop)).toMatchObject({ ...shop, numberOfUnitsTotal: null });
  });

  it('is refused without a building area, at buildingAreaTotal', () => {
    expect(issuePaths({ listingId: 'C1', propertyType: 'CommercialLease' })).toEqual([
      ['buildingAreaTotal'],
    ]);
  });
});

describe('given fields every listing has', () => {
  it('refuses an unknown property type at propertyType', () => {
    expect(issuePaths({ ...house, propertyType: 'Castle' })).toEqual([['propertyType']]);
  });

  it('refuses a currency that is not an ISO 4217 code, with a message saying so', () => {
    const result = listingCreateInput.safeParse({ ...house, currency: 'usd' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['currency'],
        message: 'must be an ISO 4217 code such as USD',
      }),
    ]);
  });

  it('refuses a price in fractional cents or below zero, at listPrice', () => {
    expect(issuePaths({ ...house, listPrice: 895_000.5 })).toEqual([['listPrice']]);
    expect(issuePaths({ ...house, listPrice: -1 })).toEqual([['listPrice']]);
  });

  it('refuses coordinates outside the globe, at latitude and longitude', () => {
    expect(issuePaths({ ...house, latitude: 90.5, longitude: -122.3 })).toEqual([['latitude']]);
    expect(issuePaths({ ...house, latitude: 47.6, longitude: 181 })).toEqual([['longitude']]);
  });

  it('refuses a close date that is not an ISO calendar date', () => {
    expect(issuePaths({ ...house, closeDate: '03/14/2025' })).toEqual([['closeDate']]);
    expect(issuePaths({ ...house, closeDate: '2025-03-14' })).toEqual([]);
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    const result = listingCreateInput.safeParse({ ...house, listPirce: 1 });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['listPirce'] }),
    ]);
  });

  it('reports every bad field at once', () => {
    const paths = issuePaths({ ...house, currency: 'dollars', listPrice: -5, latitude: -91 });
    expect(paths).toEqual(expect.arrayContaining([['currency'], ['listPrice'], ['latitude']]));
    expect(paths).toHaveLength(3);
  });
});
