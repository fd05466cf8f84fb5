import { checkContrast } from './contrast-check';
import { deepFreeze } from './define-theme';
import { themeInputSchema, themeSchema } from './theme.schema';
import type { Theme, ThemeInput } from './theme.types';
import { ThemeValidationError } from './theme-error';
import type { DeprecatedTokenWarning, ThemeWarning } from './theme-warning';
import { estatekitTheme } from './themes/estatekit.theme';
import { deprecatedTokenWarning, renamedToken } from './token-renames';

/** Options of {@link createTheme}. */
export interface CreateThemeOptions {
  /** The theme that supplies every token the input leaves out; default `estatekitTheme`. */
  base?: Theme;
}

/** A built theme and everything worth telling its author. */
export interface CreateThemeResult {
  theme: Theme;
  /** Deprecated token names used in the input, then contrast findings (WCAG 2.2 AA). */
  warnings: ThemeWarning[];
}

/**
 * Builds a complete theme from any part of one: validates the input, fills the rest from
 * `base`, and checks the result's contrast in light and dark.
 *
 * Each appearance is filled on its own: `{ light: { primary } }` changes light only. `name`
 * defaults to the base's name; give a new one when both themes can be on the same page.
 * Renamed tokens (`tokenRenames`) are accepted under their old name with a warning.
 *
 * @param input a partial theme, e.g. `{ name: 'acme', light: { primary: '#0a7d55' },
 *   radius: { md: 8 } }`; colours are CSS colour strings, sizes px. Untrusted JSON is fine.
 * @param options `{ base? }`.
 * @returns `{ theme, warnings }`: the theme (deeply frozen) and every pair in `contrastPairs`
 *   below its WCAG minimum (4.5:1 text, SC 1.4.3; 3:1 focus ring, SC 1.4.11) with its ratio.
 * @throws {ThemeValidationError} when the input is malformed: each issue names the token path,
 *   e.g. `light.primary: Expected a CSS colour …` or `light: Unknown token(s): primry`.
 */
export function createTheme(
  input: ThemeInput = {},
  options: CreateThemeOptions = {},
): CreateThemeResult {
  const base = options.base ?? estatekitTheme;
  const { renamed, warnings } = applyRenames(input);
  const parsed = themeInputSchema.safeParse(renamed);
  if (!parsed.success) throw ThemeValidationError.fromZod(parsed.error);
  const part = parsed.data;
  const merged = themeSchema.safeParse({
    name: part.name ?? base.name,
    light: { ...base.light, ...part.light },
    dark: { ...base.dark, ...part.dark },
    typography: { ...base.typography, ...part.typography },
    radius: { ...base.radius, ...part.radius },
    space: part.space ?? base.space,
    density: part.density ?? base.density,
  });
  if (!merged.success) throw ThemeValidationError.fromZod(merged.error);
  const theme = deepFreeze(merged.data);
  return { theme, warnings: [...warnings, ...checkContrast(theme)] };
}

/** Moves palette entries written under a deprecated name to the current name. */
function applyRenames(input: unknown): { renamed: unknown; warnings: DeprecatedTokenWarning[] } {
  if (typeof input !== 'object' || input === null) return { renamed: input, warnings: [] };
  const warnings: DeprecatedTokenWarning[] = [];
  const renamed: Record<string, unknown> = { ...input };
  for (const appearance of ['light', 'dark'] as const) {
    const palette = renamed[appearance];
    if (typeof palette !== 'object' || palette === null) continue;
    const next: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(palette)) {
      const to = renamedToken(key);
      if (to === undefined) next[key] = value;
      else {
        next[to] ??= value;
        warnings.push(deprecatedTokenWarning(`${appearance}.${key}`, key, to));
      }
    }
    renamed[appearance] = next;
  }
  return { renamed, warnings };
}
