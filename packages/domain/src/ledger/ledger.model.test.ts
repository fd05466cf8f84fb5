/**
 * Model-based test of the reference ledger (fast-check `commands` + `modelRun`). Random
 * sequences of what happens on a lease — charges, payments under each allocation policy, credit
 * applied as days pass, reallocations, reversals of every kind, late fees, waivers, payment
 * plans — run against a `LedgerBook` and a plain model that keeps its own books from what each
 * operation reports. After every command the accounting identities hold, and every reversal
 * moves the balance by exactly the effects of the entry it cancels.
 *
 * Replay a failure with the seed (and path) fast-check prints:
 * `LEDGER_MODEL_SEED=<seed> pnpm vitest run --project domain ledger.model`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LedgerError } from '../errors/domain-error';
import { type ChargeType, chargeLineTypes, type ReversibleEntryKind } from './ledger.codes';
import { LedgerBook } from './ledger-book';
import type { BookAllocation, BookCharge, BookReversal } from './ledger-book.types';
import { addDays } from './ledger-dates';
import type { AllocationPolicy, LateFeePolicy, LateFeeRule } from './ledger-policies';

const SEED = Number(process.env.LEDGER_MODEL_SEED ?? 20_260_321);
const RUNS = Number(process.env.LEDGER_MODEL_RUNS ?? 1_000);
const START = '2026-01-01';

interface Entry {
  amountMinor: number;
  reversed: boolean;
}
interface Model {
  day: number;
  ids: number;
  lateFeePolicy: LateFeePolicy;
  charges: Map<string, Entry & { type: ChargeType; dueDate: string; fee: BookCharge['lateFee'] }>;
  payments: Map<string, Entry & { kind: 'payment' | 'waiver' }>;
  allocations: Map<string, Entry & { paymentId: string; chargeId: string }>;
  /** Σ live charges − Σ live allocations, moved by what each command did. */
  balance: number;
  /** The entry the last command created on its own, and the balance just before it. */
  last: { kind: ReversibleEntryKind; id: string; balanceBefore: number } | null;
}
interface Real {
  book: LedgerBook;
}
type LedgerCommand = fc.Command<Model, Real>;

const today = (m: Model) => addDays(START, m.day);
const live = <T extends Entry>(map: Map<string, T>) => [...map].filter(([, e]) => !e.reversed);
const sum = (entries: readonly { amountMinor: number }[]) =>
  entries.reduce((s, e) => s + e.amountMinor, 0);
const liveAllocs = (m: Model, key: 'paymentId' | 'chargeId', id: string) =>
  live(m.allocations)
    .filter(([, a]) => a[key] === id)
    .map(([, a]) => a);
const openOf = (m: Model, chargeId: string) =>
  m.charges.get(chargeId)!.amountMinor - sum(liveAllocs(m, 'chargeId', chargeId));
const entryCounts = (book: LedgerBook) =>
  [book.charges, book.payments, book.allocations, book.reversals].map((list) => list.length);

function addAllocations(m: Model, allocations: readonly BookAllocation[]) {
  for (const a of allocations) {
    m.allocations.set(a.id, { ...a, reversed: false });
    m.balance -= a.amountMinor;
  }
}

/** Marks what the book reports reversed; the balance moves by the model's own sums. */
function applyReversals(m: Model, reversals: readonly BookReversal[]) {
  for (const r of reversals) {
    if (r.kind === 'allocation') {
      const a = m.allocations.get(r.entryId)!;
      m.balance += a.amountMinor;
      a.reversed = true;
    } else if (r.kind === 'charge') {
      const c = m.charges.get(r.entryId)!;
      expect(liveAllocs(m, 'chargeId', r.entryId)).toEqual([]); // its allocations went first
      m.balance -= c.amountMinor;
      c.reversed = true;
    } else {
      expect(liveAllocs(m, 'paymentId', r.entryId)).toEqual([]);
      m.payments.get(r.entryId)!.reversed = true;
    }
  }
}

/** Fails the run with `message` unless `condition` holds (cheaper than `expect` in hot loops). */
function invariant(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(`invariant broken: ${message()}`);
}

