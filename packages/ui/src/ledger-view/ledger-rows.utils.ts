import type { ChargeType } from '@estatekit/domain/format';
import type { LedgerEntry } from './ledger-view.types';

/*
 * From the API's entries to the table's rows. `ledger.forLease` lists every entry with the
 * running balance (Σ charges − Σ allocations) and unapplied credit after it; a reader wants one
 * line per event: a payment together with the allocations written with it, a reversal together
 * with the allocations it took back. What a payment paid stays available to expand.
 */

/** What a reversal cancels. */
export type LedgerReversalTarget = 'charge' | 'payment' | 'allocation';

/** One allocation of a payment: which charge it paid, how much, and the engine's reason. */
export interface LedgerAllocationLine {
  id: string;
  /** ISO date the allocation took effect. */
  date: string;
  chargeId: string | null;
  chargeType: ChargeType | null;
  /** The charge it paid, when that charge is among the entries shown. */
  charge: LedgerEntry | null;
  /** Minor units of the lease's currency. */
  amountMinor: number;
  /** The allocation engine's sentence ("Oldest due first: rent due 2026-01-01 …; paid in full"). */
  reason: string | null;
  /** A reversal took it back (reversed payment, reversed charge or reallocation). */
  reversed: boolean;
}

/** One line of the ledger table. */
export interface LedgerRow {
  /** The id of the entry the row stands for (`entry.id`). */
  id: string;
  kind: LedgerEntry['kind'];
  entry: LedgerEntry;
  /** The entries the row stands for, in ledger order: `entry` and those shown with it. */
  members: LedgerEntry[];
  /** Charges column (raises what the tenant owes), minor units; `null` when empty. */
  chargesMinor: number | null;
  /** Payments column (lowers what the tenant owes), minor units; `null` when empty. */
  paymentsMinor: number | null;
  /** Balance due after the row (Σ charges − Σ allocations), minor units. */
  balanceAfterMinor: number;
  /** Unapplied credit after the row, minor units. */
  creditAfterMinor: number;
  /** A later reversal cancelled this entry. */
  reversed: boolean;
  /** For a payment: every allocation of it among the entries shown. */
  allocations: LedgerAllocationLine[];
  /** For a reversal: what it cancels (the entry when shown). */
  reverses: { target: LedgerReversalTarget; entry: LedgerEntry | null } | null;
}

/**
 * What a reversal entry cancels: the reversed entry's kind when it is among `byId`, else read
 * from the ids the API sets (a charge's reversal carries `chargeId`, a payment's `paymentId`,
 * an allocation's both). `null` for other entries.
 */
export function reversalTarget(
  entry: LedgerEntry,
  byId: ReadonlyMap<string, LedgerEntry>,
): LedgerReversalTarget | null {
  if (entry.kind !== 'reversal') return null;
  const target = entry.reversesId ? byId.get(entry.reversesId)?.kind : undefined;
  if (target === 'charge' || target === 'payment' || target === 'allocation') return target;
  if (entry.chargeId && entry.paymentId) return 'allocation';
  return entry.paymentId ? 'payment' : 'charge';
}

/** For each entry folded into another row: index of the folded entry → index of the row's entry. */
function foldedInto(entries: readonly LedgerEntry[], byId: ReadonlyMap<string, LedgerEntry>) {
  const owner = new Map<number, number>();
  for (let start = 0; start < entries.length; ) {
    let end = start;
    while (end + 1 < entries.length && entries[end + 1]?.date === entries[start]?.date) end++;
    for (let i = start; i <= end; i++) {
      const entry = entries[i]!;
      if (entry.kind === 'allocation' && entry.paymentId) {
        // Written with its payment: the payment comes first on the same day.
        for (let j = i - 1; j >= start; j--) {
          const candidate = entries[j]!;
          if (candidate.kind === 'payment' && candidate.id === entry.paymentId) {
            owner.set(i, j);
            break;
          }
        }
      } else if (reversalTarget(entry, byId) === 'allocation') {
        // Taken back with a reversed payment or charge: the nearest matching reversal that day.
        let best: number | null = null;
        for (let j = start; j <= end; j++) {
          const candidate = entries[j]!;
          const target = j === i ? null : reversalTarget(candidate, byId);
          const matches =
            (target === 'payment' && candidate.paymentId === entry.paymentId) ||
            (target === 'charge' && candidate.chargeId === entry.chargeId);
          if (matches && (best === null || Math.abs(j - i) < Math.abs(best - i))) best = j;
        }
        if (best !== null) owner.set(i, best);
      }
    }
    start = end + 1;
  }
  return owner;
}

