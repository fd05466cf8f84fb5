/**
 * The routers around the ledger: `charges.*` (generation, late fees), `policies.*`,
 * `paymentPlans.*`, `reports.*` (delinquency, rent roll, CSV) and `receipts.*` (PDF).
 */
import {
  type Actor,
  acceptancePolicySchema,
  allocationPolicySchema,
  DomainError,
  DomainErrorCode,
  type IsoDate,
  LedgerError,
  lateFeePolicySchema,
  policyLevels,
  toDecimalString,
} from '@estatekit/domain';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { renderReceiptPdf } from '../../documents/receipt-pdf';
import { findLease } from '../../repositories/lease-reads.repository';
import { assertBuilding, lockLease } from '../../repositories/leasing.repository';
import { findEntry, loadLedger, receiptIssuedOn } from '../../repositories/ledger.repository';
import {
  deletePolicy,
  ledgerPolicyKinds,
  policiesOn,
  upsertPolicy,
} from '../../repositories/ledger-policies.repository';
import { delinquencyRows, rentRollRows } from '../../repositories/ledger-reports.repository';
import type { OrgScope } from '../../repositories/org-scope';
import {
  decidePlan,
  insertPlan,
  listPlans,
  lockPlan,
} from '../../repositories/payment-plans.repository';
import {
  assessLateFeesEverywhere,
  generateCharges,
  settlePaymentPlans,
} from '../../services/charge-generation.service';
import { actorRef, effectivePolicies, orgToday } from '../../services/ledger-state';
import { orgProcedure, router } from '../../trpc/trpc';
import { leasingMeta, writerOf } from '../leasing/leasing-procedure';
import {
  chargesGenerateInput,
  delinquencyOutput,
  fileOutput,
  paymentPlanSchema,
  planDecisionInput,
  planRequestInput,
  policyClearInput,
  policySetInput,
  rentRollRowSchema,
  reportInput,
} from './ledger.schema';

const { read, manage, money } = leasingMeta;
const by = (ctx: { actor: Actor }) => actorRef(ctx.actor);

/** Charges: the schedule run and late-fee assessment (also run daily by the scheduler). */
export const chargesRouter = router({
  /**
   * Creates every scheduled charge due in [from, to] for every signed lease, each exactly once
   * per (lease, line, period) by a unique constraint: running it twice, concurrently, or to
   * catch up after downtime creates nothing twice. Then applies unapplied credit to charges
   * now due.
   */
  generate: orgProcedure
    .meta({ ...money, summary: 'Generate scheduled charges' })
    .input(chargesGenerateInput)
    .output(
      z.object({
        leases: z.int(),
        scheduled: z.int(),
        created: z.int(),
        existing: z.int(),
        credited: z.int(),
      }),
    )
    .mutation(({ ctx, input }) => generateCharges(ctx.scope, writerOf(ctx), input)),
  /** Assesses late fees as of `asOf` (default today) under each lease's effective policy. */
  assessLateFees: orgProcedure
    .meta({ ...money, summary: 'Assess late fees' })
    .input(z.strictObject({ asOf: z.iso.date().optional() }))
    .output(z.object({ created: z.int(), plansEnded: z.int() }))
    .mutation(async ({ ctx, input }) => {
      const writer = writerOf(ctx);
      const asOf = input.asOf ?? writer.today;
      const plansEnded = await settlePaymentPlans(ctx.scope, writer, asOf);
      return { created: await assessLateFeesEverywhere(ctx.scope, writer, asOf), plansEnded };
    }),
});

/** Resolves a policy level's target id (the org's own id for `org`); NOT_FOUND for another org's. */
async function targetOf(scope: OrgScope, level: (typeof policyLevels)[number], targetId?: string) {
  if (level === 'org') return scope.org.id;
  if (!targetId) {
    throw new DomainError(DomainErrorCode.ValidationFailed, `A ${level} policy needs targetId.`, {
      context: { issues: [{ path: ['targetId'], message: `the ${level}'s id` }] },
    });
  }
  if (level === 'building') await assertBuilding(scope, targetId);
  else await findLease(scope, targetId);
  return targetId;
}

