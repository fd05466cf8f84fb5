import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { FakeApiError } from '../test/fake-api';
import { createLedgerApi, ids, leaseId, sampleStatement } from '../test/ledger';
import { renderWithProvider } from '../test/render-grid';
import { LedgerView } from './ledger-view';

const root = () => document.querySelector<HTMLElement>('[data-slot="ledger-view"]')!;
const rowOf = (entryId: string) =>
  document.querySelector<HTMLElement>(`tr[data-entry-id="${entryId}"]`)!;
const ready = () => waitFor(() => expect(root().dataset.state).toBe('ready'));

afterEach(() => vi.restoreAllMocks());

describe('given an entry to reverse', () => {
  it('requires a reason, sends it, refreshes the ledger and reports the reversal', async () => {
    const reversed = vi.fn();
    let done = false;
    const api = createLedgerApi(
      {
        'ledger.reverse': () => {
          done = true;
          return { entryId: ids.janPayment, kind: 'payment', leaseId, reversedAllocations: 2 };
        },
      },
      () => {
        const statement = sampleStatement();
        if (done) {
          statement.entries = statement.entries.map((e) =>
            e.id === ids.janPayment ? { ...e, reversedById: ids.marRent } : e,
          );
        }
        return statement;
      },
    );
    renderWithProvider(<LedgerView leaseId={leaseId} onEntryReversed={reversed} />, api.fetch);
    await ready();
    const button = within(rowOf(ids.janPayment)).getByRole('button', {
      name: 'Reverse Payment, Bank transfer, Jan 3, 2026',
    });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Reverse payment' });
    expect(dialog.textContent).toContain('Payment · Bank transfer of $1,030.00 on Jan 3, 2026');
    await expectNoAxeViolations(dialog);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Reverse payment' }));
    const reason = within(dialog).getByLabelText('Reason (required)');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Say why this payment is reversed; the reason is kept in the ledger.',
    );
    expect(api.callsTo('ledger.reverse')).toEqual([]);

    await userEvent.type(reason, '  Entered twice  ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reverse payment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('ledger.reverse')[0]?.input).toEqual({
      entryId: ids.janPayment,
      reason: 'Entered twice',
    });
    expect(reversed).toHaveBeenCalledWith({
      entryId: ids.janPayment,
      kind: 'payment',
      leaseId,
      reversedAllocations: 2,
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Payment · Bank transfer of $1,030.00 on Jan 3, 2026 reversed.',
    );
    await waitFor(() => expect(rowOf(ids.janPayment).dataset.reversed).toBe('true'));
  });

  it('offers reversal of charges and confirmed payments only', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await ready();
    const reversible = [...document.querySelectorAll<HTMLElement>('tr[data-entry-id]')]
      .filter((row) => within(row).queryByRole('button', { name: /^Reverse/ }))
      .map((row) => row.dataset.entryId);
    expect(reversible).toEqual([
      ids.janRent,
      ids.janPayment,
      ids.janWater,
      ids.febRent,
      ids.febWater,
      ids.lateFee,
      ids.marRent,
    ]);
  });

  it("shows the API's refusal in the dialog", async () => {
    const api = createLedgerApi({
      'ledger.reverse': () => {
        throw new FakeApiError('This charge is already reversed.', 'CONFLICT', 409);
      },
    });
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await ready();
    await userEvent.click(
      within(rowOf(ids.lateFee)).getByRole('button', { name: 'Reverse Late fee, Feb 10, 2026' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Reverse charge' });
    await userEvent.type(within(dialog).getByLabelText('Reason (required)'), 'Waived by manager');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reverse charge' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('This charge is already reversed.');
    expect(alert.dataset.code).toBe('CONFLICT');
    expect(api.callsTo('ledger.reverse')[0]?.input).toEqual({
      entryId: ids.lateFee,
      reason: 'Waived by manager',
    });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(
      within(rowOf(ids.lateFee)).getByRole('button', { name: /^Reverse/ }),
    );
  });

  it('hides recording and reversing with canWrite={false}, keeping receipts', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} canWrite={false} />, api.fetch);
    await ready();
    expect(screen.queryByRole('button', { name: 'Record payment' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Reverse/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Receipt #1/ })).toBeTruthy();
  });
});

describe('given a confirmed payment with a receipt', () => {
  it('downloads the receipt PDF the API returns', async () => {
    const pdf = '%PDF-1.7 receipt';
    const api = createLedgerApi({
      'receipts.get': () => ({
        fileName: 'receipt-1.pdf',
        contentType: 'application/pdf',
        data: btoa(pdf),
        encoding: 'base64',
        number: 1,
      }),
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:https://agency.test/receipt';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: Array<{ href: string; download: string; inWidget: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.href, download: this.download, inWidget: root().contains(this) });
    });
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await ready();
    expect(within(rowOf(ids.febPayment)).queryByRole('button', { name: /Receipt/ })).toBeNull();
    expect(within(rowOf(ids.marPayment)).queryByRole('button', { name: /Receipt/ })).toBeNull();

    await userEvent.click(
      within(rowOf(ids.janPayment)).getByRole('button', {
        name: 'Receipt #1 (PDF) for the payment on Jan 3, 2026',
      }),
    );
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(api.callsTo('receipts.get')[0]?.input).toEqual({ paymentId: ids.janPayment });
    expect(clicks[0]).toEqual({
      href: 'blob:https://agency.test/receipt',
      download: 'receipt-1.pdf',
      inWidget: true,
    });
    expect(blobs[0]?.type).toBe('application/pdf');
    expect(await blobs[0]?.text()).toBe(pdf);
    expect(rowOf(ids.janPayment).querySelector('a')).toBeNull();
  });

  it('says so when the receipt cannot be downloaded', async () => {
    const api = createLedgerApi({
      'receipts.get': () => {
        throw new FakeApiError(
          'This payment has no receipt (it is not confirmed).',
          'UNPROCESSABLE_CONTENT',
          422,
        );
      },
    });
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await ready();
    await userEvent.click(
      within(rowOf(ids.janPayment)).getByRole('button', { name: /Receipt #1/ }),
    );
    const alert = await within(rowOf(ids.janPayment)).findByRole('alert');
    expect(alert.textContent).toBe(
      'Receipt #1 could not be downloaded: This payment has no receipt (it is not confirmed).',
    );
  });
});
