import { formatMoney, type IsoDate, toDecimalString } from '@estatekit/domain';
import type { CsvFile, DelinquencyRow, ReceiptFile } from './mock-api.ledger.types';
import { refusal } from './mock-api.ledger-errors';
import { type LedgerState, sum } from './mock-api.ledger-state';

/*
 * The files of the ledger mock: a payment's receipt (`receipts.get`, a hand-written PDF) and
 * the delinquency report as CSV (`reports.delinquencyCsv`, the API's columns).
 */

/** `receipts.get`: what the payment paid, in a one-page PDF. NOT_FOUND for anything else. */
export function receipt(state: LedgerState, paymentId: string): ReceiptFile {
  const entry = state.facts.get(paymentId);
  if (entry?.kind !== 'payment') throw refusal('NOT_FOUND', `No payment with id ${paymentId}.`);
  const { lease, book } = state.ledgerOf(entry.leaseId);
  const payment = book.payments.find((p) => p.id === paymentId)!;
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: lease.currency }, 'en-US');
  const paid = book.liveAllocations().filter((a) => a.paymentId === paymentId);
  const charges = new Map(book.charges.map((c) => [c.id, c]));
  const lines = paid.map((a) => {
    const c = charges.get(a.chargeId);
    const what = (c && state.factsOf(c.id, 'charge').description) ?? c?.type ?? 'Charge';
    return `${what} due ${c?.dueDate ?? ''} - ${money(a.amountMinor)}`;
  });
  const unapplied = payment.amountMinor - sum(paid);
  const pdf = receiptPdf(state.fixture.orgName, [
    `Receipt No. ${entry.receiptNumber}`,
    `Issued ${entry.issuedOn}`,
    '',
    `Received from: ${state
      .tenantsOf(lease)
      .map((t) => t.name)
      .join(', ')}`,
    `Premises: ${state.buildingOf(lease).name}, ${lease.units.map((u) => u.name).join(', ')}`,
    `Received on: ${entry.receivedOn}`,
    `Amount: ${money(payment.amountMinor)}`,
    `Method: ${entry.method.replace('_', ' ')}`,
    ...(entry.reference ? [`Reference: ${entry.reference}`] : []),
    '',
    'Applied to',
    ...lines,
    ...(lines.length === 0 ? ['Nothing yet: held as credit.'] : []),
    ...(unapplied > 0 ? [`Held as credit for charges not yet due - ${money(unapplied)}`] : []),
  ]);
  return {
    fileName: `receipt-${entry.receiptNumber}.pdf`,
    contentType: 'application/pdf',
    data: pdf,
    encoding: 'base64',
    number: entry.receiptNumber,
  };
}

/** One CSV field as csv-stringify writes it: quoted (quotes doubled) only when it must be. */
const csvField = (value: string | null) => {
  const s = value ?? '';
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const csvHeader = [
  'Building',
  'Units',
  'Tenants',
  'Lease status',
  'Currency',
  'Current',
  '1-30 days',
  '31-60 days',
  '61-90 days',
  '90+ days',
  'Total',
  'Unapplied credit',
  'Oldest due date',
  'Lease id',
];

/** `reports.delinquencyCsv`: the API's columns, amounts as decimals of each lease's currency. */
export function delinquencyCsv(asOf: IsoDate, rows: readonly DelinquencyRow[]): CsvFile {
  const decimal = (amountMinor: number, currency: string) =>
    toDecimalString({ amountMinor, currency });
  const records = rows.map((r) => [
    r.buildingName,
    r.units,
    r.tenants,
    r.status,
    r.currency,
    ...[r.current, r.days1to30, r.days31to60, r.days61to90, r.days90plus, r.totalMinor].map((m) =>
      decimal(m, r.currency),
    ),
    decimal(r.unappliedCreditMinor, r.currency),
    r.oldestDueDate,
    r.leaseId,
  ]);
  const data = [csvHeader, ...records]
    .map((record) => `${record.map(csvField).join(',')}\n`)
    .join('');
  return {
    fileName: `delinquency-${asOf}.csv`,
    contentType: 'text/csv; charset=utf-8',
    data,
    encoding: 'utf8',
  };
}

/**
 * A one-page A4 PDF (base64) with `title` large and `lines` below in Helvetica, written by hand
 * (a fixture, not the API's PDFKit layout). Text is reduced to printable ASCII: accents dropped,
 * anything else `?`.
 */
export function receiptPdf(title: string, lines: readonly string[]): string {
  const ascii = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^ -~]/g, '?')
      .replace(/[\\()]/g, (c) => `\\${c}`);
  const body = lines.map((line) => `(${ascii(line)}) Tj T*`).join('\n');
  const content = `BT\n/F1 18 Tf 56 770 Td (${ascii(title)}) Tj\n/F1 11 Tf 0 -30 Td 16 TL\n${body}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  const rows = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return btoa(pdf);
}
