import { LedgerView } from '@estatekit/ui/ledger-view';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureLedger, type LedgerFixture, ledgerFixtureIds } from '../fixtures/ledger.fixture';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

const api = (estatekit: EstateKitStoryParameters) => ({ estatekit });

/** What the ledger shows while loading, with nothing to list, and when the API refuses. */
const meta = {
  title: 'LedgerView/States',
  component: LedgerView,
  args: { leaseId: ledgerFixtureIds.leases.onTime },
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof LedgerView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The ledger never arrives: skeleton rows in a busy table. */
export const Loading: Story = { parameters: api({ api: 'never' }) };

/** A lease on which nothing has been charged or paid yet. */
export const Empty: Story = { parameters: api({ api: 'empty' }) };

/** A tenant the org knows, with no lease yet (a fixture with one more tenant, via `ledger`). */
const newTenantId = 'e0000000-0000-4000-8000-000000000099';
const withNewTenant: LedgerFixture = {
  ...fixtureLedger,
  tenants: [...fixtureLedger.tenants, { id: newTenantId, name: 'Noor Rahman' }],
};

/** `tenantId` of a tenant without leases: says so instead of a table. */
export const TenantWithoutLeases: Story = {
  name: 'Tenant without leases',
  args: { leaseId: undefined, tenantId: newTenantId },
  parameters: api({ ledger: withNewTenant }),
};

/** The API refuses (a publishable key used from an origin the org did not allow): its own words, and Retry. */
export const ErrorState: Story = { name: 'Error', parameters: api({ api: 'error' }) };
