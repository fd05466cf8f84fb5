import { LedgerError } from '../errors/domain-error';
import { type CurrencyCode, minorUnitDigits } from '../money/money';
import type { AllocationDraft, OpenCharge } from './allocation';
import type { IsoDate, ReversibleEntryKind } from './ledger.codes';
import { type LedgerBalance, ledgerBalance, openAmounts } from './ledger-balance';
import type {
  BookAllocation,
  BookCharge,
  BookPayment,
  BookReversal,
  GeneratedEntryKind,
  LedgerBookOptions,
} from './ledger-book.types';

/** A `LedgerError` for rule `rule`, with `context` beside it. */
export const ledgerRefusal = (rule: string, message: string, context: Record<string, unknown>) =>
  new LedgerError(message, { rule, ...context });

const sum = (entries: readonly { amountMinor: number }[]) =>
  entries.reduce((total, entry) => total + entry.amountMinor, 0);

/**
 * The append-only tables of one lease's ledger and the sums over them — what the API's
 * repositories are. Entries are only ever appended; an entry is reversed when a reversal points
 * at it, and "live" means not reversed. `LedgerBook` adds the operations on top.
 */
export class LedgerEntries {
  readonly currency: CurrencyCode;
  readonly #charges: BookCharge[] = [];
  readonly #payments: BookPayment[] = [];
  readonly #allocations: BookAllocation[] = [];
  readonly #reversals: BookReversal[] = [];
  readonly #reversed = new Set<string>();
  readonly #ids = new Set<string>();
  readonly #nextId: (kind: GeneratedEntryKind) => string;
  #sequence = 0;

  /** Throws `MoneyError` (INVALID_MONEY) for a currency that is not ISO 4217. */
  constructor(options: LedgerBookOptions) {
    minorUnitDigits(options.currency);
    this.currency = options.currency;
    const counters = new Map<GeneratedEntryKind, number>();
    this.#nextId =
      options.nextId ??
      ((kind) => {
        counters.set(kind, (counters.get(kind) ?? 0) + 1);
        return `${kind.replace('_', '-')}-${counters.get(kind)}`;
      });
  }

  get charges(): readonly BookCharge[] {
    return this.#charges;
  }
  get payments(): readonly BookPayment[] {
    return this.#payments;
  }
  get allocations(): readonly BookAllocation[] {
    return this.#allocations;
  }
  get reversals(): readonly BookReversal[] {
    return this.#reversals;
  }

  /** Whether a reversal points at the entry `id`. */
  isReversed(id: string): boolean {
    return this.#reversed.has(id);
  }
  liveCharges(): BookCharge[] {
    return this.#charges.filter((c) => !this.isReversed(c.id));
  }
  livePayments(): BookPayment[] {
    return this.#payments.filter((p) => !this.isReversed(p.id));
  }
  liveAllocations(): BookAllocation[] {
    return this.#allocations.filter((a) => !this.isReversed(a.id));
  }

  /** Totals over live entries (`ledgerBalance`): balance = Σ charges − Σ allocations. */
  balance(): LedgerBalance {
    const [charges, allocations] = [this.liveCharges(), this.liveAllocations()];
    return ledgerBalance({ charges, allocations, payments: this.livePayments() });
  }

  /** Live charges with something open, optionally only those due on or before `asOf`. */
  openCharges(asOf?: IsoDate): OpenCharge[] {
    return this.withOpen(this.liveAllocations()).filter(
      (c) => c.openMinor > 0 && (asOf === undefined || c.dueDate <= asOf),
    );
  }

  /** Money received and not allocated: of one payment-side entry, or of the whole ledger. */
  unappliedCredit(paymentId?: string): number {
    if (paymentId === undefined) return this.balance().unappliedCreditMinor;
    const payment = this.#payments.find((p) => p.id === paymentId);
    if (!payment || this.isReversed(paymentId)) return 0;
    return (
      payment.amountMinor - sum(this.liveAllocations().filter((a) => a.paymentId === paymentId))
    );
  }

