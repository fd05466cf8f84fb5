import { describe, expect, it } from 'vitest';
import { DomainErrorCode, isDomainError } from '../errors/domain-error';
import type { PipelineDefinition, StageDefinition } from './pipeline';
import { defaultLettingsPipeline, defaultSalesPipeline, linearPipeline } from './pipeline-builders';
import { assertValidPipeline, validatePipeline } from './pipeline-validation';

const stage = (key: string, kind: StageDefinition['kind'] = 'open', terminal = false) => ({
  key,
  name: key.replace('_', ' '),
  kind,
  terminal,
  guards: [],
  entryTasks: [],
});
const edge = (from: string, to: string, reasonRequired = false) => ({ from, to, reasonRequired });
const codes = (def: PipelineDefinition) => validatePipeline(def).map((i) => i.code);

describe('given the default sales pipeline', () => {
  const def = defaultSalesPipeline;
  const edges = def.transitions.map((t) => `${t.from}>${t.to}`);

  it('is structurally sound', () => {
    expect(validatePipeline(def)).toEqual([]);
  });

  it('has the stages in board order, won terminal, lost reopenable', () => {
    expect(def.stages.map((s) => s.key)).toEqual([
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
    expect(def.stages.find((s) => s.key === 'won')).toMatchObject({ kind: 'won', terminal: true });
    expect(def.stages.find((s) => s.key === 'lost')).toMatchObject({
      kind: 'lost',
      terminal: false,
    });
  });

  it('moves forward one, back one, to lost with a reason, and reopens lost to contacted', () => {
    expect(edges).toContain('needs_analysis>viewing_scheduled');
    expect(edges).toContain('viewing_scheduled>needs_analysis');
    expect(edges).toContain('contract_signed>won');
    expect(edges).not.toContain('new>offer_sent');
    expect(edges.filter((e) => e.startsWith('won>'))).toEqual([]);
    expect(edges).toContain('lost>contacted');
    const toLost = def.transitions.filter((t) => t.to === 'lost');
    expect(toLost).toHaveLength(7);
    expect(toLost.every((t) => t.reasonRequired)).toBe(true);
  });

  it('guards the stages the sales process requires', () => {
    const guards = Object.fromEntries(def.stages.map((s) => [s.key, s.guards]));
    expect(guards.viewing_scheduled).toEqual([{ kind: 'scheduled_viewing' }]);
    expect(guards.offer_sent).toEqual([{ kind: 'offer_message_sent' }]);
    expect(guards.contract_signed).toEqual([
      { kind: 'contact_fields', fields: ['phone', 'email'] },
    ]);
    expect(guards.won).toEqual([{ kind: 'linked_listing' }, { kind: 'agreed_amount' }]);
  });

  it('creates a call-back task on contact and an offer follow-up after three days', () => {
    const tasks = Object.fromEntries(def.stages.map((s) => [s.key, s.entryTasks]));
    expect(tasks.contacted).toEqual([
      { type: 'call_back', title: 'Call back', due: { hours: 24 } },
    ]);
    expect(tasks.offer_sent).toEqual([
      { type: 'follow_up', title: 'Follow up on offer', due: { days: 3 } },
    ]);
  });
});

describe('given the default lettings pipeline', () => {
  it('is sound and ends in a won tenancy', () => {
    expect(validatePipeline(defaultLettingsPipeline)).toEqual([]);
    expect(defaultLettingsPipeline.stages.find((s) => s.kind === 'won')?.key).toBe(
      'tenancy_signed',
    );
  });
});

describe('given linearPipeline', () => {
  it('makes lost terminal when it cannot reopen', () => {
    const def = linearPipeline({
      key: 'mini',
      name: 'Mini',
      stages: [
        { key: 'a', name: 'A' },
        { key: 'b', name: 'B' },
      ],
      lost: { key: 'gone', name: 'Gone' },
    });
    expect(def.transitions).toEqual([edge('a', 'b'), edge('a', 'gone', true)]);
    expect(def.stages.at(-1)).toMatchObject({ key: 'gone', kind: 'lost', terminal: true });
    expect(validatePipeline(def)).toEqual([]);
  });
});

describe('given a broken pipeline', () => {
  it('reports a duplicate stage key at its path', () => {
    const def = {
      key: 'p',
      name: 'P',
      stages: [stage('new'), stage('new'), stage('won', 'won', true)],
      transitions: [edge('new', 'won')],
    };
    expect(validatePipeline(def)).toContainEqual(
      expect.objectContaining({ code: 'duplicate_stage', path: ['stages', '1', 'key'] }),
    );
  });

  it('needs a won stage', () => {
    const def = {
      key: 'p',
      name: 'P',
      stages: [stage('new'), stage('lost', 'lost', true)],
      transitions: [edge('new', 'lost', true)],
    };
    expect(codes(def)).toEqual(['no_won_stage']);
  });

  it('refuses transitions to unknown stages, self-loops and duplicates', () => {
    const def = {
      key: 'p',
      name: 'P',
      stages: [stage('new'), stage('won', 'won', true)],
      transitions: [
        edge('new', 'won'),
        edge('new', 'won'),
        edge('new', 'new'),
        edge('new', 'ghost'),
      ],
    };
    const issues = validatePipeline(def);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_transition', 'transitions.1'],
      ['self_loop', 'transitions.2'],
      ['unknown_stage', 'transitions.3.to'],
    ]);
  });

  it('finds stages no lead can reach and stages no lead can leave', () => {
    const def = {
      key: 'p',
      name: 'P',
      stages: [stage('new'), stage('limbo'), stage('island'), stage('won', 'won', true)],
      transitions: [edge('new', 'won'), edge('new', 'limbo'), edge('island', 'won')],
    };
    const issues = validatePipeline(def);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unreachable_stage', path: ['stages', '2'] }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'dead_end', path: ['stages', '1'] }),
    );
    expect(issues.find((i) => i.code === 'dead_end')?.message).toContain('limbo');
  });

  it('refuses exits from a terminal stage and a closed first stage', () => {
    const def = {
      key: 'p',
      name: 'P',
      stages: [stage('won', 'won', true), stage('new')],
      transitions: [edge('won', 'new'), edge('new', 'won')],
    };
    expect(codes(def)).toEqual(['closed_first_stage', 'terminal_has_exits']);
  });

  it('refuses a malformed custom guard name', () => {
    const def = {
      key: 'p',
      name: 'P',
      stages: [
        stage('new'),
        {
          ...stage('won', 'won', true),
          guards: [{ kind: 'custom' as const, name: 'Deposit Paid' }],
        },
      ],
      transitions: [edge('new', 'won')],
    };
    expect(validatePipeline(def)).toEqual([
      expect.objectContaining({
        code: 'invalid_guard_name',
        path: ['stages', '1', 'guards', '0', 'name'],
      }),
    ]);
  });

  it('throws a VALIDATION_FAILED error listing every issue as field issues', () => {
    const def = {
      key: 'p',
      name: 'P',
      stages: [stage('new'), stage('new')],
      transitions: [edge('new', 'new')],
    };
    let thrown: unknown;
    try {
      assertValidPipeline(def);
    } catch (error) {
      thrown = error;
    }
    expect(isDomainError(thrown)).toBe(true);
    const error = thrown as { code: string; context: { issues: unknown[] } };
    expect(error.code).toBe(DomainErrorCode.ValidationFailed);
    expect(error.context.issues).toEqual([
      { path: ['stages', '1', 'key'], message: expect.stringContaining('used twice') },
      { path: ['stages'], message: expect.stringContaining('won') },
      { path: ['transitions', '0'], message: expect.stringContaining('itself') },
      { path: ['stages', '0'], message: expect.stringContaining('never be won or lost') },
    ]);
  });

  it('returns a sound pipeline unchanged', () => {
    expect(assertValidPipeline(defaultSalesPipeline)).toBe(defaultSalesPipeline);
  });
});
