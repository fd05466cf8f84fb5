import type { ValidationIssue } from '../listing/listing-update';
import { validationFailed } from './validation';

/** Most units a building may be given in one go. */
export const MAX_UNITS_PER_BUILDING = 1000;

/** How to name a building's units: numbered (`count`, `prefix`, `start`) or an explicit list. */
export type UnitNamesInput =
  | { count: number; prefix?: string; start?: number }
  | { names: readonly string[] };

/**
 * The names of a building's units, in order. Numbered: `${prefix}${n}` for n = start … start +
 * count − 1, prefix `'Unit '` and start 1 by default ("Unit 1" … "Unit N"; prefix `'A-'` gives
 * "A-1"…); count must be a whole number 1–1000 and start a whole number ≥ 0. A list: each name
 * trimmed, kept in order.
 *
 * Throws `DomainError` (VALIDATION_FAILED) with `context.issues` naming every problem at once:
 * a bad `count` or `start` (`path: ['count']` / `['start']`), no names or more than 1,000 (`['names']`), and per
 * name (`['names', index]`) a blank name or one that repeats an earlier name ignoring case and
 * surrounding spaces ("Flat 1" and " flat 1" clash), naming the earlier index.
 */
export function unitNames(input: UnitNamesInput): string[] {
  const issues: ValidationIssue[] = [];
  if ('names' in input) {
    const names = input.names.map((name) => (typeof name === 'string' ? name.trim() : ''));
    if (names.length === 0) issues.push({ path: ['names'], message: 'give at least one name' });
    if (names.length > MAX_UNITS_PER_BUILDING) {
      issues.push({
        path: ['names'],
        message: `at most ${MAX_UNITS_PER_BUILDING} units; got ${names.length}`,
      });
    }
    const firstIndexByKey = new Map<string, number>();
    names.forEach((name, index) => {
      if (name === '') {
        issues.push({ path: ['names', index], message: 'a unit name must not be blank' });
        return;
      }
      const key = name.normalize('NFC').toLowerCase();
      const earlier = firstIndexByKey.get(key);
      if (earlier === undefined) firstIndexByKey.set(key, index);
      else {
        issues.push({
          path: ['names', index],
          message: `"${name}" repeats the name at index ${earlier}`,
        });
      }
    });
    if (issues.length > 0) throw validationFailed('Invalid unit names', issues);
    return names;
  }
  const { count, prefix = 'Unit ', start = 1 } = input;
  if (!Number.isInteger(count) || count < 1 || count > MAX_UNITS_PER_BUILDING) {
    issues.push({
      path: ['count'],
      message: `must be a whole number from 1 to ${MAX_UNITS_PER_BUILDING}; got ${count}`,
    });
  }
  if (!Number.isSafeInteger(start) || start < 0 || start > Number.MAX_SAFE_INTEGER - 1000) {
    issues.push({ path: ['start'], message: `must be a whole number ≥ 0; got ${start}` });
  }
  if (issues.length > 0) throw validationFailed('Invalid unit names', issues);
  return Array.from({ length: count }, (_, i) => `${prefix}${start + i}`.trim());
}
