import {
  DomainError,
  DomainErrorCode,
  type IsoDate,
  type PaymentPlanStatus,
  type PlanInstalment,
} from '@estatekit/domain';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { paymentPlans } from '../db/schema';
import type { OrgScope } from './org-scope';

/** A payment plan as the API returns it. */
export interface PaymentPlanDto {
  id: string;
  leaseId: string;
  status: PaymentPlanStatus;
  instalments: PlanInstalment[];
  note: string | null;
  requestedBy: string;
  decidedBy: string | null;
  decisionReason: string | null;
  approvedOn: IsoDate | null;
  endedOn: IsoDate | null;
  version: number;
  createdAt: string;
}

const columns = {
  id: paymentPlans.id,
  leaseId: paymentPlans.leaseId,
  status: paymentPlans.status,
  instalments: paymentPlans.instalments,
  note: paymentPlans.note,
  requestedBy: paymentPlans.requestedBy,
  decidedBy: paymentPlans.decidedBy,
  decisionReason: paymentPlans.decisionReason,
  approvedOn: paymentPlans.approvedOn,
  endedOn: paymentPlans.endedOn,
  version: paymentPlans.version,
  createdAt: paymentPlans.createdAt,
};

/** Records a tenant's (or a manager's on their behalf) request for a plan. */
export async function insertPlan(
  scope: OrgScope,
  row: { leaseId: string; instalments: PlanInstalment[]; note: string | null; by: string },
): Promise<PaymentPlanDto> {
  const [plan] = await scope.tx
    .insert(paymentPlans)
    .values({
      orgId: scope.org.id,
      leaseId: row.leaseId,
      status: 'requested',
      instalments: row.instalments,
      note: row.note,
      requestedBy: row.by,
    })
    .returning(columns);
  return plan as PaymentPlanDto;
}

/** Plans of a lease, oldest first. */
export async function listPlans(scope: OrgScope, leaseId: string): Promise<PaymentPlanDto[]> {
  const rows = await scope.tx
    .select(columns)
    .from(paymentPlans)
    .where(eq(paymentPlans.leaseId, leaseId))
    .orderBy(asc(paymentPlans.createdAt));
  return rows as PaymentPlanDto[];
}

/** One plan, locked for the transaction; throws NOT_FOUND. */
export async function lockPlan(scope: OrgScope, planId: string): Promise<PaymentPlanDto> {
  const [row] = await scope.tx
    .select(columns)
    .from(paymentPlans)
    .where(eq(paymentPlans.id, planId))
    .for('update');
  if (!row) throw new DomainError(DomainErrorCode.NotFound, `No payment plan with id ${planId}.`);
  return row as PaymentPlanDto;
}

/** Approved plans (of one lease, or all of the org's when `leaseId` is null). */
export async function activePlans(
  scope: OrgScope,
  leaseId: string | null,
): Promise<(PaymentPlanDto & { approvedOn: IsoDate })[]> {
  const where: SQL | undefined = and(
    eq(paymentPlans.status, 'approved'),
    leaseId ? eq(paymentPlans.leaseId, leaseId) : undefined,
  );
  const rows = await scope.tx.select(columns).from(paymentPlans).where(where);
  return rows as (PaymentPlanDto & { approvedOn: IsoDate })[];
}

/** Writes a manager's decision on a requested plan (versioned). */
export async function decidePlan(
  scope: OrgScope,
  plan: PaymentPlanDto,
  decision: {
    status: 'approved' | 'rejected';
    approvedOn: IsoDate | null;
    reason: string | null;
    by: string;
  },
): Promise<PaymentPlanDto> {
  const [row] = await scope.tx
    .update(paymentPlans)
    .set({
      status: decision.status,
      approvedOn: decision.approvedOn,
      decisionReason: decision.reason,
      decidedBy: decision.by,
      version: plan.version + 1,
      updatedAt: sql`now()`,
    })
    .where(and(eq(paymentPlans.id, plan.id), eq(paymentPlans.version, plan.version)))
    .returning(columns);
  if (!row) throw new DomainError(DomainErrorCode.Conflict, 'The plan changed meanwhile.');
  return row as PaymentPlanDto;
}

/** Ends an approved plan as `completed` or `defaulted` on `endedOn`. */
export async function settlePlan(
  scope: OrgScope,
  plan: PaymentPlanDto,
  status: 'completed' | 'defaulted',
  endedOn: IsoDate,
  by: string,
) {
  await scope.tx
    .update(paymentPlans)
    .set({
      status,
      endedOn,
      decidedBy: plan.decidedBy ?? by,
      version: plan.version + 1,
      updatedAt: sql`now()`,
    })
    .where(and(eq(paymentPlans.id, plan.id), eq(paymentPlans.version, plan.version)));
}
