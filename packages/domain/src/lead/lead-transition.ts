import type { AuditEntry } from '../audit/audit-entry';
import { entryTasks, type TaskDraft } from './entry-tasks';
import { LeadTransitionError } from './lead-errors';
import {
  checkStageGuards,
  type GuardRegistry,
  type LeadFacts,
  type TransitionViolation,
} from './lead-guards';
import type { PipelineDefinition, StageDefinition, TransitionDefinition } from './pipeline';
import { assertTimeZone, parseInstant } from './time';

/**
 * Who moves a lead. `role` is the caller's staff role; `userId` is the staff user the caller acts
 * as (an API key may act as a user), which is what lead ownership is checked against.
 */
export interface PipelineActor {
  kind: 'user' | 'api_key' | 'system';
  id: string;
  role: 'owner' | 'manager' | 'agent' | 'accountant' | 'read_only';
  userId: string | null;
}

/** What a move needs besides the lead: its pipeline, why, the caller's clock, custom guards. */
export interface TransitionContext {
  pipeline: PipelineDefinition;
  reason?: string | null;
  /** ISO 8601 instant from the caller's clock. */
  now: string;
  guards?: GuardRegistry;
}

/** Result of `validateTransition`: the edge taken, or every rule the move breaks. */
export type TransitionCheck =
  | { ok: true; transition: TransitionDefinition }
  | { ok: false; violations: TransitionViolation[] };

/**
 * Keys of the stages a lead in `from` may move to, in transition-table order. Empty for a
 * terminal or unknown stage. (Guards and permissions aside: see `validateTransition`.)
 */
export function nextStages(pipeline: PipelineDefinition, from: string): string[] {
  const stage = pipeline.stages.find((s) => s.key === from);
  if (!stage || stage.terminal) return [];
  return [...new Set(pipeline.transitions.filter((t) => t.from === from).map((t) => t.to))];
}

/** Who may move leads: owners and managers any; agents their own and unassigned ones. */
function permissionViolations(lead: LeadFacts, actor: PipelineActor): TransitionViolation[] {
  switch (actor.role) {
    case 'owner':
    case 'manager':
      return [];
    case 'accountant':
      return [{ code: 'not_permitted', message: 'Accountants cannot move leads between stages.' }];
    case 'read_only':
      return [
        { code: 'not_permitted', message: 'Read-only users cannot move leads between stages.' },
      ];
    case 'agent':
      return lead.assigneeId === null || lead.assigneeId === actor.userId
        ? []
        : [
            {
              code: 'not_your_lead',
              message:
                'This lead is assigned to another agent: agents can move only their own and unassigned leads.',
            },
          ];
    default:
      return actor.role satisfies never;
  }
}

/** "A", "A and B", "A, B and C". */
const andList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Why `from → to` is not an edge: `skips_forward` (naming what is skipped) or `not_an_edge`. */
function missingEdge(
  pipeline: PipelineDefinition,
  fromStage: StageDefinition,
  target: StageDefinition,
): TransitionViolation {
  const fromIndex = pipeline.stages.indexOf(fromStage);
  const toIndex = pipeline.stages.indexOf(target);
  const skipped = pipeline.stages.slice(fromIndex + 1, toIndex).filter((s) => s.kind !== 'lost');
  if (fromStage.kind !== 'lost' && toIndex > fromIndex && skipped.length > 0) {
    const names = andList(skipped.map((s) => s.name));
    return {
      code: 'skips_forward',
      message: `Moving from ${fromStage.name} to ${target.name} would skip ${names}: move one stage at a time.`,
    };
  }
  return {
    code: 'not_an_edge',
    message: `A lead in ${fromStage.name} cannot move to ${target.name}.`,
  };
}

/**
 * Whether entering `target` from `fromStage` checks the target's guards. Guards guard progress:
 * they apply when a lead enters a stage moving forward (later in the stage list) or reopens from
 * a lost stage. Retreating to an earlier stage and giving up (to a `lost` stage) skip them.
 */
function guardsApply(
  pipeline: PipelineDefinition,
  fromStage: StageDefinition | undefined,
  target: StageDefinition,
): boolean {
  if (target.kind === 'lost') return false;
  if (!fromStage || fromStage.kind === 'lost') return true;
  return pipeline.stages.indexOf(target) > pipeline.stages.indexOf(fromStage);
}

/**
 * Checks whether `actor` may move `lead` to stage `to` of `context.pipeline`, and returns EVERY
 * rule the move breaks (so the user can fix them all at once), never only the first:
 * - `unknown_stage`: `to` (or the lead's current stage) is not in the pipeline;
 * - `same_stage`: the lead is already there;
 * - `not_permitted`: accountants and read-only users cannot move leads;
 * - `not_your_lead`: an agent may move only leads assigned to them (`actor.userId`) or unassigned;
 * - `terminal_stage`: the current stage is final;
 * - `skips_forward`: the target is more than one stage ahead (the message names what is skipped);
 * - `not_an_edge`: any other move the pipeline has no transition for;
 * - `reason_required`: the transition needs a non-blank `context.reason` (e.g. to Lost);
 * - guard codes of the target stage (`offer_not_sent`, `phone_missing`, `email_missing`,
 *   `listing_not_linked`, `agreed_amount_missing`, `viewing_not_scheduled`, `unknown_guard`, or
 *   a custom guard's own). Guards are checked whenever the target exists, even when the edge is
 *   missing, but only when moving forward or reopening from a lost stage: moving back to an
 *   earlier stage or to a `lost` stage skips them.
 * Pure; never throws (custom guards aside). Messages are sentences for the user.
 */
