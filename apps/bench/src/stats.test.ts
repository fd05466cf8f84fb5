import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('given a list of latencies', () => {
  it('interpolates percentiles between closest ranks', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 95)).toBeCloseTo(9.55);
  });

  it('takes the median of an even count as the mean of the middle two, whatever the order', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list rather than reporting a made-up figure', () => {
    expect(() => percentile([], 50)).toThrow('empty');
  });
});
