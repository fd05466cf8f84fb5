/**
 * The routers around leads: activities, tasks, agents (workload, availability, performance),
 * routing rules and pipelines. Mounted at the root as `activities.*`, `tasks.*`, `agents.*`,
 * `routing.*` and `pipelines.*`.
 */
import {
  activityLogInput,
  activitySchema,
  agentPerformanceSchema,
  agentWorkloadSchema,
  assertValidPipeline,
  DomainError,
  DomainErrorCode,
  pipelineDefinitionSchema,
  pipelineStageSchema,
  routingRuleInput,
  routingRuleSchema,
  taskListInput,
  taskSchema,
  workingHoursSchema,
} from '@estatekit/domain';
import { z } from 'zod';
import { Permission, seesOwnLeadsOnly } from '../../auth/roles';
import { agentPerformance } from '../../repositories/agent-performance.repository';
import {
  agentWorkloads,
  assertAgentsOfOrg,
  upsertAgent,
} from '../../repositories/agents.repository';
import {
  deletePipeline,
  listPipelines,
  loadPipeline,
  occupiedStagesMissingFrom,
  savePipeline,
} from '../../repositories/pipelines.repository';
import {
  deleteRoutingRule,
  insertRoutingRule,
  listRoutingRules,
  updateRoutingRule,
} from '../../repositories/routing-rules.repository';
import { completeTask, listTasks, loadTaskForUpdate } from '../../repositories/tasks.repository';
import { loadVisibleLead, logActivity } from '../../services/lead-pipeline.service';
import { orgProcedure, router } from '../../trpc/trpc';
import { leadCallerOf, leadMeta } from './lead-procedure';

const { read, write, manage } = leadMeta;

/** Activities: calls, messages, meetings, notes, offers and viewings logged on a lead. */
export const activitiesRouter = router({
  /**
   * Logs an activity on a lead the caller may see (agents: their own or unassigned). An offer
   * with delivery status `sent` on WhatsApp, email or SMS is what `offer_sent` requires; a
   * viewing with `scheduledAt` and `listingKey` is what `viewing_scheduled` requires.
   */
  log: orgProcedure
    .meta({ ...write, summary: 'Log an activity' })
    .input(activityLogInput)
    .output(activitySchema)
    .mutation(({ ctx, input }) =>
      logActivity(ctx.scope, leadCallerOf(ctx), input, ctx.now().toISOString()),
    ),
});

/** Tasks: follow-ups created by stage entry actions or by hand. */
export const tasksRouter = router({
  /**
   * Tasks by due time. `assignee: 'me'` is the caller's own; agents only ever see tasks of
   * leads they may see.
   */
  list: orgProcedure
    .meta({ ...read, summary: 'List tasks' })
    .input(taskListInput)
    .output(z.array(taskSchema))
    .query(({ ctx, input }) => {
      const assigneeId =
        input.assignee === 'me'
          ? (ctx.caller.userId ?? '00000000-0000-0000-0000-000000000000')
          : input.assignee;
      return listTasks(ctx.scope, {
        ...input,
        assigneeId,
        ...(seesOwnLeadsOnly(ctx.actor.role) ? { ownOnlyUserId: ctx.caller.userId } : {}),
      });
    }),

  /** Marks a task done (idempotent). Agents may complete tasks of leads they may see. */
  complete: orgProcedure
    .meta({ ...write, summary: 'Complete a task' })
    .input(z.strictObject({ taskId: z.uuid() }))
    .output(taskSchema)
    .mutation(async ({ ctx, input }) => {
      const { task } = await loadTaskForUpdate(ctx.scope, input.taskId);
      await loadVisibleLead(ctx.scope, leadCallerOf(ctx), task.leadId);
      return completeTask(ctx.scope, input.taskId, ctx.now().toISOString());
    }),
});

