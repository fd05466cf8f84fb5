import { agingBuckets, chargeTypes, ledgerBalance, paymentMethods } from '@estatekit/domain';
import { describe, expect, it } from 'vitest';
import { fixtureLedger, fixtureLedgerToday, ledgerFixtureIds } from './fixtures/ledger.fixture';
import { createMockApi, type DelinquencyReport, type LedgerStatement } from './mock-api';

/** Calls the mock the way httpBatchLink does: a query is a GET, a mutation a POST. */
async function call<T = unknown>(
  api: ReturnType<typeof createMockApi>,
  path: string,
  input: unknown,
  post = false,
) {
  const batch = encodeURIComponent(JSON.stringify({ 0: input }));
  const response = post
    ? await api.fetch(`https://api.test/trpc/${path}?batch=1`, {
        method: 'POST',
        body: JSON.stringify({ 0: input }),
      })
    : await api.fetch(`https://api.test/trpc/${path}?batch=1&input=${batch}`);
  const [body] = (await response.json()) as [
    { result?: { data: T }; error?: { message: string; data: Record<string, unknown> } },
  ];
  return { status: response.status, data: body.result?.data as T, error: body.error };
}

const { leases, tenants, payments, buildings } = ledgerFixtureIds;
const forLease = (api: ReturnType<typeof createMockApi>, leaseId: string) =>
  call<LedgerStatement>(api, 'ledger.forLease', { leaseId }).then((a) => a.data);
const delinquency = (api: ReturnType<typeof createMockApi>, input: object = {}) =>
  call<DelinquencyReport>(api, 'reports.delinquency', { asOf: fixtureLedgerToday, ...input });
const payment = (leaseId: string, amountMinor: number, idempotencyKey: string) => ({
  leaseId,
  amountMinor,
  method: 'bank_transfer',
  reference: 'ACH 20260310-3B',
  receivedOn: fixtureLedgerToday,
  idempotencyKey,
});

describe('given the fixture ledgers', () => {
  it('ends every running balance and credit at the summary, as Σ charges − Σ allocations', async () => {
    const api = createMockApi();
    for (const leaseId of Object.values(leases)) {
      const { entries, summary } = await forLease(api, leaseId);
      expect(entries.at(-1)?.balanceAfterMinor).toBe(summary.balanceMinor);
      expect(entries.at(-1)?.creditAfterMinor).toBe(summary.unappliedCreditMinor);
      const live = entries.filter((e) => e.reversedById === null);
      const totals = ledgerBalance({
        charges: live.filter((e) => e.kind === 'charge'),
        allocations: live.filter((e) => e.kind === 'allocation'),
        payments: live.filter((e) => e.kind === 'payment'),
      });
      expect(totals).toMatchObject({
        balanceMinor: summary.balanceMinor,
        unappliedCreditMinor: summary.unappliedCreditMinor,
      });
      expect(summary.aging.totalMinor).toBe(summary.dueMinor);
    }
  });

  it('shows the stories’ cases: a credit, a reversed payment, an ended lease still owing', async () => {
    const api = createMockApi();
    const credit = await forLease(api, leases.credit);
    expect(credit.summary).toMatchObject({ balanceMinor: 0, unappliedCreditMinor: 120_000 });
    const bounced = await forLease(api, leases.bounced);
    const reversal = bounced.entries.find((e) => e.reversesId === payments.bounced);
    expect(reversal).toMatchObject({ kind: 'reversal', date: '2026-02-06' });
    const paid = bounced.entries.find((e) => e.id === payments.bounced);
    expect(paid?.payment?.status).toBe('reversed');
    const ended = await forLease(api, leases.ended);
    expect(ended.lease.status).toBe('ended');
    expect(ended.summary.aging.days90plus).toBeGreaterThan(0);
  });

  it('lists a tenant’s leases newest first with their total balance', async () => {
    const api = createMockApi();
    const { data } = await call<{
      leases: LedgerStatement[];
      totals: { currency: string; balanceMinor: number }[];
    }>(api, 'ledger.forTenant', { tenantId: tenants.severalLeases });
    expect(data.leases.map((l) => l.lease.id)).toEqual([leases.currentOfSeveral, leases.ended]);
    const owed = data.leases.reduce((sum, l) => sum + l.summary.balanceMinor, 0);
    expect(data.totals).toEqual([{ currency: 'USD', balanceMinor: owed, unappliedCreditMinor: 0 }]);
  });
});

