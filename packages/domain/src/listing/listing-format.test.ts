import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error';
import { defaultAreaUnit, formatArea } from './listing-format';

const nbsp = '\u00a0';

describe('given a locale in a country that measures in square feet', () => {
  it.each([
    ['en-US', `1,850${nbsp}sq${nbsp}ft`],
    ['en', `1,850${nbsp}sq${nbsp}ft`],
    ['es-US', `1,850${nbsp}sq${nbsp}ft`],
    ['en-LR', `1,850${nbsp}sq${nbsp}ft`],
    ['en-MM', `1,850${nbsp}sq${nbsp}ft`],
  ])('shows the area in %s as %j', (locale, expected) => {
    expect(formatArea(1_850, locale)).toBe(expected);
  });

  it('rounds to whole square feet', () => {
    expect(formatArea(1_234.6, 'en-US')).toBe(`1,235${nbsp}sq${nbsp}ft`);
  });
});

describe('given a locale anywhere else', () => {
  it.each([
    ['de-DE', `172${nbsp}m²`],
    ['en-GB', `172${nbsp}m²`],
    ['fr', `172${nbsp}m²`],
    ['ja-JP', `172${nbsp}m²`],
  ])('converts the area to whole square metres in %s: %j', (locale, expected) => {
    expect(formatArea(1_850, locale)).toBe(expected);
  });

  it('groups digits the locale way', () => {
    expect(formatArea(43_560, 'de-DE')).toBe(`4.047${nbsp}m²`);
  });

  it('rounds half a square metre up', () => {
    // 1000 sq ft = 92.90304 m²; 5.381955 sq ft = 0.5 m².
    expect(formatArea(1_000, 'de-DE')).toBe(`93${nbsp}m²`);
    expect(formatArea(5.381_955_208_8, 'de-DE')).toBe(`1${nbsp}m²`);
  });
});

describe('given an explicit unit', () => {
  it('uses it whatever the locale', () => {
    expect(formatArea(1_850, 'de-DE', 'sqft')).toBe(`1.850${nbsp}sq${nbsp}ft`);
    expect(formatArea(1_850, 'en-US', 'sqm')).toBe(`172${nbsp}m²`);
  });
});

describe('given an area that is not one', () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %d with VALIDATION_FAILED',
    (area) => {
      expect(() => formatArea(area, 'en-US')).toThrow(DomainError);
      expect(() => formatArea(area, 'en-US')).toThrow(/not an area/);
    },
  );

  it('shows zero', () => {
    expect(formatArea(0, 'en-US')).toBe(`0${nbsp}sq${nbsp}ft`);
  });
});

describe('given only a locale', () => {
  it('infers the region from the language when none is given', () => {
    expect(defaultAreaUnit('en')).toBe('sqft');
    expect(defaultAreaUnit('my')).toBe('sqft');
    expect(defaultAreaUnit('de')).toBe('sqm');
    expect(defaultAreaUnit('en-CA')).toBe('sqm');
  });

  it('throws a RangeError for a malformed locale tag', () => {
    expect(() => defaultAreaUnit('not a locale')).toThrow(RangeError);
  });
});
