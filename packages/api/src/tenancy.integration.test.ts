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
import {
  type LedgerWorld,
  ledgerIsolationCases,
  seedLedgerWorld,
} from './testing/ledger-isolation';
import { driverKinds, openTestDatabase, type TestDatabase } from './testing/test-database';
import { everyoneRule, seedStaff, type TestStaff } from './testing/test-leads';
import { callerFor, FIXED_NOW, seedOrg, TEST_EMBED_SECRET, type TestOrg } from './testing/test-org';

type Caller = ReturnType<typeof callerFor>;
interface World {
  a: Caller;
  b: Caller;
  orgA: TestOrg;
  orgB: TestOrg;
  test: TestDatabase;
  /** Org B's lead pipeline records: an agent, a rule, a lead with a task, a custom pipeline. */
  bAgent: TestStaff;
  bRuleId: string;
  bLeadId: string;
  bTaskId: string;
  aAgent: TestStaff;
  aLeadId: string;
  /** Org B's buildings, leases, ledger and plans, and A's own lease (see `seedLedgerWorld`). */
  ledger: LedgerWorld;
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

/** B's lead as B sees it (with activities, tasks and history), to prove A changed nothing. */
const bLead = (w: World) => w.b.leads.byId({ leadId: w.bLeadId });

/** A custom pipeline only org B has. */
const bOnlyPipeline = {
  key: 'b_only',
  name: 'B only',
  stages: [
    {
      key: 'open',
      name: 'Open',
      kind: 'open' as const,
      terminal: false,
      guards: [],
      entryTasks: [],
    },
    { key: 'done', name: 'Done', kind: 'won' as const, terminal: true, guards: [], entryTasks: [] },
  ],
  transitions: [{ from: 'open', to: 'done', reasonRequired: false }],
};

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
  ...ledgerIsolationCases,
};

