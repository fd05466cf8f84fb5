import {
  type ChargeType,
  DomainError,
  DomainErrorCode,
  type IsoDate,
  type PaymentKind,
  type PaymentMethod,
  type PaymentStatus,
  type ReversibleEntryKind,
} from '@estatekit/domain';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/database';
import {
  allocations,
  charges,
  depositMovements,
  paymentAttachments,
  paymentDecisions,
  payments,
  receiptCounters,
  receipts,
  reversals,
} from '../db/schema';
import type { OrgScope } from './org-scope';

/** A reversal as it hangs off the entry it cancels. */
export interface ReversalRef {
  id: string;
  seq: number;
  reason: string;
  effectiveOn: IsoDate;
  createdAt: string;
}

/** A charge as loaded: ISO dates, minor units of the lease's currency, its reversal if any. */
export interface ChargeEntry {
  id: string;
  seq: number;
  type: ChargeType;
  description: string | null;
  lineId: string | null;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  dueDate: IsoDate;
  amountMinor: number;
  sourceChargeId: string | null;
  feeRule: number | null;
  feeDate: IsoDate | null;
  createdAt: string;
  reversal: ReversalRef | null;
}

/**
 * A payment-side entry (payment, waiver or deposit application) with its derived status: the
 * initial status, then a manager's decision, then a reversal, the latest winning.
 */
export interface PaymentEntry {
  id: string;
  seq: number;
  kind: PaymentKind;
  method: PaymentMethod | null;
  amountMinor: number;
  reference: string | null;
  receivedOn: IsoDate;
  note: string | null;
  status: PaymentStatus;
  decisionReason: string | null;
  receiptNumber: number | null;
  attachments: number;
  createdAt: string;
  reversal: ReversalRef | null;
}

/** Part of a payment applied to a charge, on `effectiveOn`, with the engine's reason. */
export interface AllocationEntry {
  id: string;
  seq: number;
  paymentId: string;
  chargeId: string;
  amountMinor: number;
  reason: string;
  effectiveOn: IsoDate;
  createdAt: string;
  reversal: ReversalRef | null;
}

/** A security-deposit deduction or refund at move-out. */
export interface DepositMovementEntry {
  id: string;
  seq: number;
  kind: 'deduction' | 'refund';
  amountMinor: number;
  description: string;
  chargeId: string | null;
  effectiveOn: IsoDate;
  createdAt: string;
}

/** Every entry of one lease's ledger, reversals attached to what they cancel. */
export interface LedgerSnapshot {
  charges: ChargeEntry[];
  payments: PaymentEntry[];
  allocations: AllocationEntry[];
  depositMovements: DepositMovementEntry[];
}

const reversalJson = (entry: string) =>
  sql.raw(`(select json_build_object('id', r.id, 'seq', r.seq,
  'reason', r.reason, 'effectiveOn', r.effective_on, 'createdAt', r.created_at)
  from reversals r where r.entry_id = ${entry}.id)`);

/** Loads a lease's whole ledger (a lease has hundreds of entries, not millions). */
export async function loadLedger(scope: OrgScope, leaseId: string): Promise<LedgerSnapshot> {
  // One transaction is one connection: the queries run one after another.
  const c = await scope.tx.execute(sql`
      select c.id, c.seq::float8 as seq, c.type, c.description, c.line_id as "lineId",
        c.period_start::text as "periodStart", c.period_end::text as "periodEnd",
        c.due_date::text as "dueDate", c.amount_minor::float8 as "amountMinor",
        c.source_charge_id as "sourceChargeId", c.fee_rule as "feeRule",
        c.fee_date::text as "feeDate", c.created_at::text as "createdAt",
        ${reversalJson('c')} as reversal
      from charges c where c.lease_id = ${leaseId} order by c.due_date, c.seq`);
  const p = await scope.tx.execute(sql`
      select p.id, p.seq::float8 as seq, p.kind, p.method, p.amount_minor::float8 as "amountMinor",
        p.reference, p.received_on::text as "receivedOn", p.note, p.initial_status as "initialStatus",
        d.decision, d.reason as "decisionReason", rc.number as "receiptNumber",
        (select count(*)::int from payment_attachments pa where pa.payment_id = p.id) as attachments,
        p.created_at::text as "createdAt", ${reversalJson('p')} as reversal
      from payments p
        left join payment_decisions d on d.payment_id = p.id
        left join receipts rc on rc.payment_id = p.id
      where p.lease_id = ${leaseId} order by p.received_on, p.seq`);
  const a = await scope.tx.execute(sql`
      select a.id, a.seq::float8 as seq, a.payment_id as "paymentId", a.charge_id as "chargeId",
        a.amount_minor::float8 as "amountMinor", a.reason, a.effective_on::text as "effectiveOn",
        a.created_at::text as "createdAt", ${reversalJson('a')} as reversal
      from allocations a where a.lease_id = ${leaseId} order by a.seq`);
  const d = await scope.tx.execute(sql`
      select d.id, d.seq::float8 as seq, d.kind, d.amount_minor::float8 as "amountMinor",
        d.description, d.charge_id as "chargeId", d.effective_on::text as "effectiveOn",
        d.created_at::text as "createdAt"
      from deposit_movements d where d.lease_id = ${leaseId} order by d.seq`);
  return {
    charges: rowsOf(c) as unknown as ChargeEntry[],
    payments: rowsOf(p).map(paymentStatusOf),
    allocations: rowsOf(a) as unknown as AllocationEntry[],
    depositMovements: rowsOf(d) as unknown as DepositMovementEntry[],
  };
}