const totalsBy = <T extends { amountMinor: number }>(
  entries: readonly T[],
  key: (e: T) => string,
) => {
  const totals = new Map<string, number>();
  for (const e of entries) totals.set(key(e), (totals.get(key(e)) ?? 0) + e.amountMinor);
  return totals;
};

/** The accounting identities, checked after every command. */
function checkInvariants(m: Model, book: LedgerBook) {
  const balance = book.balance();
  const [charges, payments] = [live(m.charges), live(m.payments)];
  const allocations = live(m.allocations).map(([, a]) => a);
  const allocated = sum(allocations);
  expect(balance.balanceMinor).toBe(m.balance);
  expect(m.balance).toBe(sum(charges.map(([, c]) => c)) - allocated);
  expect(book.liveAllocations().length).toBe(allocations.length);
  invariant(
    book.liveAllocations().every((a) => m.allocations.get(a.id)?.reversed === false),
    () => 'the book and the model disagree on which allocations are live',
  );
  expect(balance.allocatedMinor + balance.unappliedCreditMinor).toBe(
    sum(payments.map(([, p]) => p)),
  );
  const byCharge = totalsBy(allocations, (a) => a.chargeId);
  const byPayment = totalsBy(allocations, (a) => a.paymentId);
  for (const [id, c] of charges) {
    invariant((byCharge.get(id) ?? 0) <= c.amountMinor, () => `charge ${id} is over-allocated`);
  }
  for (const [id, p] of payments) {
    invariant((byPayment.get(id) ?? 0) <= p.amountMinor, () => `payment ${id} is over-allocated`);
  }
  for (const a of allocations) {
    invariant(
      !m.charges.get(a.chargeId)!.reversed,
      () => `live allocation to reversed ${a.chargeId}`,
    );
    invariant(
      !m.payments.get(a.paymentId)!.reversed,
      () => `live allocation of reversed ${a.paymentId}`,
    );
  }
  const fees = charges.flatMap(([, c]) =>
    c.fee ? [{ ...c.fee, amountMinor: c.amountMinor }] : [],
  );
  for (const [key, total] of totalsBy(fees, (f) => `${f.sourceChargeId}|${f.ruleIndex}`)) {
    const cap = m.lateFeePolicy.rules[Number(key.split('|')[1])]?.capMinor ?? null;
    invariant(
      cap === null || total <= cap,
      () => `late fees ${key} total ${total} beyond cap ${cap}`,
    );
  }
}

/** When credit is left over, nothing due on `asOf` may still be open. */
function expectCreditOnlyWhenNothingDue(book: LedgerBook, m: Model) {
  if (book.unappliedCredit() > 0) expect(book.openCharges(today(m))).toEqual([]);
}

class AddCharge implements LedgerCommand {
  constructor(
    readonly type: ChargeType,
    readonly dueIn: number,
    readonly amountMinor: number,
  ) {}
  check = () => true;
  run(m: Model, { book }: Real) {
    const id = `c${++m.ids}`;
    const dueDate = addDays(today(m), this.dueIn);
    m.last = { kind: 'charge', id, balanceBefore: m.balance };
    book.addCharge({ id, type: this.type, dueDate, amountMinor: this.amountMinor });
    m.charges.set(id, {
      type: this.type,
      dueDate,
      amountMinor: this.amountMinor,
      reversed: false,
      fee: null,
    });
    m.balance += this.amountMinor;
    checkInvariants(m, book);
  }
  toString = () => `addCharge(${this.type}, due in ${this.dueIn}, ${this.amountMinor})`;
}

