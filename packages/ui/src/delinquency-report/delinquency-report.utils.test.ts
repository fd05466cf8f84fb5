import { agingBuckets } from '@estatekit/domain/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { babbage, hopper, lovelace, makeDelinquencyRow } from '../test/delinquency';
import {
  type DelinquencyColumnId,
  type DelinquencyReportRow,
  delinquencyColumnIds,
  oldestBucket,
  sortDelinquencyRows,
} from './delinquency-report.utils';
import {
  createDelinquencyFormatters,
  isIsoDate,
  leaseName,
  leaseStatusLabel,
} from './delinquency-report-format.utils';

const amountColumns = [...agingBuckets, 'totalMinor'] as const;
const ids = (rows: DelinquencyReportRow[]) => rows.map((r) => r.units);

describe('given rows from reports.delinquency', () => {
  const rows = [lovelace, hopper, babbage];

  it('sorts amounts largest first or smallest first', () => {
    expect(
      ids(sortDelinquencyRows(rows, { column: 'totalMinor', direction: 'desc' }, 'en')),
    ).toEqual(['2A', '4B', '1']);
    expect(ids(sortDelinquencyRows(rows, { column: 'current', direction: 'desc' }, 'en'))).toEqual([
      '1',
      '2A',
      '4B',
    ]);
    expect(ids(sortDelinquencyRows(rows, { column: 'days1to30', direction: 'asc' }, 'en'))).toEqual(
      ['1', '2A', '4B'],
    );
  });

  it('sorts leases by building, then units with numbers by value', () => {
    const u10 = makeDelinquencyRow({ units: 'Unit 10' });
    const u2 = makeDelinquencyRow({ units: 'Unit 2' });
    const sorted = sortDelinquencyRows(
      [u10, hopper, u2],
      { column: 'lease', direction: 'asc' },
      'en',
    );
    expect(ids(sorted)).toEqual(['1', 'Unit 2', 'Unit 10']);
    const reversed = sortDelinquencyRows(sorted, { column: 'lease', direction: 'desc' }, 'en');
    expect(ids(reversed)).toEqual(['Unit 10', 'Unit 2', '1']);
  });

  it('puts leases without tenants last in either direction', () => {
    const none = makeDelinquencyRow({ units: 'none', tenants: null });
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = sortDelinquencyRows([none, ...rows], { column: 'tenants', direction }, 'en');
      expect(sorted.at(-1)?.units).toBe('none');
    }
    expect(ids(sortDelinquencyRows(rows, { column: 'tenants', direction: 'asc' }, 'en'))).toEqual([
      '4B',
      '2A',
      '1',
    ]);
  });

  it('keeps currencies apart when sorting amounts', () => {
    const yen = makeDelinquencyRow({ units: 'yen', currency: 'JPY', days90plus: 9_000_000 });
    const euro = makeDelinquencyRow({ units: 'euro', currency: 'EUR', days90plus: 10 });
    const sorted = sortDelinquencyRows(
      [yen, babbage, euro],
      { column: 'days90plus', direction: 'desc' },
      'en',
    );
    expect(ids(sorted)).toEqual(['euro', 'yen', '2A']);
  });

  it('names the oldest bucket holding anything', () => {
    expect(oldestBucket(babbage)).toBe('days90plus');
    expect(oldestBucket(lovelace)).toBe('days1to30');
    expect(oldestBucket(hopper)).toBe('current');
    expect(oldestBucket(makeDelinquencyRow())).toBeNull();
  });
});

const currency = fc.constantFrom('USD', 'EUR', 'JPY');
const amount = fc.integer({ min: 0, max: 10_000_000_00 });
const rowArb = fc
  .record({
    buildingName: fc.constantFrom('Harbour Court', 'Elm House', 'Åsgatan 4'),
    units: fc.option(fc.constantFrom('1', '2', '10', '2A', 'B'), { nil: null }),
    tenants: fc.option(fc.constantFrom('Ada', 'Bob', 'ada', 'Zoë'), { nil: null }),
    currency,
    current: amount,
    days1to30: amount,
    days31to60: amount,
    days61to90: amount,
    days90plus: amount,
  })
  .map((r) => makeDelinquencyRow(r));
const sortArb = fc.record({
  column: fc.constantFrom<DelinquencyColumnId>(...delinquencyColumnIds),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
});

describe('given any rows and any sort', () => {
  it('returns the same rows, each once, without touching the input', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), sortArb, (rows, sort) => {
        const before = [...rows];
        const sorted = sortDelinquencyRows(rows, sort, 'en');
        expect(rows).toEqual(before);
        expect(sorted.map((r) => r.leaseId).sort()).toEqual(rows.map((r) => r.leaseId).sort());
      }),
    );
  });

  it('orders amounts within each currency, currencies grouped A→Z', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 30 }),
        fc.constantFrom(...amountColumns),
        fc.constantFrom('asc' as const, 'desc' as const),
        (rows, column, direction) => {
          const sorted = sortDelinquencyRows(rows, { column, direction }, 'en');
          for (let i = 1; i < sorted.length; i++) {
            const a = sorted[i - 1]!;
            const b = sorted[i]!;
            expect(a.currency <= b.currency).toBe(true);
            if (a.currency === b.currency) {
              const inOrder = direction === 'asc' ? a[column] <= b[column] : a[column] >= b[column];
              expect(inOrder).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('gives one order whatever order the rows arrive in (a total, stable order)', () => {
    const rowsAndShuffle = fc
      .array(rowArb, { maxLength: 20 })
      .chain((rows) =>
        fc.tuple(
          fc.constant(rows),
          fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        ),
      );
    fc.assert(
      fc.property(rowsAndShuffle, sortArb, ([rows, shuffled], sort) => {
        expect(sortDelinquencyRows(shuffled, sort, 'en')).toEqual(
          sortDelinquencyRows(rows, sort, 'en'),
        );
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 20 }), sortArb, (rows, sort) => {
        const once = sortDelinquencyRows(rows, sort, 'en');
        expect(sortDelinquencyRows(once, sort, 'en')).toEqual(once);
      }),
    );
  });
});

describe('given the report’s text', () => {
  const f = createDelinquencyFormatters('en-US');

  it('formats minor units exactly in each currency’s precision', () => {
    expect(f.amount(120_050, 'USD')).toBe('$1,200.50');
    expect(f.amount(0, 'USD')).toBe('$0.00');
    expect(f.amount(9_000, 'JPY')).toBe('¥9,000');
    expect(f.amount(1_234, 'KWD')).toBe('KWD\u00a01.234');
    expect(f.amount(9_007_199_254_740_991, 'USD')).toBe('$90,071,992,547,409.91');
    expect(f.amount(500, 'XXY')).toBe('500 XXY (minor units)');
  });

  it('writes days, counts, statuses and lease names', () => {
    expect(f.date('2025-03-01')).toBe('Mar 1, 2025');
    expect(f.leaseCount(1)).toBe('1 lease');
    expect(f.leaseCount(1200)).toBe('1,200 leases');
    expect(leaseStatusLabel('collections')).toBe('In collections');
    expect(leaseStatusLabel('something_new')).toBe('something_new');
    expect(leaseName({ units: '4B', buildingName: 'Harbour Court' })).toBe('4B');
    expect(leaseName({ units: null, buildingName: 'Harbour Court' })).toBe('Harbour Court');
  });

  it('accepts real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
