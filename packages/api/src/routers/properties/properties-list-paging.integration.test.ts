/**
 * `properties.list` paging and what the King County import leaves behind, checked against an
 * independent reading of the file; plus the edges the county file cannot show (NULLs, letters
 * in ids, statuses other than Closed) on a few listings typed in by hand. PGlite and PostgreSQL.
 */
import type { ListingListInput } from '@estatekit/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../import';
import {
  type KcReference,
  type KcSale,
  type ReferenceSortField,
  readKcReference,
  sortSales,
} from '../../testing/kc-reference';
import { driverKinds, openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { callerFor, importKc, seedOrg } from '../../testing/test-org';

const reference: KcReference = readKcReference();

type Caller = ReturnType<typeof callerFor>;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}

/** Follows `nextCursor` from the first page to the last; returns every page's keys. */
async function walk(caller: Caller, input: ListingListInput): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.properties.list({ ...input, ...(cursor ? { cursor } : {}) });
    pages.push(page.items.map((l) => l.listingKey));
    cursor = page.nextCursor ?? undefined;
    if (pages.length > 100) throw new Error('the cursor never ran out');
  } while (cursor);
  return pages;
}

/** Filtered searches of ~300 rows, sorted on columns with many ties. */
const walks: {
  name: string;
  filters: NonNullable<ListingListInput['filters']>;
  sort: { field: ReferenceSortField; direction: 'asc' | 'desc' };
  keep: (sale: KcSale) => boolean;
}[] = [
  {
    name: 'postal code 98004 by bedrooms, most first',
    filters: { postalCode: ['98004'] },
    sort: { field: 'bedroomsTotal', direction: 'desc' },
    keep: (s) => s.postalCode === '98004',
  },
  {
    name: 'built 2010–2011 by sale date, earliest first',
    filters: { yearBuilt: { min: 2010, max: 2011 } },
    sort: { field: 'closeDate', direction: 'asc' },
    keep: (s) => s.yearBuilt >= 2010 && s.yearBuilt <= 2011,
  },
];

const typed = (listingKey: string, extra: Record<string, unknown>) => ({
  listingKey,
  listingId: listingKey,
  propertyType: 'Residential' as const,
  bedroomsTotal: 2,
  bathroomsTotalInteger: 1,
  livingArea: 900,
  ...extra,
});

