import { LedgerView } from '@estatekit/ui/ledger-view';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ledgerFixtureIds } from '../fixtures/ledger.fixture';

const { leases, tenants } = ledgerFixtureIds;

/**
 * `<LedgerView />` over the fixture portfolio (two Seattle buildings, 13 leases, July 2025 to
 * 10 March 2026), replayed by the mocked API through the domain's `LedgerBook`: every balance,
 * allocation and aging bucket is the domain's own. Each row is one event with the running
 * balance after it; a payment expands to what it paid. Pick another lease with the `leaseId`
 * control (ids in `ledgerFixtureIds`).
 */
const meta = {
  title: 'LedgerView/Leases',
  component: LedgerView,
  args: { leaseId: leases.onTime },
  parameters: {
    controls: { include: ['leaseId', 'tenantId', 'canWrite', 'caption', 'defaultFilters'] },
  },
} satisfies Meta<typeof LedgerView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Amelia Brooks (Harbour View 101) pays every month on the 1st: balance $0.00, nothing aging. */
export const OnTime: Story = { name: 'Paying on time' };

/**
 * Chloé Martin (Harbour View 201) has paid 60 % of each month since November. Her lease pays
 * late fees first, then Wi-Fi, then rent (a lease-level allocation policy). The play expands
 * her last payment: each charge it paid, how much, and the allocation engine's reason.
 */
export const PartiallyPaid: Story = {
  name: 'Partially paid',
  args: { leaseId: leases.partial },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggles = await canvas.findAllByRole('button', { name: /^Show what it paid/ });
    const last = toggles.at(-1)!;
    await userEvent.click(last);
    await expect(last).toHaveAttribute('aria-expanded', 'true');
    const paid = await canvas.findByRole('list', { name: /^What the payment of .* paid$/ });
    await expect(within(paid).getAllByRole('listitem').length).toBeGreaterThan(0);
  },
};

/**
 * Elena Rossi (Harbour View 301) paid $1,200.00 more than was due in January: it waits as
 * unapplied credit (the Balance column's "credit" line) and the summary's "Unapplied credit".
 */
export const UnappliedCredit: Story = {
  name: 'Unapplied credit',
  args: { leaseId: leases.credit },
};

/**
 * Farah Haddad (Cedar Court 1A): February's rent bounced and was reversed five days later. The
 * payment stays in the ledger, marked Reversed, next to the reversal that cancels it and the
 * reason: history is never rewritten.
 */
export const BouncedPayment: Story = {
  name: 'Reversed payment',
  args: { leaseId: leases.bounced },
};

/**
 * `tenantId`: Grace Liu has two leases, a current one (Harbour View 302) and one that ended in
 * October with $700.00 still owed (Cedar Court 2B). The newest shows first, with the tenant's
 * total below the summary; the play picks the ended lease.
 */
export const SeveralLeases: Story = {
  name: 'Tenant with several leases',
  args: { leaseId: undefined, tenantId: tenants.severalLeases },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const picker = await canvas.findByLabelText('Lease');
    await userEvent.selectOptions(picker, leases.ended);
    const balance = canvasElement.querySelector('[data-figure="balance"] dd');
    await waitFor(() => expect(balance).toHaveTextContent('$700.00'));
  },
};

/**
 * Filtered to January and February 2026 (`defaultFilters`, ISO dates): an opening balance row
 * first, then that period's rows. Balances and aging stay those of the whole ledger.
 */
export const FilteredByPeriod: Story = {
  name: 'Filtered by period',
  args: { leaseId: leases.paysLate, defaultFilters: { from: '2026-01-01', to: '2026-02-28' } },
};

/**
 * Line types are filtered on the server: the play keeps Wi-Fi only, so the table lists Wi-Fi
 * charges and payments (which always show); "Clear filters" brings everything back.
 */
export const FilteredByLineType: Story = {
  name: 'Filtered by line type',
  args: { leaseId: leases.partial },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /^Line types/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Wi-Fi' }));
    const chargeRows = () =>
      canvasElement.querySelectorAll('[data-slot="ledger-view-row"][data-kind="charge"]');
    await waitFor(() => {
      expect(chargeRows().length).toBeGreaterThan(0);
      for (const row of chargeRows()) {
        expect(row.querySelector('[data-column="entry"]')).toHaveTextContent(/^Wi-Fi/);
      }
    });
  },
};