class RecordPayment implements LedgerCommand {
  constructor(
    readonly amountMinor: number,
    readonly policy: AllocationPolicy,
  ) {}
  check = () => true;
  run(m: Model, { book }: Real) {
    const id = `p${++m.ids}`;
    m.last = { kind: 'payment', id, balanceBefore: m.balance };
    const allocations = book.recordPayment({
      id,
      amountMinor: this.amountMinor,
      receivedOn: today(m),
      policy: this.policy,
    });
    m.payments.set(id, { amountMinor: this.amountMinor, kind: 'payment', reversed: false });
    for (const a of allocations) expect(m.charges.get(a.chargeId)!.dueDate <= today(m)).toBe(true);
    addAllocations(m, allocations);
    if (book.unappliedCredit(id) > 0) expect(book.openCharges(today(m))).toEqual([]);
    checkInvariants(m, book);
  }
  toString = () => `recordPayment(${this.amountMinor}, ${JSON.stringify(this.policy)})`;
}

class ApplyCredit implements LedgerCommand {
  check = () => true;
  run(m: Model, { book }: Real) {
    const before = m.balance;
    const allocations = book.applyCredit(today(m));
    addAllocations(m, allocations);
    const [only] = allocations;
    m.last =
      allocations.length === 1 && only
        ? { kind: 'allocation', id: only.id, balanceBefore: before }
        : null;
    expectCreditOnlyWhenNothingDue(book, m);
    checkInvariants(m, book);
  }
  toString = () => 'applyCredit()';
}

class Advance implements LedgerCommand {
  constructor(readonly days: number) {}
  check = () => true;
  run(m: Model, { book }: Real) {
    m.day += this.days;
    m.last = null;
    checkInvariants(m, book);
  }
  toString = () => `advance(${this.days} days)`;
}

class Reverse implements LedgerCommand {
  constructor(
    readonly kind: ReversibleEntryKind,
    readonly pick: number,
    readonly lastOne: boolean,
  ) {}
  check = (m: Readonly<Model>) => (this.lastOne ? m.last !== null : this.#entries(m).length > 0);
  #entries(m: Readonly<Model>): string[] {
    const map = { charge: m.charges, payment: m.payments, allocation: m.allocations }[this.kind];
    return [...map.keys()];
  }
  run(m: Model, { book }: Real) {
    const last = this.lastOne ? m.last : null;
    const kind = last?.kind ?? this.kind;
    const entries = { charge: m.charges, payment: m.payments, allocation: m.allocations }[kind];
    const ids = [...entries.keys()];
    const id = last?.id ?? ids[this.pick % ids.length]!;
    const entry = entries.get(id)!;
    const allocation = kind === 'allocation' ? m.allocations.get(id) : undefined;
    const refusal = entry.reversed
      ? 'already_reversed'
      : allocation && m.payments.get(allocation.paymentId)!.kind === 'waiver'
        ? 'reverse_the_waiver'
        : null;
    const counts = entryCounts(book);
    if (refusal) {
      expect(() => book.reverse(kind, id, 'model')).toThrow(LedgerError);
      expect(entryCounts(book)).toEqual(counts);
      return checkInvariants(m, book);
    }
    // The balance must move by exactly the entry's live effects.
    const expected =
      kind === 'allocation'
        ? m.balance + entry.amountMinor
        : kind === 'payment'
          ? m.balance + sum(liveAllocs(m, 'paymentId', id))
          : m.balance - openOf(m, id);
    applyReversals(m, book.reverse(kind, id, 'model'));
    expect(m.balance).toBe(expected);
    if (last) expect(book.balance().balanceMinor).toBe(last.balanceBefore);
    m.last = null;
    checkInvariants(m, book);
  }
  toString = () => (this.lastOne ? 'reverse(last entry)' : `reverse(${this.kind} #${this.pick})`);
}

type Target = { pick: number; percent: number; ghost: boolean };

