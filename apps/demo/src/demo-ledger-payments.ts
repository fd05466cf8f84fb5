/**
 * How the tenants of one lease paid its charges, decided without I/O from the charges the
 * API generated (`charges.generate`) and the lease's `Payer` (demo-ledger-plan.ts). Payments
 * never exceed what is due on their day, so the API's oldest-due-first allocation spends every
 * cent at once and no unapplied credit waits for a later run.
 */
import type { DemoCaller } from './demo-caller';
import { addDays, firstOfMonth } from './demo-ledger-dates';
import type { PlanLease } from './demo-ledger-plan';
import { type Random, seededRandom } from './demo-random';

/** A charge as the ledger holds it: due date (ISO) and amount (cents). */
export interface LedgerCharge {
  readonly dueDate: string;
  readonly amountMinor: number;
}

export type PaymentMethod = Parameters<DemoCaller['ledger']['recordPayment']>[0]['method'];

/** A payment to record with `ledger.recordPayment`; `reverse`: it bounces three days later. */
export interface PlannedPayment {
  receivedOn: string;
  amountMinor: number;
  method: PaymentMethod;
  reference: string | null;
  reverse: boolean;
}

/**
 * What happened to one bill (the charges a tenant pays together): paid within the grace
 * period, late, in part, missed, or still open because its payment day has not come.
 */
export type BillOutcome = 'on_time' | 'late' | 'partial' | 'missed' | 'open';

export interface Bill {
  dueDate: string;
  amountMinor: number;
  outcome: BillOutcome;
}

/** A lease's payments in date order, and the outcome of each of its bills. */
export interface PaymentStory {
  payments: PlannedPayment[];
  bills: Bill[];
}

const methods = { bank_transfer: 45, card: 20, other: 20, mobile_money: 10, cash: 5 } as const;

/**
 * Plans the payments of `lease` for `charges` (any order) up to `today`. Charges due before
 * `monthlyUntil` (ISO date, or null for none) are paid one bill per calendar month, on the day
 * the month's last one falls due (the landlord building's older months: fewer payments to
 * record); the others one bill per due date. The first bill (deposit and first rent) is always
 * paid on time. Every payment is capped at what is due and unpaid on its day; a payment after
 * `today` is left out (its bill stays `open`). For a `bounced` lease, the last payment made at
 * least three days before `today` is marked `reverse` and the tenant has paid nothing since.
 * Same lease seed, same story.
 */
export function planLeasePayments(
  lease: Pick<PlanLease, 'payer' | 'payerFrom' | 'bounced' | 'seed'>,
  charges: readonly LedgerCharge[],
  options: { today: string; monthlyUntil: string | null },
): PaymentStory {
  const random = seededRandom(lease.seed);
  const bills: Bill[] = billsOf(charges, options.monthlyUntil);
  const wanted: { receivedOn: string; amountMinor: number }[] = [];
  // What a skipper or partial payer still owes from earlier bills and pays with the next one.
  let carried = 0;
  bills.forEach((bill, index) => {
    const { outcome, share, delay } = decide(random, lease, bill, index);
    if (outcome === 'missed') {
      if (lease.payer === 'skipper') carried += bill.amountMinor;
      bill.outcome = 'missed';
      return;
    }
    const receivedOn = addDays(bill.dueDate, delay);
    if (receivedOn > options.today) {
      bill.outcome = 'open';
      return;
    }
    const part =
      share === 1
        ? bill.amountMinor
        : Math.min(bill.amountMinor, roundDollars(bill.amountMinor * share));
    wanted.push({ receivedOn, amountMinor: part + carried });
    // Partial payers pay the rest with the next bill; tenants who fell behind never do.
    carried = lease.payer === 'partial' ? bill.amountMinor - part : 0;
    bill.outcome = outcome;
  });
  const paid = capToDue(wanted, charges);
  // A bounced payment is the last one made at least 3 days ago; the tenant paid nothing since.
  const bounced = lease.bounced
    ? paid.findLastIndex((p) => addDays(p.receivedOn, 3) <= options.today)
    : -1;
  const habit = paymentHabit(random);
  const payments = (bounced < 0 ? paid : paid.slice(0, bounced + 1)).map((payment, index) => ({
    ...payment,
    ...habit(index === bounced),
    reverse: index === bounced,
  }));
  return { payments, bills };
}

