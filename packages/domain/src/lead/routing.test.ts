import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RoutingAgent, type RoutingLead, type RoutingRule, routeLead } from './routing';

const now = '2026-03-30T10:00:00Z'; // Monday 11:00 in London
const timeZone = 'Europe/London';
const agentOf = (id: string, extra: Partial<RoutingAgent> = {}): RoutingAgent => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  active: true,
  awayUntil: null,
  workingHours: null,
  capacityWeight: 1,
  maxActiveLeads: null,
  activeLeads: 0,
  pendingTasks: 0,
  overdueTasks: 0,
  lastAssignedAt: null,
  ...extra,
});
const ruleOf = (id: string, agentIds: string[], extra: Partial<RoutingRule> = {}): RoutingRule => ({
  id,
  name: id,
  match: {},
  agentIds,
  mode: 'score',
  claimTimeoutSeconds: 300,
  ...extra,
});
const lead: RoutingLead = {
  source: 'web_form',
  postalCodes: ['00100'],
  areas: ['Westlands'],
  budgetMin: 10_000_000,
  budgetMax: 20_000_000,
  pipelineKey: 'sales',
};
const route = (rules: RoutingRule[], agents: RoutingAgent[], routed: RoutingLead = lead) =>
  routeLead({ lead: routed, rules, agents, now, timeZone });

describe('given the worked example of the routeLead docstring', () => {
  const agents = [
    agentOf('amina', { activeLeads: 4, pendingTasks: 3, overdueTasks: 1, capacityWeight: 1 }),
    agentOf('brian', { activeLeads: 6, pendingTasks: 4, overdueTasks: 0, capacityWeight: 2 }),
    agentOf('chen', { activeLeads: 1, awayUntil: '2026-03-31T10:00:00Z' }),
  ];
  const rules = [ruleOf('r-nbo', ['amina', 'brian', 'chen'], { name: 'Nairobi buyers' })];

  it('assigns Brian (8) over Amina (14) and skips Chen (2) who is away', () => {
    const decision = route(rules, agents);
    expect(decision.outcome).toEqual({
      kind: 'assigned',
      agentId: 'brian',
      ruleId: 'r-nbo',
      score: 8,
    });
    expect(
      decision.trace.candidates.map((c) => [c.agentId, c.score, c.eligible, c.skipped]),
    ).toEqual([
      ['amina', 14, true, null],
      ['brian', 8, true, null],
      ['chen', 2, false, 'away'],
    ]);
    expect(decision.trace).toMatchObject({ chosen: 'brian', tieBreak: null, ruleId: 'r-nbo' });
    expect(decision.trace.summary).toBe(
      'Assigned to Brian by rule "Nairobi buyers": lowest workload score (8) of 2 eligible agents.',
    );
  });
});

describe('given equally loaded agents', () => {
  it('alternates between them when the caller records each assignment', () => {
    const agents = new Map(['cara', 'abel', 'bea'].map((id) => [id, agentOf(id)]));
    const rules = [ruleOf('r-all', ['cara', 'abel', 'bea'])];
    const winners: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const decision = routeLead({ lead, rules, agents: [...agents.values()], now, timeZone });
      if (decision.outcome.kind !== 'assigned') throw new Error('expected an assignment');
      const winner = agents.get(decision.outcome.agentId)!;
      winners.push(winner.id);
      agents.set(winner.id, {
        ...winner,
        activeLeads: winner.activeLeads + 1,
        lastAssignedAt: new Date(Date.parse(now) + i * 60_000).toISOString(),
      });
    }
    expect(winners.slice(0, 6)).toEqual(['abel', 'bea', 'cara', 'abel', 'bea', 'cara']);
    expect([...agents.values()].map((a) => a.activeLeads)).toEqual([10, 10, 10]);
  });

  it('says a round-robin tie-break decided, least recently assigned first', () => {
    const decision = route(
      [ruleOf('r', ['abel', 'bea'])],
      [
        agentOf('abel', { lastAssignedAt: '2026-03-30T09:00:00Z' }),
        agentOf('bea', { lastAssignedAt: '2026-03-30T08:00:00Z' }),
      ],
    );
    expect(decision.trace.chosen).toBe('bea');
    expect(decision.trace.tieBreak).toBe('round_robin');
  });
});

