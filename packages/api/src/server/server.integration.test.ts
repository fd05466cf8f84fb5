/**
 * The API over real HTTP (Fastify on an ephemeral port, Node's fetch): health, CORS by the
 * org's allowed origins, preflights, body limit, a secret-key mutation, rate limiting and
 * graceful close. Runs on an in-memory PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { driverKinds, openTestDatabase, type TestDatabase } from '../testing/test-database';
import { seedOrg, type TestOrg } from '../testing/test-org';
import { type RunningApi, startApi } from './start';

/** The test's database lent to a server: closing the server leaves it for `drop()`. */
const lent = (database: Database): Database => ({ ...database, close: async () => {} });

const listUrl = (api: RunningApi, input: unknown) =>
  `${api.url}/trpc/properties.list?input=${encodeURIComponent(JSON.stringify(input))}`;

const house = {
  listingKey: 'HTTP-1',
  listingId: 'HTTP-1',
  propertyType: 'Residential',
  listPrice: 65_000_000,
  bedroomsTotal: 4,
  bathroomsTotalInteger: 2,
  livingArea: 2100,
};

describe.each(driverKinds)('the HTTP API on %s', (kind) => {
  let test: TestDatabase;
  let org: TestOrg;
  let api: RunningApi;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    org = await seedOrg(test.database, 'web');
    api = await startApi({
      database: lent(test.database),
      port: 0,
      server: { rateLimitPerMinute: false },
    });
  });
  afterAll(async () => {
    await api?.close();
    await test?.drop();
  });

  describe('given GET /health', () => {
    it('answers 200 with status ok', async () => {
      const response = await fetch(`${api.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', database: kind });
    });
  });

  describe('given a secret key', () => {
    it('creates a listing with a JSON POST and reads it back with a GET', async () => {
      const headers = {
        authorization: `Bearer ${org.secretKey}`,
        'content-type': 'application/json',
      };
      const created = await fetch(`${api.url}/trpc/properties.create`, {
        method: 'POST',
        headers,
        body: JSON.stringify(house),
      });
      expect(created.status).toBe(200);
      const body = (await created.json()) as { result: { data: Record<string, unknown> } };
      expect(body.result.data).toMatchObject({ ...house, standardStatus: 'Active' });
      const input = encodeURIComponent(JSON.stringify({ listingKey: 'HTTP-1' }));
      const read = await fetch(`${api.url}/trpc/properties.byId?input=${input}`, { headers });
      expect(((await read.json()) as typeof body).result.data).toEqual(body.result.data);
    });

    it('answers a bad listing with 400 and the path of the bad field', async () => {
      const response = await fetch(`${api.url}/trpc/properties.create`, {
        method: 'POST',
        headers: { authorization: `Bearer ${org.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...house, listingKey: 'HTTP-2', livingArea: -1 }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        error: { data: { code: string; issues: unknown } };
      };
      expect(body.error.data.code).toBe('BAD_REQUEST');
      expect(body.error.data.issues).toContainEqual(
        expect.objectContaining({ path: ['livingArea'] }),
      );
    });
  });

  describe('given a publishable key from the org’s allowed origin', () => {
    it('lists listings and lets that origin read the answer', async () => {
      const response = await fetch(listUrl(api, { pageSize: 5 }), {
        headers: { authorization: `Bearer ${org.publishableKey}`, origin: org.origin },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(org.origin);
      const body = (await response.json()) as { result: { data: { items: unknown[] } } };
      expect(Array.isArray(body.result.data.items)).toBe(true);
    });
  });

  describe('given the same publishable key from another origin', () => {
    it('answers 403 and grants that origin nothing', async () => {
      const response = await fetch(listUrl(api, { pageSize: 5 }), {
        headers: { authorization: `Bearer ${org.publishableKey}`, origin: 'https://evil.example' },
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(JSON.stringify(await response.json())).not.toContain('HTTP-1');
    });
  });

  describe('given a browser preflight', () => {
    it('answers 204 allowing the authorization header', async () => {
      const response = await fetch(`${api.url}/trpc/properties.list`, {
        method: 'OPTIONS',
        headers: {
          origin: org.origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
      expect(response.status).toBe(204);
      const allowed = response.headers.get('access-control-allow-headers') ?? '';
      expect(allowed.split(',').map((h) => h.trim().toLowerCase())).toContain('authorization');
    });
  });

  describe('given a server that accepts bodies of at most 1 KiB', () => {
    it('answers a bigger import with 413 and imports nothing', async () => {
      const small = await startApi({
        database: lent(test.database),
        port: 0,
        server: { rateLimitPerMinute: false, bodyLimit: 1024 },
      });
      try {
        const row =
          '7129300520,20141013T000000,2014,10,10/2014,221900,3,1,1180,5650,1,0,0,3,7,1180,0,1955,0,98178,47.5112,-122.257,1340,5650';
        const rows = Array.from({ length: 40 }, (_, i) =>
          row.replace('7129300520', `71293005${i}`),
        );
        const header =
          'id,date,year,month,month_year,price,bedrooms,bathrooms,sqft_living,sqft_lot,floors,waterfront,view,condition,grade,sqft_above,sqft_basement,yr_built,yr_renovated,zipcode,lat,long,sqft_living15,sqft_lot15';
        const csv = [header, ...rows].join('\n');
        const response = await fetch(`${small.url}/trpc/properties.import`, {
          method: 'POST',
          headers: { authorization: `Bearer ${org.secretKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ csv, skipInvalid: true }),
        });
        expect(response.status).toBe(413);
        const listed = await fetch(listUrl(small, { filters: { text: '71293005' } }), {
          headers: { authorization: `Bearer ${org.secretKey}` },
        });
        const body = (await listed.json()) as { result: { data: { total: number } } };
        expect(body.result.data.total).toBe(0);
      } finally {
        await small.close();
      }
    });
  });

  describe('given a server limited to 5 requests a minute', () => {
    it('answers the 6th request with 429', async () => {
      const limited = await startApi({
        database: lent(test.database),
        port: 0,
        server: { rateLimitPerMinute: 5 },
      });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) statuses.push((await fetch(`${limited.url}/health`)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      } finally {
        await limited.close();
      }
    });

    it('counts tRPC calls too', async () => {
      const limited = await startApi({
        database: lent(test.database),
        port: 0,
        server: { rateLimitPerMinute: 5 },
      });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) {
          statuses.push((await fetch(`${limited.url}/trpc/health?batch=1&input=%7B%7D`)).status);
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      } finally {
        await limited.close();
      }
    });
  });

  describe('given close()', () => {
    it('resolves and the port stops accepting connections', async () => {
      const doomed = await startApi({
        database: lent(test.database),
        port: 0,
        server: { rateLimitPerMinute: false },
      });
      expect((await fetch(`${doomed.url}/health`)).status).toBe(200);
      await expect(doomed.close()).resolves.toBeUndefined();
      await expect(fetch(`${doomed.url}/health`)).rejects.toThrow();
      // The lent database is still usable by others.
      expect((await fetch(`${api.url}/health`)).status).toBe(200);
    });
  });
});

describe('given a server that opened its own in-memory PGlite', () => {
  it('serves, then close() stops it and closes its database', async () => {
    const api = await startApi({ databaseOptions: { dataDir: 'memory://' }, port: 0 });
    expect(await (await fetch(`${api.url}/health`)).json()).toMatchObject({
      status: 'ok',
      database: 'pglite',
    });
    await api.close();
    await expect(fetch(`${api.url}/health`)).rejects.toThrow();
    await expect(api.database.db.execute('select 1')).rejects.toThrow();
  });
});
