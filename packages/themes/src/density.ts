import type { Density } from './theme.types';

/** Row height and cell padding in CSS px. */
export interface DensityMetrics {
  rowHeight: number;
  cellPaddingX: number;
  cellPaddingY: number;
}

/** Multiples of the spacing unit per density. */
const multiples = {
  comfortable: { rowHeight: 11, cellPaddingX: 4, cellPaddingY: 3 },
  compact: { rowHeight: 8, cellPaddingX: 2, cellPaddingY: 1.5 },
} as const satisfies Record<Density, DensityMetrics>;

/**
 * Table, list and card metrics for a density, as multiples of the spacing unit. At the default
 * 4px unit: comfortable = 44px rows (the WCAG 2.2 SC 2.5.5 enhanced target size), 16px × 12px
 * cell padding; compact = 32px rows, 8px × 6px padding (above SC 2.5.8's 24px minimum).
 * @param density `comfortable` or `compact`.
 * @param space the theme's spacing unit in px.
 * @returns the metrics in px.
 */
export function densityMetrics(density: Density, space: number): DensityMetrics {
  const m = multiples[density];
  return {
    rowHeight: m.rowHeight * space,
    cellPaddingX: m.cellPaddingX * space,
    cellPaddingY: m.cellPaddingY * space,
  };
}