/** The Charges and Payments columns of a row: what raised or lowered what the tenant owes. */
function columnAmounts(entry: LedgerEntry, target: LedgerReversalTarget | null) {
  switch (entry.kind) {
    case 'charge':
      return { chargesMinor: entry.amountMinor, paymentsMinor: null };
    case 'payment':
      return { chargesMinor: null, paymentsMinor: entry.amountMinor };
    case 'reversal':
      if (target === 'charge') return { chargesMinor: null, paymentsMinor: entry.amountMinor };
      if (target === 'payment') return { chargesMinor: entry.amountMinor, paymentsMinor: null };
      return { chargesMinor: null, paymentsMinor: null };
    default:
      // Allocations move money between credit and balance; deposit movements touch neither.
      return { chargesMinor: null, paymentsMinor: null };
  }
}

/**
 * The table's rows from `ledger.forLease` entries (chronological, as the API orders them):
 *
 * - a payment takes along the allocations written with it (same day, after it), so its row's
 *   balance is the balance once it was applied; `allocations` lists every allocation of it
 *   among the entries, including later ones and reversed ones;
 * - a reversal of a payment or a charge takes along the reversals of allocations written with
 *   it (same day);
 * - everything else is a row of its own: charges, credit applied to a charge later
 *   (allocations), allocation reversals of a reallocation, deposit movements.
 *
 * Charges go in the Charges column, payments in Payments; a charge's reversal in Payments and
 * a payment's in Charges (it takes the money back); allocations in neither (they move credit
 * into the balance). So Σ Charges − Σ Payments = change of (balance − credit). Each row's
 * balance and credit are those after its last entry.
 */
export function buildLedgerRows(entries: readonly LedgerEntry[]): LedgerRow[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const owner = foldedInto(entries, byId);
  const membersOf = new Map<number, number[]>();
  for (const [member, primary] of owner) {
    membersOf.set(primary, [...(membersOf.get(primary) ?? []), member]);
  }
  const rows: LedgerRow[] = [];
  entries.forEach((entry, index) => {
    if (owner.has(index)) return;
    const indexes = [index, ...(membersOf.get(index) ?? [])].sort((a, b) => a - b);
    const last = entries[indexes.at(-1) ?? index] ?? entry;
    const target = reversalTarget(entry, byId);
    rows.push({
      id: entry.id,
      kind: entry.kind,
      entry,
      members: indexes.map((i) => entries[i]!),
      ...columnAmounts(entry, target),
      balanceAfterMinor: last.balanceAfterMinor,
      creditAfterMinor: last.creditAfterMinor,
      reversed: entry.reversedById !== null,
      allocations: entry.kind === 'payment' ? allocationsOf(entry.id, entries, byId) : [],
      reverses:
        target === null
          ? null
          : { target, entry: entry.reversesId ? (byId.get(entry.reversesId) ?? null) : null },
    });
  });
  return rows;
}

function allocationsOf(
  paymentId: string,
  entries: readonly LedgerEntry[],
  byId: ReadonlyMap<string, LedgerEntry>,
): LedgerAllocationLine[] {
  return entries
    .filter((e) => e.kind === 'allocation' && e.paymentId === paymentId)
    .map((e) => ({
      id: e.id,
      date: e.date,
      chargeId: e.chargeId,
      chargeType: e.chargeType,
      charge: e.chargeId ? (byId.get(e.chargeId) ?? null) : null,
      amountMinor: e.amountMinor,
      reason: e.reason,
      reversed: e.reversedById !== null,
    }));
}

/**
 * Whether the row's entry can be reversed from the table: a charge, or a confirmed payment
 * (money received, a waiver or a deposit application), not reversed yet. Allocations are
 * reversed with their payment or charge.
 */
export function canReverseRow(row: LedgerRow): boolean {
  if (row.reversed) return false;
  if (row.kind === 'charge') return true;
  return row.kind === 'payment' && row.entry.payment?.status === 'confirmed';
}

/** The receipt number of a confirmed payment of money that has one, else `null`. */
export function receiptNumberOf(row: LedgerRow): number | null {
  const payment = row.entry.payment;
  if (row.kind !== 'payment' || !payment) return null;
  if (payment.kind !== 'payment' || payment.status !== 'confirmed') return null;
  return payment.receiptNumber;
}

/**
 * What a payment left unapplied (its amount less its live allocations), minor units; `null`
 * unless it is a confirmed or reversed payment whose allocations are all shown (`complete`:
 * no filter hid some of them).
 */
export function unappliedOf(row: LedgerRow, complete: boolean): number | null {
  const status = row.entry.payment?.status;
  if (row.kind !== 'payment' || !complete || status !== 'confirmed') return null;
  const applied = row.allocations
    .filter((a) => !a.reversed)
    .reduce((sum, a) => sum + a.amountMinor, 0);
  return row.entry.amountMinor - applied;
}
