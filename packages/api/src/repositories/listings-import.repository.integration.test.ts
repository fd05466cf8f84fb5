/**
 * `upsertImportedListings` against a real database, PGlite and PostgreSQL (as the app role,
 * row-level security on): every column type survives the trip through one array parameter per
 * column, the latest sale wins, identical rows are left alone (ModificationTimestamp too), and the
 * counts are exact across statements.
 */
import { type ListingCreateInput, listingCreateInput } from '@estatekit/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedListing } from '../import';
import { driverKinds, openTestDatabase, type TestDatabase } from '../testing/test-database';
import { callerFor, seedOrg, type TestOrg } from '../testing/test-org';
import { findListing } from './listings.repository';
import { upsertImportedListings } from './listings-import.repository';
import { inOrg } from './org-scope';

const FIRST = '2026-02-01T00:00:00.000Z';
const LATER = '2026-03-01T00:00:00.000Z';

/** A validated listing (domain defaults filled in), as the importer hands it over. */
const listing = (input: ListingCreateInput & { listingKey: string }) =>
  listingCreateInput.parse(input) as ImportedListing;

const sale = (listingKey: string, closeDate: string | null, closePrice = 50_000_000) =>
  listing({
    listingKey,
    listingId: listingKey,
    standardStatus: 'Closed',
    propertyType: 'Residential',
    closePrice,
    listPrice: closePrice,
    closeDate,
    bedroomsTotal: 3,
    bathroomsTotalInteger: 2,
    livingArea: 1_500,
  });

/** Values that trip up array literals: quotes, backslashes, braces, commas, `NULL`, blanks. */
const awkward = [
  listing({
    listingKey: 'AWK-1 "quoted", {braced}',
    listingId: String.raw`back\slash \"both\"`,
    standardStatus: 'Closed',
    propertyType: 'Residential',
    listPrice: 10_000_000_000_000,
    closePrice: 0,
    closeDate: '2016-02-29',
    bedroomsTotal: 0,
    bathroomsTotalInteger: 3,
    bathroomsTotalDecimal: 2.25,
    livingArea: 1_234.5,
    lotSizeSquareFeet: 0.1,
    stories: 1.5,
    waterfrontYN: true,
    yearBuilt: 1600,
    yearBuiltEffective: 2200,
    aboveGradeFinishedArea: 1_000.75,
    belowGradeFinishedArea: 0,
    latitude: -89.999999,
    longitude: 179.123456789,
    unparsedAddress: '12 "Elm" St, Apt {3}',
    city: 'NULL',
    stateOrProvince: '',
    postalCode: '  ',
    publicRemarks: 'Line one\nline\ttwo\r\nCafé – naïve ✓ 🏡 \\N',
  }),
  listing({
    listingKey: 'AWK-2',
    listingId: 'AWK-2',
    propertyType: 'Residential',
    bedroomsTotal: 1,
    bathroomsTotalInteger: 1,
    livingArea: 400,
    waterfrontYN: false,
  }),
  listing({
    listingKey: 'AWK-3',
    listingId: 'AWK-3',
    propertyType: 'CommercialLease',
    buildingAreaTotal: 20_000,
    zoning: 'C-1',
    numberOfUnitsTotal: 12,
  }),
  listing({
    listingKey: 'AWK-4',
    listingId: 'AWK-4',
    propertyType: 'Farm',
    lotSizeSquareFeet: 435_600,
    currentUse: 'Orchard, apples',
  }),
];