describe('given agents who cannot take a lead', () => {
  it('skips one at capacity, outside hours or unknown, and the trace says so', () => {
    const agents = [
      agentOf('full', { maxActiveLeads: 3, activeLeads: 3 }),
      agentOf('night', { workingHours: { days: { 1: [{ start: '20:00', end: '24:00' }] } } }),
      agentOf('off', { active: false }),
      agentOf('busy', { activeLeads: 9 }),
    ];
    const decision = route([ruleOf('r', ['full', 'night', 'off', 'ghost', 'busy'])], agents);
    expect(decision.outcome).toMatchObject({ kind: 'assigned', agentId: 'busy', score: 18 });
    expect(decision.trace.candidates.map((c) => [c.agentId, c.skipped])).toEqual([
      ['full', 'at_capacity'],
      ['night', 'outside_working_hours'],
      ['off', 'inactive'],
      ['ghost', 'unknown_agent'],
      ['busy', null],
    ]);
  });

  it('treats a capacity weight of zero as no capacity rather than failing', () => {
    const decision = route([ruleOf('r', ['zero'])], [agentOf('zero', { capacityWeight: 0 })]);
    expect(decision.outcome).toEqual({ kind: 'unassigned', reason: 'no_eligible_agent' });
    expect(decision.trace.candidates[0]).toMatchObject({ skipped: 'at_capacity', score: null });
  });

  it('falls through to the next matching rule when nobody in the first is eligible', () => {
    const decision = route(
      [ruleOf('r-team', ['off']), ruleOf('r-pool', ['pat'])],
      [agentOf('off', { active: false }), agentOf('pat')],
    );
    expect(decision.outcome).toMatchObject({ kind: 'assigned', agentId: 'pat', ruleId: 'r-pool' });
    expect(decision.trace.rules.map((r) => r.ruleId)).toEqual(['r-team', 'r-pool']);
    expect(decision.trace.candidates.map((c) => c.agentId)).toEqual(['off', 'pat']);
  });

  it('leaves the lead unassigned when matching rules have nobody available', () => {
    const decision = route(
      [ruleOf('Westlands', ['off', 'away'])],
      [agentOf('off', { active: false }), agentOf('away', { awayUntil: '2026-04-01T00:00:00Z' })],
    );
    expect(decision.outcome).toEqual({ kind: 'unassigned', reason: 'no_eligible_agent' });
    expect(decision.trace.summary).toBe(
      'Rule "Westlands" matched, but no agent in it can take the lead now (Off inactive, Away away), so it stays unassigned.',
    );
  });
});

describe('given rule criteria', () => {
  const pat = [agentOf('pat')];

  it('records which criteria each rule failed and uses the first that matches', () => {
    const rules = [
      ruleOf('r-portal', ['pat'], { match: { sources: ['portal'], areas: ['Karen'] } }),
      ruleOf('r-west', ['pat'], { match: { areas: ['  westLANDS '], postalCodes: ['001 00'] } }),
    ];
    const decision = route(rules, pat);
    expect(decision.trace.rules).toEqual([
      {
        ruleId: 'r-portal',
        name: 'r-portal',
        matched: false,
        failedCriteria: ['sources', 'areas'],
      },
      { ruleId: 'r-west', name: 'r-west', matched: true, failedCriteria: [] },
    ]);
    expect(decision.outcome).toMatchObject({ ruleId: 'r-west' });
  });

  it('matches a budget band that overlaps the lead’s, and never a lead without a budget', () => {
    const band = (budgetMin: number | null, budgetMax: number | null) =>
      route([ruleOf('r', ['pat'], { match: { budgetMin, budgetMax } })], pat).outcome.kind;
    expect(band(15_000_000, 30_000_000)).toBe('assigned');
    expect(band(20_000_000, null)).toBe('assigned');
    expect(band(null, 9_999_999)).toBe('unassigned');
    expect(band(null, null)).toBe('assigned');
    const noBudget = { ...lead, budgetMin: null, budgetMax: null };
    const decision = route(
      [ruleOf('r', ['pat'], { match: { budgetMax: 50_000_000 } })],
      pat,
      noBudget,
    );
    expect(decision.trace.rules[0]?.failedCriteria).toEqual(['budget']);
  });

  it('matches on pipeline and treats an empty list as no criterion', () => {
    const rules = [ruleOf('r', ['pat'], { match: { pipelineKeys: ['lettings'], sources: [] } })];
    expect(route(rules, pat).trace.rules[0]?.failedCriteria).toEqual(['pipelineKeys']);
  });

  it('says so when no rule matched', () => {
    const decision = route([ruleOf('r', ['pat'], { match: { sources: ['walk_in'] } })], pat);
    expect(decision.outcome).toEqual({ kind: 'unassigned', reason: 'no_rule_matched' });
    expect(decision.trace.summary).toBe(
      'No routing rule matched this lead, so it stays unassigned.',
    );
  });
});