class Reallocate implements LedgerCommand {
  constructor(
    readonly pick: number,
    readonly targets: readonly Target[],
  ) {}
  check = (m: Readonly<Model>) => live(m.payments).some(([, p]) => p.kind === 'payment');
  run(m: Model, { book }: Real) {
    const payers = live(m.payments).filter(([, p]) => p.kind === 'payment');
    const [paymentId, payment] = payers[this.pick % payers.length]!;
    const charges = live(m.charges).map(([id]) => id);
    const openIfReversed = (id: string) =>
      openOf(m, id) + sum(liveAllocs(m, 'chargeId', id).filter((a) => a.paymentId === paymentId));
    const targets = this.targets.flatMap((t) => {
      const chargeId =
        t.ghost || charges.length === 0 ? 'ghost' : charges[t.pick % charges.length]!;
      const open = chargeId === 'ghost' ? 100 : openIfReversed(chargeId);
      return [{ chargeId, amountMinor: Math.max(1, Math.floor((open * t.percent) / 100)) }];
    });
    const wanted = new Map<string, number>();
    for (const t of targets) wanted.set(t.chargeId, (wanted.get(t.chargeId) ?? 0) + t.amountMinor);
    const refused =
      [...wanted].some(([id, amount]) => id === 'ghost' || amount > openIfReversed(id)) ||
      sum(targets) > payment.amountMinor;
    const counts = entryCounts(book);
    if (refused) {
      expect(() => book.reallocate(paymentId, targets)).toThrow(LedgerError);
      expect(entryCounts(book)).toEqual(counts);
      return checkInvariants(m, book);
    }
    const { reversed, created } = book.reallocate(paymentId, targets);
    applyReversals(m, reversed);
    addAllocations(m, created);
    const now = new Map<string, number>();
    for (const a of liveAllocs(m, 'paymentId', paymentId))
      now.set(a.chargeId, (now.get(a.chargeId) ?? 0) + a.amountMinor);
    expect(now).toEqual(wanted);
    m.last = null;
    checkInvariants(m, book);
  }
  toString = () => `reallocate(#${this.pick}, ${JSON.stringify(this.targets)})`;
}

class AssessLateFees implements LedgerCommand {
  check = () => true;
  run(m: Model, { book }: Real) {
    const kept = book.planStatus(today(m))?.status === 'approved';
    const fees = book.assessLateFees(today(m), m.lateFeePolicy);
    if (kept) expect(fees).toEqual([]);
    for (const fee of fees) {
      expect(fee.dueDate <= today(m)).toBe(true);
      expect(
        (chargeLineTypes as readonly string[]).includes(
          m.charges.get(fee.lateFee!.sourceChargeId)!.type,
        ),
      ).toBe(true);
      m.charges.set(fee.id, {
        type: 'late_fee',
        dueDate: fee.dueDate,
        amountMinor: fee.amountMinor,
        reversed: false,
        fee: fee.lateFee,
      });
      m.balance += fee.amountMinor;
    }
    expect(book.assessLateFees(today(m), m.lateFeePolicy)).toEqual([]); // idempotent
    m.last = null;
    checkInvariants(m, book);
  }
  toString = () => 'assessLateFees()';
}

class WaiveFee implements LedgerCommand {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => live(m.charges).some(([, c]) => c.type === 'late_fee');
  run(m: Model, { book }: Real) {
    const fees = live(m.charges).filter(([, c]) => c.type === 'late_fee');
    const [feeId] = fees[this.pick % fees.length]!;
    const open = openOf(m, feeId);
    if (open === 0) {
      expect(() => book.waiveLateFee(feeId, today(m))).toThrow(LedgerError);
      return checkInvariants(m, book);
    }
    const allocation = book.waiveLateFee(feeId, today(m));
    expect(allocation).toMatchObject({ chargeId: feeId, amountMinor: open });
    m.payments.set(allocation.paymentId, { amountMinor: open, kind: 'waiver', reversed: false });
    addAllocations(m, [allocation]);
    m.last = null;
    checkInvariants(m, book);
  }
  toString = () => `waiveFee(#${this.pick})`;
}

class ApprovePlan implements LedgerCommand {
  constructor(
    readonly amounts: readonly number[],
    readonly everyDays: number,
  ) {}
  check = () => true;
  run(m: Model, { book }: Real) {
    const instalments = this.amounts.map((amountMinor, i) => ({
      dueDate: addDays(today(m), (i + 1) * this.everyDays),
      amountMinor,
    }));
    book.approvePlan({ approvedOn: today(m), schedule: { instalments } });
    // A payment received earlier today counts, so the plan may be completed at once.
    expect(book.planStatus(today(m))?.status).toMatch(/^(approved|completed)$/);
    m.last = null;
    checkInvariants(m, book);
  }
  toString = () => `approvePlan(${this.amounts.join('+')} every ${this.everyDays} days)`;
}

