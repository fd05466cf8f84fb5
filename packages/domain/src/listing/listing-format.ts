import { DomainError, DomainErrorCode } from '../errors/domain-error';

/** Units an area can be shown in: square feet or square metres. */
export type AreaUnit = 'sqft' | 'sqm';

/** Exact by definition: 1 ft = 0.3048 m (international yard and pound agreement, 1959). */
export const SQUARE_METRES_PER_SQUARE_FOOT = 0.09290304;

/** Regions that measure floor area in square feet: the United States, Liberia and Myanmar. */
const SQUARE_FEET_REGIONS: readonly string[] = ['US', 'LR', 'MM'];

const UNIT_SYMBOL: Record<AreaUnit, string> = { sqft: 'sq\u00a0ft', sqm: 'm²' };

/**
 * The area unit people expect in a BCP 47 `locale`: `'sqft'` when its region (explicit, or the
 * likely one: `en` → US, `my` → MM) is US, LR or MM, `'sqm'` everywhere else.
 * Throws `RangeError` for a malformed locale tag.
 */
export function defaultAreaUnit(locale: string): AreaUnit {
  const region = new Intl.Locale(locale).maximize().region;
  return region !== undefined && SQUARE_FEET_REGIONS.includes(region) ? 'sqft' : 'sqm';
}

/**
 * Formats a living or lot area, given in square feet (RESO `LivingAreaUnits` = SquareFeet), for
 * display in `locale`, as a whole number with the locale's digit grouping and the unit symbol
 * after a no-break space: `formatArea(1850, 'en-US')` → `"1,850 sq ft"`,
 * `formatArea(1850, 'de-DE')` → `"172 m²"`. Square metres are converted with
 * 1 sq ft = 0.09290304 m² and rounded to whole m². `unit` defaults to `defaultAreaUnit(locale)`.
 * ECMA-402 has no square units, so the number is formatted by Intl and the symbol appended.
 *
 * Throws `DomainError` (VALIDATION_FAILED) for a negative or non-finite area, and `RangeError`
 * for a malformed locale tag.
 */
export function formatArea(squareFeet: number, locale: string, unit?: AreaUnit): string {
  if (!Number.isFinite(squareFeet) || squareFeet < 0) {
    throw new DomainError(
      DomainErrorCode.ValidationFailed,
      `${squareFeet} is not an area: expected a finite number of square feet, at least 0`,
      { context: { squareFeet } },
    );
  }
  const shownIn = unit ?? defaultAreaUnit(locale);
  const value = shownIn === 'sqft' ? squareFeet : squareFeet * SQUARE_METRES_PER_SQUARE_FOOT;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  return `${number}\u00a0${UNIT_SYMBOL[shownIn]}`;
}
