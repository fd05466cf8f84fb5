import { AgentWorkload } from '@estatekit/ui/agent-workload';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

const api = (estatekit: EstateKitStoryParameters) => ({ estatekit });

/**
 * `<AgentWorkload />`: the sales team's workload score, active leads, overdue tasks, 90-day
 * conversion rate and availability now, lowest score first (the next lead goes there). It
 * refreshes when leads change.
 */
const meta = {
  title: 'AgentWorkload',
  component: AgentWorkload,
  parameters: { controls: { include: ['orderBy', 'live', 'caption'] } },
} satisfies Meta<typeof AgentWorkload>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the toolbar's theme and mode. */
export const Playground: Story = {};

export const HarbourDark: Story = {
  name: 'Harbour dark',
  globals: { theme: 'harbour', mode: 'dark' },
};

/** Ordered by name instead of score. */
export const ByName: Story = { name: 'By name', args: { orderBy: 'name' } };

/** Still loading: a busy table with placeholder rows. */
export const Loading: Story = { parameters: api({ api: 'never' }) };

/** The API refuses: its own words, and Retry. */
export const ErrorState: Story = { name: 'Error', parameters: api({ api: 'error' }) };
