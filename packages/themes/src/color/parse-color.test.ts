import { describe, expect, it } from 'vitest';
import { parseColor } from './parse-color';

describe('given hex colours', () => {
  it('reads #rgb, #rgba, #rrggbb and #rrggbbaa', () => {
    expect(parseColor('#fff')).toEqual({ r: 1, g: 1, b: 1, alpha: 1 });
    expect(parseColor('#0008')?.alpha).toBeCloseTo(0x88 / 255);
    expect(parseColor('#1D4ED8')).toEqual({
      r: 0x1d / 255,
      g: 0x4e / 255,
      b: 0xd8 / 255,
      alpha: 1,
    });
    expect(parseColor('#ff000080')?.alpha).toBeCloseTo(0x80 / 255);
  });

  it('refuses other lengths and non-hex digits', () => {
    expect(parseColor('#ff')).toBeUndefined();
    expect(parseColor('#fffff')).toBeUndefined();
    expect(parseColor('#ggg')).toBeUndefined();
  });
});

describe('given rgb() colours', () => {
  it('reads the space and the comma syntax, with and without alpha', () => {
    expect(parseColor('rgb(255 0 0)')).toEqual({ r: 1, g: 0, b: 0, alpha: 1 });
    expect(parseColor('rgb(255 0 0 / 50%)')?.alpha).toBe(0.5);
    expect(parseColor('rgba(255, 0, 0, 0.25)')?.alpha).toBe(0.25);
    expect(parseColor('rgb(100% 50% 0%)')).toEqual({ r: 1, g: 0.5, b: 0, alpha: 1 });
  });

  it('refuses out-of-range channels and malformed argument lists', () => {
    expect(parseColor('rgb(256 0 0)')).toBeUndefined();
    expect(parseColor('rgb(1 2)')).toBeUndefined();
    expect(parseColor('rgb(1 2 3 4)')).toBeUndefined();
    expect(parseColor('rgb(1, 2, 3) / 1')).toBeUndefined();
  });
});

describe('given oklch() colours', () => {
  it('converts to the sRGB a browser shows (oklch(0.628 0.2577 29.23) is #ff0000)', () => {
    const red = parseColor('oklch(0.628 0.2577 29.23)');
    expect(red?.r).toBeCloseTo(1, 3);
    expect(red?.g).toBeCloseTo(0, 3);
    expect(red?.b).toBeCloseTo(0, 3);
  });

  it('reads percentages, deg, none and alpha', () => {
    expect(parseColor('oklch(100% 0 none)')).toMatchObject({ alpha: 1 });
    expect(parseColor('oklch(62.8% 0.2577 29.23deg / 0.5)')?.alpha).toBe(0.5);
  });

  it('refuses lightness above 1 and negative chroma', () => {
    expect(parseColor('oklch(1.2 0.1 20)')).toBeUndefined();
    expect(parseColor('oklch(0.5 -0.1 20)')).toBeUndefined();
  });
});

describe('given something that is not a supported colour', () => {
  it('returns undefined instead of throwing', () => {
    for (const text of ['blue', 'hsl(0 100% 50%)', '', 'rgb()', 'oklch(a b c)']) {
      expect(parseColor(text)).toBeUndefined();
    }
  });
});
