import { LeadKanban } from '@estatekit/ui/lead-kanban';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureNow } from '../fixtures/leads.fixture';

/**
 * `<LeadKanban />` over the sales pipeline of a four-agent team (~40 leads), under each
 * built-in theme. Drag a card (or press Space on it, then the arrow keys and Space), use its
 * "Move to…" menu, filter by agent or name, add a lead, or open one to log an activity. The
 * clock is pinned to 10 March 2026 (`now`), so due dates read the same every time.
 */
const meta = {
  title: 'LeadKanban/Board',
  component: LeadKanban,
  args: { now: fixtureNow },
  parameters: {
    controls: { include: ['pipelineKey', 'canAssign', 'live', 'virtualizeThreshold'] },
  },
} satisfies Meta<typeof LeadKanban>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the toolbar's theme and mode. */
export const Playground: Story = {};

export const EstateKitLight: Story = {
  name: 'EstateKit light',
  globals: { theme: 'estatekit', mode: 'light' },
};

export const HarbourDark: Story = {
  name: 'Harbour dark',
  globals: { theme: 'harbour', mode: 'dark' },
};

/**
 * Filtered on first render (`defaultFilters`): Priya Raman's leads only. The filters are the
 * board's own; pass `filters` and `onFiltersChange` to control them from the page.
 */
export const FilteredByAgent: Story = {
  name: 'Filtered by agent',
  args: { defaultFilters: { assignee: 'a0000000-0000-4000-8000-000000000001' } },
};
