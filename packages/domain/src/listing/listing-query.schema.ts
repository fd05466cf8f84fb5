import { z } from 'zod';
import { propertyTypes, standardStatuses } from './listing.codes';
import { listingSchema } from './listing.schema';

/** Columns `properties.list` can sort by (RESO names). Ties break on `listingKey`. */
export const listingSortFields = [
  'listPrice',
  'closePrice',
  'closeDate',
  'bedroomsTotal',
  'bathroomsTotalInteger',
  'livingArea',
  'lotSizeSquareFeet',
  'yearBuilt',
  'standardStatus',
  'propertyType',
  'postalCode',
  'city',
  'unparsedAddress',
  'listingId',
  'modificationTimestamp',
] as const;
export type ListingSortField = (typeof listingSortFields)[number];

const range = <T extends z.ZodType<number>>(value: T) =>
  z
    .object({ min: value.optional(), max: value.optional() })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      error: 'min must not exceed max',
      path: ['min'],
    });

/**
 * Filters for `properties.list`; all optional and combined with AND. Prices are minor units of
 * the listing's currency; areas square feet; `near.radiusKm` kilometres (great-circle distance);
 * `bbox` in WGS 84 degrees. `text` matches listing id, address, city and postal code
 * (case-insensitive substring).
 */
export const listingFilters = z.strictObject({
  listPrice: range(z.int().min(0)).optional(),
  bedroomsMin: z.int().min(0).max(100).optional(),
  bathroomsMin: z.int().min(0).max(100).optional(),
  livingArea: range(z.number().min(0)).optional(),
  yearBuilt: range(z.int().min(1600).max(2200)).optional(),
  standardStatus: z.array(z.enum(standardStatuses)).max(9).optional(),
  propertyType: z.array(z.enum(propertyTypes)).max(9).optional(),
  postalCode: z.array(z.string().trim().min(1).max(20)).max(100).optional(),
  city: z.string().trim().min(1).max(100).optional(),
  text: z.string().trim().min(1).max(100).optional(),
  bbox: z
    .strictObject({
      south: z.number().min(-90).max(90),
      west: z.number().min(-180).max(180),
      north: z.number().min(-90).max(90),
      east: z.number().min(-180).max(180),
    })
    .refine((b) => b.south <= b.north, { error: 'south must not exceed north', path: ['south'] })
    .optional(),
  near: z
    .strictObject({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      radiusKm: z.number().positive().max(20_000),
    })
    .optional(),
});
export type ListingFilters = z.infer<typeof listingFilters>;

/**
 * Input of `properties.list`. Page pagination (`page`, 1-based) by default; pass the previous
 * result's `nextCursor` as `cursor` for keyset pagination that stays stable while rows change.
 * A cursor is only valid with the same sort it was issued for.
 */
export const listingListInput = z.strictObject({
  filters: listingFilters.default({}),
  sort: z
    .strictObject({
      field: z.enum(listingSortFields),
      direction: z.enum(['asc', 'desc']).default('asc'),
    })
    .default({ field: 'modificationTimestamp', direction: 'desc' }),
  pageSize: z.int().min(1).max(500).default(50),
  page: z.int().min(1).max(1_000_000).default(1),
  cursor: z.string().max(512).optional(),
});
export type ListingListInput = z.input<typeof listingListInput>;
export type ListingListQuery = z.output<typeof listingListInput>;

/** Output of `properties.list`: one page of listings, the filtered total, and the next cursor. */
export const listingListOutput = z.object({
  items: z.array(listingSchema),
  total: z.int(),
  page: z.int().nullable(),
  pageSize: z.int(),
  nextCursor: z.string().nullable(),
});
export type ListingListResult = z.infer<typeof listingListOutput>;
