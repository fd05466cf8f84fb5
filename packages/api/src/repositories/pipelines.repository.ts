import {
  DomainError,
  DomainErrorCode,
  defaultLettingsPipeline,
  defaultSalesPipeline,
  type GuardSpec,
  type PipelineDefinition,
  type StageKind,
  type TaskTemplate,
  type TransitionDefinition,
} from '@estatekit/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { leads, pipelineStages, pipelines } from '../db/schema';
import type { OrgScope } from './org-scope';

/** A stored pipeline: its row id, whether it is the org's default, and its definition. */
export interface StoredPipeline {
  readonly id: string;
  readonly isDefault: boolean;
  readonly definition: PipelineDefinition;
}

/**
 * Gives an org that has no pipeline yet the defaults (`sales`, the org default, and `lettings`).
 * Safe to race: a concurrent request that created them first wins and this one adds nothing.
 */
export async function ensureDefaultPipelines(scope: OrgScope): Promise<void> {
  const existing = await scope.tx
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(eq(pipelines.orgId, scope.org.id))
    .limit(1);
  if (existing.length > 0) return;
  await savePipeline(scope, defaultSalesPipeline, { isDefault: true, ifAbsent: true });
  await savePipeline(scope, defaultLettingsPipeline, { isDefault: false, ifAbsent: true });
}

/**
 * Inserts a pipeline, or replaces the stages and transitions of the one with the same key.
 * With `ifAbsent`, an existing key is left alone. Validation is the caller's job
 * (`assertValidPipeline`).
 */
export async function savePipeline(
  scope: OrgScope,
  definition: PipelineDefinition,
  options: { isDefault?: boolean; ifAbsent?: boolean } = {},
): Promise<string | null> {
  const inserted = await scope.tx
    .insert(pipelines)
    .values({
      orgId: scope.org.id,
      key: definition.key,
      name: definition.name,
      transitions: definition.transitions,
      isDefault: options.isDefault ?? false,
    })
    .onConflictDoNothing({ target: [pipelines.orgId, pipelines.key] })
    .returning({ id: pipelines.id });
  let pipelineId = inserted[0]?.id ?? null;
  if (!pipelineId) {
    if (options.ifAbsent) return null;
    const updated = await scope.tx
      .update(pipelines)
      .set({
        name: definition.name,
        transitions: definition.transitions,
        updatedAt: sql`now()`,
        ...(options.isDefault === undefined ? {} : { isDefault: options.isDefault }),
      })
      .where(and(eq(pipelines.orgId, scope.org.id), eq(pipelines.key, definition.key)))
      .returning({ id: pipelines.id });
    pipelineId = updated[0]!.id;
    await scope.tx.delete(pipelineStages).where(eq(pipelineStages.pipelineId, pipelineId));
  }
  await scope.tx.insert(pipelineStages).values(
    definition.stages.map((stage, position) => ({
      orgId: scope.org.id,
      pipelineId: pipelineId!,
      key: stage.key,
      name: stage.name,
      position,
      kind: stage.kind,
      terminal: stage.terminal,
      guards: stage.guards,
      entryTasks: stage.entryTasks,
    })),
  );
  if (options.isDefault) {
    await scope.tx
      .update(pipelines)
      .set({ isDefault: false })
      .where(and(eq(pipelines.orgId, scope.org.id), sql`${pipelines.id} <> ${pipelineId}`));
  }
  return pipelineId;
}

/**
 * Every pipeline of the org, default first, then by key, in one query (stages aggregated per
 * pipeline). An org without any gets the defaults first.
 */
