/**
 * The lead pipeline through the API, as agents, managers and web visitors use it: capture and
 * deduplication, routing, moves with guards and entry tasks, optimistic concurrency, roles,
 * claim mode, the overdue job and live changes. PGlite and PostgreSQL.
 */
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../root';
import { runLeadJobs } from '../../services/lead-jobs.service';
import { driverKinds, openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { everyoneRule, seedStaff, type TestStaff } from '../../testing/test-leads';
import {
  callerFor,
  FIXED_NOW,
  seedOrg,
  TEST_EMBED_SECRET,
  type TestOrg,
} from '../../testing/test-org';
import { createContext } from '../../trpc/context';
import { createCallerFactory } from '../../trpc/trpc';
import { createCaptureRateLimits } from './capture-rate-limit';

type Caller = ReturnType<typeof callerFor>;

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { context?: { violations?: { code: string; message: string }[] } };
    return {
      code: error.code,
      message: error.message,
      violations: cause?.context?.violations ?? [],
    };
  }
  throw new Error('expected a refusal');
}

const minutesLater = (minutes: number) => new Date(FIXED_NOW.getTime() + minutes * 60_000);

describe.each(driverKinds)('lead pipeline on %s', (kind) => {
  let test: TestDatabase;
  let org: TestOrg;
  let owner: Caller;
  let ana: TestStaff;
  let ben: TestStaff;
  let reader: TestStaff;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    org = await seedOrg(test.database, 'leadco');
    owner = callerFor(test.database, org.secretKey);
    const staff = await seedStaff(test.database, org.org, [
      { name: 'Ana Agent', role: 'agent', agent: true },
      { name: 'Ben Broker', role: 'agent', agent: true },
      { name: 'Rita Reader', role: 'read_only' },
    ]);
    [ana, ben, reader] = staff as [TestStaff, TestStaff, TestStaff];
    await owner.routing.create(everyoneRule([ana.userId, ben.userId]));
  });
  afterAll(() => test.drop());

  const newLead = (fullName: string, extra: Record<string, unknown> = {}) =>
    owner.leads.create({ fullName, source: 'referral', ...extra });

  it('starts every org with the default sales pipeline and its stages in order', async () => {
    const pipeline = await owner.pipelines.byKey({});
    expect(pipeline.key).toBe('sales');
    expect(pipeline.stages.map((s) => s.key)).toEqual([
      'new',
      'contacted',
      'needs_analysis',
      'viewing_scheduled',
      'offer_sent',
      'negotiation',
      'contract_signed',
      'won',
      'lost',
    ]);
    expect((await owner.pipelines.list()).map((p) => p.key)).toEqual(['sales', 'lettings']);
  });

  it('hands equal agents new leads in turn and records why', async () => {
    const first = await newLead('Turn One');
    const second = await newLead('Turn Two');
    expect(new Set([first.assigneeId, second.assigneeId])).toEqual(
      new Set([ana.userId, ben.userId]),
    );
    const [trace] = await owner.leads.routingTrace({ leadId: second.id });
    expect(trace).toMatchObject({ method: 'auto', agentId: second.assigneeId });
    expect(JSON.stringify(trace!.trace)).toContain('Everyone');
  });

  it('refuses a move that skips stages, naming every rule it breaks, and changes nothing', async () => {
    const lead = await newLead('Skipper', { assigneeId: ana.userId });
    const refused = await refusal(
      owner.leads.move({ leadId: lead.id, to: 'offer_sent', version: lead.version }),
    );
    expect(refused.code).toBe('UNPROCESSABLE_CONTENT');
    const codes = refused.violations.map((v) => v.code);
    expect(codes).toContain('skips_forward');
    expect(codes).toContain('offer_not_sent');
    expect(refused.violations.every((v) => v.message.length > 10)).toBe(true);
    const after = await owner.leads.byId({ leadId: lead.id });
    expect(after.lead).toMatchObject({ stageKey: 'new', version: lead.version });
    expect(after.history.filter((h) => h.action === 'status_change')).toEqual([]);
  });

  it('moves one stage forward, writes the audit entry and creates "Call back" due in 24 h', async () => {
    const lead = await newLead('Mover', { assigneeId: ana.userId });
    const moved = await ana.caller.leads.move({
      leadId: lead.id,
      to: 'contacted',
      version: lead.version,
    });
    expect(moved).toMatchObject({ stageKey: 'contacted', version: lead.version + 1 });
    expect(moved.nextTask).toMatchObject({
      title: 'Call back',
      dueAt: new Date(FIXED_NOW.getTime() + 24 * 3_600_000).toISOString(),
    });
    const detail = await owner.leads.byId({ leadId: lead.id });
    expect(detail.history.at(-1)).toMatchObject({
      action: 'status_change',
      from: 'new',
      to: 'contacted',
      actor: { kind: 'api_key', role: 'agent' },
    });
    expect(detail.tasks.map((t) => [t.title, t.assigneeId])).toEqual([['Call back', ana.userId]]);
  });

  it('refuses a stale version with CONFLICT and keeps the winner’s move', async () => {
    const lead = await newLead('Racer', { assigneeId: ana.userId });
    await owner.leads.move({ leadId: lead.id, to: 'contacted', version: lead.version });
    const stale = await refusal(
      owner.leads.move({ leadId: lead.id, to: 'needs_analysis', version: lead.version }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((await owner.leads.byId({ leadId: lead.id })).lead.stageKey).toBe('contacted');
  });

  it('lets offer_sent through only once an offer was sent on a channel', async () => {
    let lead = await newLead('Offeree', { assigneeId: ana.userId });
    for (const to of ['contacted', 'needs_analysis']) {
      lead = await owner.leads.move({ leadId: lead.id, to, version: lead.version });
    }
    await owner.activities.log({
      leadId: lead.id,
      type: 'viewing',
      scheduledAt: '2026-11-25T15:00:00Z',
      listingKey: 'L-1',
    });
    lead = (await owner.leads.byId({ leadId: lead.id })).lead;
    lead = await owner.leads.move({
      leadId: lead.id,
      to: 'viewing_scheduled',
      version: lead.version,
    });
    await owner.activities.log({
      leadId: lead.id,
      type: 'offer',
      channel: 'whatsapp',
      deliveryStatus: 'failed',
      amount: 45_000_000,
    });
    lead = (await owner.leads.byId({ leadId: lead.id })).lead;
    const failed = await refusal(
      owner.leads.move({ leadId: lead.id, to: 'offer_sent', version: lead.version }),
    );
    expect(failed.violations.map((v) => v.code)).toEqual(['offer_not_sent']);
    await owner.activities.log({
      leadId: lead.id,
      type: 'offer',
      channel: 'email',
      deliveryStatus: 'sent',
      amount: 45_000_000,
    });
    lead = (await owner.leads.byId({ leadId: lead.id })).lead;
    const sent = await owner.leads.move({
      leadId: lead.id,
      to: 'offer_sent',
      version: lead.version,
    });
    expect(sent.stageKey).toBe('offer_sent');
    const tasks = (await owner.leads.byId({ leadId: lead.id })).tasks.map((t) => t.title);
    expect(tasks).toContain('Follow up on offer');
  });

  it('needs a reason to lose a lead, and a lost lead can be reopened to contacted', async () => {
    let lead = await newLead('Loser', { assigneeId: ana.userId });
    lead = await owner.leads.move({ leadId: lead.id, to: 'contacted', version: lead.version });
    expect(lead.nextTask?.title).toBe('Call back');
    const noReason = await refusal(
      owner.leads.move({ leadId: lead.id, to: 'lost', version: lead.version }),
    );
    expect(noReason.violations.map((v) => v.code)).toEqual(['reason_required']);
    lead = await owner.leads.move({
      leadId: lead.id,
      to: 'lost',
      version: lead.version,
      reason: 'Bought elsewhere',
    });
    expect(lead).toMatchObject({ stageKey: 'lost', lostReason: 'Bought elsewhere', heat: 0 });
    expect(lead.nextTask).toBeNull();
    const tasks = (await owner.leads.byId({ leadId: lead.id })).tasks.map((t) => t.status);
    expect(tasks).toEqual(['canceled']);
    lead = await owner.leads.move({ leadId: lead.id, to: 'contacted', version: lead.version });
    expect(lead.stageKey).toBe('contacted');
  });

  it('keeps agents to their own and unassigned leads; read_only sees all and changes nothing', async () => {
    const bens = await newLead('Ben’s client', { assigneeId: ben.userId });
    const mine = await newLead('Ana’s client', { assigneeId: ana.userId });
    const anaList = await ana.caller.leads.list({ limit: 2000 });
    expect(anaList.items.every((l) => l.assigneeId === null || l.assigneeId === ana.userId)).toBe(
      true,
    );
    expect(anaList.items.map((l) => l.id)).toContain(mine.id);
    expect(anaList.items.map((l) => l.id)).not.toContain(bens.id);

    const move = await refusal(
      ana.caller.leads.move({ leadId: bens.id, to: 'contacted', version: bens.version }),
    );
    expect(move.code).toBe('FORBIDDEN');
    expect(
      await refusal(ana.caller.leads.assign({ leadId: bens.id, agentId: ana.userId })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });

    const all = await reader.caller.leads.list({ limit: 2000 });
    expect(all.items.map((l) => l.id)).toEqual(expect.arrayContaining([bens.id, mine.id]));
    expect(
      await refusal(
        reader.caller.leads.move({ leadId: mine.id, to: 'contacted', version: mine.version }),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await owner.leads.byId({ leadId: bens.id })).lead.stageKey).toBe('new');
  });

  it('edits contact details in normalised form, refusing a stale version or another lead’s email', async () => {
    const taken = await newLead('Taken Tom', { email: 'tom@example.com', assigneeId: ana.userId });
    const lead = await newLead('Edit Eve', { assigneeId: ana.userId });
    const edited = await ana.caller.leads.update({
      leadId: lead.id,
      version: lead.version,
      changes: { phone: '+44 20 7946 0958', email: ' Eve@Example.com ', agreedAmount: 42_000_000 },
    });
    expect(edited).toMatchObject({
      phone: '+442079460958',
      email: 'eve@example.com',
      agreedAmount: 42_000_000,
      version: lead.version + 1,
    });
    expect(
      (
        await refusal(
          ana.caller.leads.update({
            leadId: lead.id,
            version: lead.version,
            changes: { fullName: 'Old' },
          }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(
      (
        await refusal(
          ana.caller.leads.update({
            leadId: lead.id,
            version: edited.version,
            changes: { email: taken.email },
          }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect((await owner.leads.byId({ leadId: lead.id })).lead.email).toBe('eve@example.com');
    expect(
      (
        await refusal(
          ana.caller.leads.update({
            leadId: lead.id,
            version: edited.version,
            changes: { phone: 'call me maybe' },
          }),
        )
      ).code,
    ).toBe('BAD_REQUEST');
  });

  it('sums each column’s budgets over all matching leads, not just the page', async () => {
    await newLead('Budget A', {
      budgetMin: 100_000_00,
      budgetMax: 200_000_00,
      assigneeId: ana.userId,
    });
    await newLead('Budget B', { budgetMin: 50_000_00, assigneeId: ana.userId });
    const page = await owner.leads.list({ text: 'budget', limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(2);
    expect(page.stages).toEqual([{ stageKey: 'new', count: 2, budgetTotal: 250_000_00 }]);
    const next = await owner.leads.list({ text: 'budget', limit: 1, cursor: page.nextCursor! });
    expect(next.items[0]!.id).not.toBe(page.items[0]!.id);
  });

  describe('import with history', () => {
    const day = (n: number, hour = 10) => new Date(Date.UTC(2026, 9, n, hour)).toISOString();
    const wonHistory = [
      { kind: 'activity' as const, at: day(1, 11), type: 'call' as const, body: 'Intro call' },
      { kind: 'move' as const, at: day(1, 12), to: 'contacted' },
      { kind: 'complete_tasks' as const, at: day(2) },
      { kind: 'move' as const, at: day(3), to: 'needs_analysis' },
      {
        kind: 'activity' as const,
        at: day(4),
        type: 'viewing' as const,
        listingKey: 'L-9',
        scheduledAt: day(6),
      },
      { kind: 'move' as const, at: day(4, 11), to: 'viewing_scheduled' },
      {
        kind: 'activity' as const,
        at: day(7),
        type: 'offer' as const,
        channel: 'email' as const,
        deliveryStatus: 'sent' as const,
        amount: 61_000_000,
      },
      { kind: 'move' as const, at: day(7, 11), to: 'offer_sent' },
      { kind: 'move' as const, at: day(9), to: 'negotiation' },
      { kind: 'move' as const, at: day(10), to: 'contract_signed' },
      {
        kind: 'update' as const,
        at: day(12),
        changes: { linkedListingKeys: ['L-9'], agreedAmount: 60_500_000 },
      },
      { kind: 'move' as const, at: day(12, 11), to: 'won' },
    ];

    it('replays each lead through the live rules: stages, tasks, audit and routing', async () => {
      const { imported, leadIds } = await owner.leads.import({
        leads: [
          {
            fullName: 'Imported Ivy',
            email: 'ivy@import.example',
            phone: '206 555 0101',
            createdAt: day(1),
            events: wonHistory,
          },
          {
            fullName: 'Imported Ike',
            email: 'ike@import.example',
            createdAt: new Date(FIXED_NOW.getTime() - 3_600_000).toISOString(),
            events: [],
          },
        ],
      });
      expect(imported).toBe(2);
      const ivy = await owner.leads.byId({ leadId: leadIds[0]! });
      expect(ivy.lead).toMatchObject({
        stageKey: 'won',
        phone: '+12065550101',
        agreedAmount: 60_500_000,
        heat: 0,
        firstResponseAt: day(1, 11),
      });
      expect(ivy.history.filter((h) => h.action === 'status_change').map((h) => h.to)).toEqual([
        'contacted',
        'needs_analysis',
        'viewing_scheduled',
        'offer_sent',
        'negotiation',
        'contract_signed',
        'won',
      ]);
      const statuses = Object.fromEntries(ivy.tasks.map((t) => [t.stageKey, t.status]));
      expect(statuses.contacted).toBe('done');
      expect(statuses.contract_signed).toBe('canceled');
      const ike = await owner.leads.byId({ leadId: leadIds[1]! });
      expect([ana.userId, ben.userId]).toContain(ike.lead.assigneeId);
      expect(ike.lead.heat).toBeGreaterThan(0);
      expect(ike.assignments[0]).toMatchObject({ method: 'auto' });
    });

    it('refuses the whole import, naming each broken rule by path, and writes nothing', async () => {
      const before = (await owner.leads.list({ limit: 1 })).total;
      const refused = await refusal(
        owner.leads.import({
          leads: [
            { fullName: 'Fine Fay', email: 'fay@import.example', createdAt: day(1), events: [] },
            {
              fullName: 'Skipping Sam',
              createdAt: day(1),
              events: [{ kind: 'move', at: day(2), to: 'offer_sent' }],
            },
            { fullName: 'Twin Ivy', email: 'IVY@import.example', createdAt: day(1), events: [] },
          ],
        }),
      );
      expect(refused.code).toBe('BAD_REQUEST');
      expect(refused.message).toMatch(/leads\.1\.events\.0: .*skip/i);
      expect(refused.message).toMatch(/leads\.2\.email/);
      expect((await owner.leads.list({ limit: 1 })).total).toBe(before);
    });
  });

  describe('web-form capture', () => {
    const visitor = () => callerFor(test.database, org.publishableKey, { origin: org.origin });

    it('creates one lead per person: a second enquiry by email or phone is an activity on it', async () => {
      const first = await visitor().leads.capture({
        fullName: 'Wendy Web',
        email: ' Wendy.Web@Example.COM ',
        phone: '(206) 555-0143',
        source: 'request_info',
        linkedListingKeys: ['7129300520'],
        message: 'Is it still available?',
      });
      const again = await visitor().leads.capture({
        fullName: 'Wendy W.',
        phone: '+1 206-555-0143',
        source: 'book_viewing',
        preferredViewingAt: '2026-11-28T10:00:00Z',
      });
      expect(again.reference).toBe(first.reference);
      const found = await owner.leads.list({ text: 'wendy', limit: 10 });
      expect(found.items).toHaveLength(1);
      expect(found.items[0]).toMatchObject({
        email: 'wendy.web@example.com',
        phone: '+12065550143',
        linkedListingKeys: ['7129300520'],
      });
      const detail = await owner.leads.byId({ leadId: found.items[0]!.id });
      expect(detail.activities.map((a) => a.direction)).toEqual(['inbound', 'inbound']);
      expect(detail.lead.assigneeId).not.toBeNull();
    });

    it('answers a retried submission with the first answer and refuses a changed one', async () => {
      const form = {
        fullName: 'Ida Idem',
        email: 'ida@example.com',
        idempotencyKey: 'form-123456',
      };
      const first = await visitor().leads.capture(form);
      expect(await visitor().leads.capture(form)).toEqual(first);
      const changed = await refusal(visitor().leads.capture({ ...form, fullName: 'Ida Other' }));
      expect(changed.code).toBe('CONFLICT');
      const found = await owner.leads.list({ text: 'ida', limit: 10 });
      expect(found.items.map((l) => l.fullName)).toEqual(['Ida Idem']);
      expect((await owner.leads.byId({ leadId: found.items[0]!.id })).activities).toHaveLength(0);
    });

    it('stores nothing for a filled honeypot but answers like a success', async () => {
      const answer = await visitor().leads.capture({
        fullName: 'Bot',
        email: 'bot@spam.example',
        website: 'http://spam.example',
      });
      expect(answer.status).toBe('received');
      expect((await owner.leads.list({ text: 'bot@spam', limit: 10 })).total).toBe(0);
    });

    it('is the only write a publishable key may make, and only from an allowed origin', async () => {
      expect(
        await refusal(visitor().leads.create({ fullName: 'X', source: 'other' })),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
      const elsewhere = callerFor(test.database, org.publishableKey, {
        origin: 'https://evil.example',
      });
      expect(
        await refusal(elsewhere.leads.capture({ fullName: 'X', email: 'x@example.com' })),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('rate limits submissions per IP', async () => {
      const limits = createCaptureRateLimits({ perIpPerMinute: 2, perKeyPerMinute: 100 });
      const caller = createCallerFactory(appRouter)(
        createContext(
          {
            database: test.database,
            embedSecret: TEST_EMBED_SECRET,
            now: () => FIXED_NOW,
            captureRateLimits: limits,
          },
          { authorization: `Bearer ${org.publishableKey}`, origin: org.origin, ip: '203.0.113.9' },
        ),
      );
      await caller.leads.capture({ fullName: 'Rate One', email: 'rate1@example.com' });
      await caller.leads.capture({ fullName: 'Rate Two', email: 'rate2@example.com' });
      expect(
        await refusal(caller.leads.capture({ fullName: 'Rate Three', email: 'rate3@example.com' })),
      ).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
      });
      expect((await owner.leads.list({ text: 'rate3', limit: 10 })).total).toBe(0);
    });
  });

  it('marks tasks overdue once due, idempotently, and counts them in the workload', async () => {
    const lead = await newLead('Late Larry', { assigneeId: ben.userId });
    await owner.leads.move({ leadId: lead.id, to: 'contacted', version: lead.version });
    const before = (await owner.agents.workload()).find((a) => a.agentId === ben.userId)!;
    const later = new Date(FIXED_NOW.getTime() + 25 * 3_600_000).toISOString();
    const first = await runLeadJobs(test.database, later);
    expect(first.overdueLeads).toBeGreaterThanOrEqual(1);
    expect((await runLeadJobs(test.database, later)).overdueLeads).toBe(0);
    const detail = await owner.leads.byId({ leadId: lead.id });
    expect(detail.tasks[0]!.status).toBe('overdue');
    const after = (await owner.agents.workload()).find((a) => a.agentId === ben.userId)!;
    expect(after.overdueTasks).toBe(before.overdueTasks + 1);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('offers a lead to the group in claim mode; the first claim wins, else the score decides', async () => {
    const rules = await owner.routing.rules();
    await owner.routing.update({
      ruleId: rules[0]!.id,
      rule: { ...everyoneRule([ana.userId, ben.userId], 'claim'), claimTimeoutSeconds: 60 },
    });
    try {
      const offered = await newLead('Claimable');
      expect(offered).toMatchObject({ assigneeId: null });
      expect(offered.offeredTo.sort()).toEqual([ana.userId, ben.userId].sort());
      const claimed = await ben.caller.leads.claim({ leadId: offered.id });
      expect(claimed.assigneeId).toBe(ben.userId);
      expect((await refusal(ana.caller.leads.claim({ leadId: offered.id }))).code).toBe('CONFLICT');

      const unclaimed = await newLead('Nobody claims');
      const late = callerFor(test.database, ana.key, { now: minutesLater(2) });
      expect((await refusal(late.leads.claim({ leadId: unclaimed.id }))).code).toBe('CONFLICT');
      await runLeadJobs(test.database, minutesLater(2).toISOString());
      const fell = (await owner.leads.byId({ leadId: unclaimed.id })).lead;
      expect([ana.userId, ben.userId]).toContain(fell.assigneeId);
      expect(fell.offeredTo).toEqual([]);
    } finally {
      await owner.routing.update({
        ruleId: rules[0]!.id,
        rule: everyoneRule([ana.userId, ben.userId]),
      });
    }
  });

  it('streams committed changes to subscribers of the same org only', async () => {
    const other = await seedOrg(test.database, 'otherco');
    const controller = new AbortController();
    const listener = callerFor(test.database, org.secretKey, { signal: controller.signal });
    const outsider = callerFor(test.database, other.secretKey, { signal: controller.signal });
    const mine = await listener.leads.onChange();
    const theirs = await outsider.leads.onChange();
    const seenByOther: unknown[] = [];
    const collecting = (async () => {
      for await (const event of theirs) seenByOther.push(event);
    })();
    // A subscription starts listening on its first pull; give both a moment to be listening.
    const iterator = mine[Symbol.asyncIterator]();
    let pending = iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lead = await newLead('Live Lucy', { assigneeId: ana.userId });
    const events: { leadId: string; kind: string }[] = [];
    while (!events.some((e) => e.leadId === lead.id && e.kind === 'created')) {
      events.push((await pending).value as { leadId: string; kind: string });
      pending = iterator.next();
    }
    await owner.leads.move({
      leadId: lead.id,
      to: 'contacted',
      version: (await owner.leads.byId({ leadId: lead.id })).lead.version,
    });
    let moved = await pending;
    while ((moved.value as { kind: string }).kind !== 'moved') moved = await iterator.next();
    expect(moved.value).toMatchObject({ leadId: lead.id, stageKey: 'contacted' });
    expect(JSON.stringify(moved.value)).not.toContain('Live Lucy');
    controller.abort();
    await collecting;
    expect(seenByOther).toEqual([]);
  });

  it('validates pipelines: unreachable stages and exits from terminal stages are refused', async () => {
    const bad = await refusal(
      owner.pipelines.save({
        definition: {
          key: 'broken',
          name: 'Broken',
          stages: [
            {
              key: 'start',
              name: 'Start',
              kind: 'open',
              terminal: false,
              guards: [],
              entryTasks: [],
            },
            {
              key: 'island',
              name: 'Island',
              kind: 'open',
              terminal: false,
              guards: [],
              entryTasks: [],
            },
            { key: 'done', name: 'Done', kind: 'won', terminal: true, guards: [], entryTasks: [] },
          ],
          transitions: [
            { from: 'start', to: 'done', reasonRequired: false },
            { from: 'done', to: 'start', reasonRequired: false },
          ],
        },
      }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.message).toMatch(/island/i);
    expect((await owner.pipelines.list()).map((p) => p.key)).not.toContain('broken');
  });

  it('runs an org’s own pipeline, with every entry task of a stage created once per move', async () => {
    const stage = (key: string, kind: 'open' | 'won' | 'lost' = 'open') => ({
      key,
      name: key,
      kind,
      terminal: kind === 'won',
      guards: [],
      entryTasks: [],
    });
    await owner.pipelines.save({
      definition: {
        key: 'rentals',
        name: 'Rentals',
        stages: [
          stage('enquiry'),
          {
            ...stage('screening'),
            entryTasks: [
              { type: 'call_back', title: 'Call the applicant', due: { hours: 4 } },
              { type: 'call_back', title: 'Call the previous landlord', due: { days: 2 } },
            ],
          },
          stage('let', 'won'),
        ],
        transitions: [
          { from: 'enquiry', to: 'screening', reasonRequired: false },
          { from: 'screening', to: 'let', reasonRequired: false },
        ],
      },
    });
    const lead = await owner.leads.create({ fullName: 'Renter Rae', pipelineKey: 'rentals' });
    const moved = await owner.leads.move({
      leadId: lead.id,
      to: 'screening',
      version: lead.version,
    });
    const titles = (await owner.leads.byId({ leadId: moved.id })).tasks.map((t) => t.title);
    expect(titles.sort()).toEqual(['Call the applicant', 'Call the previous landlord']);
    expect((await owner.leads.list({ pipelineKey: 'rentals' })).stages).toEqual([
      { stageKey: 'screening', count: 1, budgetTotal: 0 },
    ]);
  });

  it('reports agent performance for a period', async () => {
    const rows = await owner.agents.performance({ from: '2026-11-01', to: '2026-11-30' });
    const anaRow = rows.find((r) => r.agentId === ana.userId)!;
    expect(anaRow.leadsReceived).toBeGreaterThan(0);
    expect(anaRow.lost).toBeGreaterThanOrEqual(0);
  });
});
