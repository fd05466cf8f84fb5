import { z } from 'zod';
import {
  activityDirections,
  activityTypes,
  assignmentMethods,
  deliveryStatuses,
  leadSources,
  messageChannels,
  stageKinds,
  taskStatuses,
  taskTypes,
} from './lead.codes';

/**
 * Wire shapes of the lead pipeline: what the `leads.*`, `activities.*`, `tasks.*`, `agents.*`
 * and `routing.*` procedures accept and return. Money is integer minor units of `currency`;
 * instants are ISO 8601 strings; ids are UUIDs.
 */

const id = z.uuid();
const isoInstant = z.iso.datetime({ offset: true });
const minor = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const shortText = (max: number) => z.string().trim().min(1).max(max);
const stageKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a stage key: lowercase, digits, _');

/** Contact and wish-list fields a person gives us; shared by create, update and capture. */
export const leadContactShape = {
  fullName: shortText(200),
  /** Any common spelling; stored normalised (lower case). */
  email: z.string().trim().max(254).pipe(z.email()).nullable().optional(),
  /** Any common spelling; stored as E.164 (`+14155550123`), parsed in the org's country. */
  phone: z.string().trim().min(3).max(40).nullable().optional(),
  /** Budget band, minor units of the org's currency. */
  budgetMin: minor.nullable().optional(),
  budgetMax: minor.nullable().optional(),
  wantedPostalCodes: z.array(shortText(20)).max(50).optional(),
  wantedAreas: z.array(shortText(100)).max(50).optional(),
  /** Listings the lead asked about (RESO ListingKey). */
  linkedListingKeys: z.array(shortText(64)).max(50).optional(),
  message: z.string().trim().max(5000).optional(),
};

const budgetOrdered = (v: { budgetMin?: number | null; budgetMax?: number | null }) =>
  v.budgetMin == null || v.budgetMax == null || v.budgetMin <= v.budgetMax;
const budgetIssue = { error: 'budgetMin must not exceed budgetMax', path: ['budgetMin'] };

/** The next open task of a lead, as a card shows it. */
export const leadNextTaskSchema = z.object({
  id,
  title: z.string(),
  type: z.enum(taskTypes),
  dueAt: z.string(),
  status: z.enum(taskStatuses),
});

