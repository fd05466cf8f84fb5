/**
 * Concurrency against a real PostgreSQL, with two API "processes" (two independent database
 * handles on the same server): racing moves, racing captures of the same person, fair routing
 * under parallel load, and live changes crossing processes through LISTEN/NOTIFY.
 */
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../db/database';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { everyoneRule, seedStaff, type TestStaff } from '../../testing/test-leads';
import { callerFor, seedOrg, type TestOrg } from '../../testing/test-org';

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

describe('given two API processes on one PostgreSQL', () => {
  let test: TestDatabase;
  let second: Database;
  let org: TestOrg;
  let agents: TestStaff[];
  const viaFirst = () => callerFor(test.database, org.secretKey);
  const viaSecond = () => callerFor(second, org.secretKey);

  beforeAll(async () => {
    test = await openTestDatabase('postgres');
    second = await openDatabase({ databaseUrl: test.runtimeUrl!, adminUrl: test.adminUrl! });
    org = await seedOrg(test.database, 'racers');
    agents = await seedStaff(test.database, org.org, [
      { name: 'Agent One', role: 'agent', agent: true },
      { name: 'Agent Two', role: 'agent', agent: true },
      { name: 'Agent Three', role: 'agent', agent: true },
    ]);
    await viaFirst().routing.create(everyoneRule(agents.map((a) => a.userId)));
  });
  afterAll(async () => {
    await second.close();
    await test.drop();
  });

  it('lets exactly one of two simultaneous moves from the same version win, with one set of entry tasks', async () => {
    for (let round = 0; round < 10; round++) {
      const lead = await viaFirst().leads.create({ fullName: `Race ${round}` });
      const move = { leadId: lead.id, to: 'contacted', version: lead.version };
      const results = await Promise.all([
        outcome(viaFirst().leads.move(move)),
        outcome(viaSecond().leads.move(move)),
      ]);
      expect(results.sort()).toEqual(['CONFLICT', 'OK']);
      const detail = await viaFirst().leads.byId({ leadId: lead.id });
      expect(detail.lead).toMatchObject({ stageKey: 'contacted', version: lead.version + 1 });
      expect(detail.tasks.filter((t) => t.title === 'Call back')).toHaveLength(1);
      expect(detail.history.filter((h) => h.action === 'status_change')).toHaveLength(1);
    }
  });

  it('merges simultaneous web-form submissions of one person into one lead', async () => {
    const visitor = (database: Database) =>
      callerFor(database, org.publishableKey, { origin: org.origin });
    const form = (n: number) => ({
      fullName: `Twin Visitor ${n}`,
      email: 'twin.visitor@example.com',
      message: `Submission ${n}`,
    });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        visitor(n % 2 ? second : test.database).leads.capture(form(n)),
      ),
    );
    expect(new Set(answers.map((a) => a.reference)).size).toBe(1);
    const found = await viaFirst().leads.list({ text: 'twin.visitor', limit: 10 });
    expect(found.total).toBe(1);
    const detail = await viaFirst().leads.byId({ leadId: found.items[0]!.id });
    expect(detail.activities).toHaveLength(8);
  });

  it('keeps workload balanced while both processes route new leads in parallel', async () => {
    // Routing locks the org's agent rows, so parallel routings take turns and each sees the
    // last one's assignment: the lowest score always wins, and scores end up within one lead
    // (an active lead weighs 2) of each other.
    await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        (n % 2 ? viaSecond() : viaFirst()).leads.create({ fullName: `Parallel ${n}` }),
      ),
    );
    const scores = (await viaFirst().agents.workload()).map((a) => a.score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeLessThanOrEqual(2);
  });

  it('delivers a change made through one process to subscribers of the other', async () => {
    const controller = new AbortController();
    const listener = callerFor(second, org.secretKey, { signal: controller.signal });
    const stream = (await listener.leads.onChange())[Symbol.asyncIterator]();
    const first = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lead = await viaFirst().leads.create({ fullName: 'Cross Process' });
    let event = (await first).value as { leadId: string; kind: string };
    while (event.leadId !== lead.id) {
      event = (await stream.next()).value as { leadId: string; kind: string };
    }
    expect(event.leadId).toBe(lead.id);
    controller.abort();
  });

  it('creates each overdue mark once when two processes run the scheduler together', async () => {
    const { runLeadJobs } = await import('../../services/lead-jobs.service');
    const lead = await viaFirst().leads.create({ fullName: 'Overdue Twice' });
    await viaFirst().leads.move({ leadId: lead.id, to: 'contacted', version: lead.version });
    const later = new Date(Date.parse('2026-11-23T12:00:00Z')).toISOString();
    const [a, b] = await Promise.all([
      runLeadJobs(test.database, later),
      runLeadJobs(second, later),
    ]);
    expect(a.overdueLeads + b.overdueLeads).toBeGreaterThanOrEqual(1);
    const rows = await test.database.withOrg(org.org.id, (tx) =>
      tx.execute(sql`select status from tasks where lead_id = ${lead.id}`),
    );
    expect((rows as unknown as { rows: { status: string }[] }).rows).toEqual([
      { status: 'overdue' },
    ]);
  });
});
