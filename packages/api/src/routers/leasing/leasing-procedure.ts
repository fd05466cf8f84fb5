import { Permission } from '../../auth/roles';

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
