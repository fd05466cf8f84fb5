import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listResult, makeLead, makeLeads, salesPipeline, uuid } from '../test/leads';
import { buildColumns, leadBudget, moveLeadInResult, replaceLead } from './lead-kanban-board.utils';

const stages = salesPipeline.stages;

describe('given a page of leads and the per-stage summaries', () => {
  it('builds one column per stage in pipeline order, keeping the API order inside each', () => {
    const leads = [
      makeLead({ id: uuid(1), stageKey: 'contacted', heat: 90 }),
      makeLead({ id: uuid(2), stageKey: 'new', heat: 80 }),
      makeLead({ id: uuid(3), stageKey: 'contacted', heat: 70 }),
      makeLead({ id: uuid(4), stageKey: 'archived', heat: 60 }),
    ];
    const columns = buildColumns(stages, {
      items: leads,
      stages: [{ stageKey: 'contacted', count: 9, budgetTotal: 123 }],
    });
    expect(columns.map((c) => c.stage.key)).toEqual(stages.map((s) => s.key));
    expect(columns[1]?.leads.map((l) => l.id)).toEqual([uuid(1), uuid(3)]);
    // Figures come from the API's summaries (all matches), else from the loaded leads.
    expect(columns[1]).toMatchObject({ count: 9, budgetTotal: 123 });
    expect(columns[0]).toMatchObject({ count: 1, budgetTotal: 50_000_000 });
    expect(columns.flatMap((c) => c.leads).map((l) => l.id)).not.toContain(uuid(4));
  });

  it('sums a lead by its maximum budget, else its minimum, else 0', () => {
    expect(leadBudget({ budgetMin: 1, budgetMax: 5 })).toBe(5);
    expect(leadBudget({ budgetMin: 3, budgetMax: null })).toBe(3);
    expect(leadBudget({ budgetMin: null, budgetMax: null })).toBe(0);
  });
});

describe('given an optimistic move', () => {
  it('moves the lead and its count and budget to the target stage', () => {
    const result = listResult([
      makeLead({ id: uuid(1), budgetMax: 500, budgetMin: null }),
      makeLead({ id: uuid(2), budgetMax: 300, budgetMin: null }),
    ]);
    const moved = moveLeadInResult(result, uuid(1), 'contacted');
    expect(moved.items.map((l) => [l.id, l.stageKey])).toEqual([
      [uuid(1), 'contacted'],
      [uuid(2), 'new'],
    ]);
    expect(moved.stages).toEqual([
      { stageKey: 'new', count: 1, budgetTotal: 300 },
      { stageKey: 'contacted', count: 1, budgetTotal: 500 },
    ]);
    expect(result.items[0]?.stageKey).toBe('new');
  });

  it('changes nothing for an unknown lead or the stage it is in', () => {
    const result = listResult([makeLead()]);
    expect(moveLeadInResult(result, uuid(99), 'won')).toBe(result);
    expect(moveLeadInResult(result, uuid(1), 'new')).toBe(result);
  });

  it('is undone exactly by putting the original lead back (any leads, any moves)', () => {
    const stageKeys = stages.map((s) => s.key);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...stageKeys)), { maxLength: 10 }),
        (count, moves) => {
          const original = listResult(makeLeads(count));
          let current = original;
          const before = new Map(original.items.map((l) => [l.id, l]));
          for (const [index, to] of moves) {
            current = moveLeadInResult(current, original.items[index % count]!.id, to);
          }
          const total = (r: typeof current) => r.stages.reduce((sum, s) => sum + s.count, 0);
          expect(total(current)).toBe(count);
          for (const lead of current.items) current = replaceLead(current, before.get(lead.id)!);
          expect(current.items).toEqual(original.items);
          const nonZero = (r: typeof current) =>
            r.stages
              .filter((s) => s.count > 0)
              .sort((a, b) => a.stageKey.localeCompare(b.stageKey));
          expect(nonZero(current)).toEqual(nonZero(original));
        },
      ),
    );
  });

  it("replaces the optimistic lead with the API's, following a budget change", () => {
    const result = listResult([makeLead({ budgetMax: 500, budgetMin: null })]);
    const next = replaceLead(result, makeLead({ budgetMax: 800, budgetMin: null, version: 2 }));
    expect(next.items[0]?.version).toBe(2);
    expect(next.stages).toEqual([{ stageKey: 'new', count: 1, budgetTotal: 800 }]);
  });
});
