import type { AuditEntry, Listing } from '@estatekit/domain';
import type { Formatters } from '../lib/format.utils';
import { propertyTypeLabel, statusLabel } from './listing-labels.utils';

/** One row of the detail dialog's attribute list; `value: null` = not available. */
export interface ListingAttribute {
  key: string;
  label: string;
  value: string | null;
}

type Entry = [keyof Listing, string, (listing: Listing, f: Formatters) => string | null];

const price = (value: number | null, l: Listing, f: Formatters) =>
  value === null ? null : f.price(value, l.currency);
const maybe = <T>(value: T | null, show: (v: T) => string) => (value === null ? null : show(value));

const always: Entry[] = [
  ['listingId', 'Listing ID', (l) => l.listingId],
  ['propertyType', 'Property type', (l) => propertyTypeLabel(l.propertyType)],
  ['listPrice', 'List price', (l, f) => price(l.listPrice, l, f)],
  ['closePrice', 'Close price', (l, f) => price(l.closePrice, l, f)],
  ['closeDate', 'Close date', (l, f) => maybe(l.closeDate, f.date)],
  ['unparsedAddress', 'Address', (l) => l.unparsedAddress],
  ['city', 'City', (l) => l.city],
  ['stateOrProvince', 'State or province', (l) => l.stateOrProvince],
  ['postalCode', 'Postal code', (l) => l.postalCode],
  ['yearBuilt', 'Year built', (l) => maybe(l.yearBuilt, String)],
  ['lotSizeSquareFeet', 'Lot size', (l, f) => maybe(l.lotSizeSquareFeet, f.area)],
];

/** Shown only when the listing has them (they depend on its property type). */
const whenPresent: Entry[] = [
  ['bedroomsTotal', 'Bedrooms', (l, f) => maybe(l.bedroomsTotal, f.integer)],
  [
    'bathroomsTotalInteger',
    'Bathrooms',
    (l, f) => maybe(l.bathroomsTotalDecimal ?? l.bathroomsTotalInteger, f.decimal),
  ],
  ['livingArea', 'Living area', (l, f) => maybe(l.livingArea, f.area)],
  ['buildingAreaTotal', 'Building area', (l, f) => maybe(l.buildingAreaTotal, f.area)],
  ['stories', 'Stories', (l, f) => maybe(l.stories, f.decimal)],
  ['numberOfUnitsTotal', 'Units', (l, f) => maybe(l.numberOfUnitsTotal, f.integer)],
  ['zoning', 'Zoning', (l) => l.zoning],
  ['currentUse', 'Current use', (l) => l.currentUse],
  ['waterfrontYN', 'Waterfront', (l) => maybe(l.waterfrontYN, (v) => (v ? 'Yes' : 'No'))],
];

/**
 * The attributes a detail dialog lists for a listing, formatted for the locale: common fields
 * always (missing ones as `null`), type-specific ones (bedrooms, zoning, …) only when set.
 * Bathrooms prefer the decimal total (2.25) over the integer count. Status is shown separately.
 */
export function listingAttributes(listing: Listing, f: Formatters): ListingAttribute[] {
  const row = ([key, label, show]: Entry): ListingAttribute => ({
    key,
    label,
    value: show(listing, f),
  });
  return [...always.map(row), ...whenPresent.map(row).filter((a) => a.value !== null)];
}

const actorKinds = { user: 'User', api_key: 'API key', system: 'System' } as const;

/** A history entry in words: `"Status changed from Active to Pending"`, `"Created"`, … */
export function describeAuditEntry(entry: Pick<AuditEntry, 'action' | 'from' | 'to'>): string {
  switch (entry.action) {
    case 'status_change':
      return entry.from
        ? `Status changed from ${statusLabel(entry.from)} to ${statusLabel(entry.to ?? '')}`
        : `Status set to ${statusLabel(entry.to ?? '')}`;
    case 'create':
      return 'Created';
    case 'update':
      return 'Edited';
    case 'import':
      return 'Imported';
    default:
      return entry.action satisfies never;
  }
}

/** Who made a change: `"User u_42 (agent)"`, `"API key key_1"`, `"System"`. */
export function describeActor(actor: AuditEntry['actor']): string {
  const kind = actorKinds[actor.kind] ?? actor.kind;
  const who = actor.kind === 'system' ? kind : `${kind} ${actor.id}`;
  return actor.role ? `${who} (${actor.role})` : who;
}
