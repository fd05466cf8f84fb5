import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { PIPELINE_KEY_PATTERN, type PipelineDefinition } from './pipeline';

/**
 * One thing wrong with a pipeline definition. `code` is stable (`duplicate_stage`,
 * `no_won_stage`, `closed_first_stage`, `unknown_stage`, `self_loop`, `duplicate_transition`,
 * `unreachable_stage`, `terminal_has_exits`, `dead_end`, `invalid_key`, `invalid_guard_name`,
 * `no_stages`); `path` points into the definition the way zod paths do, as strings
 * (`['transitions', '3', 'to']`).
 */
export interface PipelineIssue {
  code: string;
  message: string;
  path: string[];
}

/** Breadth-first walk from `starts` along `edges` (key → next keys); returns every key reached. */
function reachable(starts: readonly string[], edges: ReadonlyMap<string, readonly string[]>) {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const next of edges.get(key) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Pushes `value` onto the list under `key`, creating it. */
function addEdge(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Checks a pipeline's structure and returns every problem found (empty when it is sound):
 * stage keys are well-formed (`PIPELINE_KEY_PATTERN`) and unique; there is at least one stage of
 * kind `won`; the first stage (where new leads start) is open, not won or lost; transitions name
 * known stages, are not self-loops and are not listed twice; every stage is reachable from the
 * first; a terminal stage has no outgoing transitions; every open stage can still reach a won or
 * lost stage (no lead can get stuck); custom guard names are well-formed. Pure; never throws.
 */
export function validatePipeline(def: PipelineDefinition): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const issue = (code: string, message: string, ...path: (string | number)[]) =>
    issues.push({ code, message, path: path.map(String) });

  if (!PIPELINE_KEY_PATTERN.test(def.key)) {
    issue('invalid_key', 'The pipeline key must be lowercase letters, digits and _.', 'key');
  }
  if (def.stages.length === 0) {
    issue('no_stages', 'A pipeline needs at least one stage.', 'stages');
    return issues;
  }

  const stages = new Map<string, (typeof def.stages)[number]>();
  def.stages.forEach((stage, index) => {
    if (!PIPELINE_KEY_PATTERN.test(stage.key)) {
      issue(
        'invalid_key',
        `Stage key "${stage.key}" must be lowercase letters, digits and _.`,
        'stages',
        index,
        'key',
      );
    }
    if (stages.has(stage.key)) {
      issue('duplicate_stage', `Stage key "${stage.key}" is used twice.`, 'stages', index, 'key');
    } else {
      stages.set(stage.key, stage);
    }
    stage.guards.forEach((guard, guardIndex) => {
      if (guard.kind === 'custom' && !PIPELINE_KEY_PATTERN.test(guard.name)) {
        issue(
          'invalid_guard_name',
          `Custom guard name "${guard.name}" must be lowercase letters, digits and _.`,
          'stages',
          index,
          'guards',
          guardIndex,
          'name',
        );
      }
    });
  });

  const first = def.stages[0]!;
  if (first.kind !== 'open') {
    issue(
      'closed_first_stage',
      `The first stage, ${first.name}, is where new leads start, so it cannot be a ${first.kind} stage.`,
      'stages',
      0,
      'kind',
    );
  }
  if (!def.stages.some((stage) => stage.kind === 'won')) {
    issue('no_won_stage', 'A pipeline needs a stage of kind "won".', 'stages');
  }

  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const pairs = new Set<string>();
  def.transitions.forEach((edge, index) => {
    let known = true;
    for (const end of ['from', 'to'] as const) {
      if (!stages.has(edge[end])) {
        known = false;
        issue(
          'unknown_stage',
          `Transition ${index + 1} ${end === 'from' ? 'starts at' : 'leads to'} "${edge[end]}", which is not a stage of this pipeline.`,
          'transitions',
          index,
          end,
        );
      }
    }
    if (edge.from === edge.to) {
      issue(
        'self_loop',
        `Transition ${index + 1} goes from "${edge.from}" to itself.`,
        'transitions',
        index,
      );
      return;
    }
    const pair = `${edge.from}\u0000${edge.to}`;
    if (pairs.has(pair)) {
      issue(
        'duplicate_transition',
        `The transition "${edge.from}" → "${edge.to}" is listed twice.`,
        'transitions',
        index,
      );
      return;
    }
    pairs.add(pair);
    if (!known) return;
    addEdge(forward, edge.from, edge.to);
    addEdge(backward, edge.to, edge.from);
    if (stages.get(edge.from)?.terminal) {
      issue(
        'terminal_has_exits',
        `${stages.get(edge.from)?.name} is terminal, so it cannot have a transition to "${edge.to}".`,
        'transitions',
        index,
        'from',
      );
    }
  });

  const fromFirst = reachable([first.key], forward);
  const closed = def.stages.filter((s) => s.kind !== 'open').map((s) => s.key);
  const canClose = reachable(closed, backward);
  def.stages.forEach((stage, index) => {
    if (stages.get(stage.key) !== stage) return;
    if (!fromFirst.has(stage.key)) {
      issue(
        'unreachable_stage',
        `No lead can reach ${stage.name}: no chain of transitions leads there from ${first.name}.`,
        'stages',
        index,
      );
    }
    if (stage.kind === 'open' && !canClose.has(stage.key)) {
      issue(
        'dead_end',
        `A lead in ${stage.name} could never be won or lost: no chain of transitions leads from it to a won or lost stage.`,
        'stages',
        index,
      );
    }
  });
  return issues;
}

/**
 * Throws `DomainError` (VALIDATION_FAILED) listing every issue of `validatePipeline` as
 * `context.issues` (`{ path, message }[]`, the shape the API reports as field issues) and the
 * full issues with codes as `context.pipelineIssues`. Returns the definition unchanged when sound.
 */
export function assertValidPipeline<T extends PipelineDefinition>(def: T): T {
  const found = validatePipeline(def);
  if (found.length > 0) {
    throw new DomainError(
      DomainErrorCode.ValidationFailed,
      `The pipeline "${def.key}" is not valid: ${found.map((i) => i.message).join(' ')}`,
      {
        context: {
          issues: found.map(({ path, message }) => ({ path, message })),
          pipelineIssues: found,
        },
      },
    );
  }
  return def;
}
