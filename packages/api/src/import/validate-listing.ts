import { listingCreateInput } from '@estatekit/domain';
import { z } from 'zod';

/** What `listingCreateInput.safeParse` answers. */
export type ListingCheck = ReturnType<typeof listingCreateInput.safeParse>;

/** No refinement on the schema itself, which a flattened copy would silently drop. */
const unrefined = (schema: z.ZodType) => (schema._zod.def.checks ?? []).length === 0;

/**
 * `schema`, shaped like the domain's `listingCreateInput` (common fields ∩ type-specific
 * attributes, discriminated on `propertyType`), flattened into one strict object per property
 * type, keyed by `propertyType` value. zod parses an intersection by parsing both sides, merging
 * their outputs and reconciling their unknown keys, which made it most of an import's validation
 * time; one strict object per type makes the same checks in one pass. A key on both sides
 * (Land's `lotSizeSquareFeet`) keeps both checks, as an intersection of the two field schemas;
 * field schemas are reused as they are, refinements included. Returns `null` for any other
 * shape, or a refinement on the intersection, a side or a variant (a flat copy would drop it).
 */
export function flattenByPropertyType(schema: z.ZodType): Map<unknown, z.ZodType> | null {
  if (!(schema instanceof z.ZodIntersection) || !unrefined(schema)) return null;
  const { left, right } = schema.def;
  if (!(left instanceof z.ZodObject) || !(right instanceof z.ZodDiscriminatedUnion)) return null;
  if (!unrefined(left) || !unrefined(right)) return null;
  const discriminator = right.def.discriminator;
  const byType = new Map<unknown, z.ZodType>();
  for (const option of right.options) {
    const values = option._zod.propValues?.[discriminator];
    if (!(option instanceof z.ZodObject) || !unrefined(option) || values === undefined) return null;
    const shape: Record<string, z.ZodType> = { ...left.shape };
    for (const [key, field] of Object.entries(option.shape as Record<string, z.ZodType>)) {
      const common = shape[key];
      shape[key] = common === undefined ? field : z.intersection(common, field);
    }
    const flat = z.strictObject(shape);
    for (const value of values) byType.set(value, flat);
  }
  return byType;
}

const flattened = flattenByPropertyType(listingCreateInput);

/**
 * Checks a listing draft exactly as `listingCreateInput.safeParse` does and returns its answer.
 * A draft the flattened schema of its property type accepts is one the domain schema accepts,
 * with the same output; anything else (an unknown type, any problem) is parsed by
 * `listingCreateInput` itself, so the issues reported are the domain's own, word for word.
 */
export function validateListing(draft: Record<string, unknown>): ListingCheck {
  const flat = flattened?.get(draft.propertyType);
  if (flat !== undefined) {
    const checked = flat.safeParse(draft);
    if (checked.success) return checked as ListingCheck;
  }
  return listingCreateInput.safeParse(draft);
}
