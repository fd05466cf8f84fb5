/**
 * The lean tRPC route over real HTTP: batches as @trpc/client's `httpBatchLink` sends them
 * (GET for queries, POST for mutations, `?batch=1`, comma-separated paths, `input` as
 * `{"0": …}`), mixed success and failure, CORS on batches, and the same answers as tRPC's own
 * adapter (a second server with `leanTrpc: false`) for those and for everything the route hands
 * over to tRPC. On in-memory PGlite: the protocol does not depend on the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { seedOrg, type TestOrg } from '../testing/test-org';
import { type RunningApi, startApi } from './start';

const lent = (database: Database): Database => ({ ...database, close: async () => {} });

/** The URL `httpBatchLink` builds: paths joined by commas, inputs keyed by position. */
const batchUrl = (api: RunningApi, paths: string[], inputs?: unknown[]) => {
  const input = inputs ? `&input=${encodeURIComponent(JSON.stringify({ ...inputs }))}` : '';
  return `${api.url}/trpc/${paths.join(',')}?batch=1${input}`;
};

type Envelope = {
  result?: { data: Record<string, unknown> };
  error?: { message: string; code: number; data: Record<string, unknown> };
};

const listing = (key: string) => ({
  listingKey: key,
  listingId: key,
  propertyType: 'Residential',
  listPrice: 45_000_000,
  bedroomsTotal: 3,
  bathroomsTotalInteger: 2,
  livingArea: 1500,
});

