import { MoneyError } from '../errors/domain-error';
import type { ValidationIssue } from '../listing/listing-update';
import { validationFailed } from './validation';

/**
 * Proration and splitting of money in integer minor units, exact (BigInt, never floats) and
 * lossless: the parts always sum to the whole (DESIGN "Money never goes through floats").
 */

function assertMinor(amountMinor: number, field: string): void {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new MoneyError(
      'INVALID_MONEY',
      `${field} ${amountMinor} is not a whole number of minor units`,
      { [field]: amountMinor },
    );
  }
}

/** `numerator / denominator` (denominator > 0) rounded half away from zero. */
function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return numerator < 0n ? -rounded : rounded;
}

/**
 * The part of a period's `amountMinor` (integer minor units, any sign) owed for days
 * `firstDay..lastDay` (1-based, inclusive) of a period of `daysInPeriod` days, by cumulative
 * rounding: `round(amount × lastDay / n) − round(amount × (firstDay − 1) / n)`, half away from
 * zero, computed exactly with BigInt. Because the rounded cumulative amounts telescope, the
 * parts of ANY partition of the period into consecutive day ranges sum exactly to `amountMinor`
 * (e.g. 100000 over 31 days: days 1–14 → 45161, days 15–31 → 54839).
 *
 * Throws `MoneyError` (INVALID_MONEY) when the amount is not a safe integer, and `DomainError`
 * (VALIDATION_FAILED, `context.issues`) unless `1 ≤ firstDay ≤ lastDay ≤ daysInPeriod` are safe
 * integers.
 */
export function prorateMinor(
  amountMinor: number,
  firstDay: number,
  lastDay: number,
  daysInPeriod: number,
): number {
  assertMinor(amountMinor, 'amountMinor');
  const issues: ValidationIssue[] = [];
  const days = { firstDay, lastDay, daysInPeriod };
  for (const [field, value] of Object.entries(days)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      issues.push({ path: [field], message: `must be a whole number ≥ 1; got ${value}` });
    }
  }
  if (issues.length === 0 && !(firstDay <= lastDay && lastDay <= daysInPeriod)) {
    issues.push({
      path: ['lastDay'],
      message: `need 1 ≤ firstDay ≤ lastDay ≤ daysInPeriod; got ${firstDay}..${lastDay} of ${daysInPeriod}`,
    });
  }
  if (issues.length > 0) throw validationFailed('Invalid proration', issues);
  if (firstDay === 1 && lastDay === daysInPeriod) return amountMinor;
  const amount = BigInt(amountMinor);
  const n = BigInt(daysInPeriod);
  const upTo = roundHalfAwayFromZero(amount * BigInt(lastDay), n);
  const before = roundHalfAwayFromZero(amount * BigInt(firstDay - 1), n);
  return Number(upTo - before);
}

/**
 * Splits `totalMinor` (integer minor units; negative totals split their absolute value and are
 * negated) in proportion to `weights` (non-negative safe integers, not all zero) by the largest
 * remainder (Hamilton) method: every part gets the floor of its exact quota, then the units left
 * over go one each to the largest remainders, ties to the earlier index. Exact with BigInt; the
 * parts sum exactly to the total and a zero weight always gets 0. Example: 100 by [1, 1, 1] →
 * [34, 33, 33].
 *
 * Throws `MoneyError` (INVALID_MONEY) when the total is not a safe integer, and `DomainError`
 * (VALIDATION_FAILED, `context.issues` naming each bad weight) for no weights, a negative or
 * fractional weight, or weights that are all zero.
 */
export function splitMinor(totalMinor: number, weights: readonly number[]): number[] {
  assertMinor(totalMinor, 'totalMinor');
  const issues: ValidationIssue[] = [];
  weights.forEach((weight, index) => {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      issues.push({
        path: ['weights', index],
        message: `must be a whole number ≥ 0; got ${weight}`,
      });
    }
  });
  if (issues.length === 0 && !weights.some((weight) => weight > 0)) {
    issues.push({ path: ['weights'], message: 'need at least one weight above zero' });
  }
  if (issues.length > 0) throw validationFailed('Invalid split', issues);

  const total = BigInt(Math.abs(totalMinor));
  const big = weights.map(BigInt);
  const sum = big.reduce((a, b) => a + b, 0n);
  const parts = big.map((w) => (total * w) / sum);
  const remainders = big.map((w, index) => ({ index, rest: (total * w) % sum }));
  let left = Number(total - parts.reduce((a, b) => a + b, 0n));
  if (left > 0) {
    // Stable sort keeps equal remainders in index order: ties go to the earlier index.
    remainders.sort((a, b) => (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1));
    for (const { index } of remainders) {
      if (left === 0) break;
      parts[index] = (parts[index] ?? 0n) + 1n;
      left -= 1;
    }
  }
  return parts.map((part) => (totalMinor < 0 && part !== 0n ? -Number(part) : Number(part)));
}
