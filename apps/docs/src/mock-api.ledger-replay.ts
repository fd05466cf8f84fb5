import { addDays, chargeSchedule, type IsoDate } from '@estatekit/domain';
import { type LeaseLedger, type LedgerState, owed } from './mock-api.ledger-state';
import { applyCredit, assessLateFees, charge, pay, reverse } from './mock-api.ledger-writes';

/**
 * Replays the fixture into `state`, day by day from the first lease's start to `state.today`:
 * the API's daily run (the deposit on a lease's start day, charges as they fall due, credit
 * applied, late fees assessed), then the day's payments and reversals. Throws when the fixture
 * reverses an entry it never wrote.
 */
export function replay(state: LedgerState): void {
  const { fixture, today } = state;
  const scheduled = new Map<
    string,
    { ledger: LeaseLedger; charges: ReturnType<typeof chargeSchedule> }
  >();
  for (const ledger of state.ledgers.values()) {
    const { lease } = ledger;
    if (lease.startDate > today) continue;
    const charges = chargeSchedule(lease, { from: lease.startDate, to: today });
    scheduled.set(lease.id, { ledger, charges });
  }
  // The daily run only changes something on a day a charge falls due or is first late, or the
  // day after a reversal; on other days it is skipped (same entries, far less work).
  const busy = new Set<string>();
  const mark = (leaseId: string, day: IsoDate) => busy.add(`${leaseId} ${day}`);
  for (const { ledger, charges } of scheduled.values()) {
    const { rules } = state.policiesOf(ledger.lease).lateFee.policy;
    const daily = rules.some((r) => r.recurrence === 'daily');
    for (const c of charges) {
      mark(ledger.lease.id, c.dueDate);
      for (const rule of rules) mark(ledger.lease.id, addDays(c.dueDate, rule.graceDays + 1));
    }
    for (let day = ledger.lease.startDate; daily && day <= today; day = addDays(day, 1)) {
      mark(ledger.lease.id, day);
    }
  }
  const starts = fixture.leases.map((l) => l.startDate).sort();
  for (let day = starts[0] ?? today; day <= today; day = addDays(day, 1)) {
    const running = [...scheduled.values()].filter((s) => busy.has(`${s.ledger.lease.id} ${day}`));
    for (const { ledger, charges } of running) {
      const { lease } = ledger;
      if (lease.startDate === day && lease.depositMinor > 0) {
        const deposit = {
          type: 'deposit' as const,
          dueDate: day,
          description: 'Security deposit',
        };
        charge(state, ledger, { ...deposit, amountMinor: lease.depositMinor });
      }
      for (const c of charges.filter((c) => c.dueDate === day)) charge(state, ledger, c);
      applyCredit(state, ledger, day);
    }
    for (const { ledger } of running) assessLateFees(state, ledger, day);
    for (const p of fixture.payments.filter((p) => p.receivedOn === day)) {
      const ledger = state.ledgerOf(p.leaseId);
      const amount =
        p.amountMinor === 'balance_due' ? owed(ledger.book.openCharges(day)) : p.amountMinor;
      if (amount > 0) pay(state, ledger, { ...p, amountMinor: amount }, day);
    }
    for (const r of fixture.reversals.filter((r) => r.on === day)) {
      const entry = state.facts.get(r.entryId);
      if (!entry || entry.kind === 'reversal') throw new Error(`Cannot reverse ${r.entryId}`);
      reverse(state, state.ledgerOf(entry.leaseId), entry.kind, r.entryId, r.reason, day);
      mark(entry.leaseId, addDays(day, 1));
    }
  }
}
