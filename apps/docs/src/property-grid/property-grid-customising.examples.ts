import type { ListingFilters } from '@estatekit/domain';
import type { CSSProperties } from 'react';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

/** Token overrides and per-part overrides, passed on top of the toolbar's theme. */
export const appearanceOverrides = {
  variables: {
    primary: '#0f766e',
    'primary-foreground': '#ffffff',
    ring: '#0f766e',
    'radius-sm': '0px',
    'radius-md': '0px',
    'radius-lg': '0px',
    'row-height': '44px',
  },
  elements: {
    'property-grid-toolbar': {
      className: 'agency-toolbar',
      style: { borderBottom: '2px solid var(--ek-primary)', paddingBottom: 8 },
    },
    // Table parts are guarded against host rules; restyle them through their --ek-* properties.
    'property-grid-header': {
      className: 'agency-header',
      style: { '--ek-row-background': 'var(--ek-accent)' } as CSSProperties,
    },
  },
} satisfies Pick<EstateKitStoryParameters, 'variables' | 'elements'>;

/** Host-page presets: each is a `filters` value in API units (prices in cents). */
export const filterPresets: { label: string; filters: ListingFilters }[] = [
  { label: 'Everything', filters: {} },
  { label: '3+ bedrooms', filters: { bedroomsMin: 3 } },
  { label: 'Under $750,000', filters: { listPrice: { max: 75_000_000 } } },
  { label: 'Active in Bellevue', filters: { city: 'Bellevue', standardStatus: ['Active'] } },
];
