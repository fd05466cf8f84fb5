import { randomUUID } from 'node:crypto';
import {
  DomainError,
  DomainErrorCode,
  leadCaptureInput,
  leadCaptureOutput,
  leadCreateInput,
  leadDetailSchema,
  leadImportInput,
  leadImportOutput,
  leadListInput,
  leadListOutput,
  leadMoveInput,
  leadSchema,
  leadUpdateInput,
} from '@estatekit/domain';
import { z } from 'zod';
import { Permission } from '../../auth/roles';
import { type LeadChange, leadChangeFeed } from '../../events/lead-changes';
import { listAudit } from '../../repositories/audit.repository';
import { once } from '../../repositories/idempotency.repository';
import {
  findLeadDto,
  listActivities,
  listAssignments,
  listLeads,
  updateLeadVersioned,
} from '../../repositories/leads.repository';
import type { OrgScope } from '../../repositories/org-scope';
import { loadPipeline } from '../../repositories/pipelines.repository';
import { listTasks } from '../../repositories/tasks.repository';
import { importLeads } from '../../services/lead-import.service';
import {
  assignLead,
  autoAssign,
  claimLead,
  createLead,
  loadVisibleLead,
  mayHearOf,
  moveLead,
  normaliseContact,
  orgCountry,
  visibilityOf,
} from '../../services/lead-pipeline.service';
import { orgProcedure, orgSubscriptionProcedure, router } from '../../trpc/trpc';
import { checkCaptureRateLimit } from './capture-rate-limit';
import { leadCallerOf, leadMeta } from './lead-procedure';

const { read, write, manage } = leadMeta;

const leadIdInput = z.strictObject({ leadId: z.uuid() });

/** The lead as the API returns it, after a write in the same transaction. */
async function leadDto(scope: OrgScope, leadId: string) {
  const dto = await findLeadDto(scope, leadId);
  if (!dto) throw new DomainError(DomainErrorCode.NotFound, `No lead with id ${leadId}.`);
  return dto;
}

