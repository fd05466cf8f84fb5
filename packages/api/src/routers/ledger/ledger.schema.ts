/**
 * Inputs and outputs of the ledger routers. Money is integer minor units of the lease's ISO 4217
 * currency (positive; corrections are reversals); days are ISO dates in the org's time zone.
 */
import {
  acceptancePolicySchema,
  agingBuckets,
  allocationPolicySchema,
  chargeTypes,
  isoDateSchema,
  lateFeePolicySchema,
  paymentMethods,
  paymentPlanScheduleSchema,
  policyLevels,
} from '@estatekit/domain';
import { z } from 'zod';

const id = z.uuid();
const amountMinor = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const reason = z.string().trim().min(1).max(500);

const paymentShape = {
  leaseId: id,
  amountMinor,
  method: z.enum(paymentMethods),
  reference: z.string().trim().max(120).nullable().optional(),
  receivedOn: isoDateSchema,
  note: z.string().trim().max(500).nullable().optional(),
};

/** `ledger.recordPayment`: a confirmed payment; retried safely with the same `idempotencyKey`. */
export const recordPaymentInput = z.strictObject({
  ...paymentShape,
  tenantId: id.nullable().optional(),
  idempotencyKey: z.string().min(8).max(200),
});

/** Largest receipt upload: 5 MiB. */
export const MAX_PROOF_BYTES = 5 * 1024 * 1024;
/** Proof types accepted for offline payments, checked against the file's own bytes. */
export const proofContentTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const;

