import { DomainError, DomainErrorCode, type TaskDraft, type TaskDto } from '@estatekit/domain';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { leads, tasks } from '../db/schema';
import type { OrgScope } from './org-scope';

type TaskRow = typeof tasks.$inferSelect;

function toTaskDto(row: TaskRow, leadName: string): TaskDto {
  return {
    id: row.id,
    leadId: row.leadId,
    leadName,
    type: row.type as TaskDto['type'],
    title: row.title,
    dueAt: new Date(row.dueAt).toISOString(),
    status: row.status as TaskDto['status'],
    assigneeId: row.assigneeId,
    stageKey: row.stageKey,
    completedAt: row.completedAt ? new Date(row.completedAt).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/**
 * Creates the entry tasks of a stage move. Keyed by (lead, lead version, type, title): a move
 * that is retried or raced creates its tasks at most once. Returns how many were created.
 */
export async function insertEntryTasks(
  scope: OrgScope,
  input: {
    leadId: string;
    leadVersion: number;
    stageKey: string;
    assigneeId: string | null;
    drafts: readonly TaskDraft[];
  },
): Promise<number> {
  if (input.drafts.length === 0) return 0;
  const rows = await scope.tx
    .insert(tasks)
    .values(
      input.drafts.map((d) => ({
        orgId: scope.org.id,
        leadId: input.leadId,
        type: d.type,
        title: d.title,
        dueAt: d.dueAt,
        assigneeId: input.assigneeId,
        stageKey: input.stageKey,
        leadVersion: input.leadVersion,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: tasks.id });
  return rows.length;
}

/** Filters of `tasks.list` after resolving `me`. */
export interface TaskQuery {
  leadId?: string | undefined;
  assigneeId?: string | undefined;
  status?: readonly TaskDto['status'][] | undefined;
  dueBefore?: string | undefined;
  limit: number;
  /** Agents: only tasks of leads they may see (their own or unassigned). */
  ownOnlyUserId?: string | null | undefined;
}

/** Tasks by due time (earliest first), with the lead's name. */
export async function listTasks(scope: OrgScope, query: TaskQuery): Promise<TaskDto[]> {
  const where = [eq(tasks.orgId, scope.org.id)];
  if (query.leadId) where.push(eq(tasks.leadId, query.leadId));
  if (query.assigneeId) where.push(eq(tasks.assigneeId, query.assigneeId));
  if (query.status?.length) where.push(inArray(tasks.status, [...query.status]));
  if (query.dueBefore) where.push(lte(tasks.dueAt, query.dueBefore));
  if (query.ownOnlyUserId !== undefined) {
    where.push(
      query.ownOnlyUserId
        ? sql`(${leads.assigneeId} is null or ${leads.assigneeId} = ${query.ownOnlyUserId})`
        : sql`${leads.assigneeId} is null`,
    );
  }
  const rows = await scope.tx
    .select({ task: tasks, leadName: leads.fullName })
    .from(tasks)
    .innerJoin(leads, eq(leads.id, tasks.leadId))
    .where(and(...where))
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(query.limit);
  return rows.map((r) => toTaskDto(r.task, r.leadName));
}

/** One task with its lead's id and assignee, locked for update; NOT_FOUND if none. */
export async function loadTaskForUpdate(scope: OrgScope, taskId: string) {
  const rows = await scope.tx
    .select({ task: tasks, leadName: leads.fullName, leadAssigneeId: leads.assigneeId })
    .from(tasks)
    .innerJoin(leads, eq(leads.id, tasks.leadId))
    .where(and(eq(tasks.orgId, scope.org.id), eq(tasks.id, taskId)))
    .limit(1)
    .for('update', { of: tasks });
  const row = rows[0];
  if (!row) {
    throw new DomainError(DomainErrorCode.NotFound, `No task with id ${taskId}.`, {
      context: { taskId },
    });
  }
  return row;
}

/** Marks a task done at `at` (idempotent: a done task stays as it was). */
export async function completeTask(scope: OrgScope, taskId: string, at: string): Promise<TaskDto> {
  const { task, leadName } = await loadTaskForUpdate(scope, taskId);
  if (task.status === 'done') return toTaskDto(task, leadName);
  if (task.status === 'canceled') {
    throw new DomainError(DomainErrorCode.Conflict, 'A canceled task cannot be completed.', {
      context: { taskId },
    });
  }
  const rows = await scope.tx
    .update(tasks)
    .set({ status: 'done', completedAt: at })
    .where(eq(tasks.id, taskId))
    .returning();
  return toTaskDto(rows[0]!, leadName);
}

/**
 * Turns the org's open tasks due at or before `now` into `overdue`. Idempotent. Returns the
 * affected lead ids (for change notifications).
 */
export async function markOverdueTasks(scope: OrgScope, now: string): Promise<string[]> {
  const rows = await scope.tx
    .update(tasks)
    .set({ status: 'overdue' })
    .where(and(eq(tasks.orgId, scope.org.id), eq(tasks.status, 'open'), lte(tasks.dueAt, now)))
    .returning({ leadId: tasks.leadId });
  return [...new Set(rows.map((r) => r.leadId))];
}

/** Reassigns a lead's unfinished tasks to its new agent. */
export async function reassignOpenTasks(
  scope: OrgScope,
  leadId: string,
  assigneeId: string | null,
): Promise<void> {
  await scope.tx
    .update(tasks)
    .set({ assigneeId })
    .where(
      and(
        eq(tasks.orgId, scope.org.id),
        eq(tasks.leadId, leadId),
        inArray(tasks.status, ['open', 'overdue']),
      ),
    );
}

/** Cancels a lead's unfinished tasks (it was won or lost: nothing is left to do). */
export async function cancelOpenTasks(scope: OrgScope, leadId: string): Promise<void> {
  await scope.tx
    .update(tasks)
    .set({ status: 'canceled' })
    .where(
      and(
        eq(tasks.orgId, scope.org.id),
        eq(tasks.leadId, leadId),
        inArray(tasks.status, ['open', 'overdue']),
      ),
    );
}
