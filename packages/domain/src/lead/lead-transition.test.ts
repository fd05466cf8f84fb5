import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainErrorCode, isDomainError } from '../errors/domain-error';
import { LeadTransitionError } from './lead-errors';
import type { LeadActivityFact, LeadFacts } from './lead-guards';
import {
  moveLead,
  nextStages,
  type PipelineActor,
  type TransitionContext,
  validateTransition,
} from './lead-transition';
import { defaultSalesPipeline } from './pipeline-builders';

const now = '2026-04-01T10:00:00Z';
const context: TransitionContext = { pipeline: defaultSalesPipeline, now };
const moveContext = { ...context, timeZone: 'Europe/London' };
const manager: PipelineActor = { kind: 'user', id: 'u-boss', role: 'manager', userId: 'u-boss' };
const agent: PipelineActor = { kind: 'user', id: 'u-ada', role: 'agent', userId: 'u-ada' };

const bareLead = (stageKey: string, extra: Partial<LeadFacts> = {}): LeadFacts => ({
  id: 'lead-1',
  stageKey,
  assigneeId: 'u-ada',
  email: null,
  phone: null,
  linkedListingKeys: [],
  agreedAmount: null,
  activities: [],
  ...extra,
});
const sentOffer: LeadActivityFact = {
  type: 'offer',
  channel: 'whatsapp',
  deliveryStatus: 'delivered',
  listingKey: 'L-1',
  scheduledAt: null,
  occurredAt: now,
};
const viewing: LeadActivityFact = {
  type: 'viewing',
  channel: null,
  deliveryStatus: null,
  listingKey: 'L-1',
  scheduledAt: '2026-04-03T14:00:00Z',
  occurredAt: now,
};
const readyLead = (stageKey: string): LeadFacts =>
  bareLead(stageKey, {
    email: 'ada@example.com',
    phone: '+447911123456',
    linkedListingKeys: ['L-1'],
    agreedAmount: 45_000_000,
    activities: [sentOffer, viewing],
  });
const codesOf = (result: ReturnType<typeof validateTransition>) =>
  result.ok ? [] : result.violations.map((v) => v.code);

describe('given a lead moving one stage forward', () => {
  it('allows an agent to move their own lead and returns the edge', () => {
    const result = validateTransition(bareLead('new'), 'contacted', agent, context);
    expect(result).toEqual({
      ok: true,
      transition: { from: 'new', to: 'contacted', reasonRequired: false },
    });
  });

  it('lets an agent move an unassigned lead but not a colleague’s', () => {
    const unassigned = bareLead('new', { assigneeId: null });
    expect(validateTransition(unassigned, 'contacted', agent, context).ok).toBe(true);
    const theirs = bareLead('new', { assigneeId: 'u-bob' });
    expect(codesOf(validateTransition(theirs, 'contacted', agent, context))).toEqual([
      'not_your_lead',
    ]);
  });

  it('checks an API key against the user it acts as', () => {
    const key: PipelineActor = { kind: 'api_key', id: 'k-1', role: 'agent', userId: null };
    expect(codesOf(validateTransition(bareLead('new'), 'contacted', key, context))).toEqual([
      'not_your_lead',
    ]);
  });

  it('refuses accountants and read-only users', () => {
    for (const role of ['accountant', 'read_only'] as const) {
      const actor: PipelineActor = { kind: 'user', id: 'u-x', role, userId: 'u-x' };
      expect(codesOf(validateTransition(bareLead('new'), 'contacted', actor, context))).toEqual([
        'not_permitted',
      ]);
    }
  });

  it('holds the lead at Offer sent until an offer has gone out', () => {
    const result = validateTransition(bareLead('viewing_scheduled'), 'offer_sent', agent, context);
    expect(result).toEqual({
      ok: false,
      violations: [
        {
          code: 'offer_not_sent',
          guard: 'offer_message_sent',
          message: 'An offer must be sent on WhatsApp, email or SMS before moving to Offer sent.',
        },
      ],
    });
    const withOffer = bareLead('viewing_scheduled', { activities: [sentOffer] });
    expect(validateTransition(withOffer, 'offer_sent', agent, context).ok).toBe(true);
  });

  it('needs a linked listing and an agreed amount to win', () => {
    expect(codesOf(validateTransition(bareLead('contract_signed'), 'won', agent, context))).toEqual(
      ['listing_not_linked', 'agreed_amount_missing'],
    );
  });
});

describe('given a move that breaks several rules', () => {
  it('returns every violation, not only the first', () => {
    const accountant: PipelineActor = { kind: 'user', id: 'u-c', role: 'accountant', userId: null };
    const result = validateTransition(bareLead('new'), 'offer_sent', accountant, context);
    expect(codesOf(result)).toEqual(['not_permitted', 'skips_forward', 'offer_not_sent']);
  });

  it('names the stages a forward jump would skip', () => {
    const result = validateTransition(bareLead('new'), 'offer_sent', manager, context);
    expect(result.ok ? null : result.violations[0]?.message).toBe(
      'Moving from New to Offer sent would skip Contacted, Needs analysis and Viewing scheduled: move one stage at a time.',
    );
  });
});

