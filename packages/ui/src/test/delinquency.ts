import type {
  DelinquencyReportData,
  DelinquencyReportRow,
  DelinquencyReportTotal,
} from '../delinquency-report/delinquency-report.utils';

/** The day the fixtures are aged on. */
export const asOf = '2025-03-01';

let next = 1;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A `reports.delinquency` row (USD, active, everything 1–30 days late) with overrides. */
export function makeDelinquencyRow(
  overrides: Partial<DelinquencyReportRow> = {},
): DelinquencyReportRow {
  const n = next++;
  const buckets = {
    current: overrides.current ?? 0,
    days1to30: overrides.days1to30 ?? 0,
    days31to60: overrides.days31to60 ?? 0,
    days61to90: overrides.days61to90 ?? 0,
    days90plus: overrides.days90plus ?? 0,
  };
  return {
    leaseId: uuid(n),
    buildingId: uuid(900),
    buildingName: 'Harbour Court',
    units: `Unit ${n}`,
    tenants: `Tenant ${n}`,
    status: 'active',
    currency: 'USD',
    totalMinor: Object.values(buckets).reduce((sum, v) => sum + v, 0),
    unappliedCreditMinor: 0,
    oldestDueDate: '2025-02-01',
    ...overrides,
    ...buckets,
  };
}

/** The report the API would answer for `rows`: totals per currency in order of first appearance. */
export function makeDelinquencyReport(
  rows: DelinquencyReportRow[],
  day: string = asOf,
): DelinquencyReportData {
  const totals = new Map<string, DelinquencyReportTotal>();
  for (const row of rows) {
    const t = totals.get(row.currency) ?? {
      currency: row.currency,
      leases: 0,
      current: 0,
      days1to30: 0,
      days31to60: 0,
      days61to90: 0,
      days90plus: 0,
      totalMinor: 0,
    };
    t.leases += 1;
    t.current += row.current;
    t.days1to30 += row.days1to30;
    t.days31to60 += row.days31to60;
    t.days61to90 += row.days61to90;
    t.days90plus += row.days90plus;
    t.totalMinor += row.totalMinor;
    totals.set(row.currency, t);
  }
  return { asOf: day, rows, totals: [...totals.values()] };
}

/** Three USD leases in the API's order (largest total first). */
export const babbage = makeDelinquencyRow({
  leaseId: uuid(101),
  units: '2A',
  tenants: 'Charles Babbage, Mary Somerville',
  status: 'collections',
  days1to30: 95_000,
  days31to60: 95_000,
  days61to90: 95_000,
  days90plus: 190_000,
  oldestDueDate: '2024-10-01',
});
export const lovelace = makeDelinquencyRow({
  leaseId: uuid(102),
  units: '4B',
  tenants: 'Ada Lovelace',
  days1to30: 120_050,
});
export const hopper = makeDelinquencyRow({
  leaseId: uuid(103),
  buildingName: 'Elm House',
  units: '1',
  tenants: 'Grace Hopper',
  status: 'notice_given',
  current: 80_000,
  oldestDueDate: '2025-03-01',
});

/** The three USD leases as `reports.delinquency` answers them. */
export const delinquencyReport = makeDelinquencyReport([babbage, lovelace, hopper]);

/** A CSV file as `reports.delinquencyCsv` answers it. */
export function makeDelinquencyCsv(day: string = asOf) {
  return {
    fileName: `delinquency-${day}.csv`,
    contentType: 'text/csv; charset=utf-8',
    data: `Building,Units,Tenants\nHarbour Court,2A,"Charles Babbage, Mary Somerville"\n`,
    encoding: 'utf8' as const,
  };
}