  /** Every live charge with its open amount, counting only `allocations`. */
  protected withOpen(allocations: readonly BookAllocation[]): OpenCharge[] {
    const charges = this.liveCharges();
    const open = openAmounts(charges, allocations);
    return charges.map(({ id, type, dueDate, amountMinor, sequence }) => {
      return { id, type, dueDate, amountMinor, openMinor: open.get(id) ?? 0, sequence };
    });
  }

  /** The live entry `id` of `kind`. Throws `LedgerError`: `unknown_entry`, `already_reversed`. */
  protected liveEntry<K extends ReversibleEntryKind>(kind: K, id: string) {
    const tables = {
      charge: this.#charges,
      payment: this.#payments,
      allocation: this.#allocations,
    };
    const entry = (tables[kind] as readonly { id: string }[]).find((e) => e.id === id);
    if (!entry) {
      throw ledgerRefusal('unknown_entry', `There is no ${kind} ${id} on this ledger.`, {
        kind,
        id,
      });
    }
    if (this.isReversed(id)) {
      throw ledgerRefusal('already_reversed', `The ${kind} ${id} is already reversed.`, {
        kind,
        id,
      });
    }
    return entry as { charge: BookCharge; payment: BookPayment; allocation: BookAllocation }[K];
  }

  /** A fresh id for an entry the ledger writes itself (from `LedgerBookOptions.nextId`). */
  protected freshId(kind: GeneratedEntryKind): string {
    return this.#nextId(kind);
  }

  /** Appends a charge in creation order. Throws `LedgerError` (`duplicate_id`). */
  protected appendCharge(charge: Omit<BookCharge, 'sequence'>): BookCharge {
    const entry = { ...charge, id: this.#claim(charge.id), sequence: ++this.#sequence };
    this.#charges.push(entry);
    return entry;
  }

  /** Appends a payment-side entry in creation order. Throws `LedgerError` (`duplicate_id`). */
  protected appendPayment(payment: Omit<BookPayment, 'sequence'>): BookPayment {
    const entry = { ...payment, id: this.#claim(payment.id), sequence: ++this.#sequence };
    this.#payments.push(entry);
    return entry;
  }

  /** Appends an allocation of payment `paymentId` as drafted. */
  protected appendAllocation(paymentId: string, draft: AllocationDraft): BookAllocation {
    const { chargeId, amountMinor, reason } = draft;
    const allocation = {
      id: this.#claim(this.#nextId('allocation')),
      paymentId,
      chargeId,
      amountMinor,
      reason,
    };
    this.#allocations.push(allocation);
    return allocation;
  }

  /** Appends a reversal of `entryId`; from now on that entry is not live. */
  protected appendReversal(
    kind: ReversibleEntryKind,
    entryId: string,
    reason: string,
  ): BookReversal {
    const reversal = { id: this.#claim(this.#nextId('reversal')), kind, entryId, reason };
    this.#reversals.push(reversal);
    this.#reversed.add(entryId);
    return reversal;
  }

  /**
   * Runs `write` as one transaction, as the API does in the database: if it throws, every
   * entry it appended is taken back and the error rethrown, so a refused operation leaves the
   * ledger as it was.
   */
  protected atomically<T>(write: () => T): T {
    const tables = [this.#charges, this.#payments, this.#allocations, this.#reversals] as const;
    const lengths = tables.map((table) => table.length);
    const sequence = this.#sequence;
    try {
      return write();
    } catch (error) {
      tables.forEach((table, i) => {
        for (const entry of table.splice(lengths[i] ?? 0)) {
          this.#ids.delete(entry.id);
          if ('entryId' in entry) this.#reversed.delete(entry.entryId);
        }
      });
      this.#sequence = sequence;
      throw error;
    }
  }

  /** Takes `id` for a new entry. Throws `LedgerError` (`duplicate_id`) if it is already used. */
  #claim(id: string): string {
    if (this.#ids.has(id)) {
      const message = `An entry with id ${id} is already on this ledger.`;
      throw ledgerRefusal('duplicate_id', message, { id });
    }
    this.#ids.add(id);
    return id;
  }
}
