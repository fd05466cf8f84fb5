import { listingCreateInput, propertyTypes } from '@estatekit/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenByPropertyType, validateListing } from './validate-listing';

/** What a caller can tell apart: accepted or not, the listing, and every issue. */
const outcome = (result: ReturnType<typeof validateListing>) => ({
  success: result.success,
  data: result.data,
  issues: result.error?.issues,
});

const house = {
  listingKey: '6414100192',
  listingId: '6414100192',
  standardStatus: 'Closed',
  propertyType: 'Residential',
  currency: 'USD',
  closePrice: 53_800_000,
  closeDate: '2014-12-09',
  bedroomsTotal: 3,
  bathroomsTotalInteger: 3,
  bathroomsTotalDecimal: 2.25,
  livingArea: 2570,
  lotSizeSquareFeet: 7242,
  waterfrontYN: false,
};

/** Per field: values the domain accepts, values it refuses, and absence (`undefined`). */
const candidates: Record<string, unknown[]> = {
  listingKey: ['K-1', '  padded  ', '', 'x'.repeat(65), 7, undefined],
  listingId: ['ID-1', ' ', 'y'.repeat(64), null, undefined],
  standardStatus: ['Active', 'Closed', 'closed', undefined],
  currency: ['USD', 'usd', 'EURO', undefined],
  listPrice: [0, 22_190_000, 10_000_000_000_001, -1, 1.5, '100', null, undefined],
  closePrice: [53_800_000, -5, null, undefined],
  closeDate: ['2014-12-09', '2015-02-29', '20141209', null, undefined],
  yearBuilt: [1955, 1599, 2200.5, null, undefined],
  lotSizeSquareFeet: [7242, 0, -1, 100_000_001, null, undefined],
  latitude: [47.721, 90.5, null, undefined],
  longitude: [-122.319, -181, undefined],
  unparsedAddress: ['12 Elm St', ' x ', 'z'.repeat(256), null, undefined],
  city: ['Seattle', null, undefined],
  stateOrProvince: ['WA', null, undefined],
  postalCode: ['98178', '1'.repeat(21), undefined],
  publicRemarks: ['Nice', undefined],
  bedroomsTotal: [3, 0, 101, 2.5, null, undefined],
  bathroomsTotalInteger: [2, -1, undefined],
  bathroomsTotalDecimal: [2.25, 2.3, null, undefined],
  livingArea: [1180, -3, undefined],
  stories: [1.5, 1.25, null, undefined],
  waterfrontYN: [true, false, 'true', null, undefined],
  yearBuiltEffective: [1991, null, undefined],
  aboveGradeFinishedArea: [1180, undefined],
  belowGradeFinishedArea: [0, null, undefined],
  buildingAreaTotal: [20_000, -1, null, undefined],
  zoning: ['C-1', ' ', 'q'.repeat(51), null, undefined],
  numberOfUnitsTotal: [12, 100_001, null, undefined],
  currentUse: ['Orchard', null, undefined],
  listPirce: [100, undefined],
};

/** A draft: each field absent, or present with one of its candidates. */
const draft = fc
  .record(
    {
      propertyType: fc.constantFrom<unknown>(...propertyTypes, 'Castle', undefined),
      ...Object.fromEntries(
        Object.entries(candidates).map(([field, values]) => [field, fc.constantFrom(...values)]),
      ),
    },
    { requiredKeys: [] },
  )
  .map((fields) => fields as Record<string, unknown>);

describe('flattenByPropertyType', () => {
  it('gives the domain schema one flat schema per property type', () => {
    expect([...(flattenByPropertyType(listingCreateInput)?.keys() ?? [])].sort()).toEqual(
      [...propertyTypes].sort(),
    );
  });

  it('declines a schema with a refinement of its own, which a flat copy would drop', () => {
    const refined = listingCreateInput.refine((listing) => listing.listingId !== 'X');
    expect(flattenByPropertyType(refined)).toBeNull();
    expect(flattenByPropertyType(listingCreateInput.def.left)).toBeNull();
  });
});

describe('validateListing', () => {
  it('answers exactly what listingCreateInput.safeParse answers, for any draft', () => {
    fc.assert(
      fc.property(draft, (d) => {
        expect(outcome(validateListing(d))).toEqual(outcome(listingCreateInput.safeParse(d)));
      }),
      { numRuns: 3_000 },
    );
  });

  it('answers the same for drafts of every property type that are valid but for a field or two', () => {
    const valid = [
      house,
      {
        listingId: 'S-1',
        propertyType: 'CommercialLease',
        buildingAreaTotal: 20_000,
        zoning: 'C-1',
      },
      { listingId: 'L-1', propertyType: 'Farm', lotSizeSquareFeet: 435_600, currentUse: 'Orchard' },
    ];
    const near = fc
      .tuple(
        fc.constantFrom(...valid),
        fc.record(
          Object.fromEntries(
            Object.entries(candidates).map(([field, values]) => [
              field,
              fc.constantFrom(...values),
            ]),
          ),
          { requiredKeys: [] },
        ),
      )
      .chain(([base, changes]) =>
        fc.subarray(Object.keys(changes), { maxLength: 2 }).map((keys) => ({
          ...base,
          ...Object.fromEntries(keys.map((key) => [key, changes[key]])),
        })),
      );
    let accepted = 0;
    fc.assert(
      fc.property(near, (d) => {
        const expected = listingCreateInput.safeParse(d);
        if (expected.success) accepted++;
        expect(outcome(validateListing(d))).toEqual(outcome(expected));
      }),
      { numRuns: 3_000 },
    );
    // Both answers occur often, so the property says something about each.
    expect(accepted).toBeGreaterThan(600);
    expect(accepted).toBeLessThan(2_400);
  });

  it('accepts a King County sale with the domain defaults filled in', () => {
    expect(validateListing(house)).toEqual(listingCreateInput.safeParse(house));
    expect(validateListing(house)).toMatchObject({
      success: true,
      data: { ...house, listPrice: null, stories: null, city: null },
    });
  });

  it('refuses a Land listing without a lot size, like the domain', () => {
    const land = { listingId: 'L-1', propertyType: 'Land', lotSizeSquareFeet: null };
    const result = validateListing(land);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual(listingCreateInput.safeParse(land).error?.issues);
  });

  it('refuses bedrooms on a commercial listing as an unrecognized key, like the domain', () => {
    const shop = {
      listingId: 'S-1',
      propertyType: 'CommercialSale',
      buildingAreaTotal: 2_000,
      bedroomsTotal: 3,
    };
    expect(validateListing(shop).error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['bedroomsTotal'] }),
    ]);
    expect(outcome(validateListing(shop))).toEqual(outcome(listingCreateInput.safeParse(shop)));
  });
});
