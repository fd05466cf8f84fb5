import { z } from 'zod';
import {
  commercialPropertyTypes,
  landPropertyTypes,
  residentialPropertyTypes,
  standardStatuses,
} from './listing.codes';

const isoDate = z.iso.date();
const currency = z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as USD' });
/** Whole minor units (cents), at most 10^13 so sums stay exact in a JS number. */
const amountMinor = z.int().min(0).max(10_000_000_000_000);
const squareFeet = z.number().min(0).max(100_000_000);

/**
 * Fields every listing has, whatever its type (RESO names in camelCase). Prices are integer
 * minor units of `currency`; areas are square feet (RESO `LivingAreaUnits` = SquareFeet); dates
 * are ISO calendar dates.
 */
export const listingCommonShape = {
  listingId: z.string().trim().min(1).max(64),
  standardStatus: z.enum(standardStatuses).default('Active'),
  currency: currency.default('USD'),
  listPrice: amountMinor.nullable().default(null),
  closePrice: amountMinor.nullable().default(null),
  closeDate: isoDate.nullable().default(null),
  yearBuilt: z.int().min(1600).max(2200).nullable().default(null),
  lotSizeSquareFeet: squareFeet.nullable().default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  unparsedAddress: z.string().trim().max(255).nullable().default(null),
  city: z.string().trim().max(100).nullable().default(null),
  stateOrProvince: z.string().trim().max(50).nullable().default(null),
  postalCode: z.string().trim().max(20).nullable().default(null),
  publicRemarks: z.string().max(4000).nullable().default(null),
};

/** Home attributes: RESO BedroomsTotal, BathroomsTotalInteger, LivingArea, Stories, … */
export const residentialAttributes = z.strictObject({
  propertyType: z.literal(residentialPropertyTypes),
  bedroomsTotal: z.int().min(0).max(100),
  /** RESO: the simple count of bathrooms (full, three-quarter, half and quarter each count 1). */
  bathroomsTotalInteger: z.int().min(0).max(100),
  /** Fractional bathroom total as county records write it (2.25 = two full + one quarter). */
  bathroomsTotalDecimal: z.number().min(0).max(100).multipleOf(0.25).nullable().default(null),
  livingArea: squareFeet,
  stories: z.number().min(0).max(200).multipleOf(0.5).nullable().default(null),
  waterfrontYN: z.boolean().nullable().default(null),
  yearBuiltEffective: z.int().min(1600).max(2200).nullable().default(null),
  aboveGradeFinishedArea: squareFeet.nullable().default(null),
  belowGradeFinishedArea: squareFeet.nullable().default(null),
});

/** Business-building attributes: RESO BuildingAreaTotal, Zoning, NumberOfUnitsTotal. */
export const commercialAttributes = z.strictObject({
  propertyType: z.literal(commercialPropertyTypes),
  buildingAreaTotal: squareFeet,
  zoning: z.string().trim().max(50).nullable().default(null),
  numberOfUnitsTotal: z.int().min(0).max(100_000).nullable().default(null),
});

/** Land attributes: the lot is the product, so its size is required. */
export const landAttributes = z.strictObject({
  propertyType: z.literal(landPropertyTypes),
  lotSizeSquareFeet: squareFeet,
  zoning: z.string().trim().max(50).nullable().default(null),
  currentUse: z.string().trim().max(100).nullable().default(null),
});

/**
 * Type-specific attributes, discriminated on RESO `propertyType`: a Land listing cannot carry
 * bedrooms, a Residential one must.
 */
export const listingAttributes = z.discriminatedUnion('propertyType', [
  residentialAttributes,
  commercialAttributes,
  landAttributes,
]);
export type ListingAttributes = z.infer<typeof listingAttributes>;

/**
 * Input to create a listing: common fields plus type-specific attributes. `listingKey` is
 * optional; when absent the server assigns one. A key that neither the common fields nor the
 * type's attributes know (e.g. `bedroomsTotal` on Land, or a typo) is refused as an
 * `unrecognized_keys` issue rather than silently dropped.
 */
export const listingCreateInput = z.intersection(
  // Strict on both sides: zod reports an unknown key only when every side of an intersection
  // rejects it, so a plain `z.object` here would silently strip `bedroomsTotal` from Land.
  z.strictObject({
    listingKey: z.string().trim().min(1).max(64).optional(),
    ...listingCommonShape,
  }),
  listingAttributes,
);
export type ListingCreateInput = z.input<typeof listingCreateInput>;
export type ListingCreate = z.output<typeof listingCreateInput>;

/**
 * A listing as the API returns it: every RESO column, nullable where the type does not use it.
 * `modificationTimestamp` is an ISO 8601 instant.
 */
export const listingSchema = z.object({
  listingKey: z.string(),
  listingId: z.string(),
  standardStatus: z.enum(standardStatuses),
  propertyType: z.enum([
    ...residentialPropertyTypes,
    ...commercialPropertyTypes,
    ...landPropertyTypes,
  ]),
  currency: z.string(),
  listPrice: z.number().nullable(),
  closePrice: z.number().nullable(),
  closeDate: z.string().nullable(),
  bedroomsTotal: z.number().nullable(),
  bathroomsTotalInteger: z.number().nullable(),
  bathroomsTotalDecimal: z.number().nullable(),
  livingArea: z.number().nullable(),
  lotSizeSquareFeet: z.number().nullable(),
  buildingAreaTotal: z.number().nullable(),
  stories: z.number().nullable(),
  waterfrontYN: z.boolean().nullable(),
  yearBuilt: z.number().nullable(),
  yearBuiltEffective: z.number().nullable(),
  aboveGradeFinishedArea: z.number().nullable(),
  belowGradeFinishedArea: z.number().nullable(),
  zoning: z.string().nullable(),
  numberOfUnitsTotal: z.number().nullable(),
  currentUse: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  unparsedAddress: z.string().nullable(),
  city: z.string().nullable(),
  stateOrProvince: z.string().nullable(),
  postalCode: z.string().nullable(),
  publicRemarks: z.string().nullable(),
  modificationTimestamp: z.string(),
});
export type Listing = z.infer<typeof listingSchema>;