describe('given a claim-mode rule', () => {
  it('offers the lead to the eligible agents, best score first, until the timeout', () => {
    const decision = route(
      [ruleOf('r-claim', ['ann', 'bob', 'off'], { mode: 'claim', claimTimeoutSeconds: 300 })],
      [
        agentOf('ann', { activeLeads: 3 }),
        agentOf('bob', { activeLeads: 1 }),
        agentOf('off', { active: false }),
      ],
    );
    expect(decision.outcome).toEqual({
      kind: 'offered',
      ruleId: 'r-claim',
      agentIds: ['bob', 'ann'],
      expiresAt: '2026-03-30T10:05:00.000Z',
    });
    expect(decision.trace.chosen).toBeNull();
  });
});

const ids = ['a1', 'a2', 'a3', 'a4', 'a5'];
const instant = fc.constantFrom(null, '2026-03-29T10:00:00Z', '2026-03-31T10:00:00Z');
const agentArb = (id: string): fc.Arbitrary<RoutingAgent> =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(id),
    active: fc.boolean(),
    awayUntil: instant,
    workingHours: fc.constantFrom(
      null,
      { days: { 1: [{ start: '09:00', end: '17:00' }] } },
      { days: { 2: [{ start: '09:00', end: '17:00' }] } },
    ),
    capacityWeight: fc.constantFrom(0.5, 1, 1.5, 2),
    maxActiveLeads: fc.option(fc.nat({ max: 8 })),
    activeLeads: fc.nat({ max: 8 }),
    pendingTasks: fc.nat({ max: 8 }),
    overdueTasks: fc.nat({ max: 4 }),
    lastAssignedAt: instant,
  });
const snapshotArb = fc.record({
  agents: fc.tuple(...ids.map(agentArb)),
  rules: fc.array(
    fc.record({
      id: fc.constantFrom('r1', 'r2', 'r3'),
      name: fc.constant('rule'),
      match: fc.record({ sources: fc.constantFrom(undefined, ['web_form'], ['portal']) }),
      agentIds: fc.subarray([...ids, 'ghost']),
      mode: fc.constant('score' as const),
      claimTimeoutSeconds: fc.constant(60),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

describe('given any snapshot (property)', () => {
  it('assigns only an eligible agent with the lowest score among eligible candidates', () => {
    fc.assert(
      fc.property(snapshotArb, ({ agents, rules }) => {
        const { outcome, trace } = route(rules, agents);
        if (outcome.kind !== 'assigned') return;
        expect(trace.chosen).toBe(outcome.agentId);
        const chosen = trace.candidates.find((c) => c.agentId === outcome.agentId);
        expect(chosen?.eligible).toBe(true);
        expect(chosen?.score).toBe(outcome.score);
        for (const other of trace.candidates.filter((c) => c.eligible)) {
          expect(chosen!.score!).toBeLessThanOrEqual(other.score! + 1e-9);
        }
      }),
    );
  });

  it('never assigns when nobody is eligible', () => {
    fc.assert(
      fc.property(snapshotArb, ({ agents, rules }) => {
        const nobody = agents.map((a, i) =>
          i % 2 === 0
            ? { ...a, active: false }
            : { ...a, awayUntil: '2026-04-01T00:00:00Z', awayFrom: null },
        );
        const decision = route(rules, nobody);
        expect(decision.outcome.kind).toBe('unassigned');
        expect(decision.trace.candidates.every((c) => !c.eligible)).toBe(true);
      }),
    );
  });

  it('reports no_eligible_agent only when some rule matched, and then nobody in them was eligible', () => {
    fc.assert(
      fc.property(snapshotArb, ({ agents, rules }) => {
        const decision = route(rules, agents);
        const matched = decision.trace.rules.some((r) => r.matched);
        if (decision.outcome.kind === 'unassigned') {
          expect(decision.outcome.reason).toBe(matched ? 'no_eligible_agent' : 'no_rule_matched');
          expect(decision.trace.candidates.every((c) => !c.eligible)).toBe(true);
        } else {
          expect(matched).toBe(true);
        }
      }),
    );
  });
});
