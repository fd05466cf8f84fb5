import type { z } from 'zod';
import {
  colorValueSchema,
  densitySchema,
  fontFamilySchema,
  radiusSchema,
  spaceSchema,
  typographySchema,
} from '../theme.schema';
import { renamedToken } from '../token-renames';
import { type ColorToken, colorTokenNames } from '../tokens';
import { readColor, readFontFamily, readNumber, readPx, readString } from './dtcg-values';

/** Where a design token lands in a partial theme, and how its value is read and checked. */
export interface DtcgTarget {
  /** The `$type` the token must have when it declares one (`undefined`: any). */
  type: string | undefined;
  read: (value: unknown) => unknown;
  schema: z.ZodType;
  /** Property path in the partial theme, e.g. `['typography', 'fontSans']`. */
  at: [string, string] | [string];
  /** Set when the DTCG name is a deprecated token name. */
  renamed?: { from: string; to: ColorToken };
}

const px = (schema: z.ZodType, at: DtcgTarget['at']): DtcgTarget => ({
  type: 'dimension',
  read: readPx,
  schema,
  at,
});

/** DTCG paths of the shared (non-colour) tokens. */
const metricTargets: Record<string, DtcgTarget> = {
  'font.sans': {
    type: 'fontFamily',
    read: readFontFamily,
    schema: fontFamilySchema,
    at: ['typography', 'fontSans'],
  },
  'font.mono': {
    type: 'fontFamily',
    read: readFontFamily,
    schema: fontFamilySchema,
    at: ['typography', 'fontMono'],
  },
  'font.size': px(typographySchema.shape.fontSize, ['typography', 'fontSize']),
  'font.line-height': {
    type: 'number',
    read: readNumber,
    schema: typographySchema.shape.lineHeight,
    at: ['typography', 'lineHeight'],
  },
  'radius.sm': px(radiusSchema.shape.sm, ['radius', 'sm']),
  'radius.md': px(radiusSchema.shape.md, ['radius', 'md']),
  'radius.lg': px(radiusSchema.shape.lg, ['radius', 'lg']),
  space: px(spaceSchema, ['space']),
  density: { type: undefined, read: readString, schema: densitySchema, at: ['density'] },
};

/**
 * The theme property a DTCG path maps to: `color.light.<token>` / `color.dark.<token>`,
 * `font.sans|mono|size|line-height`, `radius.sm|md|lg`, `space`, `density`.
 * @returns the target, or `undefined` when EstateKit has no such token.
 */
export function dtcgTarget(path: string): DtcgTarget | undefined {
  const [group, appearance, name, ...rest] = path.split('.');
  if (group !== 'color' || name === undefined || rest.length > 0) {
    return Object.hasOwn(metricTargets, path) ? metricTargets[path] : undefined;
  }
  if (appearance !== 'light' && appearance !== 'dark') return undefined;
  const current = (colorTokenNames as readonly string[]).includes(name)
    ? (name as ColorToken)
    : undefined;
  const to = current ?? renamedToken(name);
  if (to === undefined) return undefined;
  const target: DtcgTarget = {
    type: 'color',
    read: readColor,
    schema: colorValueSchema,
    at: [appearance, to],
  };
  return current ? target : { ...target, renamed: { from: name, to } };
}