const storedPolicy = z.object({
  kind: z.enum(ledgerPolicyKinds),
  level: z.enum(policyLevels),
  targetId: z.uuid(),
  policy: z.unknown(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
const effectiveLevel = z.enum([...policyLevels, 'default']);

/** Allocation, acceptance and late-fee policies at org, building and lease level. */
export const policiesRouter = router({
  /** Policies set at one level (`org`, or a building's or lease's id). */
  list: orgProcedure
    .meta({ ...read, summary: 'List policies at a level' })
    .input(z.strictObject({ level: z.enum(policyLevels), targetId: z.uuid().optional() }))
    .output(z.array(storedPolicy))
    .query(async ({ ctx, input }) => {
      const target = await targetOf(ctx.scope, input.level, input.targetId);
      return (await policiesOn(ctx.scope, [target])).filter((p) => p.level === input.level);
    }),
  /** Sets a policy at a level (replacing the one there); validated per kind. */
  set: orgProcedure
    .meta({ ...manage, summary: 'Set a policy' })
    .input(policySetInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const targetId = await targetOf(ctx.scope, input.level, input.targetId);
      await upsertPolicy(ctx.scope, { ...input, targetId, by: by(ctx) });
      return { ok: true as const };
    }),
  /** Removes the policy of a kind at a level, so the next level up applies again. */
  clear: orgProcedure
    .meta({ ...manage, summary: 'Clear a policy' })
    .input(policyClearInput)
    .output(z.object({ removed: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const targetId = await targetOf(ctx.scope, input.level, input.targetId);
      return { removed: await deletePolicy(ctx.scope, { ...input, targetId }) };
    }),
  /** The policies in force for a lease and the level each comes from (most specific wins). */
  effective: orgProcedure
    .meta({ ...read, summary: 'Effective policies of a lease' })
    .input(z.strictObject({ leaseId: z.uuid() }))
    .output(
      z.object({
        allocation: z.object({ policy: allocationPolicySchema, level: effectiveLevel }),
        acceptance: z.object({ policy: acceptancePolicySchema, level: effectiveLevel }),
        lateFee: z.object({ policy: lateFeePolicySchema, level: effectiveLevel }),
      }),
    )
    .query(async ({ ctx, input }) => {
      const lease = await findLease(ctx.scope, input.leaseId);
      return effectivePolicies(ctx.scope, lease);
    }),
});

/** Payment plans: requested for a tenant, approved or rejected by a manager. */
export const paymentPlansRouter = router({
  /** Records a request for instalments or an extension (1–24 instalments, ascending dates). */
  request: orgProcedure
    .meta({ ...money, summary: 'Request a payment plan' })
    .input(planRequestInput)
    .output(paymentPlanSchema)
    .mutation(async ({ ctx, input }) => {
      await findLease(ctx.scope, input.leaseId);
      return insertPlan(ctx.scope, {
        leaseId: input.leaseId,
        instalments: input.instalments,
        note: input.note ?? null,
        by: by(ctx),
      });
    }),
  /**
   * Approves (from today; late fees are suspended while it is kept, and a missed instalment
   * ends it) or rejects a requested plan. LEDGER_RULE_VIOLATED when the plan is not requested
   * or the lease already has an approved one.
   */
  decide: orgProcedure
    .meta({ ...manage, summary: 'Approve or reject a payment plan' })
    .input(planDecisionInput)
    .output(paymentPlanSchema)
    .mutation(async ({ ctx, input }) => {
      const plan = await lockPlan(ctx.scope, input.planId);
      await lockLease(ctx.scope, plan.leaseId);
      if (plan.status !== 'requested') {
        throw new LedgerError(`This plan is ${plan.status}, not awaiting a decision.`, {
          rule: 'plan_not_requested',
        });
      }
      const approve = input.decision === 'approve';
      if (
        approve &&
        (await listPlans(ctx.scope, plan.leaseId)).some((p) => p.status === 'approved')
      ) {
        throw new LedgerError('This lease already has an approved payment plan.', {
          rule: 'plan_already_approved',
        });
      }
      return decidePlan(ctx.scope, plan, {
        status: approve ? 'approved' : 'rejected',
        approvedOn: approve ? writerOf(ctx).today : null,
        reason: input.reason ?? null,
        by: by(ctx),
      });
    }),
  /** A lease's plans, oldest first. */
  list: orgProcedure
    .meta({ ...read, summary: "A lease's payment plans" })
    .input(z.strictObject({ leaseId: z.uuid() }))
    .output(z.array(paymentPlanSchema))
    .query(async ({ ctx, input }) => {
      await findLease(ctx.scope, input.leaseId);
      return listPlans(ctx.scope, input.leaseId);
    }),
});

/** A report's day and building: `asOf` defaults to the org's today (its time zone, the clock's now). */
async function reportScope(
  ctx: { scope: OrgScope; now: () => Date },
  input: z.infer<typeof reportInput>,
): Promise<{ asOf: IsoDate; buildingId?: string }> {
  if (input.buildingId) await assertBuilding(ctx.scope, input.buildingId);
  return {
    asOf: input.asOf ?? orgToday(ctx.scope.org.timeZone, ctx.now()),
    ...(input.buildingId ? { buildingId: input.buildingId } : {}),
  };
}

async function delinquency(scope: OrgScope, input: { asOf: IsoDate; buildingId?: string }) {
  const rows = await delinquencyRows(scope, input);
  const totals = new Map<string, z.infer<typeof delinquencyOutput>['totals'][number]>();
  for (const row of rows) {
    const t = totals.get(row.currency) ?? {
      currency: row.currency,
      leases: 0,
      current: 0,
      days1to30: 0,
      days31to60: 0,
      days61to90: 0,
      days90plus: 0,
      totalMinor: 0,
    };
    t.leases += 1;
    t.current += row.current;
    t.days1to30 += row.days1to30;
    t.days31to60 += row.days31to60;
    t.days61to90 += row.days61to90;
    t.days90plus += row.days90plus;
    t.totalMinor += row.totalMinor;
    totals.set(row.currency, t);
  }
  return { asOf: input.asOf, rows, totals: [...totals.values()] };
}

const decimal = (amountMinor: number | null, currency: string | null) =>
  amountMinor === null || currency === null ? '' : toDecimalString({ amountMinor, currency });

const csvFile = (fileName: string, records: unknown[][], header: string[]) => ({
  fileName,
  contentType: 'text/csv; charset=utf-8',
  data: stringify(records, { header: true, columns: header }),
  encoding: 'utf8' as const,
});

/** Reports: delinquency (aging per lease) and the rent roll, as data or CSV. */
export const reportsRouter = router({
  /** Aging of open charges per lease as of `asOf` (default the org's today), largest balance first, with totals. */
  delinquency: orgProcedure
    .meta({ ...read, summary: 'Delinquency report' })
    .input(reportInput)
    .output(delinquencyOutput)
    .query(async ({ ctx, input }) => delinquency(ctx.scope, await reportScope(ctx, input))),
  /** The delinquency report as CSV (amounts as decimals in each lease's currency). */
  delinquencyCsv: orgProcedure
    .meta({ ...read, summary: 'Delinquency report (CSV)' })
    .input(reportInput)
    .output(fileOutput)
    .query(async ({ ctx, input }) => {
      const { asOf, rows } = await delinquency(ctx.scope, await reportScope(ctx, input));
      return csvFile(
        `delinquency-${asOf}.csv`,
        rows.map((r) => [
          r.buildingName,
          r.units,
          r.tenants,
          r.status,
          r.currency,
          ...[r.current, r.days1to30, r.days31to60, r.days61to90, r.days90plus, r.totalMinor].map(
            (m) => decimal(m, r.currency),
          ),
          decimal(r.unappliedCreditMinor, r.currency),
          r.oldestDueDate,
          r.leaseId,
        ]),
        [
          'Building',
          'Units',
          'Tenants',
          'Lease status',
          'Currency',
          'Current',
          '1-30 days',
          '31-60 days',
          '61-90 days',
          '90+ days',
          'Total',
          'Unapplied credit',
          'Oldest due date',
          'Lease id',
        ],
      );
    }),
  /** Every unit with the lease covering it on `asOf`: tenants, dates, monthly rent, balance. */
  rentRoll: orgProcedure
    .meta({ ...read, summary: 'Rent roll' })
    .input(reportInput)
    .output(z.object({ asOf: z.string(), rows: z.array(rentRollRowSchema) }))
    .query(async ({ ctx, input }) => {
      const report = await reportScope(ctx, input);
      return { asOf: report.asOf, rows: await rentRollRows(ctx.scope, report) };
    }),
  /** The rent roll as CSV. */
  rentRollCsv: orgProcedure
    .meta({ ...read, summary: 'Rent roll (CSV)' })
    .input(reportInput)
    .output(fileOutput)
    .query(async ({ ctx, input }) => {
      const report = await reportScope(ctx, input);
      const rows = await rentRollRows(ctx.scope, report);
      return csvFile(
        `rent-roll-${report.asOf}.csv`,
        rows.map((r) => [
          r.buildingName,
          r.unitName,
          r.leaseId ? 'occupied' : 'vacant',
          r.tenants ?? '',
          r.startDate ?? '',
          r.endDate ?? '',
          r.currency ?? '',
          decimal(r.monthlyRentMinor, r.currency),
          decimal(r.depositMinor, r.currency),
          decimal(r.balanceMinor, r.currency),
          r.leaseId ?? '',
        ]),
        [
          'Building',
          'Unit',
          'Occupancy',
          'Tenants',
          'Lease start',
          'Lease end',
          'Currency',
          'Monthly rent',
          'Deposit',
          'Balance',
          'Lease id',
        ],
      );
    }),
});

/** Receipts of confirmed payments. */
export const receiptsRouter = router({
  /**
   * The receipt of a confirmed payment as a PDF (base64): number, payer, premises, amount,
   * method and what it paid. NOT_FOUND for another org's payment; LEDGER_RULE_VIOLATED while it
   * is pending, rejected or has no receipt.
   */
  get: orgProcedure
    .meta({ ...read, summary: 'Download a payment receipt (PDF)' })
    .input(z.strictObject({ paymentId: z.uuid() }))
    .output(fileOutput.extend({ number: z.int() }))
    .query(async ({ ctx, input }) => {
      const entry = await findEntry(ctx.scope, input.paymentId);
      if (entry?.kind !== 'payment') {
        throw new DomainError(DomainErrorCode.NotFound, `No payment with id ${input.paymentId}.`);
      }
      const lease = await findLease(ctx.scope, entry.leaseId);
      const snapshot = await loadLedger(ctx.scope, entry.leaseId);
      const payment = snapshot.payments.find((p) => p.id === input.paymentId);
      if (!payment?.receiptNumber || payment.status === 'pending_verification') {
        throw new LedgerError('This payment has no receipt (it is not confirmed).', {
          rule: 'no_receipt',
          status: payment?.status ?? null,
        });
      }
      const issued = await receiptIssuedOn(ctx.scope, payment.id, ctx.scope.org.timeZone);
      const charges = new Map(snapshot.charges.map((c) => [c.id, c]));
      const pdf = await renderReceiptPdf({
        orgName: ctx.scope.org.name,
        number: payment.receiptNumber,
        issuedOn: issued ?? payment.receivedOn,
        receivedOn: payment.receivedOn,
        receivedFrom: lease.tenants.map((t) => t.name).join(', '),
        premises: `${lease.buildingName}, ${lease.units.map((u) => u.name).join(', ')}`,
        amountMinor: payment.amountMinor,
        currency: lease.currency,
        method: payment.method ?? 'other',
        reference: payment.reference,
        lines: snapshot.allocations
          .filter((a) => a.paymentId === payment.id && !a.reversal)
          .map((a) => {
            const charge = charges.get(a.chargeId);
            return {
              description: `${charge?.description ?? charge?.type ?? 'Charge'} due ${charge?.dueDate ?? ''}`,
              amountMinor: a.amountMinor,
            };
          }),
        unappliedMinor:
          payment.amountMinor -
          snapshot.allocations
            .filter((a) => a.paymentId === payment.id && !a.reversal)
            .reduce((s, a) => s + a.amountMinor, 0),
      });
      return {
        fileName: `receipt-${payment.receiptNumber}.pdf`,
        contentType: 'application/pdf',
        data: pdf.toString('base64'),
        encoding: 'base64' as const,
        number: payment.receiptNumber,
      };
    }),
});
