import { describe, expect, it } from 'vitest';
import { listingFilters, listingListInput } from './listing-query.schema';

describe('given an empty listing query', () => {
  it('asks for the first page of 50, most recently modified first, unfiltered', () => {
    expect(listingListInput.parse({})).toEqual({
      filters: {},
      sort: { field: 'modificationTimestamp', direction: 'desc' },
      pageSize: 50,
      page: 1,
    });
  });

  it('sorts ascending when a field is given without a direction', () => {
    expect(listingListInput.parse({ sort: { field: 'listPrice' } }).sort).toEqual({
      field: 'listPrice',
      direction: 'asc',
    });
  });
});

describe('given a range filter', () => {
  it('accepts min equal to max and open-ended ranges', () => {
    expect(listingFilters.parse({ listPrice: { min: 100, max: 100 } })).toEqual({
      listPrice: { min: 100, max: 100 },
    });
    expect(listingFilters.parse({ yearBuilt: { min: 1990 } })).toEqual({
      yearBuilt: { min: 1990 },
    });
  });

  it('refuses min above max, pointing at min', () => {
    const result = listingListInput.safeParse({
      filters: { listPrice: { min: 50_000_000, max: 40_000_000 } },
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['filters', 'listPrice', 'min'],
        message: 'min must not exceed max',
      }),
    ]);
  });

  it('refuses min above max for living area and year built too', () => {
    const result = listingFilters.safeParse({
      livingArea: { min: 3_000, max: 1_000 },
      yearBuilt: { min: 2020, max: 1990 },
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ['livingArea', 'min'],
      ['yearBuilt', 'min'],
    ]);
  });

  it('refuses a price range in fractional cents', () => {
    const result = listingFilters.safeParse({ listPrice: { min: 10.5 } });
    expect(result.error?.issues[0]?.path).toEqual(['listPrice', 'min']);
  });
});

describe('given filters the API does not know', () => {
  it('refuses an unknown filter key instead of ignoring it', () => {
    const result = listingListInput.safeParse({ filters: { bedrooms: 3 } });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['bedrooms'], path: ['filters'] }),
    ]);
  });

  it('refuses an unknown top-level key', () => {
    expect(listingListInput.safeParse({ limit: 10 }).success).toBe(false);
  });

  it('refuses an unknown status', () => {
    const result = listingFilters.safeParse({ standardStatus: ['Active', 'Sold'] });
    expect(result.error?.issues[0]?.path).toEqual(['standardStatus', 1]);
  });
});

describe('given a page size', () => {
  it('accepts up to 500 rows a page', () => {
    expect(listingListInput.parse({ pageSize: 500 }).pageSize).toBe(500);
  });

  it('refuses more than 500 rows a page, at pageSize', () => {
    const result = listingListInput.safeParse({ pageSize: 501 });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['pageSize'], code: 'too_big' }),
    ]);
  });

  it('refuses a page size or page number below 1', () => {
    expect(listingListInput.safeParse({ pageSize: 0 }).success).toBe(false);
    expect(listingListInput.safeParse({ page: 0 }).success).toBe(false);
  });
});

describe('given a geographic filter', () => {
  it('refuses a box whose south edge is north of its north edge', () => {
    const result = listingFilters.safeParse({
      bbox: { south: 48, west: -123, north: 47, east: -122 },
    });
    expect(result.error?.issues[0]?.path).toEqual(['bbox', 'south']);
  });

  it('refuses a radius that is not positive', () => {
    const result = listingFilters.safeParse({
      near: { latitude: 47.6, longitude: -122.3, radiusKm: 0 },
    });
    expect(result.error?.issues[0]?.path).toEqual(['near', 'radiusKm']);
  });
});
