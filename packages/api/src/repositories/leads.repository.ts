import {
  type ActivityDto,
  type AssignmentDto,
  DomainError,
  DomainErrorCode,
  type LeadActivityFact,
  type LeadDto,
  type LeadListResult,
  type leadListInput,
  type TaskDto,
} from '@estatekit/domain';
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { leadActivities, leadAssignments, leads, pipelines, tasks, users } from '../db/schema';
import type { OrgScope } from './org-scope';

type LeadRow = typeof leads.$inferSelect;
type LeadInsert = typeof leads.$inferInsert;

/** Who is reading: agents see their own and unassigned leads only. */
export interface LeadVisibility {
  /** Set for callers limited to their own leads: their user id (null: only unassigned ones). */
  readonly ownOnly: { userId: string | null } | null;
}

const iso = (value: string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

/** Where clause: the org, and for agents their own + unassigned leads. */
function visibleTo(scope: OrgScope, visibility: LeadVisibility): SQL {
  const org = eq(leads.orgId, scope.org.id);
  if (!visibility.ownOnly) return org;
  const own = visibility.ownOnly.userId;
  return and(
    org,
    own ? or(isNull(leads.assigneeId), eq(leads.assigneeId, own)) : isNull(leads.assigneeId),
  )!;
}

const leadSelection = {
  row: leads,
  pipelineKey: pipelines.key,
  assigneeName: users.name,
  nextTask: sql<{
    id: string;
    title: string;
    type: string;
    due_at: string;
    status: string;
  } | null>`(
    select json_build_object('id', t.id, 'title', t.title, 'type', t.type, 'due_at', t.due_at, 'status', t.status)
    from ${tasks} t
    where t.lead_id = ${leads.id} and t.org_id = ${leads.orgId} and t.status in ('open', 'overdue')
    order by t.due_at, t.id limit 1
  )`,
};

type SelectedLead = {
  row: LeadRow;
  pipelineKey: string;
  assigneeName: string | null;
  nextTask: { id: string; title: string; type: string; due_at: string; status: string } | null;
};

function toLeadDto(r: SelectedLead): LeadDto {
  const row = r.row;
  return {
    id: row.id,
    pipelineKey: r.pipelineKey,
    stageKey: row.stageKey,
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    source: row.source as LeadDto['source'],
    currency: row.currency,
    budgetMin: row.budgetMin,
    budgetMax: row.budgetMax,
    wantedPostalCodes: row.wantedPostalCodes,
    wantedAreas: row.wantedAreas,
    linkedListingKeys: row.linkedListingKeys,
    agreedAmount: row.agreedAmount,
    assigneeId: row.assigneeId,
    assigneeName: r.assigneeName,
    offeredTo: row.offeredTo,
    offerExpiresAt: iso(row.offerExpiresAt),
    version: row.version,
    heat: row.heat,
    stageEnteredAt: iso(row.stageEnteredAt)!,
    lastActivityAt: iso(row.lastActivityAt),
    firstResponseAt: iso(row.firstResponseAt),
    lostReason: row.lostReason,
    nextTask: r.nextTask
      ? {
          id: r.nextTask.id,
          title: r.nextTask.title,
          type: r.nextTask.type as TaskDto['type'],
          dueAt: new Date(r.nextTask.due_at).toISOString(),
          status: r.nextTask.status as TaskDto['status'],
        }
      : null,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

function selectLeads(scope: OrgScope) {
  return scope.tx
    .select(leadSelection)
    .from(leads)
    .innerJoin(pipelines, eq(pipelines.id, leads.pipelineId))
    .leftJoin(users, eq(users.id, leads.assigneeId));
}

interface LeadCursor {
  h: number;
  i: string;
}

function decodeLeadCursor(text: string): LeadCursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as LeadCursor;
    if (typeof c.h === 'number' && typeof c.i === 'string') return c;
  } catch {}
  throw new DomainError(DomainErrorCode.ValidationFailed, 'The cursor is not valid.', {
    context: { issues: [{ path: ['cursor'], message: 'not a cursor issued by leads.list' }] },
    suggestion: 'Start again without a cursor.',
  });
}

/**
 * One page of leads (hottest first, ties by id) matching the filters, the filtered total, and
 * per-stage counts and budget sums over every matching lead (the kanban's column headers).
 * Throws VALIDATION_FAILED for a malformed cursor.
 */
export async function listLeads(
  scope: OrgScope,
  input: z.output<typeof leadListInput> & { pipelineId: string },
  visibility: LeadVisibility,
): Promise<LeadListResult> {
  const filters: (SQL | undefined)[] = [
    visibleTo(scope, visibility),
    eq(leads.pipelineId, input.pipelineId),
  ];
  if (input.stageKeys?.length) filters.push(inArray(leads.stageKey, input.stageKeys));
  if (input.assignee === 'unassigned') filters.push(isNull(leads.assigneeId));
  else if (input.assignee) filters.push(eq(leads.assigneeId, input.assignee));
  if (input.heat?.min !== undefined) filters.push(sql`${leads.heat} >= ${input.heat.min}`);
  if (input.heat?.max !== undefined) filters.push(sql`${leads.heat} <= ${input.heat.max}`);
  if (input.text) {
    filters.push(
      sql`${leads.searchText} like ${`%${input.text.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`}`,
    );
  }
  const where = and(...filters)!;
  const cursor = input.cursor ? decodeLeadCursor(input.cursor) : null;
  const pageWhere = cursor
    ? and(where, sql`(${leads.heat}, ${leads.id}) < (${cursor.h}, ${cursor.i}::uuid)`)!
    : where;
  const [rows, stages] = await Promise.all([
    selectLeads(scope)
      .where(pageWhere)
      .orderBy(desc(leads.heat), desc(leads.id))
      .limit(input.limit + 1),
    scope.tx
      .select({
        stageKey: leads.stageKey,
        count: sql<number>`count(*)::int`,
        budgetTotal: sql<string>`coalesce(sum(coalesce(${leads.budgetMax}, ${leads.budgetMin})), 0)`,
      })
      .from(leads)
      .where(where)
      .groupBy(leads.stageKey),
  ]);
  const items = rows.slice(0, input.limit).map(toLeadDto);
  const last = rows.length > input.limit ? items[items.length - 1] : undefined;
  return {
    items,
    nextCursor: last
      ? Buffer.from(JSON.stringify({ h: last.heat, i: last.id })).toString('base64url')
      : null,
    total: stages.reduce((n, s) => n + s.count, 0),
    currency: scope.org.defaultCurrency,
    stages: stages.map((s) => ({
      stageKey: s.stageKey,
      count: s.count,
      budgetTotal: Number(s.budgetTotal),
    })),
  };
}

/** A lead as the API returns it; null if the org has none with this id. */
export async function findLeadDto(scope: OrgScope, leadId: string): Promise<LeadDto | null> {
  const rows = await selectLeads(scope)
    .where(and(eq(leads.orgId, scope.org.id), eq(leads.id, leadId)))
    .limit(1);
  return rows[0] ? toLeadDto(rows[0]) : null;
}

/** The stored row (locked `FOR UPDATE` when asked); null if the org has none with this id. */
export async function findLeadRow(
  scope: OrgScope,
  leadId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LeadRow | null> {
  const query = scope.tx
    .select()
    .from(leads)
    .where(and(eq(leads.orgId, scope.org.id), eq(leads.id, leadId)))
    .limit(1);
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** The lead with this normalised email or E.164 phone (email first), locked for update. */
export async function findLeadByContact(
  scope: OrgScope,
  contact: { email: string | null; phone: string | null },
): Promise<LeadRow | null> {
  for (const [column, value] of [
    [leads.email, contact.email],
    [leads.phone, contact.phone],
  ] as const) {
    if (!value) continue;
    const rows = await scope.tx
      .select()
      .from(leads)
      .where(and(eq(leads.orgId, scope.org.id), eq(column, value)))
      .limit(1)
      .for('update');
    if (rows[0]) return rows[0];
  }
  return null;
}

/**
 * Inserts a lead; returns null instead when another lead already has its email or phone (a
 * concurrent capture of the same person), so the caller can merge into that one.
 */
export async function insertLead(
  scope: OrgScope,
  values: Omit<LeadInsert, 'orgId'>,
): Promise<LeadRow | null> {
  const rows = await scope.tx
    .insert(leads)
    .values({ ...values, orgId: scope.org.id })
    .onConflictDoNothing()
    .returning();
  return rows[0] ?? null;
}

/**
 * Writes `changes` to the lead if its version is still `expectedVersion`, bumping the version.
 * Throws CONFLICT when someone else changed it first.
 */
export async function updateLeadVersioned(
  scope: OrgScope,
  leadId: string,
  expectedVersion: number,
  changes: Partial<Omit<LeadInsert, 'id' | 'orgId' | 'version'>>,
): Promise<LeadRow> {
  const rows = await scope.tx
    .update(leads)
    .set({
      ...changes,
      version: sql`${leads.version} + 1`,
      updatedAt: changes.updatedAt ?? sql`now()`,
    })
    .where(
      and(eq(leads.orgId, scope.org.id), eq(leads.id, leadId), eq(leads.version, expectedVersion)),
    )
    .returning();
  if (!rows[0]) {
    throw new DomainError(DomainErrorCode.Conflict, 'The lead changed since you loaded it.', {
      context: { leadId, expectedVersion },
      suggestion: 'Reload the lead and try again.',
    });
  }
  return rows[0];
}

/** Appends an activity. */
export async function insertActivity(
  scope: OrgScope,
  values: Omit<typeof leadActivities.$inferInsert, 'orgId' | 'id' | 'seq'>,
): Promise<ActivityDto> {
  const rows = await scope.tx
    .insert(leadActivities)
    .values({ ...values, orgId: scope.org.id })
    .returning();
  return toActivityDto(rows[0]!, null);
}

function toActivityDto(
  r: typeof leadActivities.$inferSelect,
  actorName: string | null,
): ActivityDto {
  return {
    id: r.id,
    leadId: r.leadId,
    type: r.type as ActivityDto['type'],
    direction: r.direction as ActivityDto['direction'],
    channel: r.channel as ActivityDto['channel'],
    deliveryStatus: r.deliveryStatus as ActivityDto['deliveryStatus'],
    body: r.body,
    listingKey: r.listingKey,
    scheduledAt: iso(r.scheduledAt),
    amount: r.amount,
    actor: { kind: r.actorKind, id: r.actorId, name: actorName },
    occurredAt: iso(r.occurredAt)!,
  };
}

/** A lead's activities, newest first, with the staff user's name where the actor is one. */
export async function listActivities(scope: OrgScope, leadId: string): Promise<ActivityDto[]> {
  const rows = await scope.tx
    .select({ a: leadActivities, name: users.name })
    .from(leadActivities)
    .leftJoin(
      users,
      and(eq(leadActivities.actorKind, 'user'), sql`${users.id}::text = ${leadActivities.actorId}`),
    )
    .where(and(eq(leadActivities.orgId, scope.org.id), eq(leadActivities.leadId, leadId)))
    .orderBy(desc(leadActivities.occurredAt), desc(leadActivities.seq));
  return rows.map((r) => toActivityDto(r.a, r.name));
}

/** The facts the transition guards read: a lead's activities, oldest first. */
export async function activityFacts(scope: OrgScope, leadId: string): Promise<LeadActivityFact[]> {
  const rows = await scope.tx
    .select({
      type: leadActivities.type,
      channel: leadActivities.channel,
      deliveryStatus: leadActivities.deliveryStatus,
      listingKey: leadActivities.listingKey,
      scheduledAt: leadActivities.scheduledAt,
      occurredAt: leadActivities.occurredAt,
    })
    .from(leadActivities)
    .where(and(eq(leadActivities.orgId, scope.org.id), eq(leadActivities.leadId, leadId)))
    .orderBy(asc(leadActivities.occurredAt));
  return rows.map((r) => ({
    type: r.type as LeadActivityFact['type'],
    channel: r.channel as LeadActivityFact['channel'],
    deliveryStatus: r.deliveryStatus as LeadActivityFact['deliveryStatus'],
    listingKey: r.listingKey,
    scheduledAt: iso(r.scheduledAt),
    occurredAt: iso(r.occurredAt)!,
  }));
}

/** Appends an assignment history entry. */
export async function insertAssignment(
  scope: OrgScope,
  values: Omit<typeof leadAssignments.$inferInsert, 'orgId' | 'id' | 'seq'>,
): Promise<void> {
  await scope.tx.insert(leadAssignments).values({ ...values, orgId: scope.org.id });
}

/** A lead's assignment history, oldest first. */
export async function listAssignments(scope: OrgScope, leadId: string): Promise<AssignmentDto[]> {
  const rows = await scope.tx
    .select({ a: leadAssignments, name: users.name })
    .from(leadAssignments)
    .leftJoin(users, eq(users.id, leadAssignments.agentId))
    .where(and(eq(leadAssignments.orgId, scope.org.id), eq(leadAssignments.leadId, leadId)))
    .orderBy(asc(leadAssignments.seq));
  return rows.map(({ a, name }) => ({
    id: a.id,
    agentId: a.agentId,
    agentName: name,
    previousAgentId: a.previousAgentId,
    method: a.method as AssignmentDto['method'],
    ruleId: a.ruleId,
    trace: a.trace ?? null,
    actor: { kind: a.actorKind, id: a.actorId },
    at: iso(a.at)!,
  }));
}
