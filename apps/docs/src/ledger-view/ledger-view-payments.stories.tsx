import { LedgerView } from '@estatekit/ui/ledger-view';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ledgerFixtureIds } from '../fixtures/ledger.fixture';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

const api = (estatekit: EstateKitStoryParameters) => ({ estatekit });
const { leases } = ledgerFixtureIds;

/**
 * Recording payments, and who may. "Record payment" opens a dialog that reads the amount into
 * minor units, previews what it would pay (`ledger.previewAllocation`) and saves with
 * `ledger.recordPayment` under one idempotency key per dialog. The rules are the API's: the
 * mock judges with the domain's `checkPaymentAcceptance` and `allocatePayment`, and refuses
 * writes to roles without `ledger:write`.
 */
const meta = {
  title: 'LedgerView/Payments',
  component: LedgerView,
  args: { leaseId: leases.twoTenants, onPaymentRecorded: fn(), onEntryReversed: fn() },
  parameters: { controls: { include: ['canWrite', 'previewDebounceMs', 'caption'] } },
} satisfies Meta<typeof LedgerView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog, in the page's document (Radix portals it out of the widget). */
async function openPaymentDialog(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const page = within(canvasElement.ownerDocument.body);
  await userEvent.click(await canvas.findByRole('button', { name: 'Record payment' }));
  const dialog = await page.findByRole('dialog', { name: 'Record payment' }, { timeout: 5000 });
  return within(dialog);
}

/**
 * Julia and Kofi Mensah (Cedar Court 3B) owe $2,455.00. The play records $1,000.00 received
 * today: the preview shows which charges it pays (oldest due first, with the engine's
 * reasons) and the balance after; saving closes the dialog, announces the receipt and the new
 * balance, and the ledger refreshes.
 */
export const RecordPartialPayment: Story = {
  name: 'Record a partial payment',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const dialog = await openPaymentDialog(canvasElement);
    await userEvent.type(dialog.getByLabelText('Amount (USD)'), '1000');
    const preview = dialog.getByRole('region', { name: 'What this payment would pay' });
    await waitFor(() => expect(preview.dataset.state).toBe('ready'), { timeout: 5000 });
    await waitFor(() => expect(preview.getAttribute('aria-busy')).toBeNull());
    await expect(preview).toHaveTextContent('Balance after: $1,455.00 (now $2,455.00)');
    await userEvent.click(dialog.getByRole('button', { name: 'Record payment' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        /^Payment of \$1,000\.00 recorded \(receipt #\d+\)\. Balance now \$1,455\.00\.$/,
      ),
    );
    const balance = canvasElement.querySelector('[data-figure="balance"] dd');
    await waitFor(() => expect(balance).toHaveTextContent('$1,455.00'));
    await expect(args.onPaymentRecorded).toHaveBeenLastCalledWith(
      expect.objectContaining({ balanceMinor: 145_500, status: 'confirmed' }),
    );
  },
};

/**
 * David Kim's lease (Harbour View 202) is in collections: the preview already says the lease
 * takes no payment, and saving shows the API's refusal in the dialog; nothing is recorded.
 */
export const InCollections: Story = {
  name: 'In collections (payment refused)',
  args: { leaseId: leases.collections },
  play: async ({ canvasElement }) => {
    const dialog = await openPaymentDialog(canvasElement);
    await userEvent.type(dialog.getByLabelText('Amount (USD)'), '500');
    const preview = dialog.getByRole('region', { name: 'What this payment would pay' });
    await waitFor(() => expect(preview.dataset.state).toBe('refused'), { timeout: 5000 });
    await userEvent.click(dialog.getByRole('button', { name: 'Record payment' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(
      'This lease is in collections, so payments are not accepted on it.',
    );
  },
};

/**
 * A mistake is corrected with a reversal, never an edit. The play reverses Amelia Brooks's
 * March payment ("Entered twice"): the payment stays, marked Reversed, a reversal with the
 * reason is added, and the charges it paid are open again.
 */
export const ReversePayment: Story = {
  name: 'Reverse a payment',
  args: { leaseId: leases.onTime },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const page = within(canvasElement.ownerDocument.body);
    const reverse = await canvas.findByRole('button', {
      name: 'Reverse Payment, Bank transfer, Mar 1, 2026',
    });
    await userEvent.click(reverse);
    const dialog = within(
      await page.findByRole('dialog', { name: 'Reverse payment' }, { timeout: 5000 }),
    );
    await userEvent.type(dialog.getByLabelText('Reason (required)'), 'Entered twice');
    await userEvent.click(dialog.getByRole('button', { name: 'Reverse payment' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/ reversed\.$/));
    await expect(args.onEntryReversed).toHaveBeenLastCalledWith(
      expect.objectContaining({ entryId: ledgerFixtureIds.payments.onTimeMarch, kind: 'payment' }),
    );
  },
};

/**
 * `canWrite={false}`: for staff who only read (or a tenant portal). No "Record payment", no
 * "Reverse"; receipts still download.
 */
export const ReadOnly: Story = {
  name: 'Read-only (canWrite={false})',
  args: { leaseId: leases.onTime, canWrite: false },
  parameters: api({ role: 'read_only' }),
};

/**
 * Signed in as an agent, who may read ledgers but not move money, with `canWrite` left out:
 * the widget offers "Record payment", the API answers FORBIDDEN, and the widget shows its
 * message and stops offering writes.
 */
export const AgentRole: Story = {
  name: 'Agent (write refused)',
  args: { leaseId: leases.paysLate },
  parameters: api({ role: 'agent' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = await openPaymentDialog(canvasElement);
    await userEvent.type(dialog.getByLabelText('Amount (USD)'), '250');
    await userEvent.click(dialog.getByRole('button', { name: 'Record payment' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Your role may not do this (ledger:write).',
    );
    await waitFor(() =>
      expect(canvas.queryByRole('button', { name: 'Record payment' })).toBeNull(),
    );
  },
};