describe('given a lead going backwards or being lost', () => {
  it('goes back one stage without the guards of that stage', () => {
    const result = validateTransition(bareLead('offer_sent'), 'viewing_scheduled', agent, context);
    expect(result.ok).toBe(true);
  });

  it('refuses going back two stages as not an edge', () => {
    const result = validateTransition(bareLead('offer_sent'), 'needs_analysis', agent, context);
    expect(result.ok ? [] : result.violations).toEqual([
      { code: 'not_an_edge', message: 'A lead in Offer sent cannot move to Needs analysis.' },
    ]);
  });

  it('needs a reason to lose a lead, and nothing else', () => {
    expect(codesOf(validateTransition(bareLead('negotiation'), 'lost', agent, context))).toEqual([
      'reason_required',
    ]);
    const blank = { ...context, reason: '   ' };
    expect(codesOf(validateTransition(bareLead('negotiation'), 'lost', agent, blank))).toEqual([
      'reason_required',
    ]);
    const why = { ...context, reason: 'Bought elsewhere' };
    expect(validateTransition(bareLead('negotiation'), 'lost', agent, why).ok).toBe(true);
  });

  it('reopens a lost lead into Contacted', () => {
    expect(validateTransition(bareLead('lost'), 'contacted', manager, context).ok).toBe(true);
    expect(codesOf(validateTransition(bareLead('lost'), 'offer_sent', manager, context))).toEqual([
      'not_an_edge',
      'offer_not_sent',
    ]);
  });

  it('never moves a won lead', () => {
    expect(codesOf(validateTransition(readyLead('won'), 'lost', manager, context))).toEqual([
      'terminal_stage',
    ]);
  });
});

describe('given stages that do not fit the pipeline', () => {
  it('reports an unknown target stage', () => {
    const result = validateTransition(bareLead('new'), 'archived', manager, context);
    expect(result.ok ? [] : result.violations).toEqual([
      { code: 'unknown_stage', message: 'There is no stage "archived" in the Sales pipeline.' },
    ]);
  });

  it('reports a move to the stage the lead is already in', () => {
    expect(
      codesOf(validateTransition(bareLead('contacted'), 'contacted', manager, context)),
    ).toEqual(['same_stage']);
  });

  it('runs custom guards and reports one that is not installed', () => {
    const pipeline = {
      ...defaultSalesPipeline,
      stages: defaultSalesPipeline.stages.map((s) =>
        s.key === 'contacted'
          ? { ...s, guards: [{ kind: 'custom' as const, name: 'consent_given' }] }
          : s,
      ),
    };
    const missing = validateTransition(bareLead('new'), 'contacted', agent, { pipeline, now });
    expect(codesOf(missing)).toEqual(['unknown_guard']);
    const guards = { consent_given: () => [] };
    expect(
      validateTransition(bareLead('new'), 'contacted', agent, { pipeline, now, guards }).ok,
    ).toBe(true);
  });
});

describe('given nextStages', () => {
  it('lists forward, backward and lost moves in table order, and nothing from won', () => {
    expect(nextStages(defaultSalesPipeline, 'needs_analysis')).toEqual([
      'viewing_scheduled',
      'contacted',
      'lost',
    ]);
    expect(nextStages(defaultSalesPipeline, 'lost')).toEqual(['contacted']);
    expect(nextStages(defaultSalesPipeline, 'won')).toEqual([]);
    expect(nextStages(defaultSalesPipeline, 'nowhere')).toEqual([]);
  });
});

describe('given moveLead', () => {
  it('returns the new stage, an audit entry and the entry tasks', () => {
    const result = moveLead(bareLead('new'), 'contacted', agent, {
      ...moveContext,
      reason: '  answered the web form ',
      leadKey: 'LD-0001',
    });
    expect(result.stageKey).toBe('contacted');
    expect(result.audit).toEqual({
      entityType: 'lead',
      entityKey: 'LD-0001',
      action: 'status_change',
      from: 'new',
      to: 'contacted',
      actor: { kind: 'user', id: 'u-ada', role: 'agent' },
      reason: 'answered the web form',
      at: now,
    });
    expect(result.tasks).toEqual([
      { type: 'call_back', title: 'Call back', dueAt: '2026-04-02T10:00:00.000Z' },
    ]);
  });

  it('keys the audit entry by lead id when no key is given', () => {
    const result = moveLead(readyLead('contract_signed'), 'won', manager, moveContext);
    expect(result.audit.entityKey).toBe('lead-1');
    expect(result.audit.reason).toBeNull();
    expect(result.stage.kind).toBe('won');
    expect(result.tasks).toEqual([]);
  });

  it('throws LeadTransitionError carrying every violation and the allowed moves', () => {
    let thrown: unknown;
    try {
      moveLead(bareLead('new', { assigneeId: 'u-bob' }), 'offer_sent', agent, moveContext);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LeadTransitionError);
    expect(isDomainError(thrown)).toBe(true);
    const error = thrown as LeadTransitionError;
    expect(error.code).toBe(DomainErrorCode.InvalidTransition);
    expect(error.context).toMatchObject({
      rule: 'not_your_lead',
      from: 'new',
      to: 'offer_sent',
      allowed: ['contacted', 'lost'],
    });
    expect(error.context.violations.map((v) => v.code)).toEqual([
      'not_your_lead',
      'skips_forward',
      'offer_not_sent',
    ]);
    expect(error.message).toContain('would skip Contacted');
    expect(error.suggestion).toBe('From here the lead can move to: Contacted, Lost.');
  });
});

