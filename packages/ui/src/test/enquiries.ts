import { createFakeApi, FakeApiError } from './fake-api';
import { makeListings } from './listings';

/**
 * A fake API for the PropertyGrid's enquiries: three listings (MLS-1001…1003, no history) and
 * `leads.capture` answering like the API: `{ status: 'received', reference }`, the same
 * reference for a repeated idempotency key (and CONFLICT for the same key with another input),
 * unless `capture` is given, which then answers instead (throw a `FakeApiError` to refuse).
 * `dropNextCaptureAnswer()` makes the next `leads.capture` reach the API and its answer get
 * lost on the way back (`fetch` rejects, as when the connection drops).
 */
export function createEnquiryApi(capture?: (input: unknown) => unknown) {
  const seen = new Map<string, { body: string; reference: string }>();
  let leadsCreated = 0;
  const api = createFakeApi({
    'properties.list': () => ({
      items: makeListings(3),
      total: 3,
      page: 1,
      pageSize: 50,
      nextCursor: null,
    }),
    'properties.history': () => [],
    'leads.capture': (input) => {
      if (capture) return capture(input);
      const { idempotencyKey, ...rest } = input as { idempotencyKey?: string };
      const body = JSON.stringify(rest);
      const first = idempotencyKey ? seen.get(idempotencyKey) : undefined;
      if (first && first.body !== body) {
        throw new FakeApiError(
          'This idempotency key was used for another request.',
          'CONFLICT',
          409,
        );
      }
      if (first) return { status: 'received', reference: first.reference };
      leadsCreated += 1;
      const reference = `L-3F2A9C${String(leadsCreated).padStart(2, '0')}`;
      if (idempotencyKey) seen.set(idempotencyKey, { body, reference });
      return { status: 'received', reference };
    },
  });
  let dropNext = false;
  const fetch: typeof globalThis.fetch = async (url, init) => {
    const response = await api.fetch(url, init);
    if (dropNext && String(url).includes('leads.capture')) {
      dropNext = false;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
  return {
    ...api,
    fetch,
    dropNextCaptureAnswer: () => {
      dropNext = true;
    },
    /** Leads the fake API created (a repeated idempotency key creates none). */
    leadsCreated: () => leadsCreated,
  };
}
