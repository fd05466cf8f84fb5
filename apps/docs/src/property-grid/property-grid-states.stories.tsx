import { PropertyGrid } from '@estatekit/ui/property-grid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

const api = (estatekit: EstateKitStoryParameters) => ({ estatekit });

/** What the grid shows while loading, when nothing matches, and when the API refuses. */
const meta = {
  title: 'PropertyGrid/States',
  component: PropertyGrid,
  args: { defaultPageSize: 25 },
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof PropertyGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first page never arrives: skeleton rows, a busy grid and "Loading listings…". */
export const Loading: Story = { parameters: api({ api: 'never' }) };

/** Each answer takes 1.2 s: the skeleton first, then rows; new searches keep the old page up. */
export const SlowNetwork: Story = {
  name: 'Slow network',
  parameters: api({ api: 'listings', latencyMs: 1200 }),
};

/** The API answers with no rows. */
export const Empty: Story = { parameters: api({ api: 'empty' }) };

/** The API refuses (a publishable key used from an origin the org did not allow): its own words. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: api({ api: 'error' }),
};
