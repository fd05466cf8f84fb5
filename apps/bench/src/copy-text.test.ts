import { describe, expect, it } from 'vitest';
import { copyCell } from './copy-text';

describe('given values for the COPY baseline', () => {
  it('writes NULL as \\N and booleans as t/f', () => {
    expect([null, undefined, true, false].map(copyCell)).toEqual(['\\N', '\\N', 't', 'f']);
  });

  it('writes numbers as written, including decimals and large minor-unit prices', () => {
    expect([2.25, 770_000_000, 0].map(copyCell)).toEqual(['2.25', '770000000', '0']);
  });

  it('escapes backslash, tab, newline and carriage return so a cell cannot split a row', () => {
    expect(copyCell('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });
});
