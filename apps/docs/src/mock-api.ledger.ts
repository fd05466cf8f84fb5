import type { LedgerFixture } from './fixtures/ledger.fixture';
import { MockApiError } from './mock-api.errors';
import type { CsvFile, Handler, MockLedgerRole } from './mock-api.ledger.types';
import { delinquency } from './mock-api.ledger-delinquency';
import { guarded } from './mock-api.ledger-errors';
import { delinquencyCsv, receipt } from './mock-api.ledger-files';
import {
  parsePreviewInput,
  parseReceiptInput,
  parseRecordPaymentInput,
  parseReportInput,
  parseReverseInput,
  parseStatementInput,
  parseTenantInput,
} from './mock-api.ledger-inputs';
import { createLedgerPayments } from './mock-api.ledger-payments';
import { statement, tenantLedgers } from './mock-api.ledger-reads';
import { replay } from './mock-api.ledger-replay';
import { createLedgerState } from './mock-api.ledger-state';

/*
 * The rent ledger of the mocked API, in memory: what `ledger.forLease`, `ledger.forTenant`,
 * `ledger.previewAllocation`, `ledger.recordPayment`, `ledger.reverse`, `receipts.get`,
 * `reports.delinquency` and `reports.delinquencyCsv` answer. Each lease's ledger is a domain
 * `LedgerBook` (append-only entries, allocation by `allocatePayment`, reversals with their
 * allocations, late fees by `assessLateFees`); the store adds what the API's tables add beside
 * the money (dates, descriptions, methods, receipt numbers) and answers in the API's output
 * shapes, typed by the `AppRouter` the widgets' client is typed by. Inputs are checked like the
 * API's zod schemas (`ledger.schema.ts`), with the same paths and messages.
 *
 * The parts: `-state` (books, facts, lookups), `-writes` (one entry each), `-replay` (the
 * fixture's history), `-entries` and `-reads` (statements), `-delinquency` (aging report),
 * `-payments` (preview, record, reverse), `-files` (receipt PDF, CSV), `-checks` and `-inputs`
 * (input parsing), `-errors` (the API's refusals).
 */

export type {
  DelinquencyReport,
  LedgerStatement,
  MockLedgerRole,
} from './mock-api.ledger.types';

const movesMoney: ReadonlySet<MockLedgerRole> = new Set(['manager', 'accountant']);

/** A fixture without entries: the same buildings, tenants and leases, nothing charged or paid. */
export function withoutEntries(fixture: LedgerFixture): LedgerFixture {
  return {
    ...fixture,
    leases: fixture.leases.map((lease) => ({ ...lease, lines: [], depositMinor: 0 })),
    payments: [],
    reversals: [],
  };
}

/**
 * A mutable rent ledger built by replaying `fixture` day by day up to `fixture.today` (charges
 * as they fall due and the deposit on the start day, credit applied, late fees assessed, then
 * the day's payments and reversals), its handlers by procedure path, and `statement(leaseId)`.
 * The mock's day is always `fixture.today`, and it is the org's today of reports asked without
 * `asOf` (as the API's `reportScope` defaults it). Writes need a `role` that moves money (else
 * FORBIDDEN). The replay runs on the first call, so stories of other widgets pay nothing for it.
 */
export function createLedgerStore(fixture: LedgerFixture, options: { role: MockLedgerRole }) {
  const state = createLedgerState(fixture);
  const payments = createLedgerPayments(state);
  let replayed = false;
  const ready = () => {
    if (replayed) return;
    replayed = true;
    replay(state);
  };
  const assertMovesMoney = () => {
    if (movesMoney.has(options.role)) return;
    throw new MockApiError('Your role may not do this (ledger:write).', 'FORBIDDEN', 403);
  };

  /** A report's input with its day: `asOf` as asked, else the org's today (the mock's day). */
  const reportOf = (input: unknown) => {
    const { asOf = state.today, ...rest } = parseReportInput(input);
    return { asOf, ...rest };
  };

  const handlers: Record<string, Handler> = {
    'ledger.forLease': (input) => statement(state, parseStatementInput(input)),
    'ledger.forTenant': (input) => tenantLedgers(state, parseTenantInput(input).tenantId),
    'ledger.previewAllocation': (input) => payments.preview(parsePreviewInput(input)),
    'ledger.recordPayment': (input) => {
      assertMovesMoney();
      return payments.recordPayment(parseRecordPaymentInput(input));
    },
    'ledger.reverse': (input) => {
      assertMovesMoney();
      return payments.reverseEntry(parseReverseInput(input));
    },
    'receipts.get': (input) => receipt(state, parseReceiptInput(input).paymentId),
    'reports.delinquency': (input) => delinquency(state, reportOf(input)),
    'reports.delinquencyCsv': (input): CsvFile => {
      const query = reportOf(input);
      return delinquencyCsv(query.asOf, delinquency(state, query).rows);
    },
  };

  return {
    handlers: Object.fromEntries(
      Object.entries(handlers).map(([path, handler]) => [
        path,
        guarded((input) => {
          ready();
          return handler(input);
        }),
      ]),
    ),
    /** A lease's whole statement as the mock holds it now (after the story's payments). */
    statement: (leaseId: string) => {
      ready();
      return statement(state, { leaseId });
    },
  };
}

/** A ledger store as {@link createLedgerStore} returns it. */
export type LedgerStore = ReturnType<typeof createLedgerStore>;
