import { themeSchema } from './theme.schema';
import type { Palette, Theme } from './theme.types';
import { ThemeValidationError } from './theme-error';

/** Shared (non-colour) tokens used when a theme definition leaves them out. */
export const themeDefaults = {
  typography: {
    fontSans: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    fontMono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: 14,
    lineHeight: 1.5,
  },
  radius: { sm: 4, md: 6, lg: 10 },
  space: 4,
  density: 'comfortable',
} as const satisfies Omit<Theme, 'name' | 'light' | 'dark'>;

/** What a brand writes: a name, both full palettes, and optionally the shared tokens. */
export interface ThemeDefinition extends Partial<Omit<Theme, 'name' | 'light' | 'dark'>> {
  name: string;
  light: Palette;
  dark: Palette;
}

/**
 * Declares a brand theme: every colour token for light and dark, plus typography, radii,
 * spacing unit and density (each defaulting to {@link themeDefaults}).
 *
 * Validation is structural only; run `checkContrast` (or build with `createTheme`) to get WCAG
 * contrast warnings.
 *
 * @param definition `{ name, light, dark, typography?, radius?, space?, density? }`; colours are
 *   CSS colour strings, sizes are px.
 * @returns the theme, deeply frozen.
 * @throws {ThemeValidationError} when a token is missing, unknown or malformed; each issue names
 *   its path, e.g. `dark.primary`.
 */
export function defineTheme(definition: ThemeDefinition): Theme {
  const result = themeSchema.safeParse({
    ...definition,
    typography: definition.typography ?? themeDefaults.typography,
    radius: definition.radius ?? themeDefaults.radius,
    space: definition.space ?? themeDefaults.space,
    density: definition.density ?? themeDefaults.density,
  });
  if (!result.success) throw ThemeValidationError.fromZod(result.error);
  return deepFreeze(result.data);
}

/** Freezes an object and every object inside it; returns it. */
export function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  }
  return Object.freeze(value);
}
