/**
 * The daily ledger run: charges appear without anyone calling `charges.generate`, late fees are
 * assessed once under the org's policy, a kept payment plan suspends them, and rerunning on the
 * same day (or after a restart) creates nothing twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { seedLease } from '../testing/test-ledger';
import { FIXED_NOW, seedOrg } from '../testing/test-org';
import { runLedgerDay } from './ledger-jobs.service';

describe('the daily ledger run', () => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await openTestDatabase('pglite');
  });
  afterEach(() => test.drop());

  it('catches up the last 62 days of charges and late fees, once', async () => {
    const org = await seedOrg(test.database, 'daily');
    const { owner, lease } = await seedLease(test.database, org.secretKey);
    await owner.policies.set({
      level: 'org',
      kind: 'late_fee',
      policy: {
        rules: [
          {
            graceDays: 5,
            amount: { kind: 'flat', amountMinor: 2_500 },
            recurrence: 'once',
            capMinor: null,
          },
        ],
      },
    });
    const first = await runLedgerDay(test.database, FIXED_NOW);
    // Rent and water for October and November (due 10-01, 10-05, 11-01, 11-05), all past grace.
    expect(first).toMatchObject({ orgs: 1, chargesCreated: 4, lateFees: 4 });
    const again = await runLedgerDay(test.database, FIXED_NOW);
    expect(again).toMatchObject({ chargesCreated: 0, lateFees: 0 });
    const ran = new Map<string, string>();
    await runLedgerDay(test.database, FIXED_NOW, ran);
    expect(await runLedgerDay(test.database, FIXED_NOW, ran)).toMatchObject({ orgs: 0 });

    const { entries, summary } = await owner.ledger.forLease({ leaseId: lease.id });
    const fees = entries.filter((e) => e.chargeType === 'late_fee' && e.kind === 'charge');
    expect(fees).toHaveLength(4);
    expect(summary.balanceMinor).toBe(50_000 + 2 * 103_000 + 4 * 2_500);

    const waived = await owner.ledger.waiveLateFee({
      chargeId: fees[0]?.id as string,
      reason: 'first time',
    });
    expect(waived.amountMinor).toBe(2_500);
    const afterWaiver = await owner.ledger.forLease({ leaseId: lease.id });
    expect(afterWaiver.summary.balanceMinor).toBe(summary.balanceMinor - 2_500);
    const stillCharged = afterWaiver.entries.filter(
      (e) => e.chargeType === 'late_fee' && e.kind === 'charge',
    );
    expect(stillCharged).toHaveLength(4);
    expect(stillCharged[0]?.openMinor).toBe(0);

    // Reversing the waived fee takes its waiver along: no stray credit is left to pay rent.
    await owner.ledger.reverse({ entryId: fees[0]?.id as string, reason: 'charged in error' });
    const afterReversal = (await owner.ledger.forLease({ leaseId: lease.id })).summary;
    expect(afterReversal).toMatchObject({
      balanceMinor: summary.balanceMinor - 2_500,
      unappliedCreditMinor: 0,
    });
  });

  it('suspends late fees while an approved payment plan is kept', async () => {
    const org = await seedOrg(test.database, 'plans');
    const { owner, lease } = await seedLease(test.database, org.secretKey, {
      startDate: '2026-11-01',
    });
    await owner.policies.set({
      level: 'lease',
      targetId: lease.id,
      kind: 'late_fee',
      policy: {
        rules: [
          {
            graceDays: 0,
            amount: { kind: 'flat', amountMinor: 1_000 },
            recurrence: 'daily',
            capMinor: 5_000,
          },
        ],
      },
    });
    const plan = await owner.paymentPlans.request({
      leaseId: lease.id,
      instalments: [
        { dueDate: '2026-11-30', amountMinor: 60_000 },
        { dueDate: '2026-12-31', amountMinor: 93_000 },
      ],
    });
    await owner.paymentPlans.decide({ planId: plan.id, decision: 'approve' });
    expect(await runLedgerDay(test.database, FIXED_NOW)).toMatchObject({ lateFees: 0 });
    expect((await owner.paymentPlans.list({ leaseId: lease.id }))[0]?.status).toBe('approved');
  });
});
