/**
 * `leads.import`: many leads with their history in one transaction, e.g. moving from another CRM
 * (or seeding a demo). Each lead's events are replayed in memory through the same domain rules
 * as live calls — routing as of its creation, guards on every move, entry tasks in the org's
 * time zone, tasks canceled when a lead closes, heat — and the result is written with batched
 * inserts. All or nothing: any refused move or duplicate contact refuses the whole import with
 * every problem listed by path, and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import {
  DomainError,
  DomainErrorCode,
  entryTasks,
  type LeadFacts,
  leadHeat,
  type leadImportInput,
  type RoutingAgent,
  type RoutingDecision,
  resolveOffer,
  routeLead,
  type StageDefinition,
  validateTransition,
} from '@estatekit/domain';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  agents as agentsTable,
  auditEntries,
  leadActivities,
  leadAssignments,
  leads,
  tasks,
} from '../db/schema';
import { notifyLeadChanges } from '../events/lead-changes';
import { assertAgentsOfOrg, loadRoutingAgents } from '../repositories/agents.repository';
import type { OrgScope } from '../repositories/org-scope';
import { loadPipeline } from '../repositories/pipelines.repository';
import { activeRoutingRules } from '../repositories/routing-rules.repository';
import {
  activityActor,
  type LeadCaller,
  normaliseContact,
  orgCountry,
  pipelineActor,
} from './lead-pipeline.service';

type ImportInput = z.output<typeof leadImportInput>;
type Issue = { path: (string | number)[]; message: string };

/** Rows per INSERT statement (keeps every statement well under PostgreSQL's 65,535 parameters). */
const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

interface TaskDraftRow {
  id: string;
  leadId: string;
  type: string;
  title: string;
  dueAt: string;
  status: 'open' | 'overdue' | 'done' | 'canceled';
  assigneeId: string | null;
  stageKey: string;
  leadVersion: number;
  completedAt: string | null;
  createdAt: string;
}

/** Routes a lead as it would have been routed at `at`, resolving a claim offer by its fallback. */
function routeAt(
  record: ImportInput['leads'][number],
  pipelineKey: string,
  rules: Awaited<ReturnType<typeof activeRoutingRules>>,
  snapshot: RoutingAgent[],
  at: string,
  timeZone: string,
): { agentId: string | null; ruleId: string | null; trace: unknown } {
  const decision: RoutingDecision = routeLead({
    lead: {
      source: record.source,
      postalCodes: record.wantedPostalCodes ?? [],
      areas: record.wantedAreas ?? [],
      budgetMin: record.budgetMin ?? null,
      budgetMax: record.budgetMax ?? null,
      pipelineKey,
    },
    rules,
    agents: snapshot,
    now: at,
    timeZone,
  });
  const outcome = decision.outcome;
  if (outcome.kind === 'assigned') {
    return { agentId: outcome.agentId, ruleId: outcome.ruleId, trace: decision };
  }
  if (outcome.kind === 'offered') {
    // Nobody can claim in the past: the offer falls back to the score when it expires.
    const fallback = resolveOffer({
      offer: { ruleId: outcome.ruleId, agentIds: outcome.agentIds, expiresAt: outcome.expiresAt },
      agents: snapshot,
      now: outcome.expiresAt,
      timeZone,
    });
    return {
      agentId: fallback.kind === 'assigned' ? fallback.agentId : null,
      ruleId: outcome.ruleId,
      trace:
        fallback.kind === 'assigned' || fallback.kind === 'unassigned' ? fallback.trace : decision,
    };
  }
  return { agentId: null, ruleId: null, trace: decision };
}

/**
 * Imports `input.leads` into the pipeline `input.pipelineKey` (default: the org's default) as
 * of `now` (ISO 8601). Throws VALIDATION_FAILED with `context.issues` (path
 * `leads.<i>.events.<j>` for a refused move, with the rules' messages; `leads.<i>.email` for a
 * contact that another lead has) and writes nothing; NOT_FOUND for an unknown `assigneeId`.
 */
