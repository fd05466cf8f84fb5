/**
 * `properties.list` against an independent reading of the King County file: for each filter and
 * sort, the total and the ordered first page must be exactly what the reference computes.
 * Runs on PGlite and on PostgreSQL.
 */
import type { ListingListInput } from '@estatekit/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  haversineKm,
  type KcReference,
  type KcSale,
  type ReferenceSortField,
  readKcReference,
  sortSales,
} from '../../testing/kc-reference';
import { driverKinds, openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { callerFor, importKc, seedOrg } from '../../testing/test-org';

const reference: KcReference = readKcReference();

/** One search a user could run, and what it means over the reference rows. */
interface Case {
  readonly name: string;
  readonly filters: NonNullable<ListingListInput['filters']>;
  readonly keep: (sale: KcSale) => boolean;
  readonly sort: { field: ReferenceSortField; direction: 'asc' | 'desc' };
  readonly pageSize: number;
}

const downtown = { latitude: 47.6062, longitude: -122.3321 };
const box = { south: 47.59, west: -122.35, north: 47.62, east: -122.31 };

const cases: Case[] = [
  {
    name: 'a price range of 500,000–600,000 USD in cents, cheapest first',
    filters: { listPrice: { min: 50_000_000, max: 60_000_000 } },
    keep: (s) => s.priceCents >= 50_000_000 && s.priceCents <= 60_000_000,
    sort: { field: 'listPrice', direction: 'asc' },
    pageSize: 100,
  },
  {
    name: 'at least 6 bedrooms, most bedrooms first',
    filters: { bedroomsMin: 6 },
    keep: (s) => s.bedrooms >= 6,
    sort: { field: 'bedroomsTotal', direction: 'desc' },
    pageSize: 200,
  },
  {
    name: 'at least 5 bathrooms (4.25 counts as 5), largest first',
    filters: { bathroomsMin: 5 },
    keep: (s) => s.bathrooms >= 5,
    sort: { field: 'livingArea', direction: 'desc' },
    pageSize: 200,
  },
  {
    name: 'a living area of 3,000–3,100 sq ft (both ends included), oldest first',
    filters: { livingArea: { min: 3000, max: 3100 } },
    keep: (s) => s.livingArea >= 3000 && s.livingArea <= 3100,
    sort: { field: 'yearBuilt', direction: 'asc' },
    pageSize: 150,
  },
  {
    name: 'built 2014–2015, earliest sale first',
    filters: { yearBuilt: { min: 2014, max: 2015 } },
    keep: (s) => s.yearBuilt >= 2014 && s.yearBuilt <= 2015,
    sort: { field: 'closeDate', direction: 'asc' },
    pageSize: 100,
  },
  {
    name: 'postal codes 98039 and 98004, dearest first',
    filters: { postalCode: ['98039', '98004'] },
    keep: (s) => s.postalCode === '98039' || s.postalCode === '98004',
    sort: { field: 'listPrice', direction: 'desc' },
    pageSize: 200,
  },
  {
    name: 'text "0098" (a substring of listing ids and of no postal code), newest build first',
    filters: { text: '0098' },
    keep: (s) => s.key.includes('0098') || s.postalCode.includes('0098'),
    sort: { field: 'yearBuilt', direction: 'desc' },
    pageSize: 100,
  },
  {
    name: 'text "9803" (postal codes 98030–98039 and some ids), cheapest first',
    filters: { text: '9803' },
    keep: (s) => s.key.includes('9803') || s.postalCode.includes('9803'),
    sort: { field: 'listPrice', direction: 'asc' },
    pageSize: 50,
  },
  {
    name: 'a bounding box over downtown Seattle, dearest first',
    filters: { bbox: { south: 47.59, west: -122.35, north: 47.62, east: -122.31 } },
    keep: (s) =>
      s.latitude >= 47.59 &&
      s.latitude <= 47.62 &&
      s.longitude >= -122.35 &&
      s.longitude <= -122.31,
    sort: { field: 'listPrice', direction: 'desc' },
    pageSize: 100,
  },
  {
    name: 'within 2.5 km of downtown Seattle, largest first',
    filters: { near: { ...downtown, radiusKm: 2.5 } },
    keep: (s) => haversineKm(downtown.latitude, downtown.longitude, s.latitude, s.longitude) <= 2.5,
    sort: { field: 'livingArea', direction: 'desc' },
    pageSize: 100,
  },
  {
    name: 'status Closed with at least 3 bedrooms under 300,000 USD, most bedrooms first',
    filters: { standardStatus: ['Closed'], bedroomsMin: 3, listPrice: { max: 30_000_000 } },
    keep: (s) => s.bedrooms >= 3 && s.priceCents <= 30_000_000,
    sort: { field: 'bedroomsTotal', direction: 'desc' },
    pageSize: 200,
  },
  {
    name: 'status Active (the county file holds only Closed sales)',
    filters: { standardStatus: ['Active', 'Pending'] },
    keep: () => false,
    sort: { field: 'listPrice', direction: 'desc' },
    pageSize: 50,
  },
  {
    name: 'no filter, dearest first',
    filters: {},
    keep: () => true,
    sort: { field: 'listPrice', direction: 'desc' },
    pageSize: 50,
  },
  {
    name: 'no filter, earliest sale first (hundreds of ties per day)',
    filters: {},
    keep: () => true,
    sort: { field: 'closeDate', direction: 'asc' },
    pageSize: 200,
  },
  {
    name: 'a family search: 4+ beds, 3+ baths, 2,500+ sq ft, built since 2000, ≤ 800,000 USD',
    filters: {
      bedroomsMin: 4,
      bathroomsMin: 3,
      livingArea: { min: 2500 },
      yearBuilt: { min: 2000 },
      listPrice: { max: 80_000_000 },
    },
    keep: (s) =>
      s.bedrooms >= 4 &&
      s.bathrooms >= 3 &&
      s.livingArea >= 2500 &&
      s.yearBuilt >= 2000 &&
      s.priceCents <= 80_000_000,
    sort: { field: 'livingArea', direction: 'desc' },
    pageSize: 200,
  },
];

describe.each(driverKinds)('properties.list on %s', (kind) => {
  let test: TestDatabase;
  let caller: ReturnType<typeof callerFor>;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    const org = await seedOrg(test.database, 'kc');
    await importKc(test.database, org.org);
    caller = callerFor(test.database, org.secretKey);
  });
  afterAll(() => test?.drop());

  describe.each(cases)('given a search for $name', (c) => {
    it('finds exactly the reference rows, in the reference order', async () => {
      const expected = sortSales(reference.listings.filter(c.keep), c.sort.field, c.sort.direction);
      const page = await caller.properties.list({
        filters: c.filters,
        sort: c.sort,
        pageSize: c.pageSize,
      });
      expect(page.total).toBe(expected.length);
      expect(page.items.map((l) => l.listingKey)).toEqual(
        expected.slice(0, c.pageSize).map((s) => s.key),
      );
    });
  });

  describe('given the radius and box searches', () => {
    it('are decided by the filter, not by rounding: no listing lies within a hair of an edge', () => {
      const distances = reference.listings.map((s) =>
        haversineKm(downtown.latitude, downtown.longitude, s.latitude, s.longitude),
      );
      expect(distances.filter((d) => Math.abs(d - 2.5) < 1e-3)).toEqual([]);
      expect(distances.filter((d) => d <= 2.5).length).toBeGreaterThan(100);
      const nearEdge = (v: number, edge: number) => v !== edge && Math.abs(v - edge) < 1e-5;
      const fuzzy = reference.listings.filter(
        (s) =>
          nearEdge(s.latitude, box.south) ||
          nearEdge(s.latitude, box.north) ||
          nearEdge(s.longitude, box.west) ||
          nearEdge(s.longitude, box.east),
      );
      expect(fuzzy).toEqual([]);
      const onEdge = reference.listings.filter(
        (s) => s.longitude === box.east && s.latitude >= box.south && s.latitude <= box.north,
      );
      expect(onEdge.length).toBeGreaterThan(0);
    });
  });

  describe('given the whole file sorted by price, dearest first', () => {
    it('starts with the 7,700,000 USD sale', async () => {
      const page = await caller.properties.list({
        sort: { field: 'listPrice', direction: 'desc' },
        pageSize: 50,
      });
      expect(page.items[0]).toMatchObject({ listPrice: 770_000_000, currency: 'USD' });
    });
  });
});
