import { listingSortFields } from '@estatekit/domain';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../lib/format.utils';
import { makeListing } from '../test/listings';
import {
  columnSpec,
  gridTemplateColumns,
  propertyGridColumns,
} from './property-grid-columns.utils';

const cell = (id: string, listing = makeListing(), locale = 'en-US') =>
  columnSpec(id).format(listing, createFormatters(locale));

describe('given the PropertyGrid columns', () => {
  it('include the required columns, each sortable by the API', () => {
    expect(propertyGridColumns.map((c) => c.header)).toEqual(
      expect.arrayContaining([
        'Listing ID',
        'Status',
        'Price',
        'Beds',
        'Baths',
        'Living area',
        'Lot',
        'Year built',
        'Postal code',
        'City',
        'Close date',
      ]),
    );
    for (const column of propertyGridColumns) {
      expect(listingSortFields).toContain(column.sortField);
    }
  });

  it('format prices in whole units of the listing currency', () => {
    expect(cell('listPrice')).toBe('$7,700,000');
    expect(cell('listPrice', makeListing({ listPrice: 199_999 }))).toBe('$2,000');
    expect(
      cell('listPrice', makeListing({ currency: 'EUR', listPrice: 45_000_000 }), 'de-DE'),
    ).toBe('450.000\u00a0€');
  });

  it('format areas in the locale unit and dates without a time-zone shift', () => {
    expect(cell('livingArea')).toBe('3,250\u00a0sq\u00a0ft');
    expect(cell('livingArea', makeListing(), 'de-DE')).toBe('302\u00a0m²');
    expect(cell('closeDate', makeListing({ closeDate: '2024-03-01' }))).toBe('Mar 1, 2024');
  });

  it('return null for missing values so the cell can say "not available"', () => {
    expect(cell('listPrice', makeListing({ listPrice: null }))).toBeNull();
    expect(cell('closeDate')).toBeNull();
  });

  it('label statuses in words', () => {
    expect(cell('standardStatus', makeListing({ standardStatus: 'ActiveUnderContract' }))).toBe(
      'Active under contract',
    );
  });

  it('lay out visible columns at their minimum widths and refuse unknown ones', () => {
    expect(gridTemplateColumns(['listingId', 'bedroomsTotal'])).toBe(
      'minmax(132px, 1fr) minmax(96px, 1fr)',
    );
    expect(() => columnSpec('nope')).toThrow(/no column "nope"/);
  });
});

describe('given a count of listings', () => {
  it('groups digits and pluralises', () => {
    const f = createFormatters('en-US');
    expect(f.listingCount(21_436)).toBe('21,436 listings');
    expect(f.listingCount(1)).toBe('1 listing');
    expect(createFormatters('de-DE').listingCount(21_436)).toBe('21.436 listings');
  });
});
