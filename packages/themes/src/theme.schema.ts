import { z } from 'zod';
import { parseColor, supportedColorSyntax } from './color/parse-color';
import type { Theme } from './theme.types';
import { colorTokenNames } from './tokens';

/** A CSS colour string that {@link parseColor} understands. */
export const colorValueSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'Missing colour token' : undefined) })
  .refine((value) => parseColor(value) !== undefined, {
    error: (issue) =>
      `Expected a CSS colour (${supportedColorSyntax}), got ${JSON.stringify(issue.input)}`,
  });

/** A CSS `font-family` list; characters that could end the declaration are refused. */
export const fontFamilySchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .regex(/^[^;{}<>\\]+$/, { error: 'A font-family list may not contain ; { } < > or \\' });

/** Theme names become `data-ek-theme="<name>"` selectors, so they are plain slugs. */
export const themeNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, {
  error: 'A theme name is 1–64 lowercase letters, digits and hyphens, starting with a letter',
});

/** All colour tokens of one appearance; unknown keys are refused. */
export const paletteSchema = z.record(z.enum(colorTokenNames), colorValueSchema);

/** Font stacks, base size (px, 8–32) and unitless line height (1–3). */
export const typographySchema = z.strictObject({
  fontSans: fontFamilySchema,
  fontMono: fontFamilySchema,
  fontSize: z.number().min(8).max(32),
  lineHeight: z.number().min(1).max(3),
});

/** Corner radii in px, 0–64. */
export const radiusSchema = z.strictObject({
  sm: z.number().min(0).max(64),
  md: z.number().min(0).max(64),
  lg: z.number().min(0).max(64),
});

/** Spacing unit in px, 1–16. */
export const spaceSchema = z.number().min(1).max(16);

/** `comfortable` or `compact`. */
export const densitySchema = z.enum(['comfortable', 'compact']);

/** The full token contract: every token present and valid. */
export const themeSchema = z.strictObject({
  name: themeNameSchema,
  light: paletteSchema,
  dark: paletteSchema,
  typography: typographySchema,
  radius: radiusSchema,
  space: spaceSchema,
  density: densitySchema,
}) satisfies z.ZodType<Theme>;

/** Any subset of the contract (deprecated token names must be renamed before parsing). */
export const themeInputSchema = z.strictObject({
  name: themeNameSchema.optional(),
  light: z.partialRecord(z.enum(colorTokenNames), colorValueSchema).optional(),
  dark: z.partialRecord(z.enum(colorTokenNames), colorValueSchema).optional(),
  typography: typographySchema.partial().optional(),
  radius: radiusSchema.partial().optional(),
  space: spaceSchema.optional(),
  density: densitySchema.optional(),
});
