import type { Listing, ListingSortField } from '@estatekit/domain';
import type { Formatters } from '../lib/format.utils';
import { propertyTypeLabel, statusLabel } from './listing-labels.utils';

/** Column ids: the RESO field each column shows (and sorts by). */
export const propertyGridColumnIds = [
  'listingId',
  'standardStatus',
  'listPrice',
  'bedroomsTotal',
  'bathroomsTotalInteger',
  'livingArea',
  'lotSizeSquareFeet',
  'yearBuilt',
  'propertyType',
  'postalCode',
  'city',
  'closeDate',
] as const satisfies readonly (keyof Listing & ListingSortField)[];

/** A PropertyGrid column id, e.g. `'listPrice'`. */
export type PropertyGridColumnId = (typeof propertyGridColumnIds)[number];

/** How a column looks and sorts, independent of React and TanStack Table. */
export interface PropertyGridColumnSpec {
  id: PropertyGridColumnId;
  /** Header text and the sort button's accessible name, e.g. `'Price'`. */
  header: string;
  /** The `properties.list` sort field; every column sorts on the server. */
  sortField: ListingSortField;
  /** Numbers align to the end so digits line up. */
  align: 'start' | 'end';
  /** Minimum width in CSS px. */
  width: number;
  /** Whether the column menu may hide it (Listing ID stays: it names the row). */
  hideable: boolean;
  /** The cell text, or `null` when the listing has no value. */
  format: (listing: Listing, f: Formatters) => string | null;
}

const num = (value: number | null, show: (v: number) => string) =>
  value === null ? null : show(value);

/**
 * Every column in display order. Widths are minimums that fit the header (text, sort icon and
 * comfortable padding); spare width is shared. "Type" is hidden by default (see
 * `defaultPropertyGridColumnVisibility`) to fit common page widths.
 */
export const propertyGridColumns: readonly PropertyGridColumnSpec[] = [
  col('listingId', 'Listing ID', 'start', 132, false, (l) => l.listingId),
  col('standardStatus', 'Status', 'start', 196, true, (l) => statusLabel(l.standardStatus)),
  col('listPrice', 'Price', 'end', 128, true, (l, f) =>
    num(l.listPrice, (v) => f.price(v, l.currency)),
  ),
  col('bedroomsTotal', 'Beds', 'end', 96, true, (l, f) => num(l.bedroomsTotal, f.integer)),
  col('bathroomsTotalInteger', 'Baths', 'end', 100, true, (l, f) =>
    num(l.bathroomsTotalInteger, f.integer),
  ),
  col('livingArea', 'Living area', 'end', 144, true, (l, f) => num(l.livingArea, f.area)),
  col('lotSizeSquareFeet', 'Lot', 'end', 120, true, (l, f) => num(l.lotSizeSquareFeet, f.area)),
  col('yearBuilt', 'Year built', 'end', 128, true, (l) => num(l.yearBuilt, String)),
  col('propertyType', 'Type', 'start', 168, true, (l) => propertyTypeLabel(l.propertyType)),
  col('postalCode', 'Postal code', 'start', 136, true, (l) => l.postalCode),
  col('city', 'City', 'start', 144, true, (l) => l.city),
  col('closeDate', 'Close date', 'end', 136, true, (l, f) =>
    l.closeDate ? f.date(l.closeDate) : null,
  ),
];

function col(
  id: PropertyGridColumnId,
  header: string,
  align: 'start' | 'end',
  width: number,
  hideable: boolean,
  format: PropertyGridColumnSpec['format'],
): PropertyGridColumnSpec {
  return { id, header, sortField: id, align, width, hideable, format };
}

/** Columns hidden until the user shows them from the column menu. */
export const defaultPropertyGridColumnVisibility: Partial<Record<PropertyGridColumnId, boolean>> = {
  propertyType: false,
};

/** The spec of a column id. Throws `Error` for an id that is not a PropertyGrid column. */
export function columnSpec(id: string): PropertyGridColumnSpec {
  const spec = propertyGridColumns.find((c) => c.id === id);
  if (!spec) throw new Error(`PropertyGrid has no column "${id}".`);
  return spec;
}

/** CSS `grid-template-columns` for the visible columns: each at least its width, sharing spare space. */
export function gridTemplateColumns(ids: readonly string[]): string {
  return ids.map((id) => `minmax(${columnSpec(id).width}px, 1fr)`).join(' ');
}