const availabilityInput = z.strictObject({
  /** Defaults to the caller's own user. Setting another agent's needs leads:manage. */
  agentId: z.uuid().optional(),
  active: z.boolean().optional(),
  capacityWeight: z.number().positive().max(100).optional(),
  maxActiveLeads: z.int().min(0).max(100_000).nullable().optional(),
  workingHours: workingHoursSchema.nullable().optional(),
  awayFrom: z.iso.datetime({ offset: true }).nullable().optional(),
  awayUntil: z.iso.datetime({ offset: true }).nullable().optional(),
});

const periodInput = z
  .strictObject({ from: z.iso.date(), to: z.iso.date() })
  .refine((p) => p.from <= p.to, { error: 'from must not be after to', path: ['from'] });

/** Agents: who takes leads, how loaded they are, and how they perform. */
export const agentsRouter = router({
  /**
   * Every agent's workload score ((2 × active + pending + 3 × overdue) / capacity weight),
   * availability now and 90-day conversion rate. Lowest score takes the next lead.
   */
  workload: orgProcedure
    .meta({ ...read, summary: 'Agent workload' })
    .input(z.strictObject({}).optional())
    .output(z.array(agentWorkloadSchema))
    .query(({ ctx }) => agentWorkloads(ctx.scope, ctx.now().toISOString())),

  /**
   * Sets an agent's routing availability: active, capacity weight, maximum active leads,
   * working hours (org time zone unless given), away window (ISO instants). Agents set their
   * own; managers anyone's. Returns the agent's workload row.
   */
  availability: orgProcedure
    .meta({ ...write, summary: 'Set agent availability' })
    .input(availabilityInput)
    .output(agentWorkloadSchema)
    .mutation(async ({ ctx, input }) => {
      const { agentId: requested, ...patch } = input;
      const agentId = requested ?? ctx.caller.userId;
      if (!agentId) {
        throw new DomainError(DomainErrorCode.ValidationFailed, 'Say which agent.', {
          context: { issues: [{ path: ['agentId'], message: 'required for keys without a user' }] },
        });
      }
      if (agentId !== ctx.caller.userId && !ctx.caller.permissions.has(Permission.LeadsManage)) {
        throw new DomainError(
          DomainErrorCode.Forbidden,
          'Only managers change other agents’ availability.',
        );
      }
      await upsertAgent(ctx.scope, agentId, patch);
      const row = (await agentWorkloads(ctx.scope, ctx.now().toISOString())).find(
        (a) => a.agentId === agentId,
      );
      return row!;
    }),

  /**
   * Per agent over a period of org-local days [from, to]: leads received (assigned to them),
   * won, lost, conversion rate, median speed-to-lead in minutes, overdue tasks now.
   */
  performance: orgProcedure
    .meta({ ...read, summary: 'Agent performance' })
    .input(periodInput)
    .output(z.array(agentPerformanceSchema))
    .query(({ ctx, input }) => agentPerformance(ctx.scope, input)),
});

const ruleIdInput = z.strictObject({ ruleId: z.uuid() });

/** Routing rules: which group of agents a new lead goes to. */
export const routingRouter = router({
  /** The rules in evaluation order. */
  rules: orgProcedure
    .meta({ ...read, summary: 'List routing rules' })
    .input(z.strictObject({}).optional())
    .output(z.array(routingRuleSchema))
    .query(({ ctx }) => listRoutingRules(ctx.scope)),

  /** Adds a rule (last unless `position`). */
  create: orgProcedure
    .meta({ ...manage, summary: 'Add a routing rule' })
    .input(routingRuleInput)
    .output(routingRuleSchema)
    .mutation(async ({ ctx, input }) => {
      await assertAgentsOfOrg(ctx.scope, input.agentIds, ['agentIds']);
      return insertRoutingRule(ctx.scope, input);
    }),

  /** Replaces a rule. NOT_FOUND if the org has none with this id. */
  update: orgProcedure
    .meta({ ...manage, summary: 'Change a routing rule' })
    .input(z.strictObject({ ruleId: z.uuid(), rule: routingRuleInput }))
    .output(routingRuleSchema)
    .mutation(async ({ ctx, input }) => {
      await assertAgentsOfOrg(ctx.scope, input.rule.agentIds, ['rule', 'agentIds']);
      return updateRoutingRule(ctx.scope, input.ruleId, input.rule);
    }),

  /** Deletes a rule. NOT_FOUND if the org has none with this id. */
  delete: orgProcedure
    .meta({ ...manage, summary: 'Delete a routing rule' })
    .input(ruleIdInput)
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await deleteRoutingRule(ctx.scope, input.ruleId);
      return { deleted: true as const };
    }),
});

