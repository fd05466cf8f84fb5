/**
 * The rent ledger: `ledger.*` (payments, allocation, reversals, statements). Accountants,
 * managers and owners move money; managers verify offline payments, waive fees and settle
 * deposits; every staff role reads.
 */
import { DomainError, DomainErrorCode } from '@estatekit/domain';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import { once } from '../../repositories/idempotency.repository';
import { findLease, listLeases } from '../../repositories/lease-reads.repository';
import { findTenant, lockLease } from '../../repositories/leasing.repository';
import { loadLedger } from '../../repositories/ledger.repository';
import type { OrgScope } from '../../repositories/org-scope';
import {
  decidePayment,
  previewAllocation,
  reallocatePayment,
  recordPayment,
  reverseEntry,
  settleDeposit,
  submitOfflinePayment,
  waiveFee,
} from '../../services/ledger.service';
import { statementOf } from '../../services/ledger-statement';
import { orgProcedure, router } from '../../trpc/trpc';
import { leasingMeta, writerOf } from '../leasing/leasing-procedure';
import {
  decidePaymentInput,
  MAX_PROOF_BYTES,
  paymentResultSchema,
  previewAllocationInput,
  previewAllocationOutput,
  reallocateInput,
  recordPaymentInput,
  reverseInput,
  settleDepositInput,
  statementInput,
  statementSchema,
  submitOfflinePaymentInput,
  waiveLateFeeInput,
} from './ledger.schema';

const { read, manage, money } = leasingMeta;

/** A lease's statement, narrowed to a period and charge types (running balances kept). */
async function statement(scope: OrgScope, input: z.infer<typeof statementInput>, today: string) {
  const lease = await findLease(scope, input.leaseId);
  const { entries, summary } = statementOf(await loadLedger(scope, lease.id), today);
  const types = input.chargeTypes ? new Set<string>(input.chargeTypes) : null;
  const chargeTypeOf = new Map(
    entries.filter((e) => e.kind === 'charge').map((e) => [e.id, e.chargeType]),
  );
  const inPeriod = (date: string) =>
    (!input.from || date >= input.from) && (!input.to || date <= input.to);
  const before = entries.filter((e) => input.from && e.date < input.from);
  const shown = entries.filter((e) => {
    if (!inPeriod(e.date)) return false;
    if (!types) return true;
    const type = e.chargeType ?? (e.chargeId ? chargeTypeOf.get(e.chargeId) : null);
    return type ? types.has(type) : e.kind === 'payment';
  });
  return {
    lease: {
      id: lease.id,
      status: lease.status,
      currency: lease.currency,
      buildingName: lease.buildingName,
      units: lease.units,
      tenants: lease.tenants,
    },
    openingBalanceMinor: before.at(-1)?.balanceAfterMinor ?? 0,
    entries: shown,
    summary,
  };
}