const amount = fc.integer({ min: 1, max: 200_000 });
const policyArb: fc.Arbitrary<AllocationPolicy> = fc.oneof(
  fc.constant({ kind: 'oldest_due_first' as const }),
  fc.constant({ kind: 'largest_balance_first' as const }),
  fc.constant({
    kind: 'charge_type_order' as const,
    order: ['late_fee', 'electricity', 'water', 'rent'] as ChargeType[],
  }),
);
const ruleArb: fc.Arbitrary<LateFeeRule> = fc.record({
  graceDays: fc.integer({ min: 0, max: 10 }),
  amount: fc.oneof(
    fc.record({
      kind: fc.constant('flat' as const),
      amountMinor: fc.integer({ min: 100, max: 5_000 }),
    }),
    fc.record({
      kind: fc.constant('percent' as const),
      basisPoints: fc.integer({ min: 1, max: 2_000 }),
    }),
  ),
  recurrence: fc.constantFrom('once' as const, 'daily' as const),
  capMinor: fc.integer({ min: 500, max: 20_000 }), // daily fees stay bounded, so runs stay fast
});
const addCharge = fc
  .tuple(
    fc.constantFrom<ChargeType>('rent', 'rent', 'water', 'electricity', 'parking', 'deposit'),
    fc.integer({ min: -40, max: 40 }),
    amount,
  )
  .map(([type, dueIn, a]) => new AddCharge(type, dueIn, a));
const recordPayment = fc.tuple(amount, policyArb).map(([a, p]) => new RecordPayment(a, p));
const applyCredit = fc.constant(new ApplyCredit());
const advance = fc.integer({ min: 1, max: 20 }).map((days) => new Advance(days));
const reverse = fc
  .tuple(
    fc.constantFrom<ReversibleEntryKind>('charge', 'payment', 'allocation'),
    fc.nat(),
    fc.boolean(),
  )
  .map(([kind, pick, lastOne]) => new Reverse(kind, pick, lastOne));
const target = fc.record({
  pick: fc.nat(),
  percent: fc.integer({ min: 1, max: 110 }), // of what is open: above 100 must be refused
  ghost: fc.integer({ min: 0, max: 15 }).map((n) => n === 0), // an unknown charge, now and then
});
const reallocate = fc
  .tuple(fc.nat(), fc.array(target, { maxLength: 3 }))
  .map(([pick, targets]) => new Reallocate(pick, targets));
const assessFees = fc.constant(new AssessLateFees());
const waiveFee = fc.nat().map((pick) => new WaiveFee(pick));
const approvePlan = fc
  .tuple(fc.array(amount, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 31 }))
  .map(([amounts, every]) => new ApprovePlan(amounts, every));
/** Listed twice = drawn twice as often: enough charges, payments, days and fees to act on. */
const commandArbs = [
  addCharge,
  addCharge,
  recordPayment,
  recordPayment,
  applyCredit,
  advance,
  advance,
  reverse,
  reverse,
  reallocate,
  assessFees,
  assessFees,
  waiveFee,
  waiveFee,
  approvePlan,
];

describe('given any sequence of ledger operations (model-based)', () => {
  it(`keeps the books balanced and reversals exact (seed ${SEED}, ${RUNS} runs)`, () => {
    console.info(`ledger model: seed ${SEED}, ${RUNS} runs (override with LEDGER_MODEL_SEED)`);
    fc.assert(
      fc.property(
        fc.array(ruleArb, { maxLength: 2 }),
        fc.commands(commandArbs, { maxCommands: 50, size: 'max' }),
        (rules, commands) => {
          const model: Model = {
            day: 0,
            ids: 0,
            lateFeePolicy: { rules },
            charges: new Map(),
            payments: new Map(),
            allocations: new Map(),
            balance: 0,
            last: null,
          };
          fc.modelRun(
            () => ({ model, real: { book: new LedgerBook({ currency: 'USD' }) } }),
            commands,
          );
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000);
});
