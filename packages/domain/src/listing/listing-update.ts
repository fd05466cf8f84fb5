import { z } from 'zod';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import {
  commercialPropertyTypes,
  type PropertyType,
  propertyTypes,
  residentialPropertyTypes,
} from './listing.codes';
import {
  commercialAttributes,
  type Listing,
  type ListingCreate,
  landAttributes,
  listingCommonShape,
  listingCreateInput,
  residentialAttributes,
} from './listing.schema';

/** One bad field: where it is (`['listPrice']`, `['bedroomsTotal']`) and what is wrong with it. */
export interface ValidationIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * Each field becomes optional and loses its create-time default, so an absent key means "keep
 * the current value" (zod would otherwise fill `currency: 'USD'` into every update).
 */
function patchFields<S extends Record<string, z.ZodType>>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      z.optional(schema instanceof z.ZodDefault ? schema.unwrap() : schema),
    ]),
  ) as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };
}

/** Like `patchFields`, and `null` is allowed: it clears an attribute the listing's type has not. */
function clearableFields<S extends Record<string, z.ZodType>>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      z.optional(z.nullable(schema instanceof z.ZodDefault ? schema.unwrap() : schema)),
    ]),
  ) as { [K in keyof S]: z.ZodOptional<z.ZodNullable<WithoutDefault<S[K]>>> };
}

const { standardStatus: _status, ...editableCommonShape } = listingCommonShape;
const { propertyType: _r, ...residentialShape } = residentialAttributes.shape;
const { propertyType: _c, ...commercialShape } = commercialAttributes.shape;
const { propertyType: _l, lotSizeSquareFeet: _lot, ...landShape } = landAttributes.shape;

/** Message for an attempt to edit `standardStatus`; status moves only through the workflow. */
const STATUS_NOT_EDITABLE =
  'The status cannot be edited: use transitionStatus, which checks the workflow and records who changed it and why.';

/**
 * Changes to an existing listing (a PATCH): every common field except `standardStatus`, every
 * type-specific attribute, and `propertyType`; all optional, absent means "keep". Units as in
 * `listingCreateInput` (minor units, square feet, ISO dates). `standardStatus` is refused with a
 * message pointing to `transitionStatus`; `listingKey` and unknown keys are refused.
 */
export const listingUpdateChanges = z.strictObject({
  ...clearableFields({ ...residentialShape, ...commercialShape, ...landShape }),
  ...patchFields(editableCommonShape),
  propertyType: z.enum(propertyTypes).optional(),
  standardStatus: z.never({ error: STATUS_NOT_EDITABLE }).optional(),
});
export type ListingUpdateChanges = z.input<typeof listingUpdateChanges>;

const commonKeys = Object.keys(listingCommonShape);

/** The attribute schema of a property type's family (RESO PropertyType groups). */
function attributesFor(type: PropertyType) {
  if ((residentialPropertyTypes as readonly PropertyType[]).includes(type)) {
    return residentialAttributes;
  }
  if ((commercialPropertyTypes as readonly PropertyType[]).includes(type)) {
    return commercialAttributes;
  }
  return landAttributes; // Land and Farm, the rest of RESO PropertyType
}

const attributeKeysFor = (type: PropertyType): string[] =>
  Object.keys(attributesFor(type).shape).filter((key) => key !== 'propertyType');

const requiredAttributeKeysFor = (type: PropertyType): string[] => {
  const shape: Record<string, z.ZodType> = attributesFor(type).shape;
  return attributeKeysFor(type).filter((key) => !shape[key]?.isOptional());
};

function toIssues(
  issues: readonly z.core.$ZodIssue[],
  unknownKey: (key: string) => string,
): ValidationIssue[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: unknownKey(key) }));
    }
    return [{ path, message: issue.message }];
  });
}

function validationFailed(issues: ValidationIssue[], suggestion?: string): DomainError {
  const [first] = issues;
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new DomainError(
    DomainErrorCode.ValidationFailed,
    `The listing update is invalid: ${where}${first?.message ?? 'unknown problem'}${more}`,
    { context: { issues }, ...(suggestion === undefined ? {} : { suggestion }) },
  );
}

/**
 * Applies `changes` to `current` and returns the whole listing re-validated by
 * `listingCreateInput` (prices in minor units, areas in square feet), ready to persist.
 * `standardStatus` and `listingKey` are kept from `current`. When `propertyType` moves to
 * another family (residential / commercial / land, RESO PropertyType), the old family's
 * attributes are dropped and the changes must supply the new family's required ones (e.g.
 * `lotSizeSquareFeet` for Land); a `null` for an attribute the new type lacks is ignored.
 *
 * Throws `DomainError` with code `VALIDATION_FAILED` and `context.issues` (`ValidationIssue[]`)
 * when the changes are malformed, try to set `standardStatus` (use `transitionStatus`), or make
 * the merged listing invalid (e.g. `bedroomsTotal` on Land).
 */
export function applyListingUpdate(current: Listing, changes: ListingUpdateChanges): ListingCreate {
  const parsed = listingUpdateChanges.safeParse(changes);
  if (!parsed.success) {
    const issues = toIssues(
      parsed.error.issues,
      (key) => `${key} is not an editable listing field`,
    );
    const statusTouched = issues.some((issue) => issue.path[0] === 'standardStatus');
    throw validationFailed(
      issues,
      statusTouched ? 'Call transitionStatus to move the listing through its workflow.' : undefined,
    );
  }
  const patch: Record<string, unknown> = parsed.data;
  const row: Record<string, unknown> = current;
  const propertyType = parsed.data.propertyType ?? current.propertyType;
  const targetKeys = [...commonKeys, ...attributeKeysFor(propertyType)];

  const candidate: Record<string, unknown> = { listingKey: current.listingKey, propertyType };
  for (const key of targetKeys) candidate[key] = row[key];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || (value === null && !targetKeys.includes(key))) continue;
    candidate[key] = value;
  }

  const merged = listingCreateInput.safeParse(candidate);
  if (!merged.success) {
    const issues = toIssues(
      merged.error.issues,
      (key) => `${key} does not apply to a ${propertyType} listing`,
    );
    const required = requiredAttributeKeysFor(propertyType);
    const lacksNewTypeAttributes =
      propertyType !== current.propertyType &&
      issues.some((issue) => required.includes(String(issue.path[0])));
    throw validationFailed(
      issues,
      lacksNewTypeAttributes
        ? `A ${propertyType} listing needs: ${required.join(', ')}.`
        : undefined,
    );
  }
  return merged.data;
}
