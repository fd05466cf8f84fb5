/**
 * Ten `properties.list` inputs a property grid really sends over the King County data: the
 * first page, price/bed/bath/area/year ranges, postal codes, free text, radius and map box
 * searches, a deep offset page and a keyset (cursor) page, each with the sort a user would pick.
 * Prices are US cents (minor units), areas square feet, distances kilometres.
 */
import type { ListingListInput } from '@estatekit/domain';

/** A named `properties.list` input. */
export interface ListQuery {
  name: string;
  input: ListingListInput;
}

/** The query the throughput benchmark hammers: a price-range filter sorted by price. */
export const REPRESENTATIVE_QUERY = 'price $300k–$600k, price ↑';

/**
 * The ten queries. The cursor query needs a cursor issued by the API for this data, so it is
 * built with `firstPage`, which returns a page's `nextCursor` for an input.
 */
export async function listQueries(
  firstPage: (input: ListingListInput) => Promise<{ nextCursor: string | null }>,
): Promise<ListQuery[]> {
  const byCloseDate = { field: 'closeDate', direction: 'desc' } as const;
  const { nextCursor } = await firstPage({ sort: byCloseDate });
  if (!nextCursor) throw new Error('no second page to benchmark the cursor query with');
  return [
    { name: 'first page (default sort)', input: {} },
    {
      name: REPRESENTATIVE_QUERY,
      input: {
        filters: { listPrice: { min: 30_000_000, max: 60_000_000 } },
        sort: { field: 'listPrice', direction: 'asc' },
      },
    },
    {
      name: '≥3 beds, ≥2 baths, price ↓',
      input: {
        filters: { bedroomsMin: 3, bathroomsMin: 2 },
        sort: { field: 'listPrice', direction: 'desc' },
      },
    },
    {
      name: '3 postal codes, close date ↓',
      input: { filters: { postalCode: ['98103', '98115', '98117'] }, sort: byCloseDate },
    },
    {
      name: "text '9805', living area ↓",
      input: { filters: { text: '9805' }, sort: { field: 'livingArea', direction: 'desc' } },
    },
    {
      name: '5 km around downtown Seattle, price ↑',
      input: {
        filters: { near: { latitude: 47.6062, longitude: -122.3321, radiusKm: 5 } },
        sort: { field: 'listPrice', direction: 'asc' },
      },
    },
    {
      name: 'map box (Bellevue), year built ↓',
      input: {
        filters: { bbox: { south: 47.57, west: -122.22, north: 47.64, east: -122.1 } },
        sort: { field: 'yearBuilt', direction: 'desc' },
      },
    },
    {
      name: 'built 2000–2015, ≥2,500 sq ft, area ↓',
      input: {
        filters: { yearBuilt: { min: 2000, max: 2015 }, livingArea: { min: 2500 } },
        sort: { field: 'livingArea', direction: 'desc' },
      },
    },
    {
      name: 'status + type, page 20 of 100, price ↑',
      input: {
        filters: { standardStatus: ['Closed'], propertyType: ['Residential'] },
        sort: { field: 'listPrice', direction: 'asc' },
        pageSize: 100,
        page: 20,
      },
    },
    { name: 'cursor page 2, close date ↓', input: { sort: byCloseDate, cursor: nextCursor } },
  ];
}