function paymentStatusOf(row: Record<string, unknown>): PaymentEntry {
  const { initialStatus, decision, ...rest } = row;
  const status: PaymentStatus = rest.reversal
    ? 'reversed'
    : decision === 'rejected'
      ? 'rejected'
      : initialStatus === 'confirmed' || decision === 'confirmed'
        ? 'confirmed'
        : 'pending_verification';
  return { ...(rest as unknown as PaymentEntry), status };
}

/** Which entry an id names (charge, payment or allocation) and its lease; null when none. */
export async function findEntry(
  scope: OrgScope,
  entryId: string,
): Promise<{ kind: ReversibleEntryKind; leaseId: string } | null> {
  const result = await scope.tx.execute(sql`
    select 'charge' as kind, lease_id as "leaseId" from charges where id = ${entryId}
    union all select 'payment', lease_id from payments where id = ${entryId}
    union all select 'allocation', lease_id from allocations where id = ${entryId}`);
  const [row] = rowsOf(result);
  return (row as { kind: ReversibleEntryKind; leaseId: string } | undefined) ?? null;
}

type NewCharge = Omit<typeof charges.$inferInsert, 'orgId' | 'id' | 'seq' | 'createdAt'>;

/** Appends charges; a (line, period) or (fee source, rule, day) that exists is skipped. */
export async function insertCharges(scope: OrgScope, rows: readonly NewCharge[]) {
  if (rows.length === 0) return [];
  return scope.tx
    .insert(charges)
    .values(rows.map((r) => ({ ...r, orgId: scope.org.id })))
    .onConflictDoNothing()
    .returning({ id: charges.id, leaseId: charges.leaseId });
}

/** Appends a payment (or credit); returns its id. */
export async function insertPayment(
  scope: OrgScope,
  row: Omit<typeof payments.$inferInsert, 'orgId' | 'id' | 'seq' | 'createdAt'>,
): Promise<string> {
  const [inserted] = await scope.tx
    .insert(payments)
    .values({ ...row, orgId: scope.org.id })
    .returning({ id: payments.id });
  return (inserted as { id: string }).id;
}

/** Appends allocations. */
export async function insertAllocations(
  scope: OrgScope,
  rows: readonly Omit<typeof allocations.$inferInsert, 'orgId' | 'id' | 'seq' | 'createdAt'>[],
) {
  if (rows.length === 0) return;
  await scope.tx.insert(allocations).values(rows.map((r) => ({ ...r, orgId: scope.org.id })));
}

/** Appends reversals; an entry already reversed is a CONFLICT (unique per entry). */
export async function insertReversals(
  scope: OrgScope,
  rows: readonly Omit<typeof reversals.$inferInsert, 'orgId' | 'id' | 'seq' | 'createdAt'>[],
) {
  if (rows.length === 0) return;
  const inserted = await scope.tx
    .insert(reversals)
    .values(rows.map((r) => ({ ...r, orgId: scope.org.id })))
    .onConflictDoNothing()
    .returning({ id: reversals.id });
  if (inserted.length !== rows.length) {
    throw new DomainError(DomainErrorCode.Conflict, 'That entry has already been reversed.');
  }
}

