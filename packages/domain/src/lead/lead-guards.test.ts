import { describe, expect, it } from 'vitest';
import { checkStageGuards, type LeadActivityFact, type LeadFacts } from './lead-guards';
import type { GuardSpec, StageDefinition } from './pipeline';

const now = '2026-04-01T10:00:00Z';
const lead: LeadFacts = {
  id: 'lead-1',
  stageKey: 'negotiation',
  assigneeId: null,
  email: null,
  phone: null,
  linkedListingKeys: [],
  agreedAmount: null,
  activities: [],
};
const activity = (fact: Partial<LeadActivityFact>): LeadActivityFact => ({
  type: 'note',
  channel: null,
  deliveryStatus: null,
  listingKey: null,
  scheduledAt: null,
  occurredAt: now,
  ...fact,
});
const stageWith = (...guards: GuardSpec[]): StageDefinition => ({
  key: 'target',
  name: 'Offer sent',
  kind: 'open',
  terminal: false,
  guards,
  entryTasks: [],
});
const codes = (stage: StageDefinition, facts: LeadFacts) =>
  checkStageGuards(stage, facts, { now }).map((v) => v.code);

describe('given an offer_message_sent guard', () => {
  const stage = stageWith({ kind: 'offer_message_sent' });

  it('tells the user which channels count when no offer went out', () => {
    expect(checkStageGuards(stage, lead, { now })).toEqual([
      {
        code: 'offer_not_sent',
        guard: 'offer_message_sent',
        message: 'An offer must be sent on WhatsApp, email or SMS before moving to Offer sent.',
      },
    ]);
  });

  it.each(['sent', 'delivered', 'read'] as const)(
    'accepts an offer whose status is %s',
    (status) => {
      const facts = {
        ...lead,
        activities: [activity({ type: 'offer', channel: 'whatsapp', deliveryStatus: status })],
      };
      expect(codes(stage, facts)).toEqual([]);
    },
  );

  it.each(['queued', 'failed'] as const)('does not count an offer that is %s', (status) => {
    const facts = {
      ...lead,
      activities: [activity({ type: 'offer', channel: 'email', deliveryStatus: status })],
    };
    expect(codes(stage, facts)).toEqual(['offer_not_sent']);
  });

  it('does not count an email that is not an offer', () => {
    const facts = {
      ...lead,
      activities: [activity({ type: 'email', channel: 'email', deliveryStatus: 'read' })],
    };
    expect(codes(stage, facts)).toEqual(['offer_not_sent']);
  });

  it('counts only the channels it names', () => {
    const emailOnly = stageWith({ kind: 'offer_message_sent', channels: ['email'] });
    const facts = {
      ...lead,
      activities: [activity({ type: 'offer', channel: 'sms', deliveryStatus: 'delivered' })],
    };
    const [violation] = checkStageGuards(emailOnly, facts, { now });
    expect(violation?.message).toBe('An offer must be sent on email before moving to Offer sent.');
  });
});

describe('given a contact_fields guard for phone and email', () => {
  const stage = stageWith({ kind: 'contact_fields', fields: ['phone', 'email'] });

  it('reports each missing field', () => {
    expect(codes(stage, lead)).toEqual(['phone_missing', 'email_missing']);
    expect(codes(stage, { ...lead, phone: '+14155552671', email: '  ' })).toEqual([
      'email_missing',
    ]);
    expect(codes(stage, { ...lead, phone: '+14155552671', email: 'a@b.co' })).toEqual([]);
  });
});

describe('given listing, amount and viewing guards', () => {
  const stage = stageWith(
    { kind: 'linked_listing' },
    { kind: 'agreed_amount' },
    { kind: 'scheduled_viewing' },
  );

  it('reports all three on a bare lead', () => {
    expect(codes(stage, lead)).toEqual([
      'listing_not_linked',
      'agreed_amount_missing',
      'viewing_not_scheduled',
    ]);
  });

  it('wants a positive agreed amount and a viewing with both time and listing', () => {
    const facts: LeadFacts = {
      ...lead,
      linkedListingKeys: ['L-1'],
      agreedAmount: 0,
      activities: [activity({ type: 'viewing', scheduledAt: '2026-04-02T09:00:00Z' })],
    };
    expect(codes(stage, facts)).toEqual(['agreed_amount_missing', 'viewing_not_scheduled']);
    const complete: LeadFacts = {
      ...facts,
      agreedAmount: 45_000_000,
      activities: [
        activity({ type: 'viewing', scheduledAt: '2026-04-02T09:00:00Z', listingKey: 'L-1' }),
      ],
    };
    expect(codes(stage, complete)).toEqual([]);
  });
});

describe('given a custom guard', () => {
  const stage = stageWith({ kind: 'custom', name: 'deposit_paid', params: { minimum: 100 } });

  it('calls the registered predicate with the params and the clock', () => {
    const seen: unknown[] = [];
    const violations = checkStageGuards(stage, lead, {
      now,
      guards: {
        deposit_paid: (_facts, params, context) => {
          seen.push(params, context.now);
          return [{ code: 'deposit_missing', message: 'Take the deposit first.' }];
        },
      },
    });
    expect(seen).toEqual([{ minimum: 100 }, now]);
    expect(violations).toEqual([
      { code: 'deposit_missing', message: 'Take the deposit first.', guard: 'custom' },
    ]);
  });

  it('refuses entry when the guard is not registered', () => {
    expect(codes(stage, lead)).toEqual(['unknown_guard']);
  });
});