const pipelineOutput = z.object({
  key: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  stages: z.array(pipelineStageSchema),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), reasonRequired: z.boolean() })),
  definition: z.unknown(),
});

const toOutput = (p: Awaited<ReturnType<typeof loadPipeline>>) => ({
  key: p.definition.key,
  name: p.definition.name,
  isDefault: p.isDefault,
  stages: p.definition.stages.map((s) => ({
    key: s.key,
    name: s.name,
    kind: s.kind,
    terminal: s.terminal,
  })),
  transitions: p.definition.transitions.map((t) => ({ ...t })),
  definition: p.definition,
});

/** Pipelines as data: stages, transitions, guards and entry tasks, per org. */
export const pipelinesRouter = router({
  /** Every pipeline of the org (the default first); an org starts with `sales` and `lettings`. */
  list: orgProcedure
    .meta({ ...read, summary: 'List pipelines' })
    .input(z.strictObject({}).optional())
    .output(z.array(pipelineOutput))
    .query(async ({ ctx }) => (await listPipelines(ctx.scope)).map(toOutput)),

  /** One pipeline by key (default when absent). NOT_FOUND if none. */
  byKey: orgProcedure
    .meta({ ...read, summary: 'Get a pipeline' })
    .input(z.strictObject({ key: z.string().max(40).optional() }))
    .output(pipelineOutput)
    .query(async ({ ctx, input }) => toOutput(await loadPipeline(ctx.scope, input.key))),

  /**
   * Creates a pipeline, or replaces one with the same key. Validated: every stage reachable
   * from the first, terminal stages without exits, known stages in transitions (BAD_REQUEST
   * naming each problem). A replacement may not drop a stage that leads are in (CONFLICT).
   */
  save: orgProcedure
    .meta({ ...manage, summary: 'Create or replace a pipeline' })
    .input(
      z.strictObject({ definition: pipelineDefinitionSchema, isDefault: z.boolean().optional() }),
    )
    .output(pipelineOutput)
    .mutation(async ({ ctx, input }) => {
      assertValidPipeline(input.definition);
      const existing = (await listPipelines(ctx.scope)).find(
        (p) => p.definition.key === input.definition.key,
      );
      if (existing) {
        const stranded = await occupiedStagesMissingFrom(ctx.scope, existing.id, input.definition);
        if (stranded.length > 0) {
          throw new DomainError(
            DomainErrorCode.Conflict,
            `Leads are still in ${stranded.join(', ')}.`,
            {
              context: { stages: stranded },
              suggestion: 'Move those leads to other stages first.',
            },
          );
        }
      }
      await savePipeline(ctx.scope, input.definition, {
        ...(input.isDefault === undefined ? {} : { isDefault: input.isDefault }),
      });
      return toOutput(await loadPipeline(ctx.scope, input.definition.key));
    }),

  /** Deletes a pipeline without leads that is not the default (else CONFLICT). */
  delete: orgProcedure
    .meta({ ...manage, summary: 'Delete a pipeline' })
    .input(z.strictObject({ key: z.string().max(40) }))
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await deletePipeline(ctx.scope, input.key);
      return { deleted: true as const };
    }),
});