describe('the lean tRPC route', () => {
  let test: TestDatabase;
  let org: TestOrg;
  let lean: RunningApi;
  let reference: RunningApi;
  let auth: Record<string, string>;

  beforeAll(async () => {
    test = await openTestDatabase('pglite');
    org = await seedOrg(test.database, 'batch');
    auth = { authorization: `Bearer ${org.secretKey}` };
    const server = { rateLimitPerMinute: false as const };
    lean = await startApi({ database: lent(test.database), port: 0, server });
    reference = await startApi({
      database: lent(test.database),
      port: 0,
      server: { ...server, leanTrpc: false },
    });
    const created = await fetch(`${lean.url}/trpc/properties.create`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(listing('BATCH-0')),
    });
    expect(created.status).toBe(200);
  });
  afterAll(async () => {
    await lean?.close();
    await reference?.close();
    await test?.drop();
  });

  describe('given a batched GET of queries where one fails', () => {
    it('answers 207 with each result or error in its position', async () => {
      const response = await fetch(
        batchUrl(
          lean,
          ['health', 'properties.byId', 'properties.byId'],
          [undefined, { listingKey: 'BATCH-0' }, { listingKey: 'NO-SUCH-KEY' }],
        ),
        { headers: auth },
      );
      expect(response.status).toBe(207);
      expect(response.headers.get('content-type')).toBe('application/json');
      const body = (await response.json()) as Envelope[];
      expect(body).toHaveLength(3);
      expect(body[0]).toEqual({ result: { data: { status: 'ok' } } });
      expect(body[1]?.result?.data).toMatchObject({ listingKey: 'BATCH-0', listPrice: 45_000_000 });
      expect(body[2]?.error?.data).toMatchObject({
        code: 'NOT_FOUND',
        httpStatus: 404,
        path: 'properties.byId',
        domain: { code: 'NOT_FOUND', context: { listingKey: 'NO-SUCH-KEY' } },
      });
    });
  });

  describe('given a batched POST of mutations where one input is bad', () => {
    it('creates the good listing, names the bad field of the other and answers 207', async () => {
      const response = await fetch(batchUrl(lean, ['properties.create', 'properties.create']), {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          0: listing('BATCH-1'),
          1: { ...listing('BATCH-2'), livingArea: -5 },
        }),
      });
      expect(response.status).toBe(207);
      const body = (await response.json()) as Envelope[];
      expect(body[0]?.result?.data).toMatchObject({
        listingKey: 'BATCH-1',
        standardStatus: 'Active',
      });
      expect(body[1]?.error?.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
      expect(body[1]?.error?.data.issues).toContainEqual(
        expect.objectContaining({ path: ['livingArea'] }),
      );

      const read = await fetch(
        batchUrl(
          lean,
          ['properties.byId', 'properties.byId'],
          [{ listingKey: 'BATCH-1' }, { listingKey: 'BATCH-2' }],
        ),
        { headers: auth },
      );
      const [first, second] = (await read.json()) as Envelope[];
      expect(first?.result?.data.listingKey).toBe('BATCH-1');
      expect(second?.error?.data.code).toBe('NOT_FOUND');
    });
  });

  describe('given a batch where every call fails the same way', () => {
    it('answers with that status', async () => {
      const response = await fetch(
        batchUrl(lean, ['properties.list', 'properties.byId'], [{}, { listingKey: 'BATCH-0' }]),
      );
      expect(response.status).toBe(401);
      const body = (await response.json()) as Envelope[];
      expect(body.map((entry) => entry.error?.data.code)).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED']);
    });
  });

  describe('given a batch from a browser on the org’s allowed origin', () => {
    it('lets that origin read the answer and varies on Origin', async () => {
      const response = await fetch(
        batchUrl(lean, ['health', 'properties.list'], [undefined, { pageSize: 1 }]),
        { headers: { authorization: `Bearer ${org.publishableKey}`, origin: org.origin } },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(org.origin);
      expect(response.headers.get('vary')).toBe('trpc-accept, accept, Origin');
    });

    it('grants another origin nothing', async () => {
      const response = await fetch(batchUrl(lean, ['properties.list'], [{ pageSize: 1 }]), {
        headers: { authorization: `Bearer ${org.publishableKey}`, origin: 'https://evil.example' },
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('given the same requests through tRPC’s own adapter', () => {
    const json = { 'content-type': 'application/json' };
    const cases: [string, string, RequestInit][] = [
      ['a single query', '/trpc/properties.byId?input=%7B%22listingKey%22%3A%22BATCH-0%22%7D', {}],
      ['a query without input', '/trpc/health', {}],
      ['a batch of one', '/trpc/health?batch=1&input=%7B%7D', {}],
      ['an unknown path', '/trpc/nope', {}],
      ['an unknown path in a batch', '/trpc/health,nope?batch=1', {}],
      ['input that is not JSON', '/trpc/properties.list?input=%7B', {}],
      ['a batch input that is not an object', '/trpc/properties.list?batch=1&input=%5B%5D', {}],
      ['an input with a malformed %-escape', '/trpc/properties.list?input=%7B%22x%zz%7D', {}],
      ['a repeated batch parameter', '/trpc/health?batch=1&batch=0', {}],
      ['an encoded path', '/trpc/properties%252Elist', {}],
      ['a query over POST', '/trpc/health', { method: 'POST', headers: json, body: '{}' }],
      ['a mutation over GET', '/trpc/properties.create', {}],
      ['queries and mutations mixed', '/trpc/health,properties.create?batch=1', {}],
      [
        'a conflicting mutation',
        '/trpc/properties.create',
        { method: 'POST', headers: json, body: JSON.stringify(listing('BATCH-0')) },
      ],
      ['an empty POST body', '/trpc/properties.create', { method: 'POST', headers: json }],
      [
        'a text/plain POST',
        '/trpc/properties.create',
        { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' },
      ],
      [
        'a jsonl stream',
        '/trpc/health?batch=1',
        { headers: { 'trpc-accept': 'application/jsonl' } },
      ],
      ['an OPTIONS without Origin', '/trpc/health', { method: 'OPTIONS' }],
    ];

    it.each(cases)('answers %s identically', async (_name, path, init) => {
      const send = async (api: RunningApi) => {
        const response = await fetch(`${api.url}${path}`, {
          ...init,
          headers: { ...auth, ...(init.headers as Record<string, string>) },
        });
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          body: await response.text(),
        };
      };
      expect(await send(lean)).toEqual(await send(reference));
    });
  });
});
