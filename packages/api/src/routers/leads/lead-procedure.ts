import { Permission } from '../../auth/roles';
import type { LeadCaller } from '../../services/lead-pipeline.service';

/** Widgets whose embed tokens unlock the lead procedures. */
const widgets = ['lead-kanban', 'agent-workload'] as const;

/** Procedure meta of the lead routers: read (everyone on the staff), write, manage. */
export const leadMeta = {
  read: { permission: Permission.LeadsRead, widgets },
  write: { permission: Permission.LeadsWrite, widgets },
  manage: { permission: Permission.LeadsManage, widgets },
} as const;

/** The caller as the lead services take it: the credential and the staff user it acts as. */
export const leadCallerOf = (ctx: {
  actor: LeadCaller['actor'];
  caller: { userId: string | null };
}): LeadCaller => ({ actor: ctx.actor, userId: ctx.caller.userId });
