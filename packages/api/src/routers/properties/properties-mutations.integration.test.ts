/**
 * Creating and editing listings, as a partner sees it: what comes back, the error a client
 * receives (`error.data`, shaped exactly as over HTTP), and that a refused request changed
 * nothing. Runs on PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inOrg } from '../../repositories/org-scope';
import { createApiKey } from '../../repositories/orgs.repository';
import { driverKinds, openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { at, house, refusal } from '../../testing/test-listings';
import { callerFor, seedOrg, type TestOrg } from '../../testing/test-org';

describe.each(driverKinds)('properties mutations on %s', (kind) => {
  let test: TestDatabase;
  let org: TestOrg;
  let owner: ReturnType<typeof callerFor>;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    org = await seedOrg(test.database, 'mut');
    owner = callerFor(test.database, org.secretKey);
  });
  afterAll(() => test?.drop());

  describe('given a valid Residential listing', () => {
    it('creates it, stamped with the time of the request, and reads it back', async () => {
      const caller = callerFor(test.database, org.secretKey, at('2026-03-01T09:30:00.000Z'));
      const created = await caller.properties.create(house('C-1'));
      expect(created).toMatchObject({
        ...house('C-1'),
        standardStatus: 'Active',
        currency: 'USD',
        modificationTimestamp: '2026-03-01T09:30:00.000Z',
      });
      expect(await owner.properties.byId({ listingKey: 'C-1' })).toEqual(created);
    });
  });

  describe('given a Land listing with bedrooms', () => {
    it('is refused with BAD_REQUEST naming bedroomsTotal, and nothing is created', async () => {
      const { bedroomsTotal, bathroomsTotalInteger: _b, livingArea: _l, ...common } = house('L-1');
      const land = {
        ...common,
        propertyType: 'Land' as const,
        lotSizeSquareFeet: 43_560,
        bedroomsTotal,
      };
      const error = await refusal(owner.properties.create(land as never));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.data.issues).toContainEqual(
        expect.objectContaining({ path: ['bedroomsTotal'] }),
      );
      expect((await refusal(owner.properties.byId({ listingKey: 'L-1' }))).code).toBe('NOT_FOUND');
    });
  });

  describe('given a ListingKey already taken', () => {
    it('is refused with CONFLICT and the first listing stays as it was', async () => {
      await owner.properties.create(house('D-1'));
      const before = await owner.properties.byId({ listingKey: 'D-1' });
      const again = owner.properties.create({ ...house('D-1'), listPrice: 1 });
      expect((await refusal(again)).code).toBe('CONFLICT');
      expect(await owner.properties.byId({ listingKey: 'D-1' })).toEqual(before);
    });
  });

  describe('given an edit of a listing', () => {
    it('applies the changes and stamps the new modification time', async () => {
      await owner.properties.create(house('U-1'));
      const later = callerFor(test.database, org.secretKey, at('2026-04-02T10:00:00.000Z'));
      const saved = await later.properties.update({
        listingKey: 'U-1',
        changes: { listPrice: 42_500_000, livingArea: 1700, publicRemarks: 'New roof.' },
      });
      expect(saved).toMatchObject({
        listPrice: 42_500_000,
        livingArea: 1700,
        publicRemarks: 'New roof.',
        bedroomsTotal: 3,
        modificationTimestamp: '2026-04-02T10:00:00.000Z',
      });
      expect(await owner.properties.byId({ listingKey: 'U-1' })).toEqual(saved);
    });

    it('refuses a standardStatus in the changes, pointing to transitionStatus', async () => {
      await owner.properties.create(house('U-2'));
      const before = await owner.properties.byId({ listingKey: 'U-2' });
      const changes = { listPrice: 1, standardStatus: 'Closed' } as never;
      const error = await refusal(owner.properties.update({ listingKey: 'U-2', changes }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.data.issues).toContainEqual(
        expect.objectContaining({ path: ['changes', 'standardStatus'] }),
      );
      expect(error.message).toMatch(/transitionStatus/);
      expect(await owner.properties.byId({ listingKey: 'U-2' })).toEqual(before);
    });

    it('refuses an edit based on a stale copy with CONFLICT and keeps the newer edit', async () => {
      await owner.properties.create(house('U-3'));
      const seen = await owner.properties.byId({ listingKey: 'U-3' });
      const other = callerFor(test.database, org.secretKey, at('2026-04-03T08:00:00.000Z'));
      await other.properties.update({ listingKey: 'U-3', changes: { listPrice: 44_000_000 } });
      const after = await owner.properties.byId({ listingKey: 'U-3' });
      const stale = callerFor(test.database, org.secretKey, at('2026-04-03T09:00:00.000Z'));
      const error = await refusal(
        stale.properties.update({
          listingKey: 'U-3',
          changes: { livingArea: 2000 },
          expectedModificationTimestamp: seen.modificationTimestamp,
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(await owner.properties.byId({ listingKey: 'U-3' })).toEqual(after);
      expect(after).toMatchObject({ listPrice: 44_000_000, livingArea: 1650 });
    });

    it('leaves the listing and its history as they were when the merged listing is invalid', async () => {
      await owner.properties.create(house('U-4'));
      const before = await owner.properties.byId({ listingKey: 'U-4' });
      const history = await owner.properties.history({ listingKey: 'U-4' });
      // Land needs a lot size and cannot keep bedrooms: the price change must not land either.
      const later = callerFor(test.database, org.secretKey, at('2026-04-04T08:00:00.000Z'));
      const error = await refusal(
        later.properties.update({
          listingKey: 'U-4',
          changes: { listPrice: 1_000, propertyType: 'Land' },
        }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.data.issues?.length).toBeGreaterThan(0);
      expect(await owner.properties.byId({ listingKey: 'U-4' })).toEqual(before);
      expect(await owner.properties.history({ listingKey: 'U-4' })).toEqual(history);
    });
  });

  describe('given keys of lesser roles', () => {
    it('lets a read_only secret key read but not create', async () => {
      const readOnly = await inOrg(test.database, org.org, (scope) =>
        createApiKey(scope, { kind: 'secret', name: 'viewer', role: 'read_only' }),
      );
      const viewer = callerFor(test.database, readOnly.key);
      expect((await viewer.properties.byId({ listingKey: 'C-1' })).listingKey).toBe('C-1');
      expect((await refusal(viewer.properties.create(house('R-1')))).code).toBe('FORBIDDEN');
      const publishable = callerFor(test.database, org.publishableKey, { origin: org.origin });
      expect((await refusal(publishable.properties.create(house('R-1')))).code).toBe('FORBIDDEN');
      expect((await refusal(owner.properties.byId({ listingKey: 'R-1' }))).code).toBe('NOT_FOUND');
    });
  });
});