export async function importLeads(
  scope: OrgScope,
  caller: LeadCaller,
  input: ImportInput,
  now: string,
): Promise<{ imported: number; leadIds: string[] }> {
  const org = scope.org;
  const pipeline = await loadPipeline(scope, input.pipelineKey);
  const stages = new Map(pipeline.definition.stages.map((s) => [s.key, s]));
  const first = pipeline.definition.stages[0]!;
  const actor = pipelineActor(caller);
  const issues: Issue[] = [];
  const country = orgCountry(org.defaultCurrency);

  await assertAgentsOfOrg(
    scope,
    input.leads.flatMap((l) => (l.assigneeId ? [l.assigneeId] : [])),
    ['leads', 'assigneeId'],
  );

  // Contacts: normalised, unique within the import and against the org's existing leads.
  const contacts = input.leads.map((lead, i) => {
    try {
      return normaliseContact(lead, country);
    } catch {
      issues.push({ path: ['leads', i, 'phone'], message: 'not a valid phone number' });
      return { email: null, phone: null };
    }
  });
  const seen = new Map<string, number>();
  contacts.forEach((c, i) => {
    for (const [field, value] of [
      ['email', c.email],
      ['phone', c.phone],
    ] as const) {
      if (!value) continue;
      const key = `${field}:${value}`;
      if (seen.has(key)) {
        issues.push({
          path: ['leads', i, field],
          message: `same ${field} as lead ${seen.get(key)}`,
        });
      } else seen.set(key, i);
    }
  });
  const emails = contacts.flatMap((c) => (c.email ? [c.email] : []));
  const phones = contacts.flatMap((c) => (c.phone ? [c.phone] : []));
  if (emails.length + phones.length > 0) {
    const taken = await scope.tx
      .select({ email: leads.email, phone: leads.phone })
      .from(leads)
      .where(
        and(
          eq(leads.orgId, org.id),
          or(
            emails.length ? inArray(leads.email, emails) : sql`false`,
            phones.length ? inArray(leads.phone, phones) : sql`false`,
          ),
        ),
      );
    const takenEmails = new Set(taken.map((t) => t.email));
    const takenPhones = new Set(taken.map((t) => t.phone));
    contacts.forEach((c, i) => {
      if (c.email && takenEmails.has(c.email)) {
        issues.push({ path: ['leads', i, 'email'], message: 'a lead with this email exists' });
      }
      if (c.phone && takenPhones.has(c.phone)) {
        issues.push({ path: ['leads', i, 'phone'], message: 'a lead with this phone exists' });
      }
    });
  }

  const rules = await activeRoutingRules(scope);
  const snapshot = await loadRoutingAgents(scope, { forUpdate: true });
  const byAgent = new Map(snapshot.map((a) => [a.id, a]));

  const leadRows: (typeof leads.$inferInsert)[] = [];
  const activityRows: (typeof leadActivities.$inferInsert)[] = [];
  const taskRows: TaskDraftRow[] = [];
  const auditRows: (typeof auditEntries.$inferInsert)[] = [];
  const assignmentRows: (typeof leadAssignments.$inferInsert)[] = [];
  const actorColumns = { actorKind: caller.actor.kind, actorId: caller.actor.id };
  const byActor = activityActor(caller);

  // Oldest first, so routing sees each agent's workload as it was when the lead came in.
  const order = input.leads
    .map((_, i) => i)
    .sort((a, b) => {
      const at = Date.parse(input.leads[a]!.createdAt) - Date.parse(input.leads[b]!.createdAt);
      return at !== 0 ? at : a - b;
    });
  const idsByIndex: string[] = [];
  for (const i of order) {
    const record = input.leads[i]!;
    const id = randomUUID();
    idsByIndex[i] = id;
    const createdAt = new Date(record.createdAt).toISOString();
    if (createdAt > now) issues.push({ path: ['leads', i, 'createdAt'], message: 'in the future' });
    const routed = record.assigneeId
      ? { agentId: record.assigneeId, ruleId: null, trace: null }
      : routeAt(record, pipeline.definition.key, rules, snapshot, createdAt, org.timeZone);
    const assigneeId = routed.agentId;
    const facts: { -readonly [K in keyof LeadFacts]: LeadFacts[K] } = {
      id,
      stageKey: first.key,
      assigneeId,
      email: contacts[i]!.email,
      phone: contacts[i]!.phone,
      linkedListingKeys: record.linkedListingKeys ?? [],
      agreedAmount: null,
      activities: [],
    };
    const interactions = [createdAt];
    let stage: StageDefinition = first;
    let stageEnteredAt = createdAt;
    let version = 0;
    let closedAt: string | null = null;
    let lostReason: string | null = null;
    let lastActivityAt: string | null = null;
    let firstResponseAt: string | null = null;
    let refused = false;
    const leadTasks: TaskDraftRow[] = [];
    const addEntryTasks = (target: StageDefinition, at: string) => {
      for (const draft of entryTasks(target, at, org.timeZone)) {
        leadTasks.push({
          id: randomUUID(),
          leadId: id,
          type: draft.type,
          title: draft.title,
          dueAt: draft.dueAt,
          status: 'open',
          assigneeId,
          stageKey: target.key,
          leadVersion: version,
          completedAt: null,
          createdAt: at,
        });
      }
    };
    auditRows.push({
      orgId: org.id,
      entityType: 'lead',
      entityKey: id,
      action: 'create',
      fromValue: null,
      toValue: first.key,
      ...actorColumns,
      actorRole: caller.actor.role ?? null,
      reason: null,
      at: createdAt,
    });
    if (record.message) {
      activityRows.push({
        orgId: org.id,
        leadId: id,
        type: 'note',
        direction: 'inbound',
        body: record.message,
        ...actorColumns,
        occurredAt: createdAt,
      });
    }
    addEntryTasks(first, createdAt);

    let previousAt = createdAt;
    for (const [j, event] of record.events.entries()) {
      const at = new Date(event.at).toISOString();
      if (at < previousAt || at > now) {
        issues.push({
          path: ['leads', i, 'events', j, 'at'],
          message:
            at > now ? 'in the future' : 'before the previous event (events must be in order)',
        });
        refused = true;
        break;
      }
      previousAt = at;
      switch (event.kind) {
        case 'activity': {
          const { kind: _kind, at: _at, ...activity } = event;
          activityRows.push({
            orgId: org.id,
            leadId: id,
            type: activity.type,
            direction: activity.direction,
            channel: activity.channel ?? null,
            deliveryStatus: activity.deliveryStatus ?? null,
            body: activity.body ?? null,
            listingKey: activity.listingKey ?? null,
            scheduledAt: activity.scheduledAt ?? null,
            amount: activity.amount ?? null,
            ...byActor,
            occurredAt: at,
          });
          facts.activities = [
            ...facts.activities,
            {
              type: activity.type,
              channel: activity.channel ?? null,
              deliveryStatus: activity.deliveryStatus ?? null,
              listingKey: activity.listingKey ?? null,
              scheduledAt: activity.scheduledAt
                ? new Date(activity.scheduledAt).toISOString()
                : null,
              occurredAt: at,
            },
          ];
          interactions.push(at);
          lastActivityAt = at;
          if (!firstResponseAt && activity.direction === 'outbound' && activity.type !== 'note') {
            firstResponseAt = at;
          }
          break;
        }
        case 'update': {
          const { email, phone, linkedListingKeys, agreedAmount } = event.changes;
          if (email !== undefined || phone !== undefined) {
            try {
              const c = normaliseContact({ email, phone }, country);
              if (email !== undefined) facts.email = c.email;
              if (phone !== undefined) facts.phone = c.phone;
            } catch {
              issues.push({
                path: ['leads', i, 'events', j, 'changes', 'phone'],
                message: 'not a valid phone number',
              });
              refused = true;
            }
          }
          if (linkedListingKeys !== undefined) facts.linkedListingKeys = linkedListingKeys;
          if (agreedAmount !== undefined) facts.agreedAmount = agreedAmount;
          version += 1;
          break;
        }
        case 'complete_tasks':
          for (const task of leadTasks) {
            if (task.status === 'open' && task.createdAt <= at) {
              task.status = 'done';
              task.completedAt = at;
            }
          }
          break;
        case 'move': {
          const check = validateTransition(facts, event.to, actor, {
            pipeline: pipeline.definition,
            reason: event.reason ?? null,
            now: at,
          });
          if (!check.ok) {
            issues.push({
              path: ['leads', i, 'events', j],
              message: check.violations.map((v) => v.message).join(' '),
            });
            refused = true;
            break;
          }
          const target = stages.get(event.to)!;
          auditRows.push({
            orgId: org.id,
            entityType: 'lead',
            entityKey: id,
            action: 'status_change',
            fromValue: stage.key,
            toValue: target.key,
            ...actorColumns,
            actorRole: caller.actor.role ?? null,
            reason: event.reason?.trim() || null,
            at,
          });
          version += 1;
          facts.stageKey = target.key;
          stage = target;
          stageEnteredAt = at;
          closedAt = target.kind === 'open' ? null : at;
          lostReason = target.kind === 'lost' ? (event.reason?.trim() ?? null) : null;
          if (target.kind !== 'open') {
            for (const task of leadTasks) {
              if (task.status === 'open') task.status = 'canceled';
            }
          }
          addEntryTasks(target, at);
          break;
        }
      }
      if (refused) break;
    }
    if (refused) continue;
    for (const task of leadTasks)
      if (task.status === 'open' && task.dueAt <= now) task.status = 'overdue';
    taskRows.push(...leadTasks);
    leadRows.push({
      id,
      orgId: org.id,
      pipelineId: pipeline.id,
      stageKey: stage.key,
      fullName: record.fullName,
      email: facts.email,
      phone: facts.phone,
      source: record.source,
      currency: org.defaultCurrency,
      budgetMin: record.budgetMin ?? null,
      budgetMax: record.budgetMax ?? null,
      wantedPostalCodes: record.wantedPostalCodes ?? [],
      wantedAreas: record.wantedAreas ?? [],
      linkedListingKeys: [...facts.linkedListingKeys],
      agreedAmount: facts.agreedAmount,
      assigneeId,
      version,
      heat: leadHeat({ interactions, stageEnteredAt, now, stageKind: stage.kind }),
      stageEnteredAt,
      lastActivityAt,
      assignedAt: assigneeId ? createdAt : null,
      firstResponseAt,
      closedAt,
      lostReason,
      createdAt,
      updatedAt: previousAt,
    });
    assignmentRows.push({
      orgId: org.id,
      leadId: id,
      agentId: assigneeId,
      previousAgentId: null,
      method: record.assigneeId ? 'manual' : assigneeId ? 'auto' : 'unassigned',
      ruleId: routed.ruleId,
      trace: routed.trace ?? null,
      ...actorColumns,
      at: createdAt,
    });
    // The next lead is routed against the workload this one leaves behind.
    const agent = assigneeId ? byAgent.get(assigneeId) : undefined;
    if (agent) {
      const mutable = agent as { -readonly [K in keyof RoutingAgent]: RoutingAgent[K] };
      if (stage.kind === 'open') mutable.activeLeads += 1;
      mutable.pendingTasks += leadTasks.filter((t) => t.status === 'open').length;
      mutable.overdueTasks += leadTasks.filter((t) => t.status === 'overdue').length;
      mutable.lastAssignedAt = createdAt;
    }
  }

  if (issues.length > 0) {
    throw new DomainError(
      DomainErrorCode.ValidationFailed,
      `The import was refused, nothing was written (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${issues
        .slice(0, 20)
        .map((x) => `${x.path.join('.')}: ${x.message}`)
        .join('; ')}${issues.length > 20 ? '; …' : ''}`,
      {
        context: { issues: issues.map((x) => ({ path: x.path.map(String), message: x.message })) },
        suggestion: 'Fix the listed leads and import again.',
      },
    );
  }

  await insertChunked(leadRows, (chunk) => scope.tx.insert(leads).values(chunk));
  await insertChunked(activityRows, (chunk) => scope.tx.insert(leadActivities).values(chunk));
  await insertChunked(
    taskRows.map(({ createdAt, ...t }) => ({ ...t, orgId: org.id, createdAt })),
    (chunk) => scope.tx.insert(tasks).values(chunk),
  );
  await insertChunked(auditRows, (chunk) => scope.tx.insert(auditEntries).values(chunk));
  await insertChunked(assignmentRows, (chunk) => scope.tx.insert(leadAssignments).values(chunk));
  for (const agent of snapshot) {
    if (!agent.lastAssignedAt) continue;
    await scope.tx
      .update(agentsTable)
      .set({ lastAssignedAt: agent.lastAssignedAt })
      .where(
        and(
          eq(agentsTable.orgId, org.id),
          eq(agentsTable.userId, agent.id),
          sql`(${agentsTable.lastAssignedAt} is null or ${agentsTable.lastAssignedAt} < ${agent.lastAssignedAt})`,
        ),
      );
  }
  await notifyLeadChanges(
    scope,
    leadRows.map((row) => ({
      leadId: row.id!,
      kind: 'created' as const,
      version: row.version ?? 0,
      stageKey: row.stageKey,
      assigneeId: row.assigneeId ?? null,
      previousAssigneeId: null,
      at: now,
    })),
  );
  return { imported: leadRows.length, leadIds: idsByIndex };
}