describe.each(driverKinds)('upsertImportedListings on %s', (kind) => {
  let test: TestDatabase;
  let org: TestOrg;
  let other: TestOrg;

  const upsert = (to: TestOrg, rows: ImportedListing[], at: string) =>
    inOrg(test.database, to.org, (scope) => upsertImportedListings(scope, rows, at));
  const read = (from: TestOrg, key: string) =>
    inOrg(test.database, from.org, (scope) => findListing(scope, key));
  const total = async (of: TestOrg) =>
    (await callerFor(test.database, of.secretKey).properties.list({ pageSize: 1 })).total;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    org = await seedOrg(test.database, 'upsert');
    other = await seedOrg(test.database, 'other');
  });
  afterAll(() => test?.drop());

  describe('given listings with awkward values of every column type', () => {
    it('inserts them and reads every value back exactly, nulls and booleans included', async () => {
      expect(await upsert(org, awkward, FIRST)).toEqual({ inserted: 4, updated: 0, unchanged: 0 });
      for (const written of awkward) {
        expect(await read(org, written.listingKey)).toMatchObject({
          ...written,
          modificationTimestamp: FIRST,
        });
      }
      expect(await read(org, 'AWK-2')).toMatchObject({
        closeDate: null,
        listPrice: null,
        waterfrontYN: false,
        stories: null,
        zoning: null,
        buildingAreaTotal: null,
      });
    });

    it('changes nothing when they are imported again, not even ModificationTimestamp', async () => {
      expect(await upsert(org, awkward, LATER)).toEqual({ inserted: 0, updated: 0, unchanged: 4 });
      for (const written of awkward) {
        expect((await read(org, written.listingKey))?.modificationTimestamp).toBe(FIRST);
      }
    });
  });

  describe('given a parcel already imported with a sale of 2015-03-11', () => {
    beforeAll(async () => {
      await upsert(
        org,
        [
          sale('P-OLDER', '2015-03-11', 100),
          sale('P-NEWER', '2015-03-11', 100),
          sale('P-SAME-DAY', '2015-03-11', 100),
          sale('P-UNDATED-IN', '2015-03-11', 100),
          sale('P-UNDATED-STORED', null, 100),
          sale('P-IDENTICAL', '2015-03-11', 100),
        ],
        FIRST,
      );
    });

    it('keeps the stored sale against an older one, takes a newer, same-day or undated one', async () => {
      const counts = await upsert(
        org,
        [
          sale('P-OLDER', '2014-05-01', 200),
          sale('P-NEWER', '2015-04-01', 200),
          sale('P-SAME-DAY', '2015-03-11', 200),
          sale('P-UNDATED-IN', null, 200),
          sale('P-UNDATED-STORED', '2014-01-01', 200),
          sale('P-IDENTICAL', '2015-03-11', 100),
          sale('P-NEW', '2014-07-07', 200),
        ],
        LATER,
      );
      expect(counts).toEqual({ inserted: 1, updated: 4, unchanged: 2 });
      expect(await read(org, 'P-OLDER')).toMatchObject({
        closeDate: '2015-03-11',
        closePrice: 100,
        modificationTimestamp: FIRST,
      });
      for (const key of ['P-NEWER', 'P-SAME-DAY', 'P-UNDATED-IN', 'P-UNDATED-STORED', 'P-NEW']) {
        expect(await read(org, key)).toMatchObject({
          closePrice: 200,
          modificationTimestamp: LATER,
        });
      }
      expect(await read(org, 'P-UNDATED-IN')).toMatchObject({ closeDate: null });
      expect(await read(org, 'P-IDENTICAL')).toMatchObject({ modificationTimestamp: FIRST });
    });

    it('leaves the same key of another org alone, and keeps that org out of this one', async () => {
      expect(await upsert(other, [sale('P-OLDER', '2016-01-01', 300)], LATER)).toEqual({
        inserted: 1,
        updated: 0,
        unchanged: 0,
      });
      expect(await read(org, 'P-OLDER')).toMatchObject({ closePrice: 100 });
      expect(await read(other, 'P-OLDER')).toMatchObject({ closePrice: 300 });
      expect(await total(other)).toBe(1);
    });
  });

  describe('given more listings than one statement carries', () => {
    const keys = Array.from({ length: 12_001 }, (_, i) => `BULK-${i}`);

    it('counts every insert, then exactly the listings that changed', async () => {
      const before = await total(org);
      const first = keys.map((key) => sale(key, '2015-01-01'));
      expect(await upsert(org, first, FIRST)).toEqual({
        inserted: 12_001,
        updated: 0,
        unchanged: 0,
      });
      expect(await total(org)).toBe(before + 12_001);
      const second = keys.map((key, i) => (i % 2 === 0 ? sale(key, '2015-06-01') : first[i]!));
      expect(await upsert(org, second, LATER)).toEqual({
        inserted: 0,
        updated: 6_001,
        unchanged: 6_000,
      });
      expect(await read(org, 'BULK-12000')).toMatchObject({ closeDate: '2015-06-01' });
      expect(await read(org, 'BULK-11999')).toMatchObject({ modificationTimestamp: FIRST });
    });
  });

  it('writes nothing for no listings', async () => {
    expect(await upsert(org, [], LATER)).toEqual({ inserted: 0, updated: 0, unchanged: 0 });
  });
});
