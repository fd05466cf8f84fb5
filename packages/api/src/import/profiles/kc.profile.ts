import { defineColumnMappingProfile } from '../column-mapping-profile';
import { type ParseResult, parseDecimal, parseInteger, type ValueParser } from '../field-parsers';

/**
 * RESO `BathroomsTotalInteger` from the county's fractional count: RESO counts every bathroom,
 * full or partial, as one, while the county writes quarter steps (2.25 = two full baths and a
 * quarter bath). Rounding up counts the fractional part as one partial bathroom: 2.25 → 3,
 * 0.5 → 1, 0 → 0. A fraction could in principle stand for several partial baths (2.5 = one full
 * and three halves); the county file does not say, so this is the smallest count consistent
 * with it. Off-step values are reported by `bathroomsTotalDecimal` (multiple of 0.25).
 */
export const countBathrooms: ValueParser = (text) => {
  const parsed = parseDecimal(text);
  return parsed.ok ? { ok: true, value: Math.ceil(parsed.value) } : parsed;
};

/** County `yr_renovated`: a year, or `0` for never renovated, which becomes `null`. */
export const renovationYear: ValueParser = (text) => {
  const parsed = parseInteger(text);
  return parsed.ok && parsed.value === 0 ? { ok: true, value: null } : parsed;
};

/** County 0/1 code (`waterfront`): exactly `0` or `1`, nothing looser. */
export const countyFlag: ValueParser = (text): ParseResult<boolean> => {
  const code = text.trim();
  if (code === '1') return { ok: true, value: true };
  if (code === '0') return { ok: true, value: false };
  return { ok: false, reason: 'not a county 0/1 code' };
};

/**
 * King County (Washington, USA) house sales, May 2014 – May 2015 (the public "House Sales in King
 * County" file, CC0), in the 24-column layout of `kc_house_data.csv`.
 *
 * Each row is a recorded sale, not a listing on the market, so every listing is `Closed` and
 * `Residential`, and the sale `price` fills both `closePrice` and `listPrice`: the county records
 * sales only, and the sale price is the only price known. Prices are USD major units, parsed
 * exactly into cents (`1.19E+06` → 119000000). Beware: the spreadsheet that saved this copy wrote
 * every price of a million or more with three significant digits, so those sales are only known
 * to within ±5,000 USD; the importer keeps what the file says.
 *
 * - `id` → `listingKey` and `listingId`, as text exactly as written. It is the county parcel
 *   number (PIN), so a parcel sold twice in the year appears twice; `planImport` keeps the later
 *   sale. The spreadsheet dropped leading zeros (`795000620` is PIN `0795000620`); keys are not
 *   re-padded, so they match other imports of this same file.
 * - `date` (`20141013T000000`, ISO 8601 basic) → `closeDate` `2014-10-13`; impossible dates fail.
 * - `bedrooms` → `bedroomsTotal`; `bathrooms` → `bathroomsTotalDecimal` as written and
 *   `bathroomsTotalInteger` rounded up (see `countBathrooms`).
 * - `sqft_living` → `livingArea`, `sqft_lot` → `lotSizeSquareFeet`, `sqft_above` →
 *   `aboveGradeFinishedArea`, `sqft_basement` → `belowGradeFinishedArea` (all square feet).
 * - `floors` (half steps) → `stories`; `waterfront` 0/1 → `waterfrontYN`.
 * - `yr_built` → `yearBuilt`; `yr_renovated` → `yearBuiltEffective` (`0` = never → `null`).
 * - `zipcode` → `postalCode`; `lat`/`long` → `latitude`/`longitude` (WGS 84 degrees).
 * - The file has no street address or city: `city` and `unparsedAddress` are null and
 *   `stateOrProvince` is `WA` (every parcel is in King County, Washington).
 *
 * Ignored columns: `year`, `month`, `month_year` repeat `date`; `view` (0–4), `condition` (1–5)
 * and `grade` (1–13) are county assessor scores with no RESO field of the same meaning;
 * `sqft_living15`/`sqft_lot15` describe the 15 nearest neighbours, not this property.
 */
export const kcProfile = defineColumnMappingProfile({
  name: 'kc',
  description: 'King County (WA) recorded house sales, kc_house_data.csv layout (sales as Closed)',
  currency: 'USD',
  columns: {
    listingKey: 'id',
    listingId: 'id',
    closePrice: 'price',
    listPrice: 'price',
    closeDate: 'date',
    bedroomsTotal: 'bedrooms',
    bathroomsTotalDecimal: 'bathrooms',
    bathroomsTotalInteger: { column: 'bathrooms', parse: countBathrooms },
    livingArea: 'sqft_living',
    lotSizeSquareFeet: 'sqft_lot',
    stories: 'floors',
    waterfrontYN: { column: 'waterfront', parse: countyFlag },
    yearBuilt: 'yr_built',
    yearBuiltEffective: { column: 'yr_renovated', parse: renovationYear },
    aboveGradeFinishedArea: 'sqft_above',
    belowGradeFinishedArea: 'sqft_basement',
    postalCode: 'zipcode',
    latitude: 'lat',
    longitude: 'long',
  },
  constants: {
    standardStatus: 'Closed',
    propertyType: 'Residential',
    stateOrProvince: 'WA',
    city: null,
    unparsedAddress: null,
  },
});
