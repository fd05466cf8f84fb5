import type { LeadDto, LeadListResult } from '@estatekit/domain';
import { describe, expect, it } from 'vitest';
import { fixtureLeads, refusedMoveLeads } from './fixtures/leads.fixture';
import { createMockApi } from './mock-api';

/** Calls the mock the way httpBatchLink does: a query is a GET, a mutation a POST. */
async function call(
  api: ReturnType<typeof createMockApi>,
  path: string,
  input: unknown,
  post = false,
) {
  const batch = encodeURIComponent(JSON.stringify({ 0: input }));
  const response = post
    ? await api.fetch(`https://api.test/trpc/${path}?batch=1`, {
        method: 'POST',
        body: JSON.stringify({ 0: input }),
      })
    : await api.fetch(`https://api.test/trpc/${path}?batch=1&input=${batch}`);
  const [body] = (await response.json()) as [
    { result?: { data: unknown }; error?: { message: string; data: Record<string, unknown> } },
  ];
  return { status: response.status, ...body };
}

describe('given the fixture leads', () => {
  it('lists them hottest first with per-stage counts and budget sums over every match', async () => {
    const answer = await call(createMockApi(), 'leads.list', { limit: 10 });
    const data = answer.result?.data as LeadListResult;
    expect(data.items).toHaveLength(10);
    expect(data.total).toBe(fixtureLeads.length);
    const heats = data.items.map((l) => l.heat);
    expect(heats).toEqual([...heats].sort((a, b) => b - a));
    const counted = data.stages.reduce((sum, s) => sum + s.count, 0);
    expect(counted).toBe(fixtureLeads.length);
  });
});

describe('given a move', () => {
  it('refuses with the domain’s violations, as the API does', async () => {
    const api = createMockApi();
    const nora = fixtureLeads.find((l) => l.id === refusedMoveLeads.noPhone)!;
    const answer = await call(
      api,
      'leads.move',
      { leadId: nora.id, to: 'contract_signed', version: nora.version },
      true,
    );
    expect(answer.status).toBe(422);
    expect(answer.error?.data).toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      domain: {
        code: 'INVALID_TRANSITION',
        context: { violations: [{ code: 'phone_missing' }] },
      },
    });
  });

  it('moves with the right version, creates the entry task, and says CONFLICT for a stale one', async () => {
    const api = createMockApi();
    const lead = fixtureLeads.find((l) => l.stageKey === 'new')!;
    const moved = await call(
      api,
      'leads.move',
      { leadId: lead.id, to: 'contacted', version: lead.version },
      true,
    );
    expect(moved.result?.data).toMatchObject({ stageKey: 'contacted', version: lead.version + 1 });
    const saved = moved.result?.data as LeadDto | undefined;
    expect(saved?.nextTask?.title).toBe('Call back');
    const stale = await call(
      api,
      'leads.move',
      { leadId: lead.id, to: 'new', version: lead.version },
      true,
    );
    expect(stale).toMatchObject({ status: 409, error: { data: { code: 'CONFLICT' } } });
  });
});

describe('given a new lead', () => {
  it('refuses a bad email naming the field', async () => {
    const answer = await call(
      createMockApi(),
      'leads.create',
      { fullName: 'X', email: 'x@' },
      true,
    );
    expect(answer.status).toBe(400);
    expect(answer.error?.data).toMatchObject({
      code: 'BAD_REQUEST',
      issues: [{ path: ['email'] }],
    });
  });
});
