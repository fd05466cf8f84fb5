import { PropertyGrid } from '@estatekit/ui/property-grid';
import type { Meta, StoryObj } from '@storybook/react-vite';

/**
 * `<PropertyGrid />` over 60 King County listings, under each built-in theme in light and dark.
 * "Playground" follows the toolbar; the others pin their theme and mode.
 */
const meta = {
  title: 'PropertyGrid/Themes',
  component: PropertyGrid,
  args: { defaultPageSize: 25 },
  parameters: {
    controls: { include: ['defaultPageSize', 'defaultSort', 'textDebounceMs'] },
  },
} satisfies Meta<typeof PropertyGrid>;

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
