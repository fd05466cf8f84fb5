import type { LeadDto, LeadListResult, StageKind } from '@estatekit/domain';

/*
 * The board as data: columns from `pipelines.byKey` stages and a `leads.list` page, and the
 * optimistic edits of that page a move makes (and undoes). Pure, so it is tested without React.
 */

/** A pipeline stage as `pipelines.byKey` returns it. */
export interface LeadKanbanStage {
  key: string;
  name: string;
  kind: StageKind;
  terminal: boolean;
}

/** A pipeline transition as `pipelines.byKey` returns it. */
export interface LeadKanbanTransition {
  from: string;
  to: string;
  reasonRequired: boolean;
}

/** One column of the board. */
export interface LeadKanbanColumnModel {
  stage: LeadKanbanStage;
  /** Loaded leads of this stage, in the API's order (hottest first). */
  leads: readonly LeadDto[];
  /** Leads of this stage matching the filters, all of them (not only those loaded). */
  count: number;
  /** Σ of the budgets of those leads, minor units of the list's `currency`. */
  budgetTotal: number;
}

/**
 * A lead's budget as the API sums it per stage: its maximum, else its minimum, else 0 (minor
 * units of the lead's currency).
 */
export function leadBudget(lead: Pick<LeadDto, 'budgetMax' | 'budgetMin'>): number {
  return lead.budgetMax ?? lead.budgetMin ?? 0;
}

/**
 * One column per stage, in pipeline order, each with its loaded leads (the API's order kept)
 * and the count and budget sum of `result.stages`. A stage missing from `result.stages` counts
 * its loaded leads; leads of stages not in `stages` are left out.
 */
export function buildColumns(
  stages: readonly LeadKanbanStage[],
  result: Pick<LeadListResult, 'items' | 'stages'> | undefined,
): LeadKanbanColumnModel[] {
  const byStage = new Map<string, LeadDto[]>(stages.map((stage) => [stage.key, []]));
  for (const lead of result?.items ?? []) byStage.get(lead.stageKey)?.push(lead);
  const summaries = new Map((result?.stages ?? []).map((summary) => [summary.stageKey, summary]));
  return stages.map((stage) => {
    const leads = byStage.get(stage.key) ?? [];
    const summary = summaries.get(stage.key);
    return {
      stage,
      leads,
      count: summary?.count ?? leads.length,
      budgetTotal: summary?.budgetTotal ?? leads.reduce((sum, lead) => sum + leadBudget(lead), 0),
    };
  });
}

/** Adds `count` and `budget` to the summary of `stageKey` (creating it), never below 0. */
function adjustStage(
  stages: LeadListResult['stages'],
  stageKey: string,
  count: number,
  budget: number,
): LeadListResult['stages'] {
  const found = stages.some((s) => s.stageKey === stageKey);
  const list = found ? stages : [...stages, { stageKey, count: 0, budgetTotal: 0 }];
  return list.map((s) =>
    s.stageKey === stageKey
      ? {
          ...s,
          count: Math.max(0, s.count + count),
          budgetTotal: Math.max(0, s.budgetTotal + budget),
        }
      : s,
  );
}

/**
 * `result` with `lead` in place of the item of the same id (position kept), the stage
 * summaries following it when its stage or budget changed. A lead not in `result` is left out
 * (it does not match the page). Returns `result` itself when nothing changes.
 */
export function replaceLead(result: LeadListResult, lead: LeadDto): LeadListResult {
  const index = result.items.findIndex((item) => item.id === lead.id);
  const previous = result.items[index];
  if (!previous || previous === lead) return result;
  const items = result.items.slice();
  items[index] = lead;
  let stages = result.stages;
  if (previous.stageKey !== lead.stageKey || leadBudget(previous) !== leadBudget(lead)) {
    stages = adjustStage(stages, previous.stageKey, -1, -leadBudget(previous));
    stages = adjustStage(stages, lead.stageKey, 1, leadBudget(lead));
  }
  return { ...result, items, stages };
}

/**
 * The optimistic move: `result` with lead `leadId` in stage `to` (its place in the API's order
 * kept, so it lands where the server will put it) and the counts and budget sums of both stages
 * adjusted. Unchanged when the lead is not loaded or already there.
 */
export function moveLeadInResult(result: LeadListResult, leadId: string, to: string) {
  const lead = result.items.find((item) => item.id === leadId);
  if (!lead || lead.stageKey === to) return result;
  return replaceLead(result, { ...lead, stageKey: to });
}
