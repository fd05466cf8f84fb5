import { LeadKanban } from '@estatekit/ui/lead-kanban';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureNow, generateFixtureLeads } from '../fixtures/leads.fixture';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

const api = (estatekit: EstateKitStoryParameters) => ({ estatekit });

/** How the board behaves when the rules say no, when the board is big, and when others work. */
const meta = {
  title: 'LeadKanban/Scenarios',
  component: LeadKanban,
  args: { now: fixtureNow },
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof LeadKanban>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Moves the API refuses. Nora Quinn (Negotiation) has no phone number: move her to Contract
 * signed and the card goes back with "A phone number is needed before moving to Contract
 * signed." Omar Haddad (Needs analysis) straight to Offer sent breaks two rules at once; both
 * messages show, with the stages he may move to. Messages are the pipeline rules' own (the
 * mock judges moves with `validateTransition` of @estatekit/domain).
 */
export const RefusedMove: Story = { name: 'Refused move' };

const thousand = generateFixtureLeads(1000);

/**
 * 1,000 leads. Columns longer than `virtualizeThreshold` (40) render only the cards in view,
 * so dragging and scrolling stay smooth; counts and budget sums still cover every lead.
 */
export const ThousandCards: Story = {
  name: '1,000 cards',
  parameters: api({ leads: thousand }),
};

/**
 * Someone else at the agency moves the hottest new lead to Contacted every 3 seconds: the
 * board hears it over `leads.onChange` and refetches, without a reload.
 */
export const LiveUpdates: Story = {
  name: 'Live updates',
  parameters: api({ someoneElseEveryMs: 3000 }),
};

/**
 * Signed in as an agent: reassigning a lead in its detail dialog is refused (FORBIDDEN) and the
 * API's message replaces the control. Pass `canAssign={false}` to hide it from the start.
 */
export const AgentView: Story = {
  name: 'Agent view',
  parameters: api({ role: 'agent' }),
};
