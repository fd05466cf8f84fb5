import { type IsoDate, isoDateSchema } from '@estatekit/domain';
import { validationError } from './mock-api.errors';

/*
 * Checks of the ledger mock's inputs, written like the zod schemas the API parses them with
 * (`ledger.schema.ts`): the same issue codes, paths and messages, so a story that sends a bad
 * field sees what the API would say. apps/docs does not depend on @estatekit/api, whose
 * schemas would otherwise be used directly.
 */

/** One zod issue as the API's error formatter reads it. */
export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}
/** Reads `value` at `path`, pushing an issue for each problem; returns what it read. */
export type Check<T> = (value: unknown, path: PropertyKey[], issues: Issue[]) => T;
type Shape = Record<string, Check<unknown>>;
/** What a `strictObject(shape)` parses to: keys whose check may give `undefined` are optional. */
type Parsed<S extends Shape> = {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]>;
} & { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> };

const received = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isNaN(v) ? 'NaN' : typeof v;
const wrongType = (expected: string, value: unknown, path: PropertyKey[]): Issue => ({
  code: 'invalid_type',
  path,
  message: `Invalid input: expected ${expected}, received ${received(value)}`,
});

/** `z.string()` with optional `trim()`, `min()` and `max()` (lengths in UTF-16 code units). */
export const text =
  (limits: { min?: number; max?: number; trim?: boolean }): Check<string> =>
  (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.push(wrongType('string', value, path));
      return '';
    }
    const s = limits.trim ? value.trim() : value;
    if (limits.min !== undefined && s.length < limits.min) {
      const message = `Too small: expected string to have >=${limits.min} characters`;
      issues.push({ code: 'too_small', path, message });
    }
    if (limits.max !== undefined && s.length > limits.max) {
      const message = `Too big: expected string to have <=${limits.max} characters`;
      issues.push({ code: 'too_big', path, message });
    }
    return s;
  };

/** zod's own `z.uuid()` pattern (RFC 9562, plus the nil and max UUIDs). */
const uuidPattern =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
/** `z.uuid()`. */
export const uuid: Check<string> = (value, path, issues) => {
  if (typeof value !== 'string') issues.push(wrongType('string', value, path));
  else if (!uuidPattern.test(value))
    issues.push({ code: 'invalid_format', path, message: 'Invalid UUID' });
  return String(value);
};

/** `z.int().min(1).max(Number.MAX_SAFE_INTEGER)`: a positive amount in minor units. */
export const amountMinor: Check<number> = (value, path, issues) => {
  if (typeof value !== 'number' || Number.isNaN(value))
    issues.push(wrongType('number', value, path));
  else if (!Number.isInteger(value)) issues.push(wrongType('int', value, path));
  else if (value > Number.MAX_SAFE_INTEGER) {
    const message = `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`;
    issues.push({ code: 'too_big', path, message });
  } else if (value < 1) {
    issues.push({ code: 'too_small', path, message: 'Too small: expected number to be >=1' });
  }
  return Number(value);
};

/** `z.enum(values)`. */
export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value, path, issues) => {
    if (!values.includes(value as T)) {
      const message = `Invalid option: expected one of ${values.map((v) => `"${v}"`).join('|')}`;
      issues.push({ code: 'invalid_value', path, message });
    }
    return value as T;
  };

/** The domain's own `isoDateSchema`, with its messages. */
export const isoDate: Check<IsoDate> = (value, path, issues) => {
  const parsed = isoDateSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ code: issue.code, path: [...path, ...issue.path], message: issue.message });
    }
  }
  return value as IsoDate;
};

/** `.optional()`: `undefined` passes (and the key is left out of the parsed object). */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path, issues) =>
    value === undefined ? undefined : check(value, path, issues);
/** `.nullable()`. */
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path, issues) =>
    value === null ? null : check(value, path, issues);
/** `z.array(check)`. */
export const listOf =
  <T>(check: Check<T>): Check<T[]> =>
  (value, path, issues) => {
    if (Array.isArray(value)) return value.map((item, i) => check(item, [...path, i], issues));
    issues.push(wrongType('array', value, path));
    return [];
  };

/**
 * `z.strictObject(shape)` as a parser: the parsed input (absent optional keys left out), or the
 * API's BAD_REQUEST naming every bad field and every key that is not allowed.
 */
export function strictObject<S extends Shape>(shape: S) {
  return (input: unknown): Parsed<S> => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw validationError([wrongType('object', input, [])]);
    }
    const record = input as Record<string, unknown>;
    const issues: Issue[] = [];
    const parsed: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check(record[key], [key], issues);
      if (value !== undefined) parsed[key] = value;
    }
    const extra = Object.keys(record).filter((key) => !Object.hasOwn(shape, key));
    if (extra.length > 0) {
      const message = `Unrecognized key${extra.length > 1 ? 's' : ''}: ${extra.map((k) => `"${k}"`).join(', ')}`;
      issues.push({ code: 'unrecognized_keys', path: [], keys: extra, message });
    }
    if (issues.length > 0) throw validationError(issues);
    return parsed as Parsed<S>;
  };
}
