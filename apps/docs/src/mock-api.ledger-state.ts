import {
  defaultAcceptancePolicy,
  defaultAllocationPolicy,
  defaultLateFeePolicy,
  effectivePolicy,
  type IsoDate,
  LedgerBook,
  type PaymentMethod,
} from '@estatekit/domain';
import type {
  LedgerFixture,
  LedgerFixtureLease,
  LedgerFixturePolicies,
} from './fixtures/ledger.fixture';
import { notFound } from './mock-api.ledger-errors';

/*
 * What the ledger mock holds: a domain `LedgerBook` per lease (the money: append-only entries,
 * allocations, reversals) and, by entry id, what the API's tables hold beside the money (dates,
 * descriptions, methods, receipt numbers), plus the lookups every part of the store uses.
 */

/** What the API's tables hold beside the money of an entry. `seq` is the order of writing. */
export type EntryFacts =
  | { kind: 'charge'; leaseId: string; seq: number; description: string | null }
  | {
      kind: 'payment';
      leaseId: string;
      seq: number;
      receivedOn: IsoDate;
      method: PaymentMethod;
      reference: string | null;
      note: string | null;
      receiptNumber: number;
      issuedOn: IsoDate;
    }
  | { kind: 'allocation'; leaseId: string; seq: number; effectiveOn: IsoDate; prefix: string }
  | { kind: 'reversal'; leaseId: string; seq: number; effectiveOn: IsoDate };
type FactsOf<K extends EntryFacts['kind']> = Extract<EntryFacts, { kind: K }>;
type NewFacts = EntryFacts extends infer F ? (F extends unknown ? Omit<F, 'seq'> : never) : never;

/** One lease and its book. */
export interface LeaseLedger {
  lease: LedgerFixtureLease;
  book: LedgerBook;
}

/** The later of two ISO dates. */
export const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
/** Σ `amountMinor`. */
export const sum = (rows: readonly { amountMinor: number }[]) =>
  rows.reduce((total, row) => total + row.amountMinor, 0);
/** What is still open on `charges` (Σ `openMinor`). */
export const owed = (charges: readonly { openMinor: number }[]) =>
  charges.reduce((total, c) => total + c.openMinor, 0);

/**
 * An empty store for `fixture`'s leases (nothing replayed yet): ids, facts, books and lookups.
 * New ids are UUIDs per kind of entry (variant 9…, so never one of the fixture's 8… ids).
 * `ledgerOf` throws the API's NOT_FOUND for a lease it does not hold.
 */
export function createLedgerState(fixture: LedgerFixture) {
  const counts = new Map<string, number>();
  const newId = (kind: 'charge' | 'payment' | 'allocation' | 'reversal' | 'waiver') => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    const prefix = { charge: 'c0', payment: 'c1', allocation: 'c2', reversal: 'c3', waiver: 'c4' };
    return `${prefix[kind]}000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
  };
  const facts = new Map<string, EntryFacts>();
  let seq = 0;
  let receipts = 0;
  const note = (id: string, entry: NewFacts) =>
    facts.set(id, { ...entry, seq: ++seq } as EntryFacts);
  const factsOf = <K extends EntryFacts['kind']>(id: string, kind: K) => {
    const found = facts.get(id);
    if (found?.kind !== kind) throw new Error(`No ${kind} facts for ${id}`);
    return found as FactsOf<K>;
  };

  const ledgers = new Map<string, LeaseLedger>(
    fixture.leases.map((lease) => [
      lease.id,
      {
        lease,
        book: new LedgerBook({
          currency: lease.currency,
          nextId: (kind) => newId(kind === 'late_fee' ? 'charge' : kind),
        }),
      },
    ]),
  );
  const ledgerOf = (leaseId: string) => {
    const ledger = ledgers.get(leaseId);
    if (!ledger) throw notFound('lease', leaseId);
    return ledger;
  };
  const buildingOf = (lease: LedgerFixtureLease) =>
    fixture.buildings.find((b) => b.id === lease.buildingId)!;
  const tenantsOf = (lease: LedgerFixtureLease) =>
    lease.tenantIds.map((id) => ({ id, name: fixture.tenants.find((t) => t.id === id)!.name }));

  /** The policies in force for a lease and the level each comes from (lease beats building). */
  const policiesOf = (lease: LedgerFixtureLease) => {
    const at = <K extends keyof LedgerFixturePolicies>(kind: K) => ({
      building: buildingOf(lease).policies?.[kind],
      lease: lease.policies?.[kind],
    });
    return {
      allocation: effectivePolicy(at('allocation'), defaultAllocationPolicy),
      acceptance: effectivePolicy(at('acceptance'), defaultAcceptancePolicy),
      lateFee: effectivePolicy(at('lateFee'), defaultLateFeePolicy),
    };
  };

  return {
    fixture,
    /** The mock's day: always the fixture's `today`. */
    today: fixture.today,
    newId,
    facts,
    ledgers,
    note,
    factsOf,
    ledgerOf,
    buildingOf,
    tenantsOf,
    policiesOf,
    /** The next receipt number (1, 2, …, in the order payments are recorded). */
    nextReceiptNumber: () => ++receipts,
  };
}

/** A ledger store's state as {@link createLedgerState} returns it. */
export type LedgerState = ReturnType<typeof createLedgerState>;