describe.each(driverKinds)('properties.list paging on %s', (kind) => {
  let test: TestDatabase;
  let kc: Caller;
  let hand: Caller;
  let report: ImportReport;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    const org = await seedOrg(test.database, 'kc');
    report = await importKc(test.database, org.org);
    kc = callerFor(test.database, org.secretKey);
    const other = await seedOrg(test.database, 'typed');
    hand = callerFor(test.database, other.secretKey);
    await hand.properties.create(typed('Lake-View-1', { yearBuilt: 1990, postalCode: '98101' }));
    await hand.properties.create(typed('LAKEVIEW-2', { standardStatus: 'ComingSoon' }));
    await hand.properties.create(typed('hill-3', { yearBuilt: 2005, postalCode: 'SW1A 1AA' }));
    await hand.properties.create(typed('HILL-4', { standardStatus: 'Pending' }));
  });
  afterAll(() => test?.drop());

  describe('given the King County file was imported', () => {
    it('reports 21,613 rows, 21,436 parcels, and 177 repeat sales of 176 parcels', () => {
      const salesPerParcel = new Map<string, number>();
      for (const s of reference.sales)
        salesPerParcel.set(s.key, (salesPerParcel.get(s.key) ?? 0) + 1);
      const resold = [...salesPerParcel.values()].filter((n) => n > 1).length;
      expect([reference.sales.length, reference.listings.length, resold]).toEqual([
        21_613, 21_436, 176,
      ]);
      expect(report).toMatchObject({
        status: 'imported',
        rows: 21_613,
        valid: 21_613,
        invalid: 0,
        distinct: 21_436,
        repeatSaleRows: 177,
        repeatSaleParcels: 176,
        inserted: 21_436,
        skipped: 0,
      });
    });

    it('lists 21,436 listings, one per parcel', async () => {
      expect((await kc.properties.list({ pageSize: 1 })).total).toBe(21_436);
    });

    it('keeps the later sale of a parcel sold more than once', async () => {
      const sales = reference.sales.filter((s) => s.key === '795000620');
      expect(sales.length).toBe(3); // sold three times in the year
      const latest = reference.byKey.get('795000620')!;
      expect(latest.closeDate).toBe(
        sales
          .map((s) => s.closeDate)
          .sort()
          .at(-1),
      );
      const resold = reference.sales.find(
        (s) =>
          s !== reference.byKey.get(s.key) &&
          s.priceCents !== reference.byKey.get(s.key)!.priceCents,
      )!;
      for (const key of ['795000620', resold.key]) {
        const expected = reference.byKey.get(key)!;
        expect(await kc.properties.byId({ listingKey: key })).toMatchObject({
          closeDate: expected.closeDate,
          closePrice: expected.priceCents,
          listPrice: expected.priceCents,
          standardStatus: 'Closed',
        });
      }
    });
  });

  describe('given offset pagination by price, dearest first', () => {
    it('shows reference rows 51–100 on page 2', async () => {
      const expected = sortSales(reference.listings, 'listPrice', 'desc').slice(50, 100);
      const page = await kc.properties.list({
        sort: { field: 'listPrice', direction: 'desc' },
        pageSize: 50,
        page: 2,
      });
      expect(page.page).toBe(2);
      expect(page.items.map((l) => l.listingKey)).toEqual(expected.map((s) => s.key));
    });
  });

  describe.each(walks)('given a cursor walk over $name, 50 a page', ({ filters, sort, keep }) => {
    it('visits every reference row exactly once, in order, then stops', async () => {
      const expected = sortSales(reference.listings.filter(keep), sort.field, sort.direction);
      expect(expected.length).toBeGreaterThan(250);
      const pages = await walk(kc, { filters, sort, pageSize: 50 });
      expect(pages.length).toBe(Math.ceil(expected.length / 50));
      expect(pages.slice(0, -1).every((p) => p.length === 50)).toBe(true);
      expect(pages.flat()).toEqual(expected.map((s) => s.key));
    });
  });

  describe('given a cursor issued for another sort', () => {
    it('is refused with BAD_REQUEST', async () => {
      const first = await kc.properties.list({ sort: { field: 'listPrice', direction: 'desc' } });
      const cursor = first.nextCursor!;
      expect(cursor).toEqual(expect.any(String));
      const other = kc.properties.list({
        sort: { field: 'livingArea', direction: 'desc' },
        cursor,
      });
      expect(await codeOf(other)).toBe('BAD_REQUEST');
      const flipped = kc.properties.list({
        sort: { field: 'listPrice', direction: 'asc' },
        cursor,
      });
      expect(await codeOf(flipped)).toBe('BAD_REQUEST');
      expect(await codeOf(kc.properties.list({ cursor: 'not-a-cursor' }))).toBe('BAD_REQUEST');
    });
  });

  describe('given listings without a year built', () => {
    it('puts them last whichever way the year is sorted, ties by key', async () => {
      const keys = async (direction: 'asc' | 'desc') =>
        (await hand.properties.list({ sort: { field: 'yearBuilt', direction } })).items.map(
          (l) => l.listingKey,
        );
      expect(await keys('asc')).toEqual(['Lake-View-1', 'hill-3', 'HILL-4', 'LAKEVIEW-2']);
      expect(await keys('desc')).toEqual(['hill-3', 'Lake-View-1', 'LAKEVIEW-2', 'HILL-4']);
    });

    it('walks through them one at a time with the cursor', async () => {
      const pages = await walk(hand, {
        sort: { field: 'yearBuilt', direction: 'asc' },
        pageSize: 1,
      });
      expect(pages.flat()).toEqual(['Lake-View-1', 'hill-3', 'HILL-4', 'LAKEVIEW-2']);
    });
  });

  describe('given a text search', () => {
    const found = async (text: string) =>
      (await hand.properties.list({ filters: { text }, sort: { field: 'listingId' } })).items
        .map((l) => l.listingKey)
        .sort();

    it('matches listing ids and postal codes whatever the case', async () => {
      expect(await found('lakeview')).toEqual(['LAKEVIEW-2']);
      expect(await found('LAKE')).toEqual(['LAKEVIEW-2', 'Lake-View-1']);
      expect(await found('Hill')).toEqual(['HILL-4', 'hill-3']);
      expect(await found('sw1a 1aa')).toEqual(['hill-3']);
      expect(await found('9810')).toEqual(['Lake-View-1']);
    });

    it('takes % and _ literally rather than as wildcards', async () => {
      expect(await found('%')).toEqual([]);
      expect(await found('_')).toEqual([]);
    });
  });

  describe('given a status filter', () => {
    it('returns only listings in the chosen statuses', async () => {
      const keys = async (
        standardStatus: NonNullable<ListingListInput['filters']>['standardStatus'],
      ) =>
        (await hand.properties.list({ filters: { standardStatus } })).items
          .map((l) => l.listingKey)
          .sort();
      expect(await keys(['Active'])).toEqual(['Lake-View-1', 'hill-3']);
      expect(await keys(['ComingSoon', 'Pending'])).toEqual(['HILL-4', 'LAKEVIEW-2']);
      expect(await keys(['Closed'])).toEqual([]);
      expect((await kc.properties.list({ filters: { standardStatus: ['Closed'] } })).total).toBe(
        21_436,
      );
    });
  });
});
