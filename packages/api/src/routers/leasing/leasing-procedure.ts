import type { Actor } from '@estatekit/domain';
import { Permission } from '../../auth/roles';
import type { OrgScope } from '../../repositories/org-scope';
import { orgToday } from '../../services/ledger-state';

/** Widgets whose embed tokens unlock the leasing and ledger procedures. */
const widgets = ['ledger-view', 'delinquency-report'] as const;

/**
 * Procedure meta of the leasing and ledger routers: read (every staff role), manage (owners and
 * managers: leases, policies, verification, waivers), write money (also accountants).
 */
export const leasingMeta = {
  read: { permission: Permission.LeasingRead, widgets },
  manage: { permission: Permission.LeasingManage, widgets },
  money: { permission: Permission.LedgerWrite, widgets },
} as const;

/**
 * Who is writing and when, from a procedure's context: the caller's actor, the org's calendar
 * day (ISO date in the org's time zone) and the instant (ISO 8601), all from the injected clock.
 */
export const writerOf = (ctx: { actor: Actor; now: () => Date; scope: OrgScope }) => {
  const now = ctx.now();
  return { actor: ctx.actor, today: orgToday(ctx.scope.org.timeZone, now), at: now.toISOString() };
};