/** A lead as lists, cards and the kanban show it. */
export const leadSchema = z.object({
  id,
  pipelineKey: z.string(),
  stageKey: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  source: z.enum(leadSources),
  currency: z.string(),
  budgetMin: z.number().nullable(),
  budgetMax: z.number().nullable(),
  wantedPostalCodes: z.array(z.string()),
  wantedAreas: z.array(z.string()),
  linkedListingKeys: z.array(z.string()),
  /** Price agreed with the lead, minor units; `won` needs it. */
  agreedAmount: z.number().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  /** Agents offered the lead in claim mode, until `offerExpiresAt`. */
  offeredTo: z.array(z.string()),
  offerExpiresAt: z.string().nullable(),
  /** Optimistic-concurrency version: send it back with `leads.move` / `leads.update`. */
  version: z.int(),
  /** 0–100, see `leadHeat`. */
  heat: z.int(),
  stageEnteredAt: z.string(),
  lastActivityAt: z.string().nullable(),
  /** When an agent first responded (speed-to-lead); null until then. */
  firstResponseAt: z.string().nullable(),
  lostReason: z.string().nullable(),
  nextTask: leadNextTaskSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LeadDto = z.infer<typeof leadSchema>;

/** One logged interaction. */
export const activitySchema = z.object({
  id,
  leadId: id,
  type: z.enum(activityTypes),
  direction: z.enum(activityDirections),
  channel: z.enum(messageChannels).nullable(),
  deliveryStatus: z.enum(deliveryStatuses).nullable(),
  body: z.string().nullable(),
  listingKey: z.string().nullable(),
  /** Viewings and meetings: when it takes place. */
  scheduledAt: z.string().nullable(),
  /** Offers: the amount offered, minor units. */
  amount: z.number().nullable(),
  actor: z.object({ kind: z.string(), id: z.string(), name: z.string().nullable() }),
  occurredAt: z.string(),
});
export type ActivityDto = z.infer<typeof activitySchema>;

/** One task on a lead. */
export const taskSchema = z.object({
  id,
  leadId: id,
  leadName: z.string(),
  type: z.enum(taskTypes),
  title: z.string(),
  dueAt: z.string(),
  status: z.enum(taskStatuses),
  assigneeId: z.string().nullable(),
  /** The stage whose entry created it, if any. */
  stageKey: z.string().nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TaskDto = z.infer<typeof taskSchema>;

/** One change of a lead's agent, with the routing trace when it was automatic. */
export const assignmentSchema = z.object({
  id,
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  previousAgentId: z.string().nullable(),
  method: z.enum(assignmentMethods),
  ruleId: z.string().nullable(),
  trace: z.unknown().nullable(),
  actor: z.object({ kind: z.string(), id: z.string() }),
  at: z.string(),
});
export type AssignmentDto = z.infer<typeof assignmentSchema>;

/** `leads.list`: filters combined with AND; heat-ordered keyset pages. */
export const leadListInput = z.strictObject({
  pipelineKey: z.string().max(40).optional(),
  stageKeys: z.array(stageKey).max(40).optional(),
  /** An agent's user id, or `unassigned`. */
  assignee: z.union([id, z.literal('unassigned')]).optional(),
  heat: z
    .strictObject({
      min: z.int().min(0).max(100).optional(),
      max: z.int().min(0).max(100).optional(),
    })
    .optional(),
  /** Case-insensitive substring of name, email or phone. */
  text: z.string().trim().min(1).max(100).optional(),
  limit: z.int().min(1).max(2000).default(50),
  cursor: z.string().max(200).optional(),
});
export type LeadListInput = z.input<typeof leadListInput>;

/** Per-stage totals over every lead matching the filters (not just the page). */
export const stageSummarySchema = z.object({
  stageKey: z.string(),
  count: z.int(),
  /** Σ of each lead's budget (its max, else its min), minor units of `currency`. */
  budgetTotal: z.number(),
});

/** `leads.list` output: a page of leads, the next cursor, the filtered total and per-stage totals. */
export const leadListOutput = z.object({
  items: z.array(leadSchema),
  nextCursor: z.string().nullable(),
  total: z.int(),
  currency: z.string(),
  stages: z.array(stageSummarySchema),
});
export type LeadListResult = z.infer<typeof leadListOutput>;

/** `leads.byId` output. */
export const leadDetailSchema = z.object({
  lead: leadSchema,
  activities: z.array(activitySchema),
  tasks: z.array(taskSchema),
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string().nullable(),
      action: z.string(),
      reason: z.string().nullable(),
      actor: z.object({ kind: z.string(), id: z.string(), role: z.string().optional() }),
      at: z.string(),
    }),
  ),
  assignments: z.array(assignmentSchema),
});
export type LeadDetail = z.infer<typeof leadDetailSchema>;

/** `leads.create` (staff): a lead in the pipeline's first stage, routed unless `assigneeId`. */
export const leadCreateInput = z
  .strictObject({
    ...leadContactShape,
    pipelineKey: z.string().max(40).optional(),
    source: z.enum(leadSources).default('other'),
    /** Assign to this agent instead of routing. */
    assigneeId: id.nullable().optional(),
  })
  .refine(budgetOrdered, budgetIssue);

/** `leads.update`: contact/wish-list fields and the agreed amount; not the stage or agent. */
export const leadUpdateInput = z.strictObject({
  leadId: id,
  version: z.int().min(0),
  changes: z
    .strictObject({
      fullName: leadContactShape.fullName.optional(),
      email: leadContactShape.email,
      phone: leadContactShape.phone,
      budgetMin: leadContactShape.budgetMin,
      budgetMax: leadContactShape.budgetMax,
      wantedPostalCodes: leadContactShape.wantedPostalCodes,
      wantedAreas: leadContactShape.wantedAreas,
      linkedListingKeys: leadContactShape.linkedListingKeys,
      agreedAmount: minor.nullable().optional(),
    })
    .refine(budgetOrdered, budgetIssue),
});

/** `leads.move`: the target stage, the version the mover saw, and why (lost needs one). */
export const leadMoveInput = z.strictObject({
  leadId: id,
  to: stageKey,
  version: z.int().min(0),
  reason: z.string().trim().max(500).optional(),
});

/** `leads.capture`: the public web form. `website` is a honeypot: humans leave it empty. */
export const leadCaptureInput = z
  .strictObject({
    ...leadContactShape,
    source: z.enum(['web_form', 'request_info', 'book_viewing']).default('web_form'),
    /** For `book_viewing`: when the visitor would like to come (ISO 8601). */
    preferredViewingAt: isoInstant.optional(),
    /** Same key + same input returns the first answer; same key + different input: CONFLICT. */
    idempotencyKey: z.string().trim().min(8).max(100).optional(),
    website: z.string().max(500).optional(),
  })
  .refine(budgetOrdered, budgetIssue)
  .refine((v) => Boolean(v.email || v.phone), {
    error: 'give an email or a phone number',
    path: ['email'],
  });
export type LeadCaptureInput = z.input<typeof leadCaptureInput>;

/** `leads.capture` output: deliberately minimal (the caller is an anonymous visitor). */
export const leadCaptureOutput = z.object({
  status: z.enum(['received']),
  /** Reference to quote; the same for a duplicate submission. */
  reference: z.string(),
});

/** `activities.log`. Offers carry channel, delivery status and amount; viewings a time and listing. */
export const activityLogInput = z.strictObject({
  leadId: id,
  type: z.enum(activityTypes),
  direction: z.enum(activityDirections).default('outbound'),
  channel: z.enum(messageChannels).nullable().optional(),
  deliveryStatus: z.enum(deliveryStatuses).nullable().optional(),
  body: z.string().trim().max(5000).nullable().optional(),
  listingKey: shortText(64).nullable().optional(),
  scheduledAt: isoInstant.nullable().optional(),
  amount: minor.nullable().optional(),
  /** When it happened; defaults to now. */
  occurredAt: isoInstant.optional(),
});
export type ActivityLogInput = z.input<typeof activityLogInput>;

/** `tasks.list`. */
export const taskListInput = z.strictObject({
  leadId: id.optional(),
  assignee: z.union([id, z.literal('me')]).optional(),
  status: z.array(z.enum(taskStatuses)).max(4).optional(),
  dueBefore: isoInstant.optional(),
  limit: z.int().min(1).max(500).default(100),
});

/** An agent's routing settings and live workload. */
export const agentWorkloadSchema = z.object({
  agentId: id,
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
  available: z.boolean(),
  unavailableReason: z.enum(['inactive', 'away', 'outside_working_hours']).nullable(),
  capacityWeight: z.number(),
  maxActiveLeads: z.int().nullable(),
  activeLeads: z.int(),
  pendingTasks: z.int(),
  overdueTasks: z.int(),
  /** (2 × active + pending + 3 × overdue) / capacityWeight; lower takes the next lead. */
  score: z.number(),
  /** Won ÷ (won + lost) over the last 90 days; null with no closed leads. */
  conversionRate: z.number().nullable(),
});
export type AgentWorkload = z.infer<typeof agentWorkloadSchema>;

/** Routing rule criteria; every criterion set must match. Budgets in minor units. */
export const routingMatchSchema = z.strictObject({
  sources: z.array(z.enum(leadSources)).max(20).optional(),
  postalCodes: z.array(shortText(20)).max(500).optional(),
  areas: z.array(shortText(100)).max(100).optional(),
  budgetMin: minor.nullable().optional(),
  budgetMax: minor.nullable().optional(),
  pipelineKeys: z.array(z.string().max(40)).max(20).optional(),
});

/** `routing.create` / `routing.update` body. */
export const routingRuleInput = z.strictObject({
  name: shortText(100),
  position: z.int().min(0).max(10_000).optional(),
  match: routingMatchSchema.default({}),
  agentIds: z.array(id).min(1).max(200),
  mode: z.enum(['score', 'claim']).default('score'),
  claimTimeoutSeconds: z.int().min(10).max(86_400).default(300),
  enabled: z.boolean().default(true),
});

/** A stored routing rule, as `routing.*` return it (evaluated by `position`, then creation). */
export const routingRuleSchema = z.object({
  id,
  name: z.string(),
  position: z.int(),
  match: routingMatchSchema,
  agentIds: z.array(z.string()),
  mode: z.enum(['score', 'claim']),
  claimTimeoutSeconds: z.int(),
  enabled: z.boolean(),
});
export type RoutingRuleDto = z.infer<typeof routingRuleSchema>;

/** A pipeline stage as the kanban needs it. */
export const pipelineStageSchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(stageKinds),
  terminal: z.boolean(),
});

