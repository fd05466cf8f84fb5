/**
 * `properties.import` with CSV text in the King County layout, as a partner would send it:
 * bad rows are reported by line and column and nothing is written; `skipInvalid` imports the
 * rest; re-running changes nothing; only owners and managers may import. PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inOrg } from '../../repositories/org-scope';
import { createApiKey } from '../../repositories/orgs.repository';
import { driverKinds, openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { refusal } from '../../testing/test-listings';
import { callerFor, seedOrg, type TestOrg } from '../../testing/test-org';

const header =
  'id,date,year,month,month_year,price,bedrooms,bathrooms,sqft_living,sqft_lot,floors,waterfront,view,condition,grade,sqft_above,sqft_basement,yr_built,yr_renovated,zipcode,lat,long,sqft_living15,sqft_lot15';

/** Three good sales (lines 2–4) and two bad ones: a price with a letter O, 30 February. */
const csv = [
  header,
  '9000000001,20141013T000000,2014,10,10/2014,221900,3,1,1180,5650,1,0,0,3,7,1180,0,1955,0,98178,47.5112,-122.257,1340,5650',
  '9000000002,20141209T000000,2014,12,12/2014,1.19E+06,3,2.25,2570,7242,2,0,0,3,7,2170,400,1951,1991,98125,47.721,-122.319,1690,7639',
  '9000000003,20150225T000000,2015,2,2/2015,180000,2,1,770,10000,1,0,0,3,6,770,0,1933,0,98028,47.7379,-122.233,2720,8062',
  '9000000004,20141209T000000,2014,12,12/2014,6O4000,4,3,1960,5000,1,0,0,5,7,1050,910,1965,0,98136,47.5208,-122.393,1360,5000',
  '9000000005,20150230T000000,2015,2,2/2015,510000,3,2,1680,8080,1,0,0,3,8,1680,0,1987,0,98074,47.6168,-122.045,1800,7503',
  '',
].join('\r\n');

const goodKeys = ['9000000001', '9000000002', '9000000003'];

describe.each(driverKinds)('properties.import on %s', (kind) => {
  let test: TestDatabase;
  let org: TestOrg;
  let owner: ReturnType<typeof callerFor>;

  const total = async () => (await owner.properties.list({ pageSize: 1 })).total;
  const stamps = async () =>
    Object.fromEntries(
      (await owner.properties.list({ sort: { field: 'listingId' }, pageSize: 500 })).items.map(
        (l) => [l.listingKey, l.modificationTimestamp],
      ),
    );

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    org = await seedOrg(test.database, 'imp');
    owner = callerFor(test.database, org.secretKey);
    await owner.properties.create({
      listingKey: 'OWN-1',
      listingId: 'OWN-1',
      propertyType: 'Residential',
      bedroomsTotal: 2,
      bathroomsTotalInteger: 1,
      livingArea: 800,
    });
  });
  afterAll(() => test?.drop());

  describe('given a CSV with a bad price and an impossible date', () => {
    it('is refused with BAD_REQUEST naming each bad line and column, and writes nothing', async () => {
      const before = await stamps();
      const error = await refusal(owner.properties.import({ csv, profile: 'kc' }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.data.issues?.map((i) => i.path)).toEqual([
        ['line 5', 'price'],
        ['line 6', 'date'],
      ]);
      expect(error.data.issues?.[0]?.message).toContain('6O4000');
      expect(await total()).toBe(1);
      expect(await stamps()).toEqual(before);
    });
  });

  describe('given the same CSV with skipInvalid', () => {
    it('imports the good rows and counts the skipped ones, then changes nothing on a re-run', async () => {
      const first = callerFor(test.database, org.secretKey, {
        now: new Date('2026-02-01T00:00:00Z'),
      });
      const report = await first.properties.import({ csv, profile: 'kc', skipInvalid: true });
      expect(report).toMatchObject({
        status: 'imported',
        rows: 5,
        valid: 3,
        invalid: 2,
        inserted: 3,
        updated: 0,
        unchanged: 0,
        skipped: 2,
      });
      expect(report.errors.map((e) => [e.line, e.column])).toEqual([
        [5, 'price'],
        [6, 'date'],
      ]);
      expect(await total()).toBe(4);
      expect(await owner.properties.byId({ listingKey: '9000000002' })).toMatchObject({
        listPrice: 119_000_000,
        closePrice: 119_000_000,
        closeDate: '2014-12-09',
        bathroomsTotalInteger: 3,
        bathroomsTotalDecimal: 2.25,
        standardStatus: 'Closed',
        modificationTimestamp: '2026-02-01T00:00:00.000Z',
      });
      const afterFirst = await stamps();

      const second = callerFor(test.database, org.secretKey, {
        now: new Date('2026-03-01T00:00:00Z'),
      });
      const again = await second.properties.import({ csv, profile: 'kc', skipInvalid: true });
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, skipped: 2 });
      expect(await stamps()).toEqual(afterFirst);
      for (const key of goodKeys) {
        expect(afterFirst[key]).toBe('2026-02-01T00:00:00.000Z');
      }
    });
  });

  describe('given an agent secret key', () => {
    it('may create listings but not import a file', async () => {
      const agentKey = await inOrg(test.database, org.org, (scope) =>
        createApiKey(scope, { kind: 'secret', name: 'agent', role: 'agent' }),
      );
      const agent = callerFor(test.database, agentKey.key);
      const before = await total();
      const other = csv.replaceAll('90000000', '80000000');
      const error = await refusal(agent.properties.import({ csv: other, skipInvalid: true }));
      expect(error.code).toBe('FORBIDDEN');
      expect(await total()).toBe(before);
      const created = await agent.properties.create({
        listingKey: 'AGENT-1',
        listingId: 'AGENT-1',
        propertyType: 'Residential',
        bedroomsTotal: 1,
        bathroomsTotalInteger: 1,
        livingArea: 500,
      });
      expect(created.listingKey).toBe('AGENT-1');
    });
  });

  describe('given a manager secret key', () => {
    it('may import', async () => {
      const managerKey = await inOrg(test.database, org.org, (scope) =>
        createApiKey(scope, { kind: 'secret', name: 'manager', role: 'manager' }),
      );
      const manager = callerFor(test.database, managerKey.key);
      const other = csv.replaceAll('90000000', '80000000');
      const report = await manager.properties.import({ csv: other, skipInvalid: true });
      expect(report).toMatchObject({ status: 'imported', inserted: 3 });
      expect((await owner.properties.byId({ listingKey: '8000000001' })).listPrice).toBe(
        22_190_000,
      );
    });
  });
});
