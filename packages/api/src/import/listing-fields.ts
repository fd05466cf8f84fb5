import type { ListingCreate } from '@estatekit/domain';
import {
  parseBoolean,
  parseDecimal,
  parseInteger,
  parseIsoDate,
  parseMoneyMinor,
  parseText,
  type ValueParser,
} from './field-parsers';

/**
 * How a cell is read: `text` (trimmed), `lookup` (a RESO enumeration; spaces are removed so the
 * display form `Active Under Contract` matches the value `ActiveUnderContract`), `money` (major
 * units → integer minor units, exact), `integer`, `decimal`, `date` (ISO 8601 → `YYYY-MM-DD`),
 * `boolean` (1/0, true/false, yes/no).
 */
export type FieldKind = 'text' | 'lookup' | 'money' | 'integer' | 'decimal' | 'date' | 'boolean';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** Every listing field a column can fill, with the kind of cell it is read as by default. */
export const listingFieldKinds = {
  listingKey: 'text',
  listingId: 'text',
  standardStatus: 'lookup',
  propertyType: 'lookup',
  listPrice: 'money',
  closePrice: 'money',
  closeDate: 'date',
  yearBuilt: 'integer',
  yearBuiltEffective: 'integer',
  lotSizeSquareFeet: 'decimal',
  latitude: 'decimal',
  longitude: 'decimal',
  unparsedAddress: 'text',
  city: 'text',
  stateOrProvince: 'text',
  postalCode: 'text',
  publicRemarks: 'text',
  bedroomsTotal: 'integer',
  bathroomsTotalInteger: 'integer',
  bathroomsTotalDecimal: 'decimal',
  livingArea: 'decimal',
  stories: 'decimal',
  waterfrontYN: 'boolean',
  aboveGradeFinishedArea: 'decimal',
  belowGradeFinishedArea: 'decimal',
  buildingAreaTotal: 'decimal',
  zoning: 'text',
  numberOfUnitsTotal: 'integer',
  currentUse: 'text',
} as const satisfies { [K in Exclude<KeysOfUnion<ListingCreate>, 'currency'>]?: FieldKind };

/** A listing field (camelCase RESO name) that a profile can fill from a column or a constant. */
export type ListingField = keyof typeof listingFieldKinds;

/** The parser behind each `FieldKind`. */
export const kindParsers: Record<FieldKind, ValueParser> = {
  text: parseText,
  lookup: (text) => ({ ok: true, value: text.replace(/\s+/g, '') }),
  money: (text, { currency }) => parseMoneyMinor(text, currency),
  integer: parseInteger,
  decimal: parseDecimal,
  date: parseIsoDate,
  boolean: parseBoolean,
};
