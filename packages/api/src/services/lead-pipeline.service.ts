/**
 * The lead pipeline's write paths, each run inside the caller's org transaction: create and
 * capture (dedupe, route, entry tasks), move (validate, persist, entry tasks, audit), assign,
 * claim, log activity. Every change queues a `LeadChange` notification delivered on commit.
 */
import {
  type ActivityLogInput,
  type Actor,
  type activityLogInput,
  DomainError,
  DomainErrorCode,
  entryTasks,
  type LeadFacts,
  leadHeat,
  moveLead as moveLeadRule,
  normalizeEmail,
  normalizePhone,
  type PipelineActor,
  type RoutingDecision,
  type RoutingLead,
  resolveOffer,
  routeLead,
  type StageDefinition,
} from '@estatekit/domain';
import type { z } from 'zod';
import { seesOwnLeadsOnly } from '../auth/roles';
import type { leads } from '../db/schema';
import { type LeadChange, notifyLeadChange } from '../events/lead-changes';
import {
  assertAgentsOfOrg,
  loadRoutingAgents,
  markAssigned,
} from '../repositories/agents.repository';
import { appendAudit } from '../repositories/audit.repository';
import {
  activityFacts,
  findLeadByContact,
  findLeadRow,
  insertActivity,
  insertAssignment,
  insertLead,
  updateLeadVersioned,
} from '../repositories/leads.repository';
import { expiredOffers, setHeat } from '../repositories/leads-jobs.repository';
import type { OrgScope } from '../repositories/org-scope';
import {
  loadPipeline,
  loadPipelineById,
  type StoredPipeline,
} from '../repositories/pipelines.repository';
import { activeRoutingRules } from '../repositories/routing-rules.repository';
import {
  cancelOpenTasks,
  insertEntryTasks,
  reassignOpenTasks,
} from '../repositories/tasks.repository';

type LeadRow = typeof leads.$inferSelect;

/** Who is acting, as the pipeline rules need it. */
export interface LeadCaller {
  readonly actor: Actor;
  /** The staff user the caller acts as (agents own leads by it). */
  readonly userId: string | null;
}

/** The rules' view of a caller. */
export function pipelineActor(caller: LeadCaller): PipelineActor {
  return {
    kind: caller.actor.kind,
    id: caller.actor.id,
    role: (caller.actor.role ?? 'read_only') as PipelineActor['role'],
    userId: caller.userId,
  };
}

/**
 * Who an activity is by: the staff user when the caller acts as one (so timelines show a
 * person, not a key), else the credential.
 */
export function activityActor(caller: LeadCaller) {
  return caller.userId
    ? { actorKind: 'user', actorId: caller.userId }
    : { actorKind: caller.actor.kind, actorId: caller.actor.id };
}

/** Visibility of leads for a caller: agents see their own and unassigned leads. */
export function visibilityOf(caller: LeadCaller) {
  return { ownOnly: seesOwnLeadsOnly(caller.actor.role) ? { userId: caller.userId } : null };
}

/**
 * Whether a subscriber limited to its own leads (`ownOnly`, from `visibilityOf`) may hear about
 * `change`: a change to a lead that is, or was until this change, theirs or unassigned.
 */
export function mayHearOf(
  change: Pick<LeadChange, 'assigneeId' | 'previousAssigneeId'>,
  ownOnly: { userId: string | null } | null,
): boolean {
  if (!ownOnly) return true;
  const mine = (id: string | null) => id === null || id === ownOnly.userId;
  return (
    mine(change.assigneeId) ||
    (change.previousAssigneeId !== null && mine(change.previousAssigneeId))
  );
}

/**
 * Loads a lead the caller may see. NOT_FOUND when the org has none; FORBIDDEN when it is
 * another agent's lead and the caller is an agent.
 */
