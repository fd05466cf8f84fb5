import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ledgerFixtureIds } from '../fixtures/ledger.fixture';
import { ReportWithLedger } from './report-with-ledger';

/**
 * `onLeaseSelect` opens a lease from the report: here a `<LedgerView />` beside it (see
 * `report-with-ledger.tsx`, ~40 lines). The lease's name is a button (Enter or Space); a click
 * anywhere on its row does the same. Record a payment in the ledger and the report follows.
 */
const meta = {
  title: 'DelinquencyReport/With LedgerView',
  component: ReportWithLedger,
  args: { onLeaseSelect: fn() },
  parameters: { controls: { include: ['defaultAsOf', 'buildingId'] } },
  render: (args, { globals }) => <ReportWithLedger {...args} dark={globals.mode === 'dark'} />,
} satisfies Meta<typeof ReportWithLedger>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The play opens the largest debt, David Kim's lease in collections (Harbour View 202). */
export const OpenALease: Story = {
  name: 'Open a lease’s ledger',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /^202/ }));
    await expect(args.onLeaseSelect).toHaveBeenLastCalledWith(
      ledgerFixtureIds.leases.collections,
      expect.objectContaining({ tenants: 'David Kim' }),
    );
    const ledger = await canvas.findByRole('table', { name: 'Ledger of the selected lease' });
    await expect(ledger).toBeVisible();
    await expect(await canvas.findByText('Harbour View Apartments · 202')).toBeVisible();
  },
};
