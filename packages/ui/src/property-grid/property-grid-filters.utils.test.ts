import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { majorToMinorUnits, minorToMajorInput, normalizeDecimalInput } from './filter-input.utils';
import {
  draftToFilters,
  emptyFilterDraft,
  filtersKey,
  filtersToDraft,
} from './property-grid-filters.utils';

const usd = { currency: 'USD', locale: 'en-US' };

describe('given a price typed in major units', () => {
  it('converts dollars with grouping and cents to exact cents', () => {
    expect(majorToMinorUnits('7,700,000', 'USD', 'en-US')).toBe(770_000_000);
    expect(majorToMinorUnits('1999.99', 'USD', 'en-US')).toBe(199_999);
    expect(majorToMinorUnits('$ 250,000.5', 'USD', 'en-US')).toBe(25_000_050);
  });

  it('keeps cents exact where float arithmetic would not (0.29 × 100 = 28.999…)', () => {
    expect(0.29 * 100).not.toBe(29);
    expect(majorToMinorUnits('0.29', 'USD', 'en-US')).toBe(29);
    expect(majorToMinorUnits('1.15', 'USD', 'en-US')).toBe(115);
  });

  it('reads the locale separators (de-DE groups with "." and decimals with ",")', () => {
    expect(majorToMinorUnits('1.250.000,50', 'EUR', 'de-DE')).toBe(125_000_050);
  });

  it('uses the currency precision (JPY has no minor digits, KWD three)', () => {
    expect(majorToMinorUnits('5000', 'JPY', 'ja-JP')).toBe(5000);
    expect(majorToMinorUnits('1.005', 'KWD', 'en-US')).toBe(1005);
  });

  it('refuses more decimals than the currency has and text that is no amount', () => {
    expect(() => majorToMinorUnits('1.005', 'USD', 'en-US')).toThrow(RangeError);
    expect(() => majorToMinorUnits('12k', 'USD', 'en-US')).toThrow(/amount/);
    expect(() => majorToMinorUnits('-5', 'USD', 'en-US')).toThrow(RangeError);
  });

  it('round-trips any whole number of cents through the input text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (cents) => {
        expect(majorToMinorUnits(minorToMajorInput(cents, 'USD'), 'USD', 'en-US')).toBe(cents);
      }),
    );
  });
});

describe('given a typed decimal', () => {
  it('normalises locale grouping and rejects two decimal points', () => {
    expect(normalizeDecimalInput('1 234,5', 'fr-FR')).toBe('1234.5');
    expect(normalizeDecimalInput('1.2.3', 'en-US')).toBeNull();
  });
});

describe('given a filter draft', () => {
  it('serialises every field to the properties.list filters', () => {
    const { filters, errors } = draftToFilters(
      {
        text: '  harbour ',
        priceMin: '250,000',
        priceMax: '1,000,000.99',
        bedroomsMin: '3',
        bathroomsMin: '2',
        areaMin: '1500',
        areaMax: '',
        yearMin: '1990',
        yearMax: '2010',
        standardStatus: ['Pending', 'Active'],
        propertyType: 'Residential',
        postalCode: '94016, 94017 ',
      },
      usd,
    );
    expect(errors).toEqual({});
    expect(filters).toEqual({
      text: 'harbour',
      listPrice: { min: 25_000_000, max: 100_000_099 },
      bedroomsMin: 3,
      bathroomsMin: 2,
      livingArea: { min: 1500 },
      yearBuilt: { min: 1990, max: 2010 },
      standardStatus: ['Active', 'Pending'],
      propertyType: ['Residential'],
      postalCode: ['94016', '94017'],
    });
  });

  it('leaves out unreadable fields and inverted ranges, explaining each, and keeps the rest', () => {
    const { filters, errors } = draftToFilters(
      { ...emptyFilterDraft, priceMin: 'lots', yearMin: '2020', yearMax: '1990', bedroomsMin: '2' },
      usd,
    );
    expect(filters).toEqual({ bedroomsMin: 2 });
    expect(errors.priceMin).toMatch(/amount/);
    expect(errors.yearMin).toMatch(/minimum must not exceed/);
  });

  it('refuses a year outside what the API accepts', () => {
    expect(draftToFilters({ ...emptyFilterDraft, yearMin: '1200' }, usd).errors.yearMin).toMatch(
      /1600 to 2200/,
    );
  });

  it('sends nothing for an empty draft', () => {
    expect(draftToFilters(emptyFilterDraft, usd).filters).toEqual({});
  });
});

describe('given filters from the API', () => {
  it('shows them in the draft with prices back in major units', () => {
    const draft = filtersToDraft({ listPrice: { min: 25_000_050 }, postalCode: ['1', '2'] }, 'USD');
    expect(draft.priceMin).toBe('250000.50');
    expect(draft.postalCode).toBe('1, 2');
    expect(draftToFilters(draft, usd).filters).toEqual({
      listPrice: { min: 25_000_050 },
      postalCode: ['1', '2'],
    });
  });

  it('compares equal regardless of key order and empty parts', () => {
    expect(filtersKey({ bedroomsMin: 2, text: 'a', standardStatus: [] })).toBe(
      filtersKey({ text: 'a', bedroomsMin: 2, livingArea: {} }),
    );
    expect(filtersKey({ bedroomsMin: 2 })).not.toBe(filtersKey({ bedroomsMin: 3 }));
    expect(filtersKey({ bbox: { south: 1, west: 2, north: 3, east: 4 } })).toContain('"east":4');
  });
});
