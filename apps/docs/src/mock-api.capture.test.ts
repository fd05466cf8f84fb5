import { describe, expect, it } from 'vitest';
import { createMockApi } from './mock-api';

/** Posts `leads.capture` to the mock the way httpBatchLink sends a mutation. */
async function capture(api: ReturnType<typeof createMockApi>, input: unknown) {
  const response = await api.fetch('https://api.test/trpc/leads.capture?batch=1', {
    method: 'POST',
    body: JSON.stringify({ 0: input }),
  });
  const [body] = (await response.json()) as [
    {
      result?: { data: { status: string; reference: string } };
      error?: { data: Record<string, unknown> };
    },
  ];
  return { status: response.status, ...body };
}

/** How many leads the mock holds (`leads.list`, a query: a GET). */
async function leadCount(api: ReturnType<typeof createMockApi>) {
  const input = encodeURIComponent(JSON.stringify({ 0: { limit: 2000 } }));
  const response = await api.fetch(`https://api.test/trpc/leads.list?batch=1&input=${input}`);
  const [body] = (await response.json()) as [{ result: { data: { total: number } } }];
  return body.result.data.total;
}

const enquiry = {
  fullName: 'Mary Somerville',
  email: 'mary@example.com',
  linkedListingKeys: ['KC-1001'],
  source: 'request_info',
  idempotencyKey: 'enq_0001-test',
  website: '',
};

describe('given leads.capture on the mocked API', () => {
  it('creates a lead and answers with a reference; the same key gets the same answer', async () => {
    const api = createMockApi();
    const first = await capture(api, enquiry);
    expect(first.status).toBe(200);
    expect(first.result?.data).toEqual({
      status: 'received',
      reference: expect.stringMatching(/^L-[0-9A-F]{8}$/),
    });
    const again = await capture(api, enquiry);
    expect(again.result?.data).toEqual(first.result?.data);
    const conflict = await capture(api, { ...enquiry, message: 'Different' });
    expect(conflict.status).toBe(409);
    expect(conflict.error?.data).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses like the API: each bad field with its path, an email or a phone required', async () => {
    const api = createMockApi();
    const bad = await capture(api, { ...enquiry, email: 'mary@', fullName: '' });
    expect(bad.status).toBe(400);
    const issues = (bad.error?.data.issues ?? []) as { path: string[] }[];
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['email', 'fullName']));
    const noContact = await capture(api, {
      ...enquiry,
      email: undefined,
      idempotencyKey: 'enq_0002-test',
    });
    expect(noContact.error?.data.issues).toEqual([
      { path: ['email'], message: 'give an email or a phone number' },
    ]);
    const phone = await capture(api, {
      ...enquiry,
      email: undefined,
      phone: '1234',
      idempotencyKey: 'enq_0003-test',
    });
    expect(phone.error?.data).toMatchObject({
      code: 'BAD_REQUEST',
      issues: [{ path: ['phone'], message: 'not a valid phone number' }],
    });
  });

  it('answers a filled honeypot as received and stores nothing', async () => {
    const api = createMockApi();
    const before = await leadCount(api);
    const answer = await capture(api, { ...enquiry, website: 'https://spam.example' });
    expect(answer.result?.data).toEqual({
      status: 'received',
      reference: expect.stringMatching(/^L-[0-9A-F]{8}$/),
    });
    expect(await leadCount(api)).toBe(before);
    await capture(api, { ...enquiry, idempotencyKey: 'enq_0004-test' });
    expect(await leadCount(api)).toBe(before + 1);
  });

  it('refuses every enquiry with TOO_MANY_REQUESTS when rate limited', async () => {
    const api = createMockApi({ capture: 'rate_limited' });
    const answer = await capture(api, enquiry);
    expect(answer.status).toBe(429);
    expect(answer.error?.data).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});
