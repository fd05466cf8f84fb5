import { PropertyGrid } from '@estatekit/ui/property-grid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { paleBrand, sunsetRealty, sunsetRealtyImport } from './example-themes';
import { ThemeWarnings } from './theme-warnings';

/**
 * Themes made with `createTheme()`: passed to the provider as `appearance.theme`, their tokens
 * go inline on the widget root (no stylesheet to load). The toolbar's mode still applies.
 */
const meta = {
  title: 'Theming/createTheme',
  component: PropertyGrid,
  args: { defaultPageSize: 10 },
  parameters: { controls: { include: ['defaultPageSize'] } },
} satisfies Meta<typeof PropertyGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `createTheme(fromDesignTokens(sunsetRealtyTokens).partial)`: the example W3C Design Tokens
 * file of `@estatekit/themes` (terracotta on sand, Work Sans, 10px corners), the rest filled
 * from the EstateKit theme.
 */
export const SunsetRealtyFromDtcg: Story = {
  name: 'Sunset Realty (from DTCG tokens)',
  parameters: { estatekit: { theme: sunsetRealty.theme } },
  render: (args) => (
    <>
      <ThemeWarnings
        title="Theme warnings"
        warnings={[...sunsetRealtyImport.warnings, ...sunsetRealty.warnings]}
      />
      <PropertyGrid {...args} />
    </>
  ),
};

/**
 * A pale brand colour behind white text: `createTheme` still builds the theme, and returns a
 * `LOW_CONTRAST` warning per failing pair with its ratio and the WCAG criterion.
 */
export const LowContrastWarnings: Story = {
  name: 'Low-contrast warnings',
  globals: { mode: 'light' },
  parameters: { estatekit: { theme: paleBrand.theme } },
  render: (args) => (
    <>
      <ThemeWarnings title="Theme warnings" warnings={paleBrand.warnings} />
      <PropertyGrid {...args} />
    </>
  ),
};
