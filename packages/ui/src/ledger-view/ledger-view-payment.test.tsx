import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { FakeApiError } from '../test/fake-api';
import {
  createLedgerApi,
  ids,
  leaseId,
  samplePaymentResult,
  samplePreview,
  sampleStatement,
  tenantId,
} from '../test/ledger';
import { renderWithProvider } from '../test/render-grid';
import { LedgerView } from './ledger-view';

const root = () => document.querySelector<HTMLElement>('[data-slot="ledger-view"]')!;

async function openDialog() {
  await waitFor(() => expect(root().dataset.state).toBe('ready'));
  await userEvent.click(screen.getByRole('button', { name: 'Record payment' }));
  return screen.findByRole('dialog', { name: 'Record payment' });
}

async function submitAmount(dialog: HTMLElement, amount: string) {
  const input = within(dialog).getByLabelText('Amount (USD)');
  await userEvent.clear(input);
  if (amount) await userEvent.paste(amount);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Record payment' }));
  return input;
}

const errorOf = (input: HTMLElement) =>
  document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;

describe('given the record-payment dialog', () => {
  it('refuses empty, zero, negative, unreadable and too precise amounts with a clear message', async () => {
    const api = createLedgerApi();
    // A long quiet time: no preview is asked for while typing, and none after an unreadable amount.
    renderWithProvider(<LedgerView leaseId={leaseId} previewDebounceMs={60_000} />, api.fetch);
    const dialog = await openDialog();

    let input = await submitAmount(dialog, '');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(input)).toBe('Enter the amount received.');
    expect(within(dialog).getByRole('alert').textContent).toBe('Check the highlighted fields.');
    expect(document.activeElement).toBe(input);

    input = await submitAmount(dialog, '0');
    expect(errorOf(input)).toBe('The amount must be more than zero.');
    input = await submitAmount(dialog, '-50');
    expect(errorOf(input)).toBe(
      'Enter a positive amount. To take money back, reverse the payment instead.',
    );
    input = await submitAmount(dialog, '12.345');
    expect(errorOf(input)).toBe('USD amounts have at most 2 decimal places.');
    input = await submitAmount(dialog, 'ten dollars');
    expect(errorOf(input)).toBe('Enter an amount in USD, such as 1250.00.');

    expect(api.callsTo('ledger.recordPayment')).toEqual([]);
    expect(
      within(dialog).getByRole('region', { name: 'What this payment would pay' }).textContent,
    ).toContain('Enter an amount to see what it would pay.');
    await expectNoAxeViolations(dialog);
  });

  it('previews what the amount would pay, with the reasons, before anything is saved', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} previewDebounceMs={5} />, api.fetch);
    const dialog = await openDialog();
    const preview = within(dialog).getByRole('region', { name: 'What this payment would pay' });
    expect(preview.textContent).toContain('Enter an amount to see what it would pay.');

    await userEvent.type(within(dialog).getByLabelText('Amount (USD)'), '500');
    await waitFor(() =>
      expect(api.callsTo('ledger.previewAllocation').at(-1)?.input).toEqual({
        leaseId,
        amountMinor: 50_000,
        receivedOn: '2026-03-10',
      }),
    );
    await waitFor(() => expect(preview.getAttribute('aria-busy')).toBeNull());
    expect(preview.dataset.state).toBe('ready');
    const items = within(preview).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `Rent due Feb 1, 2026 · paid in part$500.00${samplePreview.allocations[0]!.reason}`,
    ]);
    expect(preview.textContent).toContain('Balance after: $1,555.00 (now $2,055.00)');
    expect(api.callsTo('ledger.recordPayment')).toEqual([]);
    await expectNoAxeViolations(dialog);
  });

  it("shows the lease's refusal in the preview and the credit a payment would leave", async () => {
    const api = createLedgerApi({
      'ledger.previewAllocation': () => ({
        ...samplePreview,
        allocations: [],
        unappliedMinor: 5_000,
        accepted: {
          accepted: false,
          rule: 'minimum_rent_due',
          message:
            'This lease accepts payments of at least the rent due (1000.00); 50.00 was offered.',
        },
        balanceAfterMinor: 205_500,
      }),
    });
    renderWithProvider(<LedgerView leaseId={leaseId} previewDebounceMs={5} />, api.fetch);
    const dialog = await openDialog();
    const preview = within(dialog).getByRole('region', { name: 'What this payment would pay' });
    await userEvent.type(within(dialog).getByLabelText('Amount (USD)'), '50');
    await waitFor(() =>
      expect(api.callsTo('ledger.previewAllocation').at(-1)?.input).toMatchObject({
        amountMinor: 5_000,
      }),
    );
    await waitFor(() => expect(preview.getAttribute('aria-busy')).toBeNull());
    expect(preview.dataset.state).toBe('refused');
    expect(preview.textContent).toContain(
      'This lease accepts payments of at least the rent due (1000.00); 50.00 was offered.',
    );
    expect(preview.textContent).toContain(
      'Nothing is due yet: the whole amount would be kept as credit.',
    );
    expect(preview.textContent).toContain('Kept as credit: $50.00');
  });

  it('records the payment in minor units, announces the new balance and refreshes the ledger', async () => {
    const recorded = vi.fn();
    let paid = false;
    const api = createLedgerApi(
      {
        'ledger.recordPayment': () => {
          paid = true;
          return samplePaymentResult;
        },
      },
      () => {
        const statement = sampleStatement();
        if (paid) statement.summary.balanceMinor = 155_500;
        return statement;
      },
    );
    renderWithProvider(
      <LedgerView leaseId={leaseId} previewDebounceMs={5} onPaymentRecorded={recorded} />,
      api.fetch,
    );
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText('Amount (USD)'), '1,030.50');
    await userEvent.selectOptions(within(dialog).getByLabelText('Method'), 'cash');
    await userEvent.type(within(dialog).getByLabelText('Reference'), ' R-9 ');
    const date = within(dialog).getByLabelText('Received on') as HTMLInputElement;
    expect(date.value).toBe('2026-03-10');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-03-09');
    await userEvent.type(within(dialog).getByLabelText('Note'), 'Paid at the office');
    const loads = api.callsTo('ledger.forLease').length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record payment' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const input = api.callsTo('ledger.recordPayment')[0]?.input as Record<string, unknown>;
    expect(input).toEqual({
      leaseId,
      amountMinor: 103_050,
      method: 'cash',
      reference: 'R-9',
      receivedOn: '2026-03-09',
      note: 'Paid at the office',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Payment of $1,030.50 recorded (receipt #3). Balance now $1,555.00.',
    );
    expect(recorded).toHaveBeenCalledWith(samplePaymentResult);
    await waitFor(() => expect(api.callsTo('ledger.forLease').length).toBeGreaterThan(loads));
    await waitFor(() =>
      expect(
        screen
          .getByRole('region', { name: 'Balance and aging' })
          .querySelector('[data-figure="balance"]')?.textContent,
      ).toBe('Balance$1,555.00'),
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Record payment' }));
  });

  it('sends once while saving and retries with the same idempotency key; a new dialog gets a new key', async () => {
    const answers: Array<{ resolve: (v: unknown) => void; reject: (e: unknown) => void }> = [];
    const api = createLedgerApi({
      'ledger.recordPayment': () =>
        new Promise((resolve, reject) => answers.push({ resolve, reject })),
    });
    renderWithProvider(<LedgerView leaseId={leaseId} previewDebounceMs={5} />, api.fetch);
    let dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText('Amount (USD)'), '200');
    const submit = within(dialog).getByRole('button', { name: 'Record payment' });
    await userEvent.click(submit);
    await waitFor(() => expect(answers).toHaveLength(1));
    expect(submit.textContent).toBe('Recording…');
    await userEvent.click(submit);
    await userEvent.keyboard('{Enter}');
    expect(api.callsTo('ledger.recordPayment')).toHaveLength(1);

    answers[0]!.reject(new FakeApiError('Service unavailable', 'INTERNAL_SERVER_ERROR', 500));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toBe('Service unavailable'),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(answers).toHaveLength(2));
    const [first, second] = api.callsTo('ledger.recordPayment').map((c) => c.input) as Array<{
      idempotencyKey: string;
    }>;
    expect(second).toEqual(first);
    answers[1]!.resolve(samplePaymentResult);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText('Amount (USD)'), '200');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(answers).toHaveLength(3));
    const third = api.callsTo('ledger.recordPayment')[2]?.input as { idempotencyKey: string };
    expect(third.idempotencyKey).not.toBe(first!.idempotencyKey);
  });

  it("shows the API's refusal with its suggestion and field errors, and keeps the dialog open", async () => {
    const api = createLedgerApi({
      'ledger.recordPayment': () => {
        throw new FakeApiError(
          'This lease accepts payments of at least the rent due (1000.00); 500.00 was offered.',
          'UNPROCESSABLE_CONTENT',
          422,
          { domain: { code: 'LEDGER_RULE_VIOLATED', suggestion: 'Ask for at least 1000.00.' } },
        );
      },
    });
    renderWithProvider(<LedgerView leaseId={leaseId} previewDebounceMs={5} />, api.fetch);
    const dialog = await openDialog();
    await submitAmount(dialog, '500');
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      'This lease accepts payments of at least the rent due (1000.00); 500.00 was offered.Ask for at least 1000.00.',
    );
    expect(alert.dataset.code).toBe('UNPROCESSABLE_CONTENT');
    expect(screen.getByRole('dialog', { name: 'Record payment' })).toBeTruthy();
    await expectNoAxeViolations(dialog);
  });

  it('puts the API’s field issues under their fields', async () => {
    const api = createLedgerApi({
      'ledger.recordPayment': () => {
        throw new FakeApiError('Invalid input', 'BAD_REQUEST', 400, {
          issues: [
            { path: ['amountMinor'], message: 'Too big: expected number to be <=9007199254740991' },
          ],
        });
      },
    });
    renderWithProvider(<LedgerView leaseId={leaseId} previewDebounceMs={5} />, api.fetch);
    const dialog = await openDialog();
    const input = await submitAmount(dialog, '12');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(input)).toBe('Too big: expected number to be <=9007199254740991');
    expect(within(dialog).getByRole('alert').textContent).toBe('Check the highlighted fields.');
  });

  it('shows FORBIDDEN, then keeps the ledger and stops offering writes', async () => {
    const api = createLedgerApi({
      'ledger.recordPayment': () => {
        throw new FakeApiError('Your role may not do this (ledger:write).', 'FORBIDDEN', 403);
      },
    });
    renderWithProvider(<LedgerView leaseId={leaseId} previewDebounceMs={5} />, api.fetch);
    const dialog = await openDialog();
    await submitAmount(dialog, '500');
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('Your role may not do this (ledger:write).');
    expect(alert.dataset.code).toBe('FORBIDDEN');

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('table', { name: 'Ledger' })).toBeTruthy();
    expect(root().dataset.state).toBe('ready');
    expect(root().querySelector('[data-slot="ledger-view-notice"]')?.textContent).toContain(
      'Your role may not do this (ledger:write).',
    );
    expect(screen.queryByRole('button', { name: 'Record payment' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Reverse/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Receipt #1/ })).toBeTruthy();
  });
});

describe('given a tenant’s ledger', () => {
  it('records the payment on the lease shown, with the tenant as payer', async () => {
    const api = createLedgerApi({
      'ledger.forTenant': () => ({ tenantId, leases: [sampleStatement()], totals: [] }),
      'ledger.recordPayment': () => samplePaymentResult,
    });
    renderWithProvider(<LedgerView tenantId={tenantId} previewDebounceMs={5} />, api.fetch);
    const dialog = await openDialog();
    expect(within(dialog).getByText(/Harbour View · Unit 1 · Tess Tenant/)).toBeTruthy();
    await submitAmount(dialog, '500');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('ledger.recordPayment')[0]?.input).toMatchObject({
      leaseId,
      tenantId,
      amountMinor: 50_000,
      method: 'bank_transfer',
      reference: null,
      note: null,
    });
    expect(ids.janRent).toBeTruthy();
  });
});
