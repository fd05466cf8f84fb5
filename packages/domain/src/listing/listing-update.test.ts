import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { propertyTypes } from './listing.codes';
import type { Listing } from './listing.schema';
import {
  applyListingUpdate,
  type ListingUpdateChanges,
  listingUpdateChanges,
  type ValidationIssue,
} from './listing-update';

/** A listing row as the API returns it: every column, null where its type has no such field. */
const house: Listing = {
  listingKey: 'L-1001',
  listingId: 'NWM2214571',
  standardStatus: 'Pending',
  propertyType: 'Residential',
  currency: 'EUR',
  listPrice: 89_500_000,
  closePrice: null,
  closeDate: null,
  bedroomsTotal: 3,
  bathroomsTotalInteger: 2,
  bathroomsTotalDecimal: 1.75,
  livingArea: 1_850,
  lotSizeSquareFeet: 6_000,
  buildingAreaTotal: null,
  stories: 2,
  waterfrontYN: false,
  yearBuilt: 1964,
  yearBuiltEffective: null,
  aboveGradeFinishedArea: null,
  belowGradeFinishedArea: null,
  zoning: null,
  numberOfUnitsTotal: null,
  currentUse: null,
  latitude: 47.6062,
  longitude: -122.3321,
  unparsedAddress: '1400 Pine St',
  city: 'Seattle',
  stateOrProvince: 'WA',
  postalCode: '98101',
  publicRemarks: null,
  modificationTimestamp: '2025-03-01T10:00:00.000Z',
};

