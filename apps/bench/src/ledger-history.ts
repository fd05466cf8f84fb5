/**
 * The ledger a portfolio's history leaves behind, computed in memory the way the API would have
 * written it day by day, so that it can be inserted in bulk (`ledger-seed.ts`):
 * - activation (`leases.activate`): the deposit charge, 11 days before the first month;
 * - each day at 00:10 the scheduler (`runLedgerDay`): the charges due that day
 *   (`chargeSchedule`), then unapplied credit applied to what is due (`applyCredit`);
 * - from 14:00 the payments received that day (`ledger.recordPayment`, recorded the same day):
 *   allocated by the domain's `allocatePayment` under the default oldest-due-first policy, with
 *   its reasons, each with the next receipt number;
 * - from 16:00 the payments the bank returned (`ledger.reverse`): their live allocations
 *   reversed first, then the payment. The tenant pays the amount again four days later.
 * Rows are listed in the order the API would have inserted them, so identity columns (`seq`)
 * follow the same order. Timestamps are those instants in UTC (the org's time zone).
 */

import { randomUUID } from 'node:crypto';
import {
  allocatePayment,
  defaultAllocationPolicy,
  type IsoDate,
  type PaymentMethod,
} from '@estatekit/domain';
import {
  dayOf,
  isoOf,
  type LeasePlan,
  type PaymentIntent,
  type Portfolio,
} from './ledger-portfolio';

export interface ChargeRow {
  id: string;
  leaseId: string;
  lineId: string | null;
  type: 'rent' | 'deposit';
  description: string | null;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  dueDate: IsoDate;
  amountMinor: number;
  byScheduler: boolean;
  createdAt: string;
}
export interface PaymentRow {
  id: string;
  leaseId: string;
  tenantId: string;
  method: PaymentMethod;
  amountMinor: number;
  reference: string | null;
  receivedOn: IsoDate;
  createdAt: string;
}
export interface AllocationRow {
  id: string;
  leaseId: string;
  paymentId: string;
  chargeId: string;
  amountMinor: number;
  reason: string;
  effectiveOn: IsoDate;
  byScheduler: boolean;
  createdAt: string;
}
export interface ReversalRow {
  id: string;
  leaseId: string;
  entryKind: 'allocation' | 'payment';
  entryId: string;
  reason: string;
  effectiveOn: IsoDate;
  createdAt: string;
}

/** Every ledger row of the history, in insertion order. */
export interface LedgerHistory {
  charges: ChargeRow[];
  payments: PaymentRow[];
  allocations: AllocationRow[];
  reversals: ReversalRow[];
  receipts: { paymentId: string; number: number; issuedAt: string }[];
}

export const BOUNCE_REASON = 'Payment returned unpaid by the bank';
const CURRENCY = 'USD';

interface OpenCharge {
  id: string;
  type: ChargeRow['type'];
  dueDate: IsoDate;
  due: number;
  amountMinor: number;
  openMinor: number;
  sequence: number;
}
interface Paid {
  row: PaymentRow;
  allocated: number;
  live: boolean;
  /** Kept only for a payment that will bounce (memory: the portfolio has ~250,000). */
  allocations: { row: AllocationRow; charge: OpenCharge }[] | null;
}

const instant = (day: number, hour: number, ms: number) =>
  new Date(day * 86_400_000 + hour * 3_600_000 + ms).toISOString();
const reference = (method: PaymentMethod, n: number) =>
  method === 'cash'
    ? null
    : `${{ bank_transfer: 'TRF', card: 'CARD', mobile_money: 'MM', other: 'REF' }[method]}-${String(n).padStart(7, '0')}`;