export async function listPipelines(scope: OrgScope): Promise<StoredPipeline[]> {
  const read = () =>
    scope.tx
      .select({
        head: pipelines,
        stages: sql<StageRow[]>`coalesce((
          select json_agg(json_build_object('key', s.key, 'name', s.name, 'kind', s.kind,
            'terminal', s.terminal, 'guards', s.guards, 'entryTasks', s.entry_tasks) order by s.position)
          from ${pipelineStages} s where s.pipeline_id = "pipelines"."id"), '[]'::json)`,
      })
      .from(pipelines)
      .where(eq(pipelines.orgId, scope.org.id))
      .orderBy(sql`${pipelines.isDefault} desc`, asc(pipelines.key));
  let rows = await read();
  if (rows.length === 0) {
    await ensureDefaultPipelines(scope);
    rows = await read();
  }
  return rows.map(({ head, stages }) => ({
    id: head.id,
    isDefault: head.isDefault,
    definition: {
      key: head.key,
      name: head.name,
      transitions: head.transitions as TransitionDefinition[],
      stages: stages.map((s) => ({
        key: s.key,
        name: s.name,
        kind: s.kind as StageKind,
        terminal: s.terminal,
        guards: s.guards as GuardSpec[],
        entryTasks: s.entryTasks as TaskTemplate[],
      })),
    },
  }));
}

interface StageRow {
  key: string;
  name: string;
  kind: string;
  terminal: boolean;
  guards: unknown;
  entryTasks: unknown;
}

/**
 * The pipeline with `key`, or the org's default when `key` is absent. Throws NOT_FOUND when
 * the org has no such pipeline.
 */
export async function loadPipeline(scope: OrgScope, key?: string): Promise<StoredPipeline> {
  const all = await listPipelines(scope);
  const found =
    key === undefined
      ? (all.find((p) => p.isDefault) ?? all[0])
      : all.find((p) => p.definition.key === key);
  if (!found) {
    throw new DomainError(DomainErrorCode.NotFound, `No pipeline with key ${key}.`, {
      context: { pipelineKey: key ?? null },
      suggestion: `Pipelines: ${all.map((p) => p.definition.key).join(', ')}.`,
    });
  }
  return found;
}

/** The pipeline a stored lead row belongs to, by row id. */
export async function loadPipelineById(scope: OrgScope, id: string): Promise<StoredPipeline> {
  const found = (await listPipelines(scope)).find((p) => p.id === id);
  if (!found) throw new DomainError(DomainErrorCode.NotFound, 'The lead’s pipeline is gone.');
  return found;
}

/**
 * Deletes a pipeline. Refused (CONFLICT) while leads use it or when it is the org's default.
 */
export async function deletePipeline(scope: OrgScope, key: string): Promise<void> {
  const target = await loadPipeline(scope, key);
  if (target.isDefault) {
    throw new DomainError(DomainErrorCode.Conflict, 'The default pipeline cannot be deleted.', {
      context: { pipelineKey: key },
      suggestion: 'Make another pipeline the default first.',
    });
  }
  const used = await scope.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(leads)
    .where(and(eq(leads.orgId, scope.org.id), eq(leads.pipelineId, target.id)));
  if ((used[0]?.n ?? 0) > 0) {
    throw new DomainError(DomainErrorCode.Conflict, `Pipeline ${key} still has leads.`, {
      context: { pipelineKey: key, leads: used[0]!.n },
      suggestion: 'Move or close its leads first.',
    });
  }
  await scope.tx.delete(pipelines).where(eq(pipelines.id, target.id));
}

/**
 * Stage keys of `pipelineId` that leads occupy and `next` no longer has; a pipeline update
 * that would strand leads is refused with them.
 */
export async function occupiedStagesMissingFrom(
  scope: OrgScope,
  pipelineId: string,
  next: PipelineDefinition,
): Promise<string[]> {
  const rows = await scope.tx
    .selectDistinct({ stageKey: leads.stageKey })
    .from(leads)
    .where(and(eq(leads.orgId, scope.org.id), eq(leads.pipelineId, pipelineId)));
  const keys = new Set(next.stages.map((s) => s.key));
  return rows.map((r) => r.stageKey).filter((k) => !keys.has(k));
}
