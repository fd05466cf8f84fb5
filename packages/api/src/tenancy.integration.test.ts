/**
 * Tenant isolation, generated from the router: every procedure is read from `appRouter` at test
 * time and must have an isolation case below, or the suite fails. Each case calls the procedure
 * with org A's credentials on org B's ids and checks that A learns nothing of B and changes
 * nothing of B's. Runs on PGlite and on PostgreSQL (row-level security on a real server).
 */
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintEmbedToken } from './auth/embed-token';
import { appRouter } from './root';
import { driverKinds, openTestDatabase, type TestDatabase } from './testing/test-database';
import { callerFor, FIXED_NOW, seedOrg, TEST_EMBED_SECRET, type TestOrg } from './testing/test-org';

type Caller = ReturnType<typeof callerFor>;
interface World {
  a: Caller;
  b: Caller;
  orgA: TestOrg;
  orgB: TestOrg;
  test: TestDatabase;
}

const residential = (listingKey: string) => ({
  listingKey,
  listingId: listingKey,
  propertyType: 'Residential' as const,
  listPrice: 50_000_000,
  bedroomsTotal: 3,
  bathroomsTotalInteger: 2,
  livingArea: 1500,
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}

/** B's listing as B sees it, to prove A's call changed nothing. */
const bListing = (w: World) => w.b.properties.byId({ listingKey: 'B-1' });

/** One case per procedure: A's credentials aimed at B's data. */
const isolationCases: Record<string, (w: World) => Promise<void>> = {
  health: async (w) => {
    expect(await w.a.health()).toEqual({ status: 'ok' });
  },
  'properties.list': async (w) => {
    const page = await w.a.properties.list({ pageSize: 500 });
    expect(page.items.map((l) => l.listingKey)).toEqual(['A-1']);
    expect(await w.a.properties.list({ filters: { text: 'b-1' } })).toMatchObject({ total: 0 });
  },
  'properties.byId': async (w) => {
    expect(await codeOf(w.a.properties.byId({ listingKey: 'B-1' }))).toBe('NOT_FOUND');
  },
  'properties.history': async (w) => {
    expect(await codeOf(w.a.properties.history({ listingKey: 'B-1' }))).toBe('NOT_FOUND');
  },
  'properties.create': async (w) => {
    // The same ListingKey in another org is a different listing: A's create never touches B's.
    const before = await bListing(w);
    await w.a.properties.create({ ...residential('B-1'), listPrice: 1 });
    expect(await bListing(w)).toEqual(before);
    await w.a.properties.update({ listingKey: 'B-1', changes: {} });
  },
  'properties.update': async (w) => {
    const before = await bListing(w);
    const code = await codeOf(
      w.a.properties.update({ listingKey: 'B-1-only', changes: { listPrice: 1 } }),
    );
    expect(code).toBe('NOT_FOUND');
    expect(await bListing(w)).toEqual(before);
  },
  'properties.transitionStatus': async (w) => {
    const code = await codeOf(
      w.a.properties.transitionStatus({ listingKey: 'B-1-only', to: 'ActiveUnderContract' }),
    );
    expect(code).toBe('NOT_FOUND');
    expect((await w.b.properties.byId({ listingKey: 'B-1-only' })).standardStatus).toBe('Active');
  },
  'properties.import': async (w) => {
    const before = await w.b.properties.byId({ listingKey: 'B-1-only' });
    const csv =
      'ListingKey,ListingId,StandardStatus,PropertyType,ListPrice,BedroomsTotal,BathroomsTotalInteger,LivingArea\r\n' +
      'B-1-only,B-1-only,Active,Residential,1,1,1,100\r\n';
    await w.a.properties.import({ csv, profile: 'reso' });
    expect(await w.b.properties.byId({ listingKey: 'B-1-only' })).toEqual(before);
    expect((await w.a.properties.byId({ listingKey: 'B-1-only' })).listPrice).toBe(100);
  },
  'embedTokens.create': async (w) => {
    const { token } = await w.a.embedTokens.create({
      user: { id: 'u-1', role: 'agent' },
      widgets: ['property-grid'],
      origin: w.orgA.origin,
    });
    const embedded = callerFor(w.test.database, token, { origin: w.orgA.origin });
    expect(await codeOf(embedded.properties.byId({ listingKey: 'B-2' }))).toBe('NOT_FOUND');
    const seen = (await embedded.properties.list({ pageSize: 500 })).items.map((l) => l.listingKey);
    expect(seen).not.toContain('B-2');
    expect(seen).toContain('A-1');
  },
};

describe.each(driverKinds)('given two organizations on %s', (kind) => {
  const w = {} as World;

  beforeAll(async () => {
    w.test = await openTestDatabase(kind);
    w.orgA = await seedOrg(w.test.database, 'alpha');
    w.orgB = await seedOrg(w.test.database, 'bravo');
    w.a = callerFor(w.test.database, w.orgA.secretKey);
    w.b = callerFor(w.test.database, w.orgB.secretKey);
    await w.a.properties.create(residential('A-1'));
    await w.b.properties.create(residential('B-1'));
    await w.b.properties.create(residential('B-1-only'));
    await w.b.properties.create(residential('B-2'));
  });
  afterAll(() => w.test.drop());

  const procedures = Object.keys(appRouter._def.procedures);

  it('has an isolation case for every procedure of the router', () => {
    expect(procedures.filter((path) => !(path in isolationCases))).toEqual([]);
  });

  it.each(procedures)('keeps org B invisible and untouched when org A calls %s', async (path) => {
    await isolationCases[path]!(w);
  });

  it('refuses a publishable key from an origin the org does not allow', async () => {
    const stranger = callerFor(w.test.database, w.orgA.publishableKey, {
      origin: 'https://evil.example',
    });
    expect(await codeOf(stranger.properties.list({}))).toBe('FORBIDDEN');
    const noOrigin = callerFor(w.test.database, w.orgA.publishableKey);
    expect(await codeOf(noOrigin.properties.list({}))).toBe('FORBIDDEN');
  });

  it('lets a publishable key read from an allowed origin but never call a mutation', async () => {
    const browser = callerFor(w.test.database, w.orgA.publishableKey, { origin: w.orgA.origin });
    expect((await browser.properties.list({})).total).toBeGreaterThan(0);
    expect(await codeOf(browser.properties.create(residential('P-1')))).toBe('FORBIDDEN');
    expect(
      await codeOf(
        browser.properties.transitionStatus({ listingKey: 'A-1', to: 'Withdrawn', reason: 'x' }),
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(browser.properties.import({ csv: 'a', profile: 'reso' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses calls with no credential or an unknown key', async () => {
    expect(await codeOf(callerFor(w.test.database, undefined).properties.list({}))).toBe(
      'UNAUTHORIZED',
    );
    expect(await codeOf(callerFor(w.test.database, 'ek_sk_nope').properties.list({}))).toBe(
      'UNAUTHORIZED',
    );
  });

  describe('given embed tokens', () => {
    const mint = (
      overrides: { now?: number; ttlSeconds?: number; origin?: string; orgId?: string } = {},
    ) =>
      mintEmbedToken({
        secret: TEST_EMBED_SECRET,
        orgId: overrides.orgId ?? w.orgA.org.id,
        request: {
          user: { id: 'u-1', role: 'agent' },
          widgets: ['property-grid'],
          features: [],
          origin: overrides.origin ?? w.orgA.origin,
          ttlSeconds: overrides.ttlSeconds ?? 900,
        },
        now: overrides.now ?? Math.floor(FIXED_NOW.getTime() / 1000),
        tokenId: 't-1',
      }).then((t) => t.token);
    const listWith = async (token: string, origin = w.orgA.origin) =>
      codeOf(callerFor(w.test.database, token, { origin }).properties.list({}));

    it('accepts a fresh token from its origin', async () => {
      expect(await listWith(await mint())).toBe('OK');
    });

    it('refuses an expired token', async () => {
      const token = await mint({
        now: Math.floor(FIXED_NOW.getTime() / 1000) - 3600,
        ttlSeconds: 60,
      });
      expect(await listWith(token)).toBe('UNAUTHORIZED');
    });

    it('refuses an unsigned token (alg: none)', async () => {
      const [, payload] = (await mint()).split('.');
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'ek-embed+jwt' })).toString(
        'base64url',
      );
      expect(await listWith(`${header}.${payload}.`)).toBe('UNAUTHORIZED');
    });

    it('refuses a token for another audience or signed with another secret', async () => {
      const { SignJWT } = await import('jose');
      const now = Math.floor(FIXED_NOW.getTime() / 1000);
      const claims = {
        org: w.orgA.org.id,
        role: 'agent',
        widgets: ['property-grid'],
        features: [],
        origin: w.orgA.origin,
      };
      const sign = (aud: string, secret: string) =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256', typ: 'ek-embed+jwt' })
          .setIssuer('estatekit')
          .setAudience(aud)
          .setSubject('u-1')
          .setJti('x')
          .setIssuedAt(now)
          .setExpirationTime(now + 300)
          .sign(new TextEncoder().encode(secret));
      expect(await listWith(await sign('someone-else', TEST_EMBED_SECRET))).toBe('UNAUTHORIZED');
      expect(await listWith(await sign('estatekit:embed', 'x'.repeat(48)))).toBe('UNAUTHORIZED');
    });

    it('refuses a token minted for org A that was altered to claim org B', async () => {
      const [header, payload, signature] = (await mint()).split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, org: w.orgB.org.id })).toString(
        'base64url',
      );
      expect(await listWith(`${header}.${forged}.${signature}`)).toBe('UNAUTHORIZED');
    });

    it('refuses a token presented from another origin', async () => {
      expect(await listWith(await mint(), 'https://evil.example')).toBe('FORBIDDEN');
      expect(await listWith(await mint(), w.orgB.origin)).toBe('FORBIDDEN');
    });

    it('limits a token to the role and widgets it carries', async () => {
      const caller = callerFor(w.test.database, await mint(), { origin: w.orgA.origin });
      expect(await codeOf(caller.properties.import({ csv: 'a', profile: 'reso' }))).toBe(
        'FORBIDDEN',
      );
      expect(
        await codeOf(
          caller.embedTokens.create({
            user: { id: 'x', role: 'agent' },
            widgets: ['property-grid'],
            origin: w.orgA.origin,
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('refuses to mint a token for a role above the key’s own', async () => {
      const { createApiKey } = await import('./repositories/orgs.repository');
      const { inOrg } = await import('./repositories/org-scope');
      const agentKey = await inOrg(w.test.database, w.orgA.org, (scope) =>
        createApiKey(scope, { kind: 'secret', name: 'agent', role: 'agent' }),
      );
      const agent = callerFor(w.test.database, agentKey.key);
      expect(
        await codeOf(
          agent.embedTokens.create({
            user: { id: 'x', role: 'owner' },
            widgets: ['property-grid'],
            origin: w.orgA.origin,
          }),
        ),
      ).toBe('FORBIDDEN');
    });
  });
});