Object.assign(isolationCases, {
  'leads.list': async (w) => {
    const ids = (await w.a.leads.list({ limit: 2000 })).items.map((l) => l.id);
    expect(ids).toContain(w.aLeadId);
    expect(ids).not.toContain(w.bLeadId);
    expect((await w.a.leads.list({ text: 'bravo' })).total).toBe(0);
  },
  'leads.byId': async (w) => {
    expect(await codeOf(w.a.leads.byId({ leadId: w.bLeadId }))).toBe('NOT_FOUND');
  },
  'leads.create': async (w) => {
    const before = await bLead(w);
    // The same person in another org is a different lead; B's agent cannot be given A's lead.
    const mine = await w.a.leads.create({ fullName: 'Twin', email: 'buyer@bravo.example' });
    expect(mine.assigneeId).not.toBe(w.bAgent.userId);
    expect(
      await codeOf(
        w.a.leads.create({ fullName: 'X', email: 'x@a.example', assigneeId: w.bAgent.userId }),
      ),
    ).toBe('NOT_FOUND');
    expect(await bLead(w)).toEqual(before);
  },
  'leads.update': async (w) => {
    const before = await bLead(w);
    const code = await codeOf(
      w.a.leads.update({
        leadId: w.bLeadId,
        version: before.lead.version,
        changes: { fullName: 'Hacked' },
      }),
    );
    expect(code).toBe('NOT_FOUND');
    expect(await bLead(w)).toEqual(before);
  },
  'leads.move': async (w) => {
    const before = await bLead(w);
    const code = await codeOf(
      w.a.leads.move({ leadId: w.bLeadId, to: 'needs_analysis', version: before.lead.version }),
    );
    expect(code).toBe('NOT_FOUND');
    expect(await bLead(w)).toEqual(before);
  },
  'leads.assign': async (w) => {
    const before = await bLead(w);
    expect(await codeOf(w.a.leads.assign({ leadId: w.bLeadId, agentId: null }))).toBe('NOT_FOUND');
    expect(await codeOf(w.a.leads.assign({ leadId: w.aLeadId, agentId: w.bAgent.userId }))).toBe(
      'NOT_FOUND',
    );
    expect(await bLead(w)).toEqual(before);
  },
  'leads.autoAssign': async (w) => {
    const before = await bLead(w);
    expect(await codeOf(w.a.leads.autoAssign({ leadId: w.bLeadId }))).toBe('NOT_FOUND');
    const { lead } = await w.a.leads.autoAssign({ leadId: w.aLeadId });
    expect(lead.assigneeId).toBe(w.aAgent.userId);
    expect(await bLead(w)).toEqual(before);
  },
  'leads.import': async (w) => {
    const before = await bLead(w);
    const at = FIXED_NOW.toISOString();
    expect(
      await codeOf(
        w.a.leads.import({
          leads: [{ fullName: 'X', createdAt: at, assigneeId: w.bAgent.userId, events: [] }],
        }),
      ),
    ).toBe('NOT_FOUND');
    const { leadIds } = await w.a.leads.import({
      leads: [{ fullName: 'Imported', email: 'imported@bravo.example', createdAt: at, events: [] }],
    });
    expect((await w.a.leads.byId({ leadId: leadIds[0]! })).lead.assigneeId).toBe(w.aAgent.userId);
    expect(await bLead(w)).toEqual(before);
  },
  'leads.claim': async (w) => {
    expect(await codeOf(w.a.leads.claim({ leadId: w.bLeadId }))).toBe('NOT_FOUND');
  },
  'leads.routingTrace': async (w) => {
    expect(await codeOf(w.a.leads.routingTrace({ leadId: w.bLeadId }))).toBe('NOT_FOUND');
  },
  'leads.capture': async (w) => {
    const before = await bLead(w);
    const visitor = callerFor(w.test.database, w.orgA.publishableKey, { origin: w.orgA.origin });
    await visitor.leads.capture({ fullName: 'Same person', email: 'buyer@bravo.example' });
    expect(await bLead(w)).toEqual(before);
    const other = callerFor(w.test.database, w.orgB.publishableKey, { origin: w.orgA.origin });
    expect(await codeOf(other.leads.capture({ fullName: 'X', email: 'x@b.example' }))).toBe(
      'FORBIDDEN',
    );
  },
  'leads.onChange': async (w) => {
    const controller = new AbortController();
    const aListener = callerFor(w.test.database, w.orgA.secretKey, { signal: controller.signal });
    const heard: unknown[] = [];
    const stream = await aListener.leads.onChange();
    const listening = (async () => {
      for await (const event of stream) heard.push(event);
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lead = (await bLead(w)).lead;
    await w.b.activities.log({ leadId: lead.id, type: 'call', body: 'B only' });
    await w.b.leads.create({ fullName: 'B live', email: 'live@bravo.example' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    await listening;
    expect(heard).toEqual([]);
  },
  'activities.log': async (w) => {
    const before = await bLead(w);
    expect(await codeOf(w.a.activities.log({ leadId: w.bLeadId, type: 'note', body: 'x' }))).toBe(
      'NOT_FOUND',
    );
    expect(await bLead(w)).toEqual(before);
  },
  'tasks.list': async (w) => {
    const ids = (await w.a.tasks.list({})).map((t) => t.id);
    expect(ids).not.toContain(w.bTaskId);
  },
  'tasks.complete': async (w) => {
    expect(await codeOf(w.a.tasks.complete({ taskId: w.bTaskId }))).toBe('NOT_FOUND');
    expect((await bLead(w)).tasks.find((t) => t.id === w.bTaskId)?.status).toBe('open');
  },
  'agents.workload': async (w) => {
    const ids = (await w.a.agents.workload()).map((a) => a.agentId);
    expect(ids).toEqual([w.aAgent.userId]);
  },
  'agents.availability': async (w) => {
    const before = await w.b.agents.workload();
    expect(await codeOf(w.a.agents.availability({ agentId: w.bAgent.userId, active: false }))).toBe(
      'NOT_FOUND',
    );
    expect(await w.b.agents.workload()).toEqual(before);
  },
  'agents.performance': async (w) => {
    const rows = await w.a.agents.performance({ from: '2026-01-01', to: '2026-12-31' });
    expect(rows.map((r) => r.agentId)).toEqual([w.aAgent.userId]);
  },
  'routing.rules': async (w) => {
    expect((await w.a.routing.rules()).map((r) => r.id)).not.toContain(w.bRuleId);
  },
  'routing.create': async (w) => {
    expect(await codeOf(w.a.routing.create(everyoneRule([w.aAgent.userId, w.bAgent.userId])))).toBe(
      'NOT_FOUND',
    );
  },
  'routing.update': async (w) => {
    const before = await w.b.routing.rules();
    expect(
      await codeOf(
        w.a.routing.update({ ruleId: w.bRuleId, rule: everyoneRule([w.aAgent.userId]) }),
      ),
    ).toBe('NOT_FOUND');
    expect(await w.b.routing.rules()).toEqual(before);
  },
  'routing.delete': async (w) => {
    expect(await codeOf(w.a.routing.delete({ ruleId: w.bRuleId }))).toBe('NOT_FOUND');
    expect((await w.b.routing.rules()).map((r) => r.id)).toContain(w.bRuleId);
  },
  'pipelines.list': async (w) => {
    expect((await w.a.pipelines.list()).map((p) => p.key)).not.toContain('b_only');
  },
  'pipelines.byKey': async (w) => {
    expect(await codeOf(w.a.pipelines.byKey({ key: 'b_only' }))).toBe('NOT_FOUND');
  },
  'pipelines.save': async (w) => {
    const before = await w.b.pipelines.byKey({ key: 'b_only' });
    await w.a.pipelines.save({ definition: { ...bOnlyPipeline, key: 'b_only', name: 'A copy' } });
    expect(await w.b.pipelines.byKey({ key: 'b_only' })).toEqual(before);
    await w.a.pipelines.delete({ key: 'b_only' });
  },
  'pipelines.delete': async (w) => {
    expect(await codeOf(w.a.pipelines.delete({ key: 'b_only' }))).toBe('NOT_FOUND');
    expect((await w.b.pipelines.byKey({ key: 'b_only' })).name).toBe('B only');
  },
} satisfies Record<string, (w: World) => Promise<void>>);

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

    [w.aAgent] = (await seedStaff(w.test.database, w.orgA.org, [
      { name: 'Al Alpha', role: 'agent', agent: true },
    ])) as [TestStaff];
    [w.bAgent] = (await seedStaff(w.test.database, w.orgB.org, [
      { name: 'Bea Bravo', role: 'agent', agent: true },
    ])) as [TestStaff];
    await w.a.routing.create(everyoneRule([w.aAgent.userId]));
    w.bRuleId = (await w.b.routing.create(everyoneRule([w.bAgent.userId]))).id;
    w.aLeadId = (
      await w.a.leads.create({ fullName: 'Alpha buyer', email: 'buyer@alpha.example' })
    ).id;
    const bLeadRow = await w.b.leads.create({
      fullName: 'Bravo buyer',
      email: 'buyer@bravo.example',
    });
    w.bLeadId = bLeadRow.id;
    const moved = await w.b.leads.move({
      leadId: w.bLeadId,
      to: 'contacted',
      version: bLeadRow.version,
    });
    w.bTaskId = moved.nextTask!.id;
    await w.b.pipelines.save({ definition: bOnlyPipeline });
    w.ledger = await seedLedgerWorld(w.test, w.orgA, w.orgB);
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
