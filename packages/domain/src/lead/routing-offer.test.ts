import { describe, expect, it } from 'vitest';
import { type RoutingAgent, routeLead } from './routing';
import { resolveOffer } from './routing-offer';

const offeredAt = '2026-03-30T10:00:00Z';
const timeZone = 'Europe/London';
const agentOf = (id: string, extra: Partial<RoutingAgent> = {}): RoutingAgent => ({
  id,
  name: id,
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
const agents = [agentOf('ann', { activeLeads: 3 }), agentOf('bob', { activeLeads: 5 })];
const offer = { ruleId: 'r-claim', agentIds: ['ann', 'bob'], expiresAt: '2026-03-30T10:05:00Z' };
const at = (minutes: number) => new Date(Date.parse(offeredAt) + minutes * 60_000).toISOString();

describe('given a lead offered to a group', () => {
  it('goes to an offered agent who claims it in time', () => {
    const result = resolveOffer({ offer, claimantId: 'bob', agents, now: at(2), timeZone });
    expect(result).toMatchObject({
      kind: 'assigned',
      method: 'claim',
      agentId: 'bob',
      ruleId: 'r-claim',
    });
    if (result.kind === 'assigned')
      expect(result.trace.summary).toBe('Claimed by bob before the offer expired.');
  });

  it('refuses a claim by someone it was not offered to', () => {
    const result = resolveOffer({
      offer,
      claimantId: 'eve',
      agents: [...agents, agentOf('eve')],
      now: at(1),
      timeZone,
    });
    expect(result).toMatchObject({ kind: 'refused', reason: 'not_offered' });
  });

  it('refuses a claim at or after the expiry', () => {
    for (const minutes of [5, 6]) {
      const result = resolveOffer({ offer, claimantId: 'ann', agents, now: at(minutes), timeZone });
      expect(result).toMatchObject({ kind: 'refused', reason: 'offer_expired' });
    }
  });

  it('refuses a claimant who has gone away since the offer', () => {
    const away = [agentOf('ann', { awayUntil: '2026-03-31T00:00:00Z' }), agents[1]!];
    const result = resolveOffer({ offer, claimantId: 'ann', agents: away, now: at(1), timeZone });
    expect(result).toEqual({
      kind: 'refused',
      reason: 'claimant_unavailable',
      skipped: 'away',
      message: 'You cannot take this lead now: you are away.',
    });
  });

  it('waits while nobody has claimed it and the offer is open', () => {
    expect(resolveOffer({ offer, agents, now: at(4), timeZone })).toEqual({
      kind: 'pending',
      expiresAt: offer.expiresAt,
    });
  });

  it('falls back to the lowest workload score once the timeout passes unclaimed', () => {
    const result = resolveOffer({ offer, agents, now: at(5), timeZone });
    expect(result).toMatchObject({ kind: 'assigned', method: 'auto', agentId: 'ann', score: 6 });
    if (result.kind === 'assigned') {
      expect(result.trace.summary).toBe(
        'Nobody claimed the lead in time, so it went to ann: lowest workload score (6) of 2 eligible offered agents.',
      );
    }
  });

  it('stays unassigned after the timeout when no offered agent can take it', () => {
    const gone = agents.map((a) => ({ ...a, active: false }));
    const result = resolveOffer({ offer, agents: gone, now: at(10), timeZone });
    expect(result).toMatchObject({ kind: 'unassigned', reason: 'no_eligible_agent' });
  });
});

describe('given routeLead then resolveOffer', () => {
  it('offers, lets the clock run out, then assigns by score', () => {
    const decision = routeLead({
      lead: {
        source: 'portal',
        postalCodes: [],
        areas: [],
        budgetMin: null,
        budgetMax: null,
        pipelineKey: 'sales',
      },
      rules: [
        {
          id: 'r-claim',
          name: 'Portal leads',
          match: { sources: ['portal'] },
          agentIds: ['ann', 'bob'],
          mode: 'claim',
          claimTimeoutSeconds: 120,
        },
      ],
      agents,
      now: offeredAt,
      timeZone,
    });
    if (decision.outcome.kind !== 'offered') throw new Error('expected an offer');
    expect(decision.outcome.expiresAt).toBe('2026-03-30T10:02:00.000Z');
    const result = resolveOffer({ offer: decision.outcome, agents, now: at(3), timeZone });
    expect(result).toMatchObject({ kind: 'assigned', method: 'auto', agentId: 'ann' });
  });
});