/** Charges grouped into bills, by month before `monthlyUntil` and by due date after. */
function billsOf(charges: readonly LedgerCharge[], monthlyUntil: string | null): Bill[] {
  const byKey = new Map<string, Bill>();
  const sorted = [...charges].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  for (const charge of sorted) {
    const monthly = monthlyUntil !== null && charge.dueDate < monthlyUntil;
    const key = monthly ? firstOfMonth(charge.dueDate) : charge.dueDate;
    const bill = byKey.get(key) ?? { dueDate: charge.dueDate, amountMinor: 0, outcome: 'open' };
    bill.amountMinor += charge.amountMinor;
    if (charge.dueDate > bill.dueDate) bill.dueDate = charge.dueDate;
    byKey.set(key, bill);
  }
  return [...byKey.values()];
}

/** This bill's fate: the outcome, the share of it paid, and the days after its due date. */
function decide(
  random: Random,
  lease: Pick<PlanLease, 'payer' | 'payerFrom'>,
  bill: Bill,
  index: number,
): { outcome: BillOutcome; share: number; delay: number } {
  const onTime = random.weighted({ 0: 5, 1: 3, 2: 2, 3: 1 });
  const roll = random.next();
  const onTimeResult = { outcome: 'on_time' as const, share: 1, delay: Number(onTime) };
  if (index === 0) return onTimeResult;
  if (lease.payerFrom && bill.dueDate >= lease.payerFrom) {
    if (lease.payer === 'stopped') return { outcome: 'missed', share: 0, delay: 0 };
    if (lease.payer === 'behind') {
      return { outcome: 'partial', share: random.between(0.45, 0.7), delay: Number(onTime) };
    }
  }
  switch (lease.payer) {
    case 'late':
      return roll < 0.35 ? { outcome: 'late', share: 1, delay: random.int(6, 24) } : onTimeResult;
    case 'partial':
      return roll < 0.3
        ? { outcome: 'partial', share: random.between(0.5, 0.8), delay: Number(onTime) }
        : onTimeResult;
    case 'skipper':
      return roll < 0.15 ? { outcome: 'missed', share: 0, delay: 0 } : onTimeResult;
    default:
      return onTimeResult;
  }
}

/** Rounds cents to whole dollars, at least one dollar. */
const roundDollars = (cents: number) => Math.max(100, Math.round(cents / 100) * 100);

/** In date order, each payment cut to what is due and unpaid on its day; empty ones dropped. */
function capToDue(
  wanted: readonly { receivedOn: string; amountMinor: number }[],
  charges: readonly LedgerCharge[],
) {
  let paid = 0;
  const capped: { receivedOn: string; amountMinor: number }[] = [];
  for (const payment of [...wanted].sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1))) {
    const due = charges
      .filter((c) => c.dueDate <= payment.receivedOn)
      .reduce((sum, c) => sum + c.amountMinor, 0);
    const amountMinor = Math.min(payment.amountMinor, due - paid);
    if (amountMinor <= 0) continue;
    paid += amountMinor;
    capped.push({ receivedOn: payment.receivedOn, amountMinor });
  }
  return capped;
}

/**
 * How a tenant pays: mostly their usual way (bank transfer, card, check, Zelle or cash), with
 * the reference their bank or the office writes down; `ach` forces a bank transfer (a bounce).
 */
function paymentHabit(random: Random) {
  const usual = random.weighted(methods);
  const cardEnding = random.int(1000, 9999);
  let check = random.int(101, 2400);
  return (ach: boolean): { method: PaymentMethod; reference: string | null } => {
    const method = ach ? 'bank_transfer' : random.chance(0.85) ? usual : random.weighted(methods);
    switch (method) {
      case 'bank_transfer':
        return { method, reference: `ACH ${random.int(100_000, 999_999)}` };
      case 'card':
        return { method, reference: `Card ending ${cardEnding}` };
      case 'other':
        check += 1;
        return { method, reference: `Check #${check}` };
      case 'mobile_money':
        return { method, reference: `Zelle ${random.int(10_000_000, 99_999_999)}` };
      default:
        return { method, reference: null };
    }
  };
}
