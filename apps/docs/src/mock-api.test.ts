import { canTransition, type Listing, listingListInput } from '@estatekit/domain';
import { describe, expect, it } from 'vitest';
import { fixtureHistory } from './fixtures/history.fixture';
import { fixtureListings } from './fixtures/listings.fixture';
import { createMockApi, forbiddenOriginError } from './mock-api';
import { searchListings } from './mock-api.utils';

const query = (input: Parameters<typeof listingListInput.parse>[0]) =>
  searchListings(fixtureListings, listingListInput.parse(input));

/** Calls the mock the way httpBatchLink does: one GET, tRPC batch encoding. */
async function call(api: ReturnType<typeof createMockApi>, path: string, input: unknown) {
  const url = `https://api.test/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;
  const response = await api.fetch(url);
  const [body] = (await response.json()) as [
    { result?: { data: unknown }; error?: { message: string; data: Record<string, unknown> } },
  ];
  return { status: response.status, ...body };
}

describe('given the fixture', () => {
  it('holds 60 listings with unique keys, prices in whole cents and a King County address', () => {
    expect(fixtureListings).toHaveLength(60);
    expect(new Set(fixtureListings.map((l) => l.listingKey)).size).toBe(60);
    for (const l of fixtureListings) {
      expect(Number.isInteger(l.listPrice)).toBe(true);
      expect(l.stateOrProvince).toBe('WA');
      expect(l.postalCode).toMatch(/^98\d{3}$/);
    }
  });

  it('tells each listing history as allowed steps of the RESO status workflow', () => {
    for (const listing of fixtureListings) {
      const steps = fixtureHistory(listing).filter((e) => e.action === 'status_change');
      expect(steps.at(-1)?.to).toBe(listing.standardStatus);
      for (const step of steps.slice(1)) {
        expect(canTransition(step.from as Listing['standardStatus'], step.to as never)).toBe(true);
      }
    }
  });
});

describe('given a search', () => {
  it('filters by minimum bedrooms and a price range, counting every match', () => {
    const result = query({
      filters: { bedroomsMin: 3, listPrice: { min: 50_000_000, max: 100_000_000 } },
      pageSize: 500,
    });
    const expected = fixtureListings.filter(
      (l) =>
        (l.bedroomsTotal ?? -1) >= 3 &&
        l.listPrice !== null &&
        l.listPrice >= 50_000_000 &&
        l.listPrice <= 100_000_000,
    );
    expect(result.total).toBe(expected.length);
    expect(result.items.map((l) => l.listingKey).sort()).toEqual(
      expected.map((l) => l.listingKey).sort(),
    );
  });

  it('sorts by price descending and pages by number', () => {
    const prices = fixtureListings.map((l) => l.listPrice ?? 0).sort((a, b) => b - a);
    const page2 = query({ sort: { field: 'listPrice', direction: 'desc' }, page: 2, pageSize: 10 });
    expect(page2.items.map((l) => l.listPrice)).toEqual(prices.slice(10, 20));
    expect(page2).toMatchObject({ total: 60, page: 2, pageSize: 10, nextCursor: null });
  });

  it('puts listings without the sort field last in either direction', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const items = query({ sort: { field: 'bedroomsTotal', direction }, pageSize: 500 }).items;
      const firstNull = items.findIndex((l) => l.bedroomsTotal === null);
      expect(firstNull).toBeGreaterThan(0);
      expect(items.slice(firstNull).every((l) => l.bedroomsTotal === null)).toBe(true);
    }
  });

  it('finds text in the id, address, city or postal code, ignoring case', () => {
    const result = query({ filters: { text: 'mercer' }, pageSize: 500 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((l) => `${l.city} ${l.unparsedAddress}`.match(/mercer/i))).toBe(true);
  });
});

describe('given the mocked API over fetch', () => {
  it('answers properties.list in tRPC batch format', async () => {
    const api = createMockApi();
    const answer = await call(api, 'properties.list', { filters: { bedroomsMin: 5 } });
    expect(answer.status).toBe(200);
    const data = answer.result?.data as { total: number; items: Listing[] };
    expect(data.items.every((l) => (l.bedroomsTotal ?? 0) >= 5)).toBe(true);
    expect(api.callsTo('properties.list')).toHaveLength(1);
  });

  it('refuses an unknown filter like the API: BAD_REQUEST naming the field', async () => {
    const answer = await call(createMockApi(), 'properties.list', { filters: { bedrooms: 3 } });
    expect(answer.status).toBe(400);
    expect(answer.error?.message).toBe('filters.bedrooms: bedrooms is not allowed here');
    expect(answer.error?.data).toMatchObject({
      code: 'BAD_REQUEST',
      issues: [{ path: ['filters', 'bedrooms'] }],
    });
  });

  it('answers a listing by key and its history, and NOT_FOUND for an unknown key', async () => {
    const api = createMockApi();
    const listing = fixtureListings[0]!;
    const byId = await call(api, 'properties.byId', { listingKey: listing.listingKey });
    expect(byId.result?.data).toEqual(listing);
    const history = await call(api, 'properties.history', { listingKey: listing.listingKey });
    expect(history.result?.data).toEqual(fixtureHistory(listing));
    const missing = await call(api, 'properties.byId', { listingKey: 'nope' });
    expect(missing).toMatchObject({ status: 404, error: { message: 'No listing with key nope.' } });
  });

  it('answers every call with the configured error in the error scenario', async () => {
    const answer = await call(createMockApi({ scenario: 'error' }), 'properties.list', {});
    expect(answer.status).toBe(403);
    expect(answer.error?.message).toBe(forbiddenOriginError.message);
    expect(answer.error?.data).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403 });
  });

  it('never answers in the never scenario, until the request is aborted', async () => {
    const api = createMockApi({ scenario: 'never' });
    const controller = new AbortController();
    const pending = api.fetch('https://api.test/trpc/properties.list?batch=1&input={}', {
      signal: controller.signal,
    });
    const outcome = await Promise.race([
      pending.then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 50)),
    ]);
    expect(outcome).toBe('waiting');
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(api.callsTo('properties.list')).toHaveLength(1);
  });
});
