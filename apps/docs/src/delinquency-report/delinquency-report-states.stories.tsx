import { DelinquencyReport } from '@estatekit/ui/delinquency-report';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

const api = (estatekit: EstateKitStoryParameters) => ({ estatekit });

/** What the report shows while loading, when nobody owes anything, and when the API refuses. */
const meta = {
  title: 'DelinquencyReport/States',
  component: DelinquencyReport,
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof DelinquencyReport>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The report never arrives: placeholder rows in a busy table. */
export const Loading: Story = { parameters: api({ api: 'never' }) };

/** Nobody owes anything: "No lease has an overdue balance on Mar 10, 2026." */
export const Empty: Story = { parameters: api({ api: 'empty' }) };

/** `empty`: your own words when nobody owes anything. */
export const CustomEmpty: Story = {
  name: 'Empty, own message',
  args: { empty: 'Everyone is paid up. Nice work!' },
  parameters: api({ api: 'empty' }),
};

/** The API refuses: its own words, and Retry. */
export const ErrorState: Story = { name: 'Error', parameters: api({ api: 'error' }) };
