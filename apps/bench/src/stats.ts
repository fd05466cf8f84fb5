/** Small statistics and formatting helpers shared by the benchmarks. Times are milliseconds. */

/** Median of `values` (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The `p`-th percentile (0–100) of `values` by linear interpolation between closest ranks
 * (the method of NumPy's default and Excel's PERCENTILE.INC). Throws on an empty list.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** p50/p95/p99 of a list of latencies. */
export function latencySummary(values: readonly number[]) {
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) };
}

/** Milliseconds since `start` (a `performance.now()` reading). */
export const since = (start: number) => performance.now() - start;

/** `1234.5` → `1,234.5` with `digits` decimals. */
export const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Milliseconds with a sensible number of decimals. */
export const ms = (value: number) => `${fmt(value, value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;

/** A ratio as `2.41×`. */
export const times = (value: number) => `${fmt(value, 2)}×`;

/** Bytes as kB (1 kB = 1,000 B, as size-limit reports). */
export const kb = (bytes: number) => `${fmt(bytes / 1000, 2)} kB`;