describe('given a payment', () => {
  it('previews without saving, then records it oldest due first with reasons', async () => {
    const api = createMockApi();
    const before = await forLease(api, leases.twoTenants);
    const open = before.entries
      .filter((e) => e.kind === 'charge' && (e.openMinor ?? 0) > 0 && e.date <= fixtureLedgerToday)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(open.length).toBeGreaterThanOrEqual(2);
    const amountMinor = (open[0]?.openMinor ?? 0) + 2_000;

    const preview = await call<{ allocations: { chargeId: string; reason: string }[] }>(
      api,
      'ledger.previewAllocation',
      { leaseId: leases.twoTenants, amountMinor, receivedOn: fixtureLedgerToday },
    );
    expect(await forLease(api, leases.twoTenants)).toEqual(before);

    const paid = await call<{
      allocations: { chargeId: string; amountMinor: number; reason: string }[];
      balanceMinor: number;
      receiptNumber: number;
    }>(
      api,
      'ledger.recordPayment',
      payment(leases.twoTenants, amountMinor, 'pay-0001-mensah'),
      true,
    );
    expect(paid.data.allocations.map((a) => a.chargeId)).toEqual([open[0]?.id, open[1]?.id]);
    expect(paid.data.allocations.map((a) => a.amountMinor)).toEqual([open[0]?.openMinor, 2_000]);
    expect(paid.data.allocations[0]?.reason).toMatch(
      /^Oldest due first: .*oldest open charge\); paid in full$/,
    );
    expect(paid.data.allocations[1]?.reason).toMatch(/20\.00 of .* paid, .* still open$/);
    expect(paid.data.allocations.map((a) => a.chargeId)).toEqual(
      preview.data.allocations.map((a) => a.chargeId),
    );
    const after = await forLease(api, leases.twoTenants);
    expect(after.summary.balanceMinor).toBe(before.summary.balanceMinor - amountMinor);
    expect(paid.data.balanceMinor).toBe(after.summary.balanceMinor);

    const receipt = await call<{ data: string; contentType: string; number: number }>(
      api,
      'receipts.get',
      {
        paymentId: after.entries.find((e) => e.kind === 'payment' && e.date === fixtureLedgerToday)
          ?.id,
      },
    );
    expect(receipt.data.number).toBe(paid.data.receiptNumber);
    expect(atob(receipt.data.data)).toMatch(/^%PDF-1\.4\n[\s\S]*%%EOF\n$/);
  });

  it('answers a retry with the first result, and CONFLICT for another payment under that key', async () => {
    const api = createMockApi();
    const first = await call(
      api,
      'ledger.recordPayment',
      payment(leases.partial, 50_000, 'retry-0001'),
      true,
    );
    const again = await call(
      api,
      'ledger.recordPayment',
      payment(leases.partial, 50_000, 'retry-0001'),
      true,
    );
    expect(again.data).toEqual(first.data);
    const statement = await forLease(api, leases.partial);
    expect(
      statement.entries.filter((e) => e.date === fixtureLedgerToday && e.kind === 'payment'),
    ).toHaveLength(1);
    const other = await call(
      api,
      'ledger.recordPayment',
      payment(leases.partial, 60_000, 'retry-0001'),
      true,
    );
    expect(other).toMatchObject({ status: 409, error: { data: { code: 'CONFLICT' } } });
  });

  it('restores the balance when reversed, and refuses to reverse it twice', async () => {
    const api = createMockApi();
    const before = (await forLease(api, leases.paysLate)).summary.balanceMinor;
    const paid = await call<{ paymentId: string; allocations: unknown[] }>(
      api,
      'ledger.recordPayment',
      payment(leases.paysLate, 100_000, 'reverse-0001'),
      true,
    );
    expect((await forLease(api, leases.paysLate)).summary.balanceMinor).toBe(before - 100_000);
    const reversed = await call(
      api,
      'ledger.reverse',
      { entryId: paid.data.paymentId, reason: 'Card charged back' },
      true,
    );
    expect(reversed.data).toEqual({
      entryId: paid.data.paymentId,
      kind: 'payment',
      leaseId: leases.paysLate,
      reversedAllocations: paid.data.allocations.length,
    });
    expect((await forLease(api, leases.paysLate)).summary.balanceMinor).toBe(before);
    const twice = await call(
      api,
      'ledger.reverse',
      { entryId: paid.data.paymentId, reason: 'again' },
      true,
    );
    expect(twice).toMatchObject({ status: 409, error: { data: { code: 'CONFLICT' } } });
  });

  it('refuses a lease in collections with the acceptance rule, as the API does', async () => {
    const api = createMockApi();
    const answer = await call(
      api,
      'ledger.recordPayment',
      payment(leases.collections, 10_000, 'collect-0001'),
      true,
    );
    expect(answer).toMatchObject({
      status: 422,
      error: {
        data: {
          domain: { code: 'LEDGER_RULE_VIOLATED', context: { rule: 'lease_in_collections' } },
        },
      },
    });
    const preview = await call(api, 'ledger.previewAllocation', {
      leaseId: leases.collections,
      amountMinor: 10_000,
      receivedOn: fixtureLedgerToday,
    });
    expect(preview.data).toMatchObject({
      accepted: { accepted: false, rule: 'lease_in_collections' },
    });
  });

  it('names every bad field and unknown key, and writes nothing', async () => {
    const api = createMockApi();
    const before = await forLease(api, leases.onTime);
    const answer = await call(
      api,
      'ledger.recordPayment',
      { ...payment(leases.onTime, 0, 'short'), method: 'cheque', receivedOn: '2026-02-30', tip: 1 },
      true,
    );
    expect(answer.status).toBe(400);
    expect(answer.error?.data.issues).toEqual([
      { path: ['amountMinor'], message: 'Too small: expected number to be >=1' },
      {
        path: ['method'],
        message:
          'Invalid option: expected one of "cash"|"bank_transfer"|"card"|"mobile_money"|"other"',
      },
      { path: ['receivedOn'], message: '2026-02-30 is not a calendar date' },
      { path: ['idempotencyKey'], message: 'Too small: expected string to have >=8 characters' },
      { path: ['tip'], message: 'tip is not allowed here' },
    ]);
    expect(await forLease(api, leases.onTime)).toEqual(before);
  });

  it('is FORBIDDEN to a read-only user, who still reads the ledger', async () => {
    const api = createMockApi({ role: 'read_only' });
    const paid = await call(
      api,
      'ledger.recordPayment',
      payment(leases.onTime, 10_000, 'ro-00001'),
      true,
    );
    expect(paid).toMatchObject({ status: 403, error: { data: { code: 'FORBIDDEN' } } });
    const reversed = await call(
      api,
      'ledger.reverse',
      { entryId: payments.onTimeMarch, reason: 'x' },
      true,
    );
    expect(reversed.status).toBe(403);
    expect((await call(api, 'ledger.forLease', { leaseId: leases.onTime })).status).toBe(200);
  });
});

