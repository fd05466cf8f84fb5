import { describe, expect, it } from 'vitest';
import {
  buildListInput,
  filtersToColumnFilters,
  pageCount,
  sortingToSort,
  sortToSorting,
} from './property-grid-query.utils';

describe('given the grid state', () => {
  it('builds the properties.list input with a 1-based page and normalised filters', () => {
    expect(
      buildListInput({
        filters: { bedroomsMin: 2, standardStatus: [] },
        sort: { field: 'listPrice', direction: 'desc' },
        page: 3,
        pageSize: 100,
      }),
    ).toEqual({
      filters: { bedroomsMin: 2 },
      sort: { field: 'listPrice', direction: 'desc' },
      page: 3,
      pageSize: 100,
    });
  });

  it('leaves the sort to the API when none is chosen and clamps the page size to 500', () => {
    const input = buildListInput({ filters: {}, sort: null, page: 0, pageSize: 5000 });
    expect(input).toEqual({ filters: {}, page: 1, pageSize: 500 });
  });
});

describe('given TanStack sorting state', () => {
  it('maps to and from the API sort', () => {
    expect(sortToSorting({ field: 'yearBuilt', direction: 'asc' })).toEqual([
      { id: 'yearBuilt', desc: false },
    ]);
    expect(sortingToSort([{ id: 'city', desc: true }])).toEqual({
      field: 'city',
      direction: 'desc',
    });
    expect(sortingToSort([])).toBeNull();
  });
});

describe('given filters', () => {
  it('marks the columns they apply to', () => {
    expect(filtersToColumnFilters({ bedroomsMin: 3, text: 'x' })).toEqual([
      { id: 'bedroomsTotal', value: 3 },
    ]);
  });
});

describe('given a total', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(21_436, 50)).toBe(429);
    expect(pageCount(0, 50)).toBe(1);
  });
});
