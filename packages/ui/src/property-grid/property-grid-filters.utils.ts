import type { ListingFilters } from '@estatekit/domain';
import { type StandardStatus, standardStatuses } from '@estatekit/domain/format';
import {
  majorToMinorUnits,
  minorToMajorInput,
  requireDecimal,
  wholeNumber,
} from './filter-input.utils';

/** The filter bar's fields as typed: strings, so half-typed input is never lost. */
export interface FilterDraft {
  text: string;
  /** Major units of the provider's currency, as typed: `"250000"`, `"1,250,000.50"`. */
  priceMin: string;
  priceMax: string;
  bedroomsMin: string;
  bathroomsMin: string;
  /** Square feet. */
  areaMin: string;
  areaMax: string;
  yearMin: string;
  yearMax: string;
  standardStatus: StandardStatus[];
  /** One RESO PropertyType, or `''` for any. */
  propertyType: string;
  /** Postal codes separated by commas or spaces. */
  postalCode: string;
}

/** A draft field name. */
export type FilterDraftField = keyof FilterDraft;

/** Why a field was left out of the request, per field. */
export type FilterErrors = Partial<Record<FilterDraftField, string>>;

/** A draft with every field empty. */
export const emptyFilterDraft: FilterDraft = {
  text: '',
  priceMin: '',
  priceMax: '',
  bedroomsMin: '',
  bathroomsMin: '',
  areaMin: '',
  areaMax: '',
  yearMin: '',
  yearMax: '',
  standardStatus: [],
  propertyType: '',
  postalCode: '',
};

interface Context {
  currency: string;
  locale: string;
}

/**
 * Turns the typed draft into `properties.list` filters. A field that cannot be read (or a range
 * whose minimum exceeds its maximum) is left out of the filters and explained in `errors`, so
 * the other filters still apply. Prices become minor units of `currency`; areas stay square
 * feet; `postalCode` splits on commas and spaces.
 */
export function draftToFilters(
  draft: FilterDraft,
  { currency, locale }: Context,
): { filters: ListingFilters; errors: FilterErrors } {
  const errors: FilterErrors = {};
  const read = (field: FilterDraftField, parse: (text: string) => number): number | undefined => {
    const text = (draft[field] as string).trim();
    if (text === '') return undefined;
    try {
      return parse(text);
    } catch (error) {
      errors[field] = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  };
  const price = (text: string) => majorToMinorUnits(text, currency, locale);
  const area = (text: string) => Number(requireDecimal(text, locale));
  const year = (text: string) => wholeNumber(text, locale, 1600, 2200);
  const count = (text: string) => wholeNumber(text, locale, 0, 100);

  const filters: ListingFilters = {
    listPrice: range(read('priceMin', price), read('priceMax', price), 'priceMin', errors),
    bedroomsMin: read('bedroomsMin', count),
    bathroomsMin: read('bathroomsMin', count),
    livingArea: range(read('areaMin', area), read('areaMax', area), 'areaMin', errors),
    yearBuilt: range(read('yearMin', year), read('yearMax', year), 'yearMin', errors),
    standardStatus: standardStatuses.filter((s) => draft.standardStatus.includes(s)),
    propertyType: draft.propertyType
      ? [draft.propertyType as NonNullable<ListingFilters['propertyType']>[number]]
      : undefined,
    postalCode: draft.postalCode.split(/[\s,;]+/).filter((code) => code !== ''),
    text: draft.text.trim().slice(0, 100) || undefined,
  };
  return { filters: normalizeFilters(filters), errors };
}

/** The draft that shows `filters` (minor units back to major units of `currency`). */
export function filtersToDraft(filters: ListingFilters, currency: string): FilterDraft {
  const str = (value: number | undefined) => (value === undefined ? '' : String(value));
  const major = (value: number | undefined) =>
    value === undefined ? '' : minorToMajorInput(value, currency);
  return {
    text: filters.text ?? '',
    priceMin: major(filters.listPrice?.min),
    priceMax: major(filters.listPrice?.max),
    bedroomsMin: str(filters.bedroomsMin),
    bathroomsMin: str(filters.bathroomsMin),
    areaMin: str(filters.livingArea?.min),
    areaMax: str(filters.livingArea?.max),
    yearMin: str(filters.yearBuilt?.min),
    yearMax: str(filters.yearBuilt?.max),
    standardStatus: [...(filters.standardStatus ?? [])],
    propertyType: filters.propertyType?.[0] ?? '',
    postalCode: (filters.postalCode ?? []).join(', '),
  };
}

/**
 * Filters without empty parts (unset values, empty lists, ranges with neither end), so equal
 * searches compare equal and requests stay small.
 */
export function normalizeFilters(filters: ListingFilters): ListingFilters {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (RANGE_KEYS.has(key)) {
      const { min, max } = value as { min?: number; max?: number };
      if (min === undefined && max === undefined) continue;
      out[key] = stripUndefined({ min, max });
      continue;
    }
    out[key] = value;
  }
  return out as ListingFilters;
}

const RANGE_KEYS = new Set(['listPrice', 'livingArea', 'yearBuilt']);

/** A stable string for comparing filters: key order and empty parts do not matter. */
export function filtersKey(filters: ListingFilters): string {
  return canonicalJson(normalizeFilters(filters));
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function range(
  min: number | undefined,
  max: number | undefined,
  field: FilterDraftField,
  errors: FilterErrors,
): { min?: number; max?: number } | undefined {
  if (min !== undefined && max !== undefined && min > max) {
    errors[field] = 'The minimum must not exceed the maximum.';
    return undefined;
  }
  return min === undefined && max === undefined ? undefined : stripUndefined({ min, max });
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
