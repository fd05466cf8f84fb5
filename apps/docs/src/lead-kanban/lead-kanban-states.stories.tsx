import { LeadKanban } from '@estatekit/ui/lead-kanban';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureNow } from '../fixtures/leads.fixture';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

const api = (estatekit: EstateKitStoryParameters) => ({ estatekit });

/** What the board shows while loading, with no leads, and when the API refuses. */
const meta = {
  title: 'LeadKanban/States',
  component: LeadKanban,
  args: { now: fixtureNow },
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof LeadKanban>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The pipeline never arrives: skeleton columns and "Loading leads…". */
export const Loading: Story = { parameters: api({ api: 'never' }) };

/** A pipeline without leads: empty columns and an invitation to add one. */
export const Empty: Story = { parameters: api({ api: 'empty' }) };

/** The API refuses: its own words, and Retry. */
export const ErrorState: Story = { name: 'Error', parameters: api({ api: 'error' }) };
