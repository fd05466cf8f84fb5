import { describe, expect, it } from 'vitest';
import { kcProfile } from './kc.profile';

/** Line 3 of kc_house_data.csv, as csv-parse hands it over. */
const sale = {
  id: '6414100192',
  date: '20141209T000000',
  year: '2014',
  month: '12',
  month_year: '12/2014',
  price: '538000',
  bedrooms: '3',
  bathrooms: '2.25',
  sqft_living: '2570',
  sqft_lot: '7242',
  floors: '2',
  waterfront: '0',
  view: '0',
  condition: '3',
  grade: '7',
  sqft_above: '2170',
  sqft_basement: '400',
  yr_built: '1951',
  yr_renovated: '1991',
  zipcode: '98125',
  lat: '47.721',
  long: '-122.319',
  sqft_living15: '1690',
  sqft_lot15: '7639',
};

describe('given a King County sale record', () => {
  it('maps it to a closed residential listing with every RESO field', () => {
    expect(kcProfile.mapRecord(sale, 3)).toEqual({
      line: 3,
      listing: {
        listingKey: '6414100192',
        listingId: '6414100192',
        standardStatus: 'Closed',
        propertyType: 'Residential',
        currency: 'USD',
        listPrice: 53_800_000,
        closePrice: 53_800_000,
        closeDate: '2014-12-09',
        bedroomsTotal: 3,
        bathroomsTotalDecimal: 2.25,
        bathroomsTotalInteger: 3,
        livingArea: 2570,
        lotSizeSquareFeet: 7242,
        stories: 2,
        waterfrontYN: false,
        yearBuilt: 1951,
        yearBuiltEffective: 1991,
        aboveGradeFinishedArea: 2170,
        belowGradeFinishedArea: 400,
        postalCode: '98125',
        latitude: 47.721,
        longitude: -122.319,
        city: null,
        stateOrProvince: 'WA',
        unparsedAddress: null,
        publicRemarks: null,
      },
    });
  });

  it('keeps the parcel number as text, exactly as written', () => {
    const row = kcProfile.mapRecord({ ...sale, id: '795000620' }, 2);
    expect('listing' in row && row.listing.listingKey).toBe('795000620');
  });

  it('reads a scientific-notation price exactly and a never-renovated house as null', () => {
    const row = kcProfile.mapRecord({ ...sale, price: '1.19E+06', yr_renovated: '0' }, 2);
    expect(row).toMatchObject({
      listing: { closePrice: 119_000_000, listPrice: 119_000_000, yearBuiltEffective: null },
    });
  });

  it('counts every bathroom, full or partial, as one (rounds quarter steps up)', () => {
    const count = (bathrooms: string) => {
      const row = kcProfile.mapRecord({ ...sale, bathrooms }, 2);
      return 'listing' in row && row.listing.propertyType === 'Residential'
        ? row.listing.bathroomsTotalInteger
        : undefined;
    };
    expect([count('0'), count('0.5'), count('1'), count('1.75'), count('2.5')]).toEqual([
      0, 1, 1, 2, 3,
    ]);
  });
});

describe('given a King County record with bad cells', () => {
  it('reports a bad price once, against column price', () => {
    expect(kcProfile.mapRecord({ ...sale, price: 'call us' }, 7)).toEqual({
      errors: [{ line: 7, column: 'price', value: 'call us', reason: 'not a decimal amount' }],
    });
  });

  it('reports every bad cell of the row against its own column, in column order', () => {
    const result = kcProfile.mapRecord(
      { ...sale, date: '20141399T000000', bathrooms: '2.3', waterfront: 'Y', lat: '95' },
      9,
    );
    expect(result).toEqual({
      errors: [
        {
          line: 9,
          column: 'date',
          value: '20141399T000000',
          reason: 'not a real calendar date (there is no month 13)',
        },
        {
          line: 9,
          column: 'bathrooms',
          value: '2.3',
          reason: 'invalid number: must be a multiple of 0.25',
        },
        { line: 9, column: 'waterfront', value: 'Y', reason: 'not a county 0/1 code' },
        { line: 9, column: 'lat', value: '95', reason: 'too big: expected number to be <=90' },
      ],
    });
  });

  it('reports an empty required cell as required', () => {
    expect(kcProfile.mapRecord({ ...sale, sqft_living: ' ' }, 4)).toEqual({
      errors: [
        { line: 4, column: 'sqft_living', value: ' ', reason: 'required, but the cell is empty' },
      ],
    });
  });
});
