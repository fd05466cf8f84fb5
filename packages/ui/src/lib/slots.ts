/**
 * Every part of every widget, by its `data-slot` name. These are the keys of
 * `appearance.elements` and stable hooks for theme CSS (`[data-slot="property-grid-row"]`).
 */
export const propertyGridSlots = [
  'property-grid',
  'property-grid-toolbar',
  'property-grid-count',
  'property-grid-columns-menu',
  'property-grid-columns-trigger',
  'property-grid-columns-content',
  'property-grid-filters',
  'property-grid-filter-field',
  'property-grid-filter-input',
  'property-grid-filter-status',
  'property-grid-filter-clear',
  'property-grid-table',
  'property-grid-viewport',
  'property-grid-grid',
  'property-grid-header',
  'property-grid-header-cell',
  'property-grid-body',
  'property-grid-row',
  'property-grid-cell',
  'property-grid-status-badge',
  'property-grid-skeleton',
  'property-grid-empty',
  'property-grid-error',
  'property-grid-pagination',
  'property-grid-page-size',
  'property-grid-detail-dialog',
  'property-grid-detail-overlay',
  'property-grid-detail-title',
  'property-grid-detail-attributes',
  'property-grid-detail-history',
] as const;

/** A `data-slot` name of a PropertyGrid part. */
export type PropertyGridSlot = (typeof propertyGridSlots)[number];

/** Any EstateKit `data-slot` name (one union per widget). */
export type EstateKitSlot = PropertyGridSlot;