/** Records a manager's decision on a pending payment; a second decision is a CONFLICT. */
export async function insertDecision(
  scope: OrgScope,
  row: { paymentId: string; decision: 'confirmed' | 'rejected'; reason: string | null; by: string },
) {
  const inserted = await scope.tx
    .insert(paymentDecisions)
    .values({
      orgId: scope.org.id,
      paymentId: row.paymentId,
      decision: row.decision,
      reason: row.reason,
      decidedBy: row.by,
    })
    .onConflictDoNothing()
    .returning({ id: paymentDecisions.paymentId });
  if (inserted.length === 0) {
    throw new DomainError(DomainErrorCode.Conflict, 'That payment has already been decided.');
  }
}

/** Stores an uploaded receipt image or PDF of an offline payment. */
export async function insertAttachment(
  scope: OrgScope,
  row: { paymentId: string; fileName: string; contentType: string; data: Buffer },
) {
  await scope.tx.insert(paymentAttachments).values({
    orgId: scope.org.id,
    paymentId: row.paymentId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.data.byteLength,
    data: row.data,
  });
}

/**
 * Issues the org's next receipt number to a payment. The counter row is updated in the calling
 * transaction, so the number is taken under its row lock and given back if the transaction
 * rolls back: numbers run 1, 2, 3… without gaps.
 */
export async function issueReceipt(scope: OrgScope, paymentId: string): Promise<number> {
  const [counter] = await scope.tx
    .insert(receiptCounters)
    .values({ orgId: scope.org.id, lastNumber: 1 })
    .onConflictDoUpdate({
      target: receiptCounters.orgId,
      set: { lastNumber: sql`${receiptCounters.lastNumber} + 1` },
    })
    .returning({ number: receiptCounters.lastNumber });
  const number = (counter as { number: number }).number;
  await scope.tx.insert(receipts).values({ orgId: scope.org.id, paymentId, number });
  return number;
}

/** Appends a deposit deduction or refund. */
export async function insertDepositMovement(
  scope: OrgScope,
  row: Omit<typeof depositMovements.$inferInsert, 'orgId' | 'id' | 'seq' | 'createdAt'>,
) {
  await scope.tx.insert(depositMovements).values({ ...row, orgId: scope.org.id });
}

/**
 * Leases with unapplied credit: their confirmed, unreversed payments bring in more than their
 * live allocations apply. Summed per lease in one pass over payments and one over allocations
 * (not a subquery per payment, whose cost grew with every payment ever recorded and whose plan
 * flips to a scan of `reversals` per allocation on small ledgers). Equivalent because an
 * allocation is only made from a confirmed payment, waivers and deposit applications are applied
 * in full, and reversing a payment or credit reverses its allocations with it.
 */
export async function leasesWithCredit(scope: OrgScope): Promise<string[]> {
  const result = await scope.tx.execute(sql`
    select r.lease_id as "leaseId"
    from (select p.lease_id, sum(p.amount_minor) as amount from payments p
        left join payment_decisions d on d.payment_id = p.id
        where (p.initial_status = 'confirmed' or d.decision = 'confirmed')
          and not exists (select 1 from reversals r where r.entry_id = p.id)
        group by p.lease_id) r
      left join (select a.lease_id, sum(a.amount_minor) as amount from allocations a
        where not exists (select 1 from reversals r where r.entry_id = a.id)
        group by a.lease_id) u on u.lease_id = r.lease_id
    where r.amount > coalesce(u.amount, 0)`);
  return rowsOf(result).map((r) => r.leaseId as string);
}

/**
 * Leases with a recurring-line charge due before `asOf` (ISO date) that is not fully paid and
 * not reversed: the ones late fees may apply to.
 */
export async function leasesWithOverdueCharges(scope: OrgScope, asOf: IsoDate): Promise<string[]> {
  const result = await scope.tx.execute(sql`
    select distinct c.lease_id as "leaseId" from charges c
    where c.due_date < ${asOf} and c.type not in ('late_fee', 'deposit', 'move_out')
      and not exists (select 1 from reversals r where r.entry_id = c.id)
      and c.amount_minor > coalesce((select sum(a.amount_minor) from allocations a
        where a.charge_id = c.id and not exists (select 1 from reversals r where r.entry_id = a.id)), 0)`);
  return rowsOf(result).map((r) => r.leaseId as string);
}

/** The org-local day (ISO date in `timeZone`) a payment's receipt was issued; null if none. */
export async function receiptIssuedOn(
  scope: OrgScope,
  paymentId: string,
  timeZone: string,
): Promise<IsoDate | null> {
  const result = await scope.tx.execute(
    sql`select (issued_at at time zone ${timeZone})::date::text as day from receipts where payment_id = ${paymentId}`,
  );
  return (rowsOf(result)[0]?.day as IsoDate | undefined) ?? null;
}
