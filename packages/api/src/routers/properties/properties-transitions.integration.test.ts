/**
 * Moving a listing through the RESO status workflow: the allowed path to a sale and its audit
 * trail, and refusals that name the rule (`error.data.domain`, shaped exactly as over HTTP) and
 * change nothing. Runs on PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inOrg } from '../../repositories/org-scope';
import { createApiKey } from '../../repositories/orgs.repository';
import { driverKinds, openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { at, house, refusal } from '../../testing/test-listings';
import { callerFor, seedOrg, type TestOrg } from '../../testing/test-org';

describe.each(driverKinds)('properties.transitionStatus on %s', (kind) => {
  let test: TestDatabase;
  let org: TestOrg;
  let owner: ReturnType<typeof callerFor>;
  let agentKeyId: string;
  let agentKey: string;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    org = await seedOrg(test.database, 'flow');
    owner = callerFor(test.database, org.secretKey);
    const agent = await inOrg(test.database, org.org, (scope) =>
      createApiKey(scope, { kind: 'secret', name: 'agent', role: 'agent' }),
    );
    [agentKeyId, agentKey] = [agent.id, agent.key];
  });
  afterAll(() => test?.drop());

  describe('given an Active listing taken through to a sale by an agent', () => {
    it('moves Active → ActiveUnderContract → Pending → Closed and lists each step in history', async () => {
      await owner.properties.create(house('T-1'));
      const steps = [
        ['ActiveUnderContract', 'deposit received', '2026-05-01T10:00:00.000Z'],
        ['Pending', undefined, '2026-05-10T10:00:00.000Z'],
        ['Closed', 'keys handed over', '2026-06-01T10:00:00.000Z'],
      ] as const;
      for (const [to, reason, when] of steps) {
        const agent = callerFor(test.database, agentKey, at(when));
        const moved = await agent.properties.transitionStatus({
          listingKey: 'T-1',
          to,
          ...(reason ? { reason } : {}),
        });
        expect(moved).toMatchObject({ standardStatus: to, modificationTimestamp: when });
      }
      const actor = { kind: 'api_key', id: agentKeyId, role: 'agent' };
      const changes = (await owner.properties.history({ listingKey: 'T-1' })).filter(
        (e) => e.action === 'status_change',
      );
      expect(changes).toEqual([
        {
          entityType: 'listing',
          entityKey: 'T-1',
          action: 'status_change',
          from: 'Active',
          to: 'ActiveUnderContract',
          actor,
          reason: 'deposit received',
          at: '2026-05-01T10:00:00.000Z',
        },
        {
          entityType: 'listing',
          entityKey: 'T-1',
          action: 'status_change',
          from: 'ActiveUnderContract',
          to: 'Pending',
          actor,
          reason: null,
          at: '2026-05-10T10:00:00.000Z',
        },
        {
          entityType: 'listing',
          entityKey: 'T-1',
          action: 'status_change',
          from: 'Pending',
          to: 'Closed',
          actor,
          reason: 'keys handed over',
          at: '2026-06-01T10:00:00.000Z',
        },
      ]);
      expect((await owner.properties.byId({ listingKey: 'T-1' })).standardStatus).toBe('Closed');
    });

    it('refuses Active → Closed as not_an_edge and leaves the listing Active', async () => {
      await owner.properties.create(house('T-2'));
      const before = await owner.properties.byId({ listingKey: 'T-2' });
      const history = await owner.properties.history({ listingKey: 'T-2' });
      const later = callerFor(test.database, agentKey, at('2026-05-02T10:00:00.000Z'));
      const error = await refusal(
        later.properties.transitionStatus({ listingKey: 'T-2', to: 'Closed' }),
      );
      expect(error.code).toBe('UNPROCESSABLE_CONTENT');
      expect(error.data.domain?.context).toMatchObject({
        rule: 'not_an_edge',
        from: 'Active',
        to: 'Closed',
      });
      expect(await owner.properties.byId({ listingKey: 'T-2' })).toEqual(before);
      expect(await owner.properties.history({ listingKey: 'T-2' })).toEqual(history);
    });

    it('refuses a withdrawal without a reason as reason_required', async () => {
      await owner.properties.create(house('T-3'));
      const before = await owner.properties.byId({ listingKey: 'T-3' });
      for (const reason of [undefined, '   ']) {
        const error = await refusal(
          owner.properties.transitionStatus({
            listingKey: 'T-3',
            to: 'Withdrawn',
            ...(reason ? { reason } : {}),
          }),
        );
        expect(error.code).toBe('UNPROCESSABLE_CONTENT');
        expect(error.data.domain?.context).toMatchObject({ rule: 'reason_required' });
      }
      expect(await owner.properties.byId({ listingKey: 'T-3' })).toEqual(before);
      const withdrawn = await owner.properties.transitionStatus({
        listingKey: 'T-3',
        to: 'Withdrawn',
        reason: 'seller changed their mind',
      });
      expect(withdrawn.standardStatus).toBe('Withdrawn');
    });
  });
});