/** Replays the portfolio's history, day by day, into ledger rows. */
export function simulateHistory(portfolio: Portfolio): LedgerHistory {
  const out: LedgerHistory = {
    charges: [],
    payments: [],
    allocations: [],
    reversals: [],
    receipts: [],
  };
  // Per lease: the charges still open (paid ones leave, reopened ones come back) and payments.
  const books = portfolio.leases.map(() => ({ open: [] as OpenCharge[], payments: [] as Paid[] }));
  const isoDays = new Map<number, IsoDate>();
  const iso = (day: number) => {
    const known = isoDays.get(day);
    if (known !== undefined) return known;
    const text = isoOf(day);
    isoDays.set(day, text);
    return text;
  };
  let seq = 0;
  const addCharge = (lease: LeasePlan, row: ChargeRow) => {
    out.charges.push(row);
    const { id, type, dueDate, amountMinor } = row;
    books[lease.index]!.open.push({
      id,
      type,
      dueDate,
      due: dayOf(dueDate),
      amountMinor,
      openMinor: amountMinor,
      sequence: ++seq,
    });
  };
  const activation = dayOf(portfolio.activationDay);
  for (const lease of portfolio.leases) {
    if (lease.depositMinor === 0) continue;
    addCharge(lease, {
      id: randomUUID(),
      leaseId: lease.id,
      lineId: null,
      type: 'deposit',
      description: 'Security deposit',
      periodStart: null,
      periodEnd: null,
      dueDate: lease.startDate,
      amountMinor: lease.depositMinor,
      byScheduler: false,
      createdAt: instant(activation, 9, lease.index),
    });
  }
  const bucket = <T>() => new Map<number, T[]>();
  const push = <T>(map: Map<number, T[]>, day: number, item: T) => {
    const list = map.get(day);
    if (list) list.push(item);
    else map.set(day, [item]);
  };
  const dueOn = bucket<[LeasePlan, LeasePlan['rents'][number]]>();
  const paysOn = bucket<[LeasePlan, PaymentIntent]>();
  const bouncesOn = bucket<[LeasePlan, Paid]>();
  for (const lease of portfolio.leases) {
    for (const rent of lease.rents) push(dueOn, dayOf(rent.dueDate), [lease, rent]);
    for (const intent of lease.intents) push(paysOn, intent.day, [lease, intent]);
  }
  const end = dayOf(portfolio.historyEnd);
  const withCredit = new Set<number>();

  const allocate = (
    lease: LeasePlan,
    paid: Paid,
    amountMinor: number,
    day: number,
    createdAt: string,
    credit: boolean,
  ) => {
    const book = books[lease.index]!;
    const plan = allocatePayment({
      amountMinor,
      charges: book.open,
      policy: defaultAllocationPolicy,
      asOf: iso(day),
      currency: CURRENCY,
    });
    for (const a of plan.allocations) {
      const row: AllocationRow = {
        id: randomUUID(),
        leaseId: lease.id,
        paymentId: paid.row.id,
        chargeId: a.chargeId,
        amountMinor: a.amountMinor,
        reason: credit ? `Credit applied as the charge fell due. ${a.reason}` : a.reason,
        effectiveOn: iso(day),
        byScheduler: credit,
        createdAt,
      };
      out.allocations.push(row);
      const charge = book.open.find((c) => c.id === a.chargeId)!;
      charge.openMinor -= a.amountMinor;
      paid.allocations?.push({ row, charge });
      paid.allocated += a.amountMinor;
    }
    book.open = book.open.filter((c) => c.openMinor > 0);
    if (paid.row.amountMinor > paid.allocated) withCredit.add(lease.index);
    return plan.allocations.length;
  };
  const dueMinor = (lease: LeasePlan, day: number) =>
    books[lease.index]!.open.reduce((sum, c) => (c.due <= day ? sum + c.openMinor : sum), 0);

  for (let day = Math.min(...portfolio.leases.map((l) => dayOf(l.startDate))); day <= end; day++) {
    const tick = instant(day, 0, 10 * 60_000);
    for (const [lease, rent] of dueOn.get(day) ?? []) {
      addCharge(lease, {
        id: randomUUID(),
        leaseId: lease.id,
        lineId: rent.lineId,
        type: 'rent',
        description: rent.description,
        periodStart: rent.periodStart,
        periodEnd: rent.periodEnd,
        dueDate: rent.dueDate,
        amountMinor: rent.amountMinor,
        byScheduler: true,
        createdAt: tick,
      });
    }
    for (const index of [...withCredit].sort((a, b) => a - b)) {
      const lease = portfolio.leases[index]!;
      const credits = books[index]!.payments.filter(
        (p) => p.live && p.row.amountMinor > p.allocated,
      );
      if (credits.length === 0) withCredit.delete(index);
      if (credits.length === 0 || dueMinor(lease, day) === 0) continue;
      for (const paid of credits) {
        if (allocate(lease, paid, paid.row.amountMinor - paid.allocated, day, tick, true) === 0)
          break;
      }
    }
    let k = 0;
    for (const [lease, intent] of paysOn.get(day) ?? []) {
      const open = dueMinor(lease, day);
      const wanted = intent.minor ?? open;
      const amountMinor = intent.capped ? Math.min(wanted, open) : wanted;
      if (amountMinor <= 0) continue;
      const createdAt = instant(day, 14, k++);
      const row: PaymentRow = {
        id: randomUUID(),
        leaseId: lease.id,
        tenantId: lease.tenantId,
        method: intent.method,
        amountMinor,
        reference: reference(intent.method, out.payments.length + 1),
        receivedOn: iso(day),
        createdAt,
      };
      const bounces = intent.bounces && day + 3 <= end;
      const paid: Paid = { row, allocated: 0, live: true, allocations: bounces ? [] : null };
      out.payments.push(row);
      books[lease.index]!.payments.push(paid);
      allocate(lease, paid, amountMinor, day, createdAt, false);
      out.receipts.push({
        paymentId: row.id,
        number: out.receipts.length + 1,
        issuedAt: createdAt,
      });
      if (bounces) {
        push(bouncesOn, day + 3, [lease, paid]);
        const again = { ...intent, day: day + 7, minor: amountMinor, capped: true, bounces: false };
        if (again.day <= end) push(paysOn, again.day, [lease, again]);
      }
    }
    k = 0;
    for (const [lease, paid] of bouncesOn.get(day) ?? []) {
      const createdAt = instant(day, 16, k++);
      const book = books[lease.index]!;
      const reverse = (entryKind: ReversalRow['entryKind'], entryId: string) =>
        out.reversals.push({
          id: randomUUID(),
          leaseId: lease.id,
          entryKind,
          entryId,
          reason: BOUNCE_REASON,
          effectiveOn: iso(day),
          createdAt,
        });
      for (const { row, charge } of paid.allocations ?? []) {
        if (charge.openMinor === 0) book.open.push(charge);
        charge.openMinor += row.amountMinor;
        paid.allocated -= row.amountMinor;
        reverse('allocation', row.id);
      }
      paid.live = false;
      reverse('payment', paid.row.id);
    }
  }
  return out;
}
