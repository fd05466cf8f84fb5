import { chargeTypeLabel, type LedgerFormatters, paymentMethodLabel } from './ledger-format.utils';
import type { LedgerAllocationLine, LedgerRow } from './ledger-rows.utils';
import type { LedgerEntry, LedgerStatement } from './ledger-view.types';

/*
 * How a ledger row reads: a title ("Payment · Bank transfer", "Reversal of Rent due Feb 1,
 * 2026") and details (reference, receipt, reason, what is still open). English, like the API's
 * own sentences (allocation reasons, refusals), which are shown as they are.
 */

/** A payment's status as a badge, when it is not simply confirmed. */
export const paymentStatusLabels: Record<string, string> = {
  pending_verification: 'Pending verification',
  rejected: 'Rejected',
  reversed: 'Reversed',
};

/** `"Harbour View · Unit 1, Unit 2"`: a lease's premises. */
export function leasePremises(lease: LedgerStatement['lease']): string {
  const units = lease.units.map((u) => u.name).join(', ');
  return units ? `${lease.buildingName} · ${units}` : lease.buildingName;
}

/** Words and money for one row, in the currency of its lease. */
export interface LedgerRowText {
  title: string;
  details: string[];
  /** A badge: "Reversed", "Pending verification", "Rejected"; `null` for none. */
  badge: string | null;
}

/** `"Rent due Jan 1, 2026"` for a shown charge; its type alone, or "a charge", otherwise. */
export function chargeText(
  charge: LedgerEntry | null,
  chargeType: string | null,
  format: LedgerFormatters,
): string {
  if (charge) return `${chargeTypeLabel(charge.chargeType)} due ${format.date(charge.date)}`;
  return chargeType ? chargeTypeLabel(chargeType) : 'a charge';
}

/** An allocation line: `"Rent due Jan 1, 2026"` and its amount. */
export function allocationText(
  line: LedgerAllocationLine,
  format: LedgerFormatters,
  currency: string,
): { charge: string; amount: string } {
  return {
    charge: chargeText(line.charge, line.chargeType, format),
    amount: format.money(line.amountMinor, currency),
  };
}

function paymentTitle(entry: LedgerEntry): string {
  switch (entry.payment?.kind) {
    case 'payment':
      return `Payment · ${paymentMethodLabel(entry.payment.method)}`;
    case 'waiver':
      return 'Fee waived';
    case 'deposit_application':
      return 'Paid from security deposit';
    default:
      return entry.description;
  }
}

function chargeDetails(entry: LedgerEntry, reversed: boolean, money: (n: number) => string) {
  const details: string[] = [];
  const described = entry.description.trim();
  if (described && described !== entry.chargeType) details.push(described);
  if (!reversed && entry.openMinor !== null) {
    if (entry.openMinor === 0) details.push('Paid');
    else if (entry.openMinor >= entry.amountMinor) details.push('Unpaid');
    else details.push(`${money(entry.openMinor)} still open`);
  }
  return details;
}

/**
 * The title, details and badge of `row`. `byId` finds the entries rows point at (the reversal
 * of a reversed entry, the charge an allocation paid); entries outside the shown period fall
 * back to their type.
 */
export function describeLedgerRow(
  row: LedgerRow,
  byId: ReadonlyMap<string, LedgerEntry>,
  format: LedgerFormatters,
  currency: string,
): LedgerRowText {
  const { entry } = row;
  const money = (amountMinor: number) => format.money(amountMinor, currency);
  const reversal = entry.reversedById ? byId.get(entry.reversedById) : undefined;
  const reversedNote = reversal
    ? [`Reversed on ${format.date(reversal.date)}${reversal.reason ? `: ${reversal.reason}` : ''}`]
    : [];
  switch (row.kind) {
    case 'charge':
      return {
        title: chargeTypeLabel(entry.chargeType),
        details: [...chargeDetails(entry, row.reversed, money), ...reversedNote],
        badge: row.reversed ? 'Reversed' : null,
      };
    case 'payment': {
      const payment = entry.payment;
      const details = [
        payment?.reference ? `Ref. ${payment.reference}` : null,
        payment?.receiptNumber ? `Receipt #${payment.receiptNumber}` : null,
        entry.reason,
        payment?.status === 'rejected' && payment.decisionReason
          ? `Rejected: ${payment.decisionReason}`
          : null,
        ...reversedNote,
      ].filter((d): d is string => Boolean(d));
      const status = row.reversed ? 'reversed' : (payment?.status ?? '');
      return {
        title: paymentTitle(entry),
        details,
        badge: paymentStatusLabels[status] ?? null,
      };
    }
    case 'allocation': {
      const charge = chargeText(
        entry.chargeId ? (byId.get(entry.chargeId) ?? null) : null,
        entry.chargeType,
        format,
      );
      return {
        title: 'Credit applied',
        details: [
          `${money(entry.amountMinor)} to ${charge}`,
          entry.reason ?? '',
          ...reversedNote,
        ].filter(Boolean),
        badge: row.reversed ? 'Reversed' : null,
      };
    }
    case 'reversal':
      return {
        title: reversalTitle(row, byId, format, money),
        details: reversalDetails(row, money),
        badge: null,
      };
    default:
      return { title: entry.description, details: [money(entry.amountMinor)], badge: null };
  }
}

function reversalTitle(
  row: LedgerRow,
  byId: ReadonlyMap<string, LedgerEntry>,
  format: LedgerFormatters,
  money: (amountMinor: number) => string,
): string {
  const target = row.reverses?.entry ?? null;
  switch (row.reverses?.target) {
    case 'payment':
      return target
        ? `Reversal of ${paymentTitle(target).toLowerCase()} received ${format.date(target.date)}`
        : 'Reversal of a payment';
    case 'allocation': {
      const charge = row.entry.chargeId ? (byId.get(row.entry.chargeId) ?? null) : null;
      return `Allocation of ${money(row.entry.amountMinor)} to ${chargeText(charge, row.entry.chargeType, format)} reversed`;
    }
    default:
      return `Reversal of ${chargeText(target, row.entry.chargeType ?? target?.chargeType ?? null, format)}`;
  }
}

function reversalDetails(row: LedgerRow, money: (amountMinor: number) => string): string[] {
  const details = row.entry.reason ? [`Reason: ${row.entry.reason}`] : [];
  const takenBack = row.members.filter((m) => m.id !== row.id);
  if (takenBack.length > 0) {
    const total = takenBack.reduce((sum, m) => sum + m.amountMinor, 0);
    details.push(
      `${takenBack.length} ${takenBack.length === 1 ? 'allocation' : 'allocations'} (${money(total)}) reversed with it`,
    );
  }
  return details;
}