describe('given the delinquency report', () => {
  it('fills every aging bucket, and its totals are the sums of its rows', async () => {
    const { data } = await delinquency(createMockApi());
    const [usd] = data.totals;
    for (const bucket of [...agingBuckets, 'totalMinor'] as const) {
      expect(usd?.[bucket]).toBe(data.rows.reduce((sum, r) => sum + r[bucket], 0));
      expect(usd?.[bucket]).toBeGreaterThan(0);
    }
    expect(usd?.leases).toBe(data.rows.length);
    for (const row of data.rows) {
      expect(row.totalMinor).toBe(agingBuckets.reduce((sum, b) => sum + row[b], 0));
    }
    const totals = data.rows.map((r) => r.totalMinor);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('reads the ledger as it stood on an earlier day, and narrows to a building', async () => {
    const api = createMockApi();
    const december = await delinquency(api, { asOf: '2025-12-31' });
    expect(december.data.rows.every((r) => r.oldestDueDate <= '2025-12-31')).toBe(true);
    expect(december.data.rows.map((r) => r.leaseId)).not.toContain(leases.bounced);
    const cedar = await delinquency(api, { buildingId: buildings.cedarCourt });
    expect(cedar.data.rows.every((r) => r.buildingName === 'Cedar Court')).toBe(true);
  });

  it('exports a CSV with the API’s header and one line per row', async () => {
    const api = createMockApi();
    const { data: report } = await delinquency(api);
    const { data: csv } = await call<{ data: string; fileName: string; encoding: string }>(
      api,
      'reports.delinquencyCsv',
      { asOf: fixtureLedgerToday },
    );
    const lines = csv.data.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Building,Units,Tenants,Lease status,Currency,Current,1-30 days,31-60 days,61-90 days,90+ days,Total,Unapplied credit,Oldest due date,Lease id',
    );
    expect(lines).toHaveLength(report.rows.length + 1);
    expect(lines.find((l) => l.includes(leases.twoTenants))).toContain(
      '"Julia Mensah, Kofi Mensah"',
    );
    expect(csv).toMatchObject({
      fileName: `delinquency-${fixtureLedgerToday}.csv`,
      encoding: 'utf8',
    });
  });
});

describe('given a report asked without asOf', () => {
  it('ages on the org’s today and says which day it used', async () => {
    const api = createMockApi();
    const today = await delinquency(api);
    const { data } = await call<DelinquencyReport>(api, 'reports.delinquency', {});
    expect(data.asOf).toBe(fixtureLedgerToday);
    expect(data).toEqual(today.data);
    const cedar = await call<DelinquencyReport>(api, 'reports.delinquency', {
      buildingId: buildings.cedarCourt,
    });
    expect(cedar.data.asOf).toBe(fixtureLedgerToday);
    expect(cedar.data.rows.map((r) => r.leaseId)).toEqual(
      today.data.rows.filter((r) => r.buildingId === buildings.cedarCourt).map((r) => r.leaseId),
    );
    expect(cedar.data.rows.length).toBeGreaterThan(0);
  });

  it('names the CSV after that day, with the same rows as the report', async () => {
    const api = createMockApi();
    const { data: csv } = await call<{ data: string; fileName: string }>(
      api,
      'reports.delinquencyCsv',
      {},
    );
    expect(csv.fileName).toBe(`delinquency-${fixtureLedgerToday}.csv`);
    const { data: report } = await delinquency(api);
    expect(csv.data.trimEnd().split('\n')).toHaveLength(report.rows.length + 1);
  });

  it('follows the fixture’s today, and still refuses a day that is not a date', async () => {
    const api = createMockApi({ ledger: { ...fixtureLedger, today: '2026-01-31' } });
    const { data } = await call<DelinquencyReport>(api, 'reports.delinquency', {});
    expect(data.asOf).toBe('2026-01-31');
    expect(data.rows.every((r) => r.oldestDueDate <= '2026-01-31')).toBe(true);
    const bad = await call(api, 'reports.delinquency', { asOf: '2026-02-30' });
    expect(bad).toMatchObject({
      status: 400,
      error: {
        data: { issues: [{ path: ['asOf'], message: '2026-02-30 is not a calendar date' }] },
      },
    });
  });
});

describe('given a scenario', () => {
  it('empty: the same leases with no entries, and nobody delinquent', async () => {
    const api = createMockApi({ scenario: 'empty' });
    const statement = await forLease(api, leases.onTime);
    expect(statement.entries).toEqual([]);
    expect(statement.summary.balanceMinor).toBe(0);
    expect((await delinquency(api)).data).toEqual({
      asOf: fixtureLedgerToday,
      rows: [],
      totals: [],
    });
  });

  it('error: every ledger procedure fails with the scenario’s error', async () => {
    const answer = await call(createMockApi({ scenario: 'error' }), 'ledger.forLease', {
      leaseId: leases.onTime,
    });
    expect(answer).toMatchObject({ status: 403, error: { data: { code: 'FORBIDDEN' } } });
  });

  it('NOT_FOUND for a lease or payment that does not exist', async () => {
    const api = createMockApi();
    const missing = 'd0000000-0000-4000-8000-999999999999';
    expect((await call(api, 'ledger.forLease', { leaseId: missing })).status).toBe(404);
    expect((await call(api, 'receipts.get', { paymentId: missing })).status).toBe(404);
  });
});

/*
 * apps/docs does not depend on @estatekit/api, so the API's zod output schemas cannot run here.
 * The store's answers are typed by the `AppRouter` of @estatekit/ui's client (a compile-time
 * check, shown live below); this checks at run time what types cannot: exact keys (the API's
 * output parse strips unknown ones) and the domain's vocabularies.
 */
describe('given the API’s output schemas', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('answers with exactly their keys, whole minor units and the domain’s codes', async () => {
    const api = createMockApi();
    const statement = await forLease(api, leases.partial);
    expect(Object.keys(statement).sort()).toEqual([
      'entries',
      'lease',
      'openingBalanceMinor',
      'summary',
    ]);
    expect(Object.keys(statement.summary.aging).sort()).toEqual(
      [...agingBuckets, 'totalMinor'].sort(),
    );
    for (const entry of statement.entries) {
      expect(Object.keys(entry).sort()).toEqual(
        [
          'id',
          'kind',
          'date',
          'description',
          'amountMinor',
          'balanceEffectMinor',
          'balanceAfterMinor',
          'creditAfterMinor',
          'chargeType',
          'paymentId',
          'chargeId',
          'reversesId',
          'reversedById',
          'payment',
          'openMinor',
          'reason',
        ].sort(),
      );
      expect(entry.id).toMatch(uuid);
      expect(Number.isSafeInteger(entry.amountMinor) && entry.amountMinor > 0).toBe(true);
      if (entry.chargeType) expect(chargeTypes).toContain(entry.chargeType);
      if (entry.payment?.method) expect(paymentMethods).toContain(entry.payment.method);
    }
    const { data } = await delinquency(api);
    expect(Object.keys(data.rows[0] ?? {}).sort()).toEqual(
      [
        'leaseId',
        'buildingId',
        'buildingName',
        'units',
        'tenants',
        'status',
        'currency',
        'current',
        'days1to30',
        'days31to60',
        'days61to90',
        'days90plus',
        'totalMinor',
        'unappliedCreditMinor',
        'oldestDueDate',
      ].sort(),
    );
    for (const id of [
      ...fixtureLedger.leases.map((l) => l.id),
      ...fixtureLedger.tenants.map((t) => t.id),
    ]) {
      expect(id).toMatch(uuid);
    }
  });

  it('is checked against the API’s output types at compile time', () => {
    // @ts-expect-error -- a statement without `summary` is not the API's `statementSchema`.
    const wrong: LedgerStatement = { lease: {}, openingBalanceMinor: 0, entries: [] };
    expect(wrong).toBeDefined();
  });
});