/** Runs the update and returns the DomainError it threw, failing the test if it did not. */
function refusal(current: Listing, changes: ListingUpdateChanges): DomainError {
  try {
    applyListingUpdate(current, changes);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the update to be refused');
}

const issuesOf = (error: DomainError) => error.context.issues as ValidationIssue[];

describe('given a price change to a house', () => {
  const updated = applyListingUpdate(house, { listPrice: 87_500_000 });

  it('changes the price', () => {
    expect(updated.listPrice).toBe(87_500_000);
  });

  it('keeps every other field, including status, key and currency', () => {
    expect(updated).toMatchObject({
      listingKey: 'L-1001',
      listingId: 'NWM2214571',
      standardStatus: 'Pending',
      currency: 'EUR',
      bedroomsTotal: 3,
      bathroomsTotalDecimal: 1.75,
      city: 'Seattle',
      lotSizeSquareFeet: 6_000,
    });
  });

  it('returns only the fields a Residential listing has', () => {
    expect(updated).not.toHaveProperty('buildingAreaTotal');
    expect(updated).not.toHaveProperty('modificationTimestamp');
  });

  it('leaves the current listing unchanged', () => {
    expect(house.listPrice).toBe(89_500_000);
  });
});

describe('given changes that clear or trim fields', () => {
  it('clears a nullable field set to null', () => {
    expect(applyListingUpdate(house, { stories: null, latitude: null })).toMatchObject({
      stories: null,
      latitude: null,
    });
  });

  it('trims text as a create does', () => {
    expect(applyListingUpdate(house, { city: '  Bellevue ' }).city).toBe('Bellevue');
  });
});

describe('given an attempt to change the status', () => {
  it('refuses it and points to transitionStatus', () => {
    // @ts-expect-error -- the type forbids it too; this is what an untyped caller may send.
    const error = refusal(house, { standardStatus: 'Closed', listPrice: 1 });
    expect(error.code).toBe(DomainErrorCode.ValidationFailed);
    expect(error.message).toContain('transitionStatus');
    expect(error.suggestion).toContain('transitionStatus');
    expect(issuesOf(error)).toEqual([
      { path: ['standardStatus'], message: expect.stringContaining('transitionStatus') },
    ]);
  });

  it('offers the same message to an API that validates input with the schema alone', () => {
    const result = listingUpdateChanges.safeParse({ standardStatus: 'Active' });
    expect(result.error?.issues[0]?.message).toContain('transitionStatus');
  });
});

describe('given changes that make the listing invalid', () => {
  it('refuses a negative price with the path of the field', () => {
    const error = refusal(house, { listPrice: -100 });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(issuesOf(error)).toEqual([{ path: ['listPrice'], message: expect.any(String) }]);
  });

  it('refuses removing the bedroom count of a house', () => {
    const error = refusal(house, { bedroomsTotal: null });
    expect(issuesOf(error).map((issue) => issue.path)).toEqual([['bedroomsTotal']]);
  });

  it('refuses commercial attributes on a house', () => {
    const error = refusal(house, { buildingAreaTotal: 2_000 });
    expect(issuesOf(error)).toEqual([
      {
        path: ['buildingAreaTotal'],
        message: 'buildingAreaTotal does not apply to a Residential listing',
      },
    ]);
  });

  it('refuses fields that cannot be edited, one issue per field', () => {
    const error = refusal(house, {
      listingKey: 'L-2',
      modificationTimestamp: '2025-01-01T00:00:00Z',
    } as ListingUpdateChanges);
    expect(issuesOf(error)).toEqual([
      { path: ['listingKey'], message: 'listingKey is not an editable listing field' },
      {
        path: ['modificationTimestamp'],
        message: 'modificationTimestamp is not an editable listing field',
      },
    ]);
    expect(error.message).toContain('(and 1 more)');
  });

  it('does not put create-time defaults into the update', () => {
    // A partial schema that kept `.default('USD')` would reset the EUR listing to USD.
    expect(listingUpdateChanges.parse({})).toEqual({});
  });
});

describe('given a change of property type', () => {
  it('turns a house into land when the lot size is known, dropping home attributes', () => {
    const land = applyListingUpdate(house, { propertyType: 'Land', currentUse: 'orchard' });
    expect(land).toMatchObject({
      propertyType: 'Land',
      lotSizeSquareFeet: 6_000,
      currentUse: 'orchard',
    });
    expect(land).not.toHaveProperty('bedroomsTotal');
    expect(land).not.toHaveProperty('livingArea');
  });

  it('accepts nulls for the attributes the new type does not have', () => {
    const land = applyListingUpdate(house, {
      propertyType: 'Farm',
      bedroomsTotal: null,
      livingArea: null,
    });
    expect(land.propertyType).toBe('Farm');
  });

  it('refuses land that still carries bedrooms', () => {
    const error = refusal(house, { propertyType: 'Land', bedroomsTotal: 3 });
    expect(issuesOf(error)).toEqual([
      { path: ['bedroomsTotal'], message: 'bedroomsTotal does not apply to a Land listing' },
    ]);
  });

  it('refuses a commercial type without its building area and says what is needed', () => {
    const error = refusal(house, { propertyType: 'CommercialSale' });
    expect(issuesOf(error).map((issue) => issue.path)).toEqual([['buildingAreaTotal']]);
    expect(error.suggestion).toBe('A CommercialSale listing needs: buildingAreaTotal.');
  });

  it('does not blame the new type for an unrelated bad field', () => {
    const error = refusal(house, { propertyType: 'Land', listPrice: -1 });
    expect(issuesOf(error).map((issue) => issue.path)).toEqual([['listPrice']]);
    expect(error.suggestion).toBeUndefined();
  });

  it('accepts a commercial type with its building area', () => {
    const shop = applyListingUpdate(house, {
      propertyType: 'CommercialSale',
      buildingAreaTotal: 12_000,
      zoning: 'NC3-75',
    });
    expect(shop).toMatchObject({ propertyType: 'CommercialSale', buildingAreaTotal: 12_000 });
    expect(shop).not.toHaveProperty('bathroomsTotalInteger');
  });

  it('keeps home attributes when moving within the residential family', () => {
    const lease = applyListingUpdate(house, { propertyType: 'ResidentialLease' });
    expect(lease).toMatchObject({ propertyType: 'ResidentialLease', bedroomsTotal: 3 });
  });

  it('refuses an unknown property type', () => {
    // @ts-expect-error -- not a RESO PropertyType.
    const error = refusal(house, { propertyType: 'Castle' });
    expect(issuesOf(error).map((issue) => issue.path)).toEqual([['propertyType']]);
  });
});

describe('given any mix of changes, valid or not (property-based)', () => {
  const changes = fc.record(
    {
      listPrice: fc.oneof(fc.integer({ min: 0, max: 10 ** 13 }), fc.constantFrom(-1, 1.5, null)),
      currency: fc.constantFrom('USD', 'JPY', 'eur'),
      city: fc.oneof(fc.string({ maxLength: 120 }), fc.constant(null)),
      propertyType: fc.constantFrom(...propertyTypes),
      bedroomsTotal: fc.oneof(fc.integer({ min: -1, max: 101 }), fc.constant(null)),
      lotSizeSquareFeet: fc.oneof(fc.integer({ min: 0, max: 10 ** 6 }), fc.constant(null)),
      buildingAreaTotal: fc.oneof(fc.integer({ min: 0, max: 10 ** 6 }), fc.constant(null)),
    },
    { requiredKeys: [] },
  );

  it('either refuses with VALIDATION_FAILED and issues, or returns a valid listing', () => {
    fc.assert(
      fc.property(changes, (patch) => {
        let updated: ReturnType<typeof applyListingUpdate>;
        try {
          updated = applyListingUpdate(house, patch);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('VALIDATION_FAILED');
          expect(issuesOf(error as DomainError).length).toBeGreaterThan(0);
          return;
        }
        expect(updated.standardStatus).toBe(house.standardStatus);
        expect(updated.listingKey).toBe(house.listingKey);
        expect(updated.propertyType).toBe(patch.propertyType ?? house.propertyType);
        if (patch.listPrice !== undefined) expect(updated.listPrice).toBe(patch.listPrice);
      }),
    );
  });
});