export const ledgerRouter = router({
  /**
   * Records a confirmed payment (cash, bank transfer, card, mobile money, other) and allocates
   * it in the same transaction under the effective allocation policy; any excess is unapplied
   * credit. Issues the next receipt number. The same `idempotencyKey` with the same input
   * returns the first answer; with a different input, CONFLICT and nothing is written.
   * LEDGER_RULE_VIOLATED when the acceptance policy refuses the amount or the lease is in
   * collections.
   */
  recordPayment: orgProcedure
    .meta({ ...money, summary: 'Record a payment' })
    .input(recordPaymentInput)
    .output(paymentResultSchema)
    .mutation(({ ctx, input }) => {
      const { idempotencyKey, ...payment } = input;
      return once(
        ctx.scope,
        { scope: 'ledger.recordPayment', key: idempotencyKey, input: payment },
        () => recordPayment(ctx.scope, writerOf(ctx), payment),
      );
    }),
  /**
   * Records an offline payment with its proof (JPEG, PNG, WebP or PDF up to 5 MiB, checked
   * against the file's bytes): `pending_verification` until a manager confirms or rejects it.
   * Idempotent like `recordPayment`. BAD_REQUEST for a file that is not what it claims.
   */
  submitOfflinePayment: orgProcedure
    .meta({ ...money, summary: 'Submit an offline payment with its receipt' })
    .input(submitOfflinePaymentInput)
    .output(paymentResultSchema)
    .mutation(({ ctx, input }) => {
      const { idempotencyKey, proof, ...payment } = input;
      return once(
        ctx.scope,
        { scope: 'ledger.submitOfflinePayment', key: idempotencyKey, input },
        async () => {
          const data = Buffer.from(proof.dataBase64, 'base64');
          await assertProof(data, proof.contentType);
          return submitOfflinePayment(ctx.scope, writerOf(ctx), {
            ...payment,
            proof: { fileName: proof.fileName, contentType: proof.contentType, data },
          });
        },
      );
    }),
  /** Confirms (allocates, issues a receipt) or rejects (with a reason) a pending payment. */
  decidePayment: orgProcedure
    .meta({ ...manage, summary: 'Confirm or reject an offline payment' })
    .input(decidePaymentInput)
    .output(paymentResultSchema)
    .mutation(({ ctx, input }) => decidePayment(ctx.scope, writerOf(ctx), input)),
  /** What a payment of `amountMinor` would pay, each allocation with its reason; saves nothing. */
  previewAllocation: orgProcedure
    .meta({ ...read, summary: 'Preview how a payment would be allocated' })
    .input(previewAllocationInput)
    .output(previewAllocationOutput)
    .query(async ({ ctx, input }) => {
      const lease = await lockLease(ctx.scope, input.leaseId);
      return previewAllocation(ctx.scope, lease, input, writerOf(ctx).today);
    }),
  /**
   * Moves a confirmed payment's allocations to `targets` (or re-runs the policy): the old ones
   * are reversed and new ones appended, in one transaction. LEDGER_RULE_VIOLATED when a target
   * exceeds its charge's open amount or the targets exceed the payment.
   */
  reallocate: orgProcedure
    .meta({ ...money, summary: 'Reallocate a payment' })
    .input(reallocateInput)
    .output(
      z.object({
        paymentId: z.uuid(),
        reversed: z.int(),
        allocations: z.array(
          z.object({ chargeId: z.uuid(), amountMinor: z.int(), reason: z.string() }),
        ),
        unappliedMinor: z.int(),
      }),
    )
    .mutation(({ ctx, input }) => reallocatePayment(ctx.scope, writerOf(ctx), input)),
  /**
   * Reverses a charge, payment or allocation with a reason (a charge's or payment's live
   * allocations are reversed with it). CONFLICT when already reversed.
   */
  reverse: orgProcedure
    .meta({ ...money, summary: 'Reverse a ledger entry' })
    .input(reverseInput)
    .output(
      z.object({
        entryId: z.uuid(),
        kind: z.enum(['charge', 'payment', 'allocation']),
        leaseId: z.uuid(),
        reversedAllocations: z.int(),
      }),
    )
    .mutation(({ ctx, input }) => reverseEntry(ctx.scope, writerOf(ctx), input)),
  /** Waives a late fee with a credit for its open amount (the fee itself stays). */
  waiveLateFee: orgProcedure
    .meta({ ...manage, summary: 'Waive a late fee' })
    .input(waiveLateFeeInput)
    .output(z.object({ waiverId: z.uuid(), chargeId: z.uuid(), amountMinor: z.int() }))
    .mutation(({ ctx, input }) => waiveFee(ctx.scope, writerOf(ctx), input)),
  /**
   * Settles the security deposit at move-out: itemised deductions (each a charge paid from the
   * deposit) and a refund of the rest. LEDGER_RULE_VIOLATED when deductions exceed the deposit.
   */
  settleDeposit: orgProcedure
    .meta({ ...manage, summary: 'Settle the security deposit' })
    .input(settleDepositInput)
    .output(
      z.object({
        heldMinor: z.int(),
        deductions: z.array(z.object({ description: z.string(), amountMinor: z.int() })),
        refundMinor: z.int(),
      }),
    )
    .mutation(({ ctx, input }) => settleDeposit(ctx.scope, writerOf(ctx), input)),
  /**
   * A lease's charges, payments, allocations and reversals in date order with the running
   * balance (Σ charges − Σ allocations) and unapplied credit after each, plus a summary with
   * aging as of today. `from`/`to` and `chargeTypes` narrow the rows, not the balances.
   */
  forLease: orgProcedure
    .meta({ ...read, summary: "A lease's ledger" })
    .input(statementInput)
    .output(statementSchema)
    .query(({ ctx, input }) => statement(ctx.scope, input, writerOf(ctx).today)),
  /** The ledgers of every lease of a tenant, newest lease first, with their total balance. */
  forTenant: orgProcedure
    .meta({ ...read, summary: "A tenant's ledgers" })
    .input(z.strictObject({ tenantId: z.uuid() }))
    .output(
      z.object({
        tenantId: z.uuid(),
        leases: z.array(statementSchema),
        totals: z.array(
          z.object({ currency: z.string(), balanceMinor: z.int(), unappliedCreditMinor: z.int() }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { items } = await listLeases(ctx.scope, {
        tenantId: input.tenantId,
        limit: 500,
        offset: 0,
      });
      if (items.length === 0) {
        // 404 for another org's tenant as for a missing one; an existing tenant without leases is empty.
        await findTenant(ctx.scope, input.tenantId);
      }
      const today = writerOf(ctx).today;
      const leases = [];
      for (const lease of items)
        leases.push(await statement(ctx.scope, { leaseId: lease.id }, today));
      const totals = new Map<string, { balanceMinor: number; unappliedCreditMinor: number }>();
      for (const l of leases) {
        const t = totals.get(l.lease.currency) ?? { balanceMinor: 0, unappliedCreditMinor: 0 };
        t.balanceMinor += l.summary.balanceMinor;
        t.unappliedCreditMinor += l.summary.unappliedCreditMinor;
        totals.set(l.lease.currency, t);
      }
      return {
        tenantId: input.tenantId,
        leases,
        totals: [...totals].map(([currency, t]) => ({ currency, ...t })),
      };
    }),
});

/** BAD_REQUEST unless the bytes are an image or PDF of the declared type, within the size limit. */
async function assertProof(data: Buffer, declared: string) {
  const refuse = (message: string) =>
    new DomainError(DomainErrorCode.ValidationFailed, message, {
      context: { issues: [{ path: ['proof', 'dataBase64'], message }] },
    });
  if (data.byteLength === 0) throw refuse('the file is empty');
  if (data.byteLength > MAX_PROOF_BYTES) throw refuse('the file is larger than 5 MiB');
  const detected = await fileTypeFromBuffer(data);
  if (detected?.mime !== declared) {
    throw refuse(
      `the file is ${detected?.mime ?? 'not a recognised image or PDF'}, not ${declared}`,
    );
  }
}