const stageKeys = defaultSalesPipeline.stages.map((s) => s.key);
const activityArb: fc.Arbitrary<LeadActivityFact> = fc.record({
  type: fc.constantFrom('call', 'email', 'offer', 'viewing', 'note' as const),
  channel: fc.constantFrom(null, 'whatsapp', 'email', 'sms' as const),
  deliveryStatus: fc.constantFrom(null, 'queued', 'sent', 'delivered', 'read', 'failed' as const),
  listingKey: fc.constantFrom(null, 'L-1'),
  scheduledAt: fc.constantFrom(null, '2026-04-03T14:00:00Z'),
  occurredAt: fc.constant(now),
});
const leadArb: fc.Arbitrary<LeadFacts> = fc.record({
  id: fc.constant('lead-1'),
  stageKey: fc.constantFrom(...stageKeys),
  assigneeId: fc.constantFrom(null, 'u-ada', 'u-bob'),
  email: fc.constantFrom(null, 'ada@example.com'),
  phone: fc.constantFrom(null, '+447911123456'),
  linkedListingKeys: fc.constantFrom([], ['L-1']),
  agreedAmount: fc.constantFrom(null, 0, 45_000_000),
  activities: fc.array(activityArb, { maxLength: 4 }),
});
const actorArb: fc.Arbitrary<PipelineActor> = fc.record({
  kind: fc.constantFrom('user', 'api_key', 'system' as const),
  id: fc.constant('actor'),
  role: fc.constantFrom('owner', 'manager', 'agent', 'accountant', 'read_only' as const),
  userId: fc.constantFrom(null, 'u-ada', 'u-bob'),
});
const toArb = fc.constantFrom(...stageKeys, 'archived');
const reasonArb = fc.constantFrom(undefined, null, '', 'Bought elsewhere');

describe('given any lead, actor and target (property)', () => {
  it('allows a move only along an edge, by someone allowed to move leads', () => {
    fc.assert(
      fc.property(leadArb, toArb, actorArb, reasonArb, (lead, to, actor, reason) => {
        const result = validateTransition(lead, to, actor, { ...context, reason });
        if (result.ok) {
          expect(nextStages(defaultSalesPipeline, lead.stageKey)).toContain(to);
          expect(['accountant', 'read_only']).not.toContain(actor.role);
          expect(result.transition).toMatchObject({ from: lead.stageKey, to });
        } else {
          expect(result.violations.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('reports a lack of permission on top of every other violation, never instead of one', () => {
    fc.assert(
      fc.property(leadArb, toArb, reasonArb, (lead, to, reason) => {
        const as = (role: PipelineActor['role']) =>
          codesOf(
            validateTransition(
              lead,
              to,
              { kind: 'user', id: 'x', role, userId: 'x' },
              {
                ...context,
                reason,
              },
            ),
          );
        expect(as('read_only').filter((c) => c !== 'not_permitted')).toEqual(as('owner'));
        expect(as('read_only')).toContain('not_permitted');
      }),
    );
  });

  it('never gains a guard violation when the lead gains facts', () => {
    fc.assert(
      fc.property(
        leadArb,
        toArb,
        actorArb,
        fc.array(activityArb, { maxLength: 3 }),
        (lead, to, actor, more) => {
          const richer: LeadFacts = {
            ...lead,
            email: lead.email ?? 'ada@example.com',
            linkedListingKeys: [...lead.linkedListingKeys, 'L-2'],
            activities: [...lead.activities, ...more],
          };
          const before = new Set(codesOf(validateTransition(lead, to, actor, context)));
          for (const code of codesOf(validateTransition(richer, to, actor, context))) {
            expect(before).toContain(code);
          }
        },
      ),
    );
  });

  it('throws from moveLead exactly when validateTransition refuses, with the same violations', () => {
    fc.assert(
      fc.property(leadArb, toArb, actorArb, reasonArb, (lead, to, actor, reason) => {
        const check = validateTransition(lead, to, actor, { ...context, reason });
        try {
          const moved = moveLead(lead, to, actor, { ...moveContext, reason });
          expect(check.ok).toBe(true);
          expect(moved.stageKey).toBe(to);
          expect(moved.audit).toMatchObject({ from: lead.stageKey, to, at: now });
        } catch (error) {
          expect(error).toBeInstanceOf(LeadTransitionError);
          expect(check.ok ? [] : check.violations).toEqual(
            (error as LeadTransitionError).context.violations,
          );
        }
      }),
    );
  });
});
