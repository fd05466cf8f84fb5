import { formatMoney } from '@estatekit/domain';
import PDFDocument from 'pdfkit';

/** What a payment receipt shows. Amounts are minor units of `currency`; dates ISO days. */
export interface ReceiptContent {
  orgName: string;
  number: number;
  issuedOn: string;
  receivedOn: string;
  receivedFrom: string;
  premises: string;
  amountMinor: number;
  currency: string;
  method: string;
  reference: string | null;
  lines: { description: string; amountMinor: number }[];
  unappliedMinor: number;
  locale?: string;
}

/**
 * Renders a payment receipt as a one-page A4 PDF with PDFKit (built-in Helvetica, so no font
 * files): who paid, how much, how, and which charges it paid. Resolves to the PDF's bytes.
 */
export function renderReceiptPdf(receipt: ReceiptContent): Promise<Buffer> {
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: receipt.currency }, receipt.locale ?? 'en-US');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Receipt ${receipt.number}`, Author: receipt.orgName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).text(receipt.orgName);
  doc.moveDown(0.5).fontSize(14).text(`Receipt No. ${receipt.number}`);
  doc.font('Helvetica').fontSize(10).fillColor('#444').text(`Issued ${receipt.issuedOn}`);
  doc.moveDown().fillColor('#000').fontSize(11);
  const field = (label: string, value: string) =>
    doc
      .font('Helvetica-Bold')
      .text(`${label}: `, { continued: true })
      .font('Helvetica')
      .text(value);
  field('Received from', receipt.receivedFrom);
  field('Premises', receipt.premises);
  field('Received on', receipt.receivedOn);
  field('Amount', money(receipt.amountMinor));
  field('Method', receipt.method.replace('_', ' '));
  if (receipt.reference) field('Reference', receipt.reference);
  doc.moveDown().font('Helvetica-Bold').text('Applied to');
  doc.font('Helvetica');
  for (const line of receipt.lines) doc.text(`${line.description} — ${money(line.amountMinor)}`);
  if (receipt.lines.length === 0) doc.text('Nothing yet: held as credit.');
  if (receipt.unappliedMinor > 0) {
    doc.text(`Held as credit for charges not yet due — ${money(receipt.unappliedMinor)}`);
  }
  doc.end();
  return done;
}