/** Leads: the sales pipeline's records, their moves, assignment and live changes. */
export const leadsRouter = router({
  /**
   * One page of leads, hottest first, with per-stage counts and budget sums over all matches
   * (the kanban's column headers). Filters: pipeline (default: the org's default), stages,
   * assignee (an agent id or `unassigned`), heat range 0–100, text (name, email, phone).
   * Agents see their own and unassigned leads only.
   */
  list: orgProcedure
    .meta({ ...read, summary: 'Search leads' })
    .input(leadListInput)
    .output(leadListOutput)
    .query(async ({ ctx, input }) => {
      const pipeline = await loadPipeline(ctx.scope, input.pipelineKey);
      return listLeads(
        ctx.scope,
        { ...input, pipelineId: pipeline.id },
        visibilityOf(leadCallerOf(ctx)),
      );
    }),

  /**
   * A lead with its activities (newest first), tasks, stage history and assignments. NOT_FOUND
   * if the org has none; FORBIDDEN for an agent asking for another agent's lead.
   */
  byId: orgProcedure
    .meta({ ...read, summary: 'Get a lead' })
    .input(leadIdInput)
    .output(leadDetailSchema)
    .query(async ({ ctx, input }) => {
      await loadVisibleLead(ctx.scope, leadCallerOf(ctx), input.leadId);
      const [lead, activities, tasks, history, assignments] = [
        await leadDto(ctx.scope, input.leadId),
        await listActivities(ctx.scope, input.leadId),
        await listTasks(ctx.scope, { leadId: input.leadId, limit: 500 }),
        await listAudit(ctx.scope, 'lead', input.leadId),
        await listAssignments(ctx.scope, input.leadId),
      ];
      return { lead, activities, tasks, history, assignments };
    }),

  /**
   * Creates a lead (staff) in the pipeline's first stage and assigns it: to `assigneeId` (needs
   * leads:manage unless it is the caller) or by the routing rules. CONFLICT when a lead with the
   * same email or phone exists.
   */
  create: orgProcedure
    .meta({ ...write, summary: 'Create a lead' })
    .input(leadCreateInput)
    .output(leadSchema)
    .mutation(async ({ ctx, input }) => {
      const caller = leadCallerOf(ctx);
      if (
        input.assigneeId &&
        input.assigneeId !== caller.userId &&
        !ctx.caller.permissions.has(Permission.LeadsManage)
      ) {
        throw new DomainError(DomainErrorCode.Forbidden, 'Only managers assign leads to others.');
      }
      const assigneeId =
        input.assigneeId ?? (visibilityOf(caller).ownOnly ? caller.userId : undefined);
      const { lead } = await createLead(
        ctx.scope,
        caller,
        { ...input, assigneeId },
        ctx.now().toISOString(),
      );
      return leadDto(ctx.scope, lead.id);
    }),

  /**
   * Edits contact and wish-list fields and the agreed amount. `version` is the one the editor
   * saw: CONFLICT if the lead changed since.
   */
  update: orgProcedure
    .meta({ ...write, summary: 'Edit a lead' })
    .input(leadUpdateInput)
    .output(leadSchema)
    .mutation(async ({ ctx, input }) => {
      const caller = leadCallerOf(ctx);
      await loadVisibleLead(ctx.scope, caller, input.leadId, { forUpdate: true });
      const { email, phone, ...rest } = input.changes;
      const contact =
        email !== undefined || phone !== undefined
          ? normaliseContact({ email, phone }, orgCountry(ctx.org.defaultCurrency))
          : null;
      await updateLeadVersioned(ctx.scope, input.leadId, input.version, {
        ...rest,
        ...(email !== undefined ? { email: contact!.email } : {}),
        ...(phone !== undefined ? { phone: contact!.phone } : {}),
        updatedAt: ctx.now().toISOString(),
      }).catch((error: unknown) => {
        // A unique violation (Drizzle wraps the driver's error as `cause`).
        const code = (error as { code?: string; cause?: { code?: string } }).cause?.code;
        if (code === '23505' || (error as { code?: string }).code === '23505') {
          throw new DomainError(DomainErrorCode.Conflict, 'Another lead has this email or phone.');
        }
        throw error;
      });
      return leadDto(ctx.scope, input.leadId);
    }),

  /**
   * Moves a lead to another stage of its pipeline. Refused with UNPROCESSABLE_CONTENT listing
   * every violated rule (`data.domain.context.violations`: code + message); CONFLICT when
   * `version` is stale (someone moved it first); FORBIDDEN for another agent's lead. On success
   * the stage's entry tasks are created and the audit entry written, in the same transaction.
   */
  move: orgProcedure
    .meta({ ...write, summary: 'Move a lead to a stage' })
    .input(leadMoveInput)
    .output(leadSchema)
    .mutation(async ({ ctx, input }) => {
      const moved = await moveLead(ctx.scope, leadCallerOf(ctx), input, ctx.now().toISOString());
      return leadDto(ctx.scope, moved.id);
    }),

  /**
   * Imports up to 1,000 leads with their history (another CRM's export, a demo): each starts in
   * the pipeline's first stage at `createdAt`, is routed by the rules as of then unless
   * `assigneeId` is given, and its events (activities, updates, task completions, moves) are
   * replayed in order through the live rules (guards, entry tasks, audit entries). All or
   * nothing: BAD_REQUEST listing every refused move (with the rules' messages) and duplicate
   * contact by path. Managers and owners only.
   */
  import: orgProcedure
    .meta({ permission: Permission.LeadsManage, summary: 'Import leads with history' })
    .input(leadImportInput)
    .output(leadImportOutput)
    .mutation(({ ctx, input }) =>
      importLeads(ctx.scope, leadCallerOf(ctx), input, ctx.now().toISOString()),
    ),

  /** Gives a lead to an agent (or back to the pool with null). Managers and owners only. */
  assign: orgProcedure
    .meta({ ...manage, summary: 'Assign a lead' })
    .input(z.strictObject({ leadId: z.uuid(), agentId: z.uuid().nullable() }))
    .output(leadSchema)
    .mutation(async ({ ctx, input }) => {
      const caller = leadCallerOf(ctx);
      const lead = await loadVisibleLead(ctx.scope, caller, input.leadId, { forUpdate: true });
      const now = ctx.now().toISOString();
      await assignLead(
        ctx.scope,
        caller,
        lead,
        input.agentId,
        input.agentId ? 'manual' : 'unassigned',
        now,
        null,
      );
      return leadDto(ctx.scope, input.leadId);
    }),

  /** Routes a lead again by the org's rules (managers); returns the lead and the trace. */
  autoAssign: orgProcedure
    .meta({ ...manage, summary: 'Route a lead by the rules' })
    .input(leadIdInput)
    .output(z.object({ lead: leadSchema, trace: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      const caller = leadCallerOf(ctx);
      const lead = await loadVisibleLead(ctx.scope, caller, input.leadId, { forUpdate: true });
      const { decision } = await autoAssign(ctx.scope, caller, lead, ctx.now().toISOString());
      return { lead: await leadDto(ctx.scope, input.leadId), trace: decision };
    }),

  /**
   * Claims a lead offered to the caller's group (claim mode). CONFLICT once the offer expired
   * or someone else claimed it; FORBIDDEN if it was not offered to the caller.
   */
  claim: orgProcedure
    .meta({ ...write, summary: 'Claim an offered lead' })
    .input(leadIdInput)
    .output(leadSchema)
    .mutation(async ({ ctx, input }) => {
      const lead = await claimLead(
        ctx.scope,
        leadCallerOf(ctx),
        input.leadId,
        ctx.now().toISOString(),
      );
      return leadDto(ctx.scope, lead.id);
    }),

  /** The routing decisions made for a lead, newest last: rule matched, who was skipped and why, scores. */
  routingTrace: orgProcedure
    .meta({ ...read, summary: 'Why a lead went to its agent' })
    .input(leadIdInput)
    .output(
      z.array(
        z.object({
          at: z.string(),
          method: z.string(),
          agentId: z.string().nullable(),
          trace: z.unknown(),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      await loadVisibleLead(ctx.scope, leadCallerOf(ctx), input.leadId);
      const assignments = await listAssignments(ctx.scope, input.leadId);
      return assignments
        .filter((a) => a.trace !== null)
        .map((a) => ({ at: a.at, method: a.method, agentId: a.agentId, trace: a.trace }));
    }),

  /**
   * The public web form ("request info", "book a viewing"): callable with a publishable key
   * from an allowed origin. Normalises email and phone (E.164) and adds an activity to the
   * existing lead instead of creating a twin; with `idempotencyKey`, a retried submission gets
   * the first answer (a different body under the same key: CONFLICT). A filled honeypot
   * (`website`) is answered as if received and stores nothing. Rate limited per IP and per key
   * (TOO_MANY_REQUESTS). New leads are routed, assigned and given their entry tasks.
   */
  capture: orgProcedure
    .meta({
      permission: Permission.LeadsCapture,
      widgets: ['property-grid'],
      publishable: true,
      summary: 'Capture a web-form lead',
    })
    .input(leadCaptureInput)
    .output(leadCaptureOutput)
    .mutation(async ({ ctx, input }) => {
      await checkCaptureRateLimit(ctx.captureRateLimits, { ip: ctx.ip, keyId: ctx.actor.id });
      if (input.website) return { status: 'received' as const, reference: reference(randomUUID()) };
      const { idempotencyKey, website: _honeypot, preferredViewingAt, ...form } = input;
      const run = async () => {
        const message = [
          form.message,
          preferredViewingAt ? `Would like to view on ${preferredViewingAt}.` : undefined,
        ]
          .filter(Boolean)
          .join('\n');
        const { lead } = await createLead(
          ctx.scope,
          leadCallerOf(ctx),
          { ...form, message: message || undefined },
          ctx.now().toISOString(),
          { dedupe: true },
        );
        return { status: 'received' as const, reference: reference(lead.id) };
      };
      return idempotencyKey
        ? once(ctx.scope, { scope: 'leads.capture', key: idempotencyKey, input }, run)
        : run();
    }),

  /**
   * Live changes to the org's leads over SSE (`httpSubscriptionLink`): one event per committed
   * create, move, assignment, activity or task change, from any API process sharing the
   * database (PostgreSQL LISTEN/NOTIFY). Agents only hear about their own and unassigned leads.
   * Events carry ids, stage, assignee and version, not personal data: refetch what you show.
   */
  onChange: orgSubscriptionProcedure
    .meta({ ...read, summary: 'Lead changes (live)' })
    .input(z.strictObject({ pipelineKey: z.string().max(40).optional() }).optional())
    .subscription(async function* ({ ctx, signal: requestSignal }) {
      // Ends when the client goes away or the server shuts down. (Not `AbortSignal.any`: on
      // Node 20 its combined signal can be collected while we wait on it.)
      const signals = [requestSignal, ctx.shutdownSignal].filter(
        (s): s is AbortSignal => s !== undefined,
      );
      const ended = () => signals.some((s) => s.aborted);
      const ownOnly = visibilityOf(leadCallerOf(ctx)).ownOnly;
      const queue: LeadChange[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = await leadChangeFeed(ctx.database).subscribe(ctx.org.id, (change) => {
        if (!mayHearOf(change, ownOnly)) return;
        queue.push(change);
        wake?.();
      });
      const onAbort = () => wake?.();
      for (const s of signals) s.addEventListener('abort', onAbort);
      try {
        while (!ended()) {
          const next = queue.shift();
          if (next) {
            const { orgId: _org, ...event } = next;
            yield event;
            continue;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = null;
        }
      } finally {
        for (const s of signals) s.removeEventListener('abort', onAbort);
        await unsubscribe();
      }
    }),
});

/** A short, quotable reference for a lead (not its id). */
function reference(id: string): string {
  return `L-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}
