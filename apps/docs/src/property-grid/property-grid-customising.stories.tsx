import type { ListingFilters } from '@estatekit/domain';
import { PropertyGrid, type PropertyGridProps } from '@estatekit/ui/property-grid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, useState } from 'react';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';
import { appearanceOverrides, filterPresets } from './property-grid-customising.examples';

/** Rebranding one embed with `appearance`, and driving the grid's filters from the host page. */
const meta = {
  title: 'PropertyGrid/Customising',
  component: PropertyGrid,
  args: { defaultPageSize: 10 },
  parameters: { controls: { include: ['defaultPageSize', 'textDebounceMs'] } },
} satisfies Meta<typeof PropertyGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `appearance.variables` sets `--ek-*` tokens on this widget's root only (teal primary, square
 * corners, taller rows); `appearance.elements` adds classes and styles to parts by `data-slot`.
 */
export const AppearanceOverrides: Story = {
  name: 'Appearance overrides',
  parameters: { estatekit: appearanceOverrides satisfies EstateKitStoryParameters },
};

const hostButton: CSSProperties = {
  font: '14px system-ui',
  padding: '4px 10px',
  cursor: 'pointer',
};

function ControlledFiltersDemo(props: PropertyGridProps) {
  const [filters, setFilters] = useState<ListingFilters>({ bedroomsMin: 3 });
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <fieldset style={{ display: 'flex', gap: 8, font: '14px system-ui', border: 0, padding: 0 }}>
        <legend style={{ marginBottom: 4 }}>Agency presets (host page buttons)</legend>
        {filterPresets.map((preset) => (
          <button
            key={preset.label}
            type="button"
            style={hostButton}
            aria-pressed={JSON.stringify(preset.filters) === JSON.stringify(filters)}
            onClick={() => setFilters(preset.filters)}
          >
            {preset.label}
          </button>
        ))}
      </fieldset>
      <PropertyGrid {...props} filters={filters} onFiltersChange={setFilters} />
      <p style={{ font: '13px ui-monospace, monospace', margin: 0 }}>
        filters = <output aria-label="Current filters">{JSON.stringify(filters)}</output>
      </p>
    </div>
  );
}

/**
 * `filters` + `onFiltersChange`: the host page owns the search. Presets set it from outside;
 * typing in the grid's own filter bar reports back, and the host shows the value it holds.
 */
export const ControlledFilters: Story = {
  name: 'Controlled filters',
  render: (args) => <ControlledFiltersDemo {...args} />,
};