/** `ledger.submitOfflinePayment`: a payment with its receipt image/PDF, base64-encoded. */
export const submitOfflinePaymentInput = z.strictObject({
  ...paymentShape,
  idempotencyKey: z.string().min(8).max(200),
  proof: z.strictObject({
    fileName: z.string().trim().min(1).max(200),
    contentType: z.enum(proofContentTypes),
    dataBase64: z
      .string()
      .max(Math.ceil(MAX_PROOF_BYTES / 3) * 4, 'the file is larger than 5 MiB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  }),
});

export const decidePaymentInput = z
  .strictObject({
    paymentId: id,
    decision: z.enum(['confirm', 'reject']),
    reason: z.string().trim().max(500).nullable().optional(),
  })
  .refine((d) => d.decision === 'confirm' || Boolean(d.reason), {
    path: ['reason'],
    message: 'say why the payment is rejected',
  });

export const paymentResultSchema = z.object({
  paymentId: id,
  leaseId: id,
  status: z.enum(['confirmed', 'pending_verification']),
  receiptNumber: z.int().nullable(),
  allocations: z.array(z.object({ chargeId: id, amountMinor: z.int(), reason: z.string() })),
  unappliedMinor: z.int(),
  balanceMinor: z.int(),
  unappliedCreditMinor: z.int(),
});

export const previewAllocationInput = z.strictObject({
  leaseId: id,
  amountMinor,
  receivedOn: isoDateSchema,
});
export const previewAllocationOutput = z.object({
  allocations: z.array(
    z.object({
      chargeId: id,
      amountMinor: z.int(),
      paysInFull: z.boolean(),
      rank: z.int(),
      reason: z.string(),
    }),
  ),
  unappliedMinor: z.int(),
  policy: allocationPolicySchema,
  policyLevel: z.enum([...policyLevels, 'default']),
  accepted: z.object({
    accepted: z.boolean(),
    rule: z.string().optional(),
    message: z.string().optional(),
  }),
  balanceBeforeMinor: z.int(),
  balanceAfterMinor: z.int(),
});

export const reallocateInput = z.strictObject({
  paymentId: id,
  /** Where the payment should go; omitted: re-run the effective allocation policy. */
  targets: z
    .array(z.strictObject({ chargeId: id, amountMinor }))
    .max(100)
    .optional(),
});
export const reverseInput = z.strictObject({ entryId: id, reason });
export const waiveLateFeeInput = z.strictObject({ chargeId: id, reason });
export const settleDepositInput = z.strictObject({
  leaseId: id,
  deductions: z
    .array(z.strictObject({ description: z.string().trim().min(1).max(200), amountMinor }))
    .max(50),
});

const agingSchema = z.object(
  Object.fromEntries([...agingBuckets, 'totalMinor'].map((k) => [k, z.int()])) as Record<
    (typeof agingBuckets)[number] | 'totalMinor',
    z.ZodInt
  >,
);

export const statementInput = z.strictObject({
  leaseId: id,
  /** Only entries dated from/to (ISO dates, inclusive); the opening balance covers the rest. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** Only charges of these types (and what paid or reversed them). */
  chargeTypes: z.array(z.enum(chargeTypes)).optional(),
});

export const statementEntrySchema = z.object({
  id,
  kind: z.enum(['charge', 'payment', 'allocation', 'reversal', 'deposit_movement']),
  date: z.string(),
  description: z.string(),
  amountMinor: z.int(),
  balanceEffectMinor: z.int(),
  balanceAfterMinor: z.int(),
  creditAfterMinor: z.int(),
  chargeType: z.enum(chargeTypes).nullable(),
  paymentId: id.nullable(),
  chargeId: id.nullable(),
  reversesId: id.nullable(),
  reversedById: id.nullable(),
  payment: z
    .object({
      kind: z.string(),
      method: z.string().nullable(),
      reference: z.string().nullable(),
      status: z.string(),
      receiptNumber: z.int().nullable(),
      decisionReason: z.string().nullable(),
      attachments: z.int(),
    })
    .nullable(),
  openMinor: z.int().nullable(),
  reason: z.string().nullable(),
});

export const statementSummarySchema = z.object({
  asOf: z.string(),
  chargedMinor: z.int(),
  allocatedMinor: z.int(),
  balanceMinor: z.int(),
  unappliedCreditMinor: z.int(),
  dueMinor: z.int(),
  depositHeldMinor: z.int(),
  aging: agingSchema,
});

export const statementSchema = z.object({
  lease: z.object({
    id,
    status: z.string(),
    currency: z.string(),
    buildingName: z.string(),
    units: z.array(z.object({ id, name: z.string() })),
    tenants: z.array(z.object({ id, name: z.string() })),
  }),
  openingBalanceMinor: z.int(),
  entries: z.array(statementEntrySchema),
  summary: statementSummarySchema,
});

export const chargesGenerateInput = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((r) => r.from <= r.to, { path: ['to'], message: 'must be on or after from' });

/** Reports' input: the day they are as of (default: the org's today) and an optional building. */
export const reportInput = z.strictObject({
  asOf: isoDateSchema.optional(),
  buildingId: id.optional(),
});

export const delinquencyRowSchema = z.object({
  leaseId: id,
  buildingId: id,
  buildingName: z.string(),
  units: z.string().nullable(),
  tenants: z.string().nullable(),
  status: z.string(),
  currency: z.string(),
  current: z.int(),
  days1to30: z.int(),
  days31to60: z.int(),
  days61to90: z.int(),
  days90plus: z.int(),
  totalMinor: z.int(),
  unappliedCreditMinor: z.int(),
  oldestDueDate: z.string(),
});
export const delinquencyOutput = z.object({
  asOf: z.string(),
  rows: z.array(delinquencyRowSchema),
  /** Per currency: the bucket sums and how many leases owe anything. */
  totals: z.array(agingSchema.extend({ currency: z.string(), leases: z.int() })),
});

export const rentRollRowSchema = z.object({
  unitId: id,
  unitName: z.string(),
  buildingId: id,
  buildingName: z.string(),
  leaseId: id.nullable(),
  leaseStatus: z.string().nullable(),
  tenants: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  currency: z.string().nullable(),
  monthlyRentMinor: z.int().nullable(),
  depositMinor: z.int().nullable(),
  balanceMinor: z.int().nullable(),
});

/** A file the API hands back: CSV text, or a PDF as base64. */
export const fileOutput = z.object({
  fileName: z.string(),
  contentType: z.string(),
  /** UTF-8 text (CSV) or base64 (PDF), per `encoding`. */
  data: z.string(),
  encoding: z.enum(['utf8', 'base64']),
});

const policyKindShape = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('allocation'), policy: allocationPolicySchema }),
  z.strictObject({ kind: z.literal('acceptance'), policy: acceptancePolicySchema }),
  z.strictObject({ kind: z.literal('late_fee'), policy: lateFeePolicySchema }),
]);
const levelShape = {
  level: z.enum(policyLevels),
  /** The building's or lease's id; omitted for `org`. */
  targetId: id.optional(),
};
export const policySetInput = z.intersection(z.strictObject(levelShape), policyKindShape);
export const policyClearInput = z.strictObject({
  ...levelShape,
  kind: z.enum(['allocation', 'acceptance', 'late_fee']),
});

export const planRequestInput = z.strictObject({
  leaseId: id,
  instalments: paymentPlanScheduleSchema.shape.instalments,
  note: z.string().trim().max(500).nullable().optional(),
});
export const planDecisionInput = z.strictObject({
  planId: id,
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(500).nullable().optional(),
});
export const paymentPlanSchema = z.object({
  id,
  leaseId: id,
  status: z.string(),
  instalments: z.array(z.object({ dueDate: z.string(), amountMinor: z.int() })),
  note: z.string().nullable(),
  requestedBy: z.string(),
  decidedBy: z.string().nullable(),
  decisionReason: z.string().nullable(),
  approvedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  version: z.int(),
  createdAt: z.string(),
});
