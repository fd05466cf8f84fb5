import { DelinquencyReport } from '@estatekit/ui/delinquency-report';
import { LedgerView } from '@estatekit/ui/ledger-view';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ledgerFixtureIds } from '../fixtures/ledger.fixture';

/**
 * The rent ledger's two widgets under each built-in theme, in light and dark: the
 * `<DelinquencyReport />` (amounts coloured by the `aging-current`, `aging-30`, `aging-60` and
 * `aging-90` roles) above the `<LedgerView />` of David Kim's lease in collections, which owes
 * in every aging bucket (charges in `ledger-charge`, payments in `ledger-payment`).
 * "Playground" follows the toolbar; the others pin their theme and mode.
 */
const meta = {
  title: 'LedgerView/Themes',
  component: LedgerView,
  args: { leaseId: ledgerFixtureIds.leases.collections },
  parameters: { controls: { include: ['leaseId', 'canWrite'] } },
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <DelinquencyReport />
      <LedgerView {...args} />
    </div>
  ),
} satisfies Meta<typeof LedgerView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the toolbar's theme and mode. */
export const Playground: Story = {};

export const EstateKitLight: Story = {
  name: 'EstateKit light',
  globals: { theme: 'estatekit', mode: 'light' },
};

export const EstateKitDark: Story = {
  name: 'EstateKit dark',
  globals: { theme: 'estatekit', mode: 'dark' },
};

export const HarbourLight: Story = {
  name: 'Harbour light',
  globals: { theme: 'harbour', mode: 'light' },
};

export const HarbourDark: Story = {
  name: 'Harbour dark',
  globals: { theme: 'harbour', mode: 'dark' },
};