export async function loadVisibleLead(
  scope: OrgScope,
  caller: LeadCaller,
  leadId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LeadRow> {
  const row = await findLeadRow(scope, leadId, options);
  if (!row) {
    throw new DomainError(DomainErrorCode.NotFound, `No lead with id ${leadId}.`, {
      context: { leadId },
    });
  }
  const own = visibilityOf(caller).ownOnly;
  if (own && row.assigneeId !== null && row.assigneeId !== own.userId) {
    throw new DomainError(DomainErrorCode.Forbidden, 'This lead is assigned to another agent.', {
      context: { leadId },
      suggestion: 'Ask a manager to reassign it to you.',
    });
  }
  return row;
}

function stageOf(pipeline: StoredPipeline, key: string): StageDefinition {
  const stage = pipeline.definition.stages.find((s) => s.key === key);
  if (!stage) throw new DomainError(DomainErrorCode.Conflict, `Stage ${key} no longer exists.`);
  return stage;
}

function factsOf(row: LeadRow, activities: LeadFacts['activities']): LeadFacts {
  return {
    id: row.id,
    stageKey: row.stageKey,
    assigneeId: row.assigneeId,
    email: row.email,
    phone: row.phone,
    linkedListingKeys: row.linkedListingKeys,
    agreedAmount: row.agreedAmount,
    activities,
  };
}

/**
 * Heat of a lead now, from its interactions and time in stage (see `leadHeat`). The enquiry
 * that created the lead counts as its first interaction, so a fresh lead starts warm.
 */
function heatOf(
  row: Pick<LeadRow, 'stageEnteredAt' | 'createdAt'>,
  stage: StageDefinition,
  activities: LeadFacts['activities'],
  now: string,
): number {
  return leadHeat({
    interactions: [new Date(row.createdAt).toISOString(), ...activities.map((a) => a.occurredAt)],
    stageEnteredAt: new Date(row.stageEnteredAt).toISOString(),
    now,
    stageKind: stage.kind,
  });
}

/** Contact fields normalised for storage and deduplication (email lower case, phone E.164). */
export function normaliseContact(
  input: { email?: string | null | undefined; phone?: string | null | undefined },
  country: string | undefined,
) {
  const email = input.email ? normalizeEmail(input.email) : null;
  const phone = input.phone ? normalizePhone(input.phone, country as never) : null;
  if (input.phone && !phone) {
    throw new DomainError(DomainErrorCode.ValidationFailed, 'The phone number is not valid.', {
      context: { issues: [{ path: ['phone'], message: 'not a valid phone number' }] },
      suggestion: 'Include the country code, e.g. +1 415 555 0123.',
    });
  }
  return { email, phone };
}

/** ISO 3166 country for parsing local phone numbers, from the org's currency (best effort). */
export function orgCountry(currency: string): string | undefined {
  const byCurrency: Record<string, string> = {
    USD: 'US',
    GBP: 'GB',
    KES: 'KE',
    EUR: 'DE',
    CAD: 'CA',
    AUD: 'AU',
    NZD: 'NZ',
    ZAR: 'ZA',
    NGN: 'NG',
    INR: 'IN',
  };
  return byCurrency[currency];
}

/** Fields of a new lead. */
export interface NewLead {
  fullName: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  budgetMin?: number | null | undefined;
  budgetMax?: number | null | undefined;
  wantedPostalCodes?: string[] | undefined;
  wantedAreas?: string[] | undefined;
  linkedListingKeys?: string[] | undefined;
  message?: string | undefined;
  source: LeadRow['source'];
  pipelineKey?: string | undefined;
  assigneeId?: string | null | undefined;
}

/**
 * Creates a lead in its pipeline's first stage, logs the enquiry message as an inbound note,
 * runs the first stage's entry tasks, then assigns it: to `assigneeId` when given, else by the
 * routing rules. Returns the new row, or the existing lead with the same email or phone
 * (`duplicateOf`) when `dedupe` is set.
 */
export async function createLead(
  scope: OrgScope,
  caller: LeadCaller,
  input: NewLead,
  now: string,
  options: { dedupe?: boolean } = {},
): Promise<{ lead: LeadRow; duplicate: boolean }> {
  const contact = normaliseContact(input, orgCountry(scope.org.defaultCurrency));
  if (options.dedupe) {
    const existing = await findLeadByContact(scope, contact);
    if (existing)
      return { lead: await addEnquiry(scope, caller, existing, input, now), duplicate: true };
  }
  const pipeline = await loadPipeline(scope, input.pipelineKey);
  const first = pipeline.definition.stages[0]!;
  const row = await insertLead(scope, {
    pipelineId: pipeline.id,
    stageKey: first.key,
    fullName: input.fullName,
    email: contact.email,
    phone: contact.phone,
    source: input.source,
    currency: scope.org.defaultCurrency,
    budgetMin: input.budgetMin ?? null,
    budgetMax: input.budgetMax ?? null,
    wantedPostalCodes: input.wantedPostalCodes ?? [],
    wantedAreas: input.wantedAreas ?? [],
    linkedListingKeys: input.linkedListingKeys ?? [],
    stageEnteredAt: now,
    heat: heatOf({ stageEnteredAt: now, createdAt: now }, first, [], now),
    createdAt: now,
    updatedAt: now,
  });
  if (!row) {
    // Another lead took this email or phone between our lookup and insert (a concurrent
    // submission of the same person): merge into it, or refuse for staff creates.
    const twin = await findLeadByContact(scope, contact);
    if (twin && options.dedupe) {
      return { lead: await addEnquiry(scope, caller, twin, input, now), duplicate: true };
    }
    throw new DomainError(DomainErrorCode.Conflict, 'A lead with this email or phone exists.', {
      context: { leadId: twin?.id ?? null },
      suggestion: 'Open the existing lead instead.',
    });
  }
  await appendAudit(scope, [
    {
      entityType: 'lead',
      entityKey: row.id,
      action: 'create',
      from: null,
      to: first.key,
      actor: caller.actor,
      reason: null,
      at: now,
    },
  ]);
  if (input.message) {
    await insertActivity(scope, {
      leadId: row.id,
      type: 'note',
      direction: 'inbound',
      body: input.message,
      actorKind: caller.actor.kind,
      actorId: caller.actor.id,
      occurredAt: now,
    });
  }
  let lead = row;
  if (input.assigneeId) {
    lead = await assignLead(scope, caller, lead, input.assigneeId, 'manual', now, null);
  } else {
    lead = (await autoAssign(scope, caller, lead, now)).lead;
  }
  await insertEntryTasks(scope, {
    leadId: lead.id,
    leadVersion: 0,
    stageKey: first.key,
    assigneeId: lead.assigneeId,
    drafts: entryTasks(first, now, scope.org.timeZone),
  });
  await notifyLeadChange(scope, changeOf(lead, 'created', null, now));
  return { lead, duplicate: false };
}

/** A repeat enquiry from a known person: an inbound activity on the existing lead, no twin. */
async function addEnquiry(
  scope: OrgScope,
  caller: LeadCaller,
  lead: LeadRow,
  input: NewLead,
  now: string,
): Promise<LeadRow> {
  await insertActivity(scope, {
    leadId: lead.id,
    type: 'note',
    direction: 'inbound',
    body: input.message ?? `Enquired again (${input.source}).`,
    listingKey: input.linkedListingKeys?.[0] ?? null,
    actorKind: caller.actor.kind,
    actorId: caller.actor.id,
    occurredAt: now,
  });
  const linked = [...new Set([...lead.linkedListingKeys, ...(input.linkedListingKeys ?? [])])];
  const updated = await updateLeadVersioned(scope, lead.id, lead.version, {
    lastActivityAt: now,
    linkedListingKeys: linked,
    updatedAt: now,
  });
  await refreshHeat(scope, updated, now);
  await notifyLeadChange(scope, changeOf(updated, 'activity', null, now));
  return updated;
}

function changeOf(
  lead: LeadRow,
  kind: Parameters<typeof notifyLeadChange>[1]['kind'],
  previousAssigneeId: string | null,
  at: string,
) {
  return {
    leadId: lead.id,
    kind,
    version: lead.version,
    stageKey: lead.stageKey,
    assigneeId: lead.assigneeId,
    previousAssigneeId,
    at,
  };
}

/**
 * Gives `lead` to `agentId` (or back to the pool with null): sets the assignee, moves its open
 * tasks along, records the assignment (with the routing trace when automatic).
 */
export async function assignLead(
  scope: OrgScope,
  caller: LeadCaller,
  lead: LeadRow,
  agentId: string | null,
  method: 'auto' | 'claim' | 'manual' | 'unassigned',
  now: string,
  routing: { ruleId: string | null; trace: unknown } | null,
): Promise<LeadRow> {
  if (agentId) await assertAgentsOfOrg(scope, [agentId], ['agentId']);
  const previous = lead.assigneeId;
  const updated = await updateLeadVersioned(scope, lead.id, lead.version, {
    assigneeId: agentId,
    assignedAt: agentId ? now : null,
    offeredTo: [],
    offerExpiresAt: null,
    offerRuleId: null,
    updatedAt: now,
  });
  if (agentId) await markAssigned(scope, agentId, now);
  await reassignOpenTasks(scope, lead.id, agentId);
  await insertAssignment(scope, {
    leadId: lead.id,
    agentId,
    previousAgentId: previous,
    method,
    ruleId: routing?.ruleId ?? null,
    trace: routing?.trace ?? null,
    actorKind: caller.actor.kind,
    actorId: caller.actor.id,
    at: now,
  });
  await notifyLeadChange(scope, changeOf(updated, 'assigned', previous, now));
  return updated;
}

function routingLeadOf(lead: LeadRow, pipelineKey: string): RoutingLead {
  return {
    source: lead.source,
    postalCodes: lead.wantedPostalCodes,
    areas: lead.wantedAreas,
    budgetMin: lead.budgetMin,
    budgetMax: lead.budgetMax,
    pipelineKey,
  };
}

/**
 * Routes `lead` by the org's rules and applies the decision: assigns the chosen agent, offers
 * it to a group (claim mode), or leaves it in the unassigned pool. Agents' rows are locked so
 * concurrent routings take turns. Returns the lead and the decision with its trace.
 */
export async function autoAssign(
  scope: OrgScope,
  caller: LeadCaller,
  lead: LeadRow,
  now: string,
): Promise<{ lead: LeadRow; decision: RoutingDecision }> {
  const pipeline = await loadPipelineById(scope, lead.pipelineId);
  const [rules, agents] = [
    await activeRoutingRules(scope),
    await loadRoutingAgents(scope, { forUpdate: true }),
  ];
  const decision = routeLead({
    lead: routingLeadOf(lead, pipeline.definition.key),
    rules,
    agents,
    now,
    timeZone: scope.org.timeZone,
  });
  const outcome = decision.outcome;
  if (outcome.kind === 'assigned') {
    const updated = await assignLead(scope, caller, lead, outcome.agentId, 'auto', now, {
      ruleId: outcome.ruleId,
      trace: decision,
    });
    return { lead: updated, decision };
  }
  const updated = await updateLeadVersioned(scope, lead.id, lead.version, {
    assigneeId: null,
    offeredTo: outcome.kind === 'offered' ? outcome.agentIds : [],
    offerExpiresAt: outcome.kind === 'offered' ? outcome.expiresAt : null,
    offerRuleId: outcome.kind === 'offered' ? outcome.ruleId : null,
    updatedAt: now,
  });
  await insertAssignment(scope, {
    leadId: lead.id,
    agentId: null,
    previousAgentId: lead.assigneeId,
    method: 'unassigned',
    ruleId: outcome.kind === 'offered' ? outcome.ruleId : null,
    trace: decision,
    actorKind: caller.actor.kind,
    actorId: caller.actor.id,
    at: now,
  });
  if (lead.assigneeId) await reassignOpenTasks(scope, lead.id, null);
  await notifyLeadChange(scope, changeOf(updated, 'assigned', lead.assigneeId, now));
  return { lead: updated, decision };
}

/**
 * An offered agent claims a lead (claim mode). Refused with CONFLICT once the offer expired or
 * was taken, FORBIDDEN for an agent it was not offered to.
 */
export async function claimLead(
  scope: OrgScope,
  caller: LeadCaller,
  leadId: string,
  now: string,
): Promise<LeadRow> {
  const lead = await findLeadRow(scope, leadId, { forUpdate: true });
  if (!lead) throw new DomainError(DomainErrorCode.NotFound, `No lead with id ${leadId}.`);
  if (!lead.offerExpiresAt || lead.assigneeId) {
    throw new DomainError(DomainErrorCode.Conflict, 'This lead is not on offer.', {
      context: { leadId, assigneeId: lead.assigneeId },
    });
  }
  const agents = await loadRoutingAgents(scope, { forUpdate: true });
  const result = resolveOffer({
    offer: {
      ruleId: lead.offerRuleId ?? '',
      agentIds: lead.offeredTo,
      expiresAt: new Date(lead.offerExpiresAt).toISOString(),
    },
    claimantId: caller.userId ?? undefined,
    agents,
    now,
    timeZone: scope.org.timeZone,
  });
  if (result.kind === 'refused') {
    throw new DomainError(
      result.reason === 'not_offered' ? DomainErrorCode.Forbidden : DomainErrorCode.Conflict,
      result.message,
      { context: { leadId, reason: result.reason, skipped: result.skipped } },
    );
  }
  if (result.kind !== 'assigned') {
    throw new DomainError(DomainErrorCode.Conflict, 'The offer can no longer be claimed.');
  }
  return assignLead(scope, caller, lead, result.agentId, 'claim', now, {
    ruleId: lead.offerRuleId,
    trace: result.trace,
  });
}

/**
 * Offers whose claim window passed fall back to the workload score among the offered agents.
 * Idempotent; returns how many leads it resolved.
 */
export async function expireOffers(scope: OrgScope, caller: LeadCaller, now: string) {
  const due = await expiredOffers(scope, now);
  for (const lead of due) {
    const agents = await loadRoutingAgents(scope, { forUpdate: true });
    const result = resolveOffer({
      offer: {
        ruleId: lead.offerRuleId ?? '',
        agentIds: lead.offeredTo,
        expiresAt: new Date(lead.offerExpiresAt!).toISOString(),
      },
      agents,
      now,
      timeZone: scope.org.timeZone,
    });
    if (result.kind === 'pending' || result.kind === 'refused') continue;
    const chosen = result.kind === 'assigned' ? result.agentId : null;
    await assignLead(scope, caller, lead, chosen, chosen ? 'auto' : 'unassigned', now, {
      ruleId: lead.offerRuleId,
      trace: result.trace,
    });
  }
  return due.length;
}

/**
 * Moves a lead to stage `to`: checks the caller may touch it, validates the move against the
 * pipeline (every violated rule reported, `LeadTransitionError` → UNPROCESSABLE_CONTENT), then
 * in the same transaction bumps the version (a stale `version` → CONFLICT), writes the audit
 * entry and creates the stage's entry tasks exactly once. Entering a won or lost stage cancels
 * the lead's unfinished tasks.
 */
export async function moveLead(
  scope: OrgScope,
  caller: LeadCaller,
  input: { leadId: string; to: string; version: number; reason?: string | undefined },
  now: string,
): Promise<LeadRow> {
  const lead = await loadVisibleLead(scope, caller, input.leadId, { forUpdate: true });
  if (lead.version !== input.version) {
    throw new DomainError(DomainErrorCode.Conflict, 'The lead changed since you loaded it.', {
      context: { leadId: lead.id, expectedVersion: input.version, currentVersion: lead.version },
      suggestion: 'Reload the board and try the move again.',
    });
  }
  const pipeline = await loadPipelineById(scope, lead.pipelineId);
  const activities = await activityFacts(scope, lead.id);
  const moved = moveLeadRule(factsOf(lead, activities), input.to, pipelineActor(caller), {
    pipeline: pipeline.definition,
    reason: input.reason ?? null,
    now,
    timeZone: scope.org.timeZone,
  });
  const target = stageOf(pipeline, input.to);
  const closed = target.kind !== 'open';
  const updated = await updateLeadVersioned(scope, lead.id, lead.version, {
    stageKey: input.to,
    stageEnteredAt: now,
    closedAt: closed ? now : null,
    lostReason: target.kind === 'lost' ? (input.reason?.trim() ?? null) : null,
    heat: heatOf({ stageEnteredAt: now, createdAt: lead.createdAt }, target, activities, now),
    updatedAt: now,
  });
  await appendAudit(scope, [moved.audit]);
  if (closed) await cancelOpenTasks(scope, lead.id);
  await insertEntryTasks(scope, {
    leadId: lead.id,
    leadVersion: updated.version,
    stageKey: input.to,
    assigneeId: updated.assigneeId,
    drafts: moved.tasks,
  });
  await notifyLeadChange(scope, changeOf(updated, 'moved', null, now));
  return updated;
}

/**
 * Logs an activity on a lead the caller may see. The first outbound activity after assignment
 * sets `firstResponseAt` (speed-to-lead); heat is recomputed.
 */
export async function logActivity(
  scope: OrgScope,
  caller: LeadCaller,
  raw: z.output<typeof activityLogInput>,
  now: string,
) {
  const lead = await loadVisibleLead(scope, caller, raw.leadId, { forUpdate: true });
  const activity = await insertActivity(scope, {
    leadId: lead.id,
    type: raw.type,
    direction: raw.direction,
    channel: raw.channel ?? null,
    deliveryStatus: raw.deliveryStatus ?? null,
    body: raw.body ?? null,
    listingKey: raw.listingKey ?? null,
    scheduledAt: raw.scheduledAt ?? null,
    amount: raw.amount ?? null,
    ...activityActor(caller),
    occurredAt: raw.occurredAt ?? now,
  });
  const firstResponse =
    !lead.firstResponseAt && raw.direction === 'outbound' && raw.type !== 'note'
      ? activity.occurredAt
      : lead.firstResponseAt;
  const updated = await updateLeadVersioned(scope, lead.id, lead.version, {
    lastActivityAt: activity.occurredAt,
    firstResponseAt: firstResponse,
    updatedAt: now,
  });
  await refreshHeat(scope, updated, now);
  await notifyLeadChange(scope, changeOf(updated, 'activity', null, now));
  return activity;
}

/** Recomputes and stores one lead's heat. */
export async function refreshHeat(scope: OrgScope, lead: LeadRow, now: string): Promise<void> {
  const pipeline = await loadPipelineById(scope, lead.pipelineId);
  const stage = stageOf(pipeline, lead.stageKey);
  const heat = heatOf(lead, stage, await activityFacts(scope, lead.id), now);
  if (heat === lead.heat) return;
  await setHeat(scope, lead.id, heat);
}

export type { ActivityLogInput };