export function validateTransition(
  lead: LeadFacts,
  to: string,
  actor: PipelineActor,
  context: TransitionContext,
): TransitionCheck {
  const { pipeline } = context;
  const from = lead.stageKey;
  const fromStage = pipeline.stages.find((s) => s.key === from);
  const target = pipeline.stages.find((s) => s.key === to);
  const violations: TransitionViolation[] = [];
  if (!target) {
    violations.push({
      code: 'unknown_stage',
      message: `There is no stage "${to}" in the ${pipeline.name} pipeline.`,
    });
  }
  if (!fromStage) {
    violations.push({
      code: 'unknown_stage',
      message: `The lead's current stage "${from}" is not in the ${pipeline.name} pipeline.`,
    });
  }
  if (from === to) {
    violations.push({
      code: 'same_stage',
      message: `The lead is already in ${target?.name ?? to}.`,
    });
  }
  violations.push(...permissionViolations(lead, actor));

  let transition: TransitionDefinition | undefined;
  if (target && fromStage && from !== to) {
    transition = fromStage.terminal
      ? undefined
      : pipeline.transitions.find((t) => t.from === from && t.to === to);
    if (fromStage.terminal) {
      violations.push({
        code: 'terminal_stage',
        message: `${fromStage.name} is final: a lead there cannot move to ${target.name}.`,
      });
    } else if (!transition) {
      violations.push(missingEdge(pipeline, fromStage, target));
    } else if (transition.reasonRequired && !context.reason?.trim()) {
      violations.push({
        code: 'reason_required',
        message: `Say why the lead is moving to ${target.name}.`,
      });
    }
  }
  if (target && from !== to && guardsApply(pipeline, fromStage, target)) {
    violations.push(...checkStageGuards(target, lead, context));
  }
  return violations.length === 0 && transition
    ? { ok: true, transition }
    : { ok: false, violations };
}

/** What a successful move produces for the API to persist in one transaction. */
export interface LeadMove {
  stageKey: string;
  /** The stage entered (its `kind` tells whether the lead is now won or lost). */
  stage: StageDefinition;
  transition: TransitionDefinition;
  /** Audit entry (DESIGN rule 3): entityType `lead`, action `status_change`, who, when, why. */
  audit: AuditEntry;
  /** The target stage's entry tasks, with due instants. */
  tasks: TaskDraft[];
}

/**
 * Moves `lead` to stage `to`. Returns the new stage key, the audit entry (`entityKey` is
 * `context.leadKey` or else `lead.id`; `reason` trimmed or null; `at` is `context.now`) and the
 * target stage's entry tasks due relative to `context.now` in `context.timeZone` (IANA).
 * Throws `LeadTransitionError` (INVALID_TRANSITION) when `validateTransition` refuses, with
 * `context.rule` = the first violation's code, `from`, `to`, `allowed` (= `nextStages`) and
 * every `violations`; throws `DomainError` (VALIDATION_FAILED) for a malformed `now` or zone.
 */
export function moveLead(
  lead: LeadFacts,
  to: string,
  actor: PipelineActor,
  context: TransitionContext & { timeZone: string; leadKey?: string },
): LeadMove {
  parseInstant(context.now, 'now');
  assertTimeZone(context.timeZone);
  const check = validateTransition(lead, to, actor, context);
  const from = lead.stageKey;
  if (!check.ok) {
    const allowed = nextStages(context.pipeline, from);
    const names = allowed.map(
      (key) => context.pipeline.stages.find((s) => s.key === key)?.name ?? key,
    );
    throw new LeadTransitionError(
      check.violations.map((v) => v.message).join(' '),
      {
        rule: check.violations[0]?.code ?? 'not_an_edge',
        from,
        to,
        allowed,
        violations: check.violations,
      },
      allowed.length > 0 ? `From here the lead can move to: ${names.join(', ')}.` : undefined,
    );
  }
  const stage = context.pipeline.stages.find((s) => s.key === to)!;
  return {
    stageKey: to,
    stage,
    transition: check.transition,
    audit: {
      entityType: 'lead',
      entityKey: context.leadKey ?? lead.id,
      action: 'status_change',
      from,
      to,
      actor: { kind: actor.kind, id: actor.id, role: actor.role },
      reason: context.reason?.trim() || null,
      at: context.now,
    },
    tasks: entryTasks(stage, context.now, context.timeZone),
  };
}