/** Agent performance for a period (`agents.performance`). */
export const agentPerformanceSchema = z.object({
  agentId: id,
  name: z.string(),
  leadsReceived: z.int(),
  won: z.int(),
  lost: z.int(),
  /** won ÷ (won + lost); null when nothing closed. */
  conversionRate: z.number().nullable(),
  /** Median minutes from assignment to first outbound activity; null with no responses. */
  medianSpeedToLeadMinutes: z.number().nullable(),
  overdueTasks: z.int(),
});

/** One thing that happened to an imported lead, at `at` (ISO 8601), in order. */
export const leadImportEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('activity'),
    at: isoInstant,
    type: z.enum(activityTypes),
    direction: z.enum(activityDirections).default('outbound'),
    channel: z.enum(messageChannels).nullable().optional(),
    deliveryStatus: z.enum(deliveryStatuses).nullable().optional(),
    body: z.string().trim().max(5000).nullable().optional(),
    listingKey: shortText(64).nullable().optional(),
    scheduledAt: isoInstant.nullable().optional(),
    amount: minor.nullable().optional(),
  }),
  z.strictObject({
    kind: z.literal('move'),
    at: isoInstant,
    to: stageKey,
    reason: z.string().trim().max(500).optional(),
  }),
  z.strictObject({
    kind: z.literal('update'),
    at: isoInstant,
    changes: z.strictObject({
      email: leadContactShape.email,
      phone: leadContactShape.phone,
      linkedListingKeys: leadContactShape.linkedListingKeys,
      agreedAmount: minor.nullable().optional(),
    }),
  }),
  /** Completes the lead's tasks still open at `at` (the work of the stage it is in). */
  z.strictObject({ kind: z.literal('complete_tasks'), at: isoInstant }),
]);
export type LeadImportEvent = z.input<typeof leadImportEventSchema>;

/**
 * `leads.import`: leads with their history, e.g. from another CRM. Each lead starts in the
 * pipeline's first stage at `createdAt` and its events are replayed in order through the same
 * rules as live moves (guards, entry tasks, audit entries); `assigneeId` absent routes it by the
 * rules as of `createdAt`.
 */
export const leadImportInput = z.strictObject({
  pipelineKey: z.string().max(40).optional(),
  leads: z
    .array(
      z
        .strictObject({
          ...leadContactShape,
          source: z.enum(leadSources).default('other'),
          createdAt: isoInstant,
          assigneeId: id.nullable().optional(),
          events: z.array(leadImportEventSchema).max(200).default([]),
        })
        .refine(budgetOrdered, budgetIssue),
    )
    .min(1)
    .max(1000),
});
export type LeadImportInput = z.input<typeof leadImportInput>;

/** `leads.import` output: how many leads were written and their ids, in input order. */
export const leadImportOutput = z.object({
  imported: z.int(),
  leadIds: z.array(z.string()),
});
