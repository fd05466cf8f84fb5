// The zod-free subpath: built-in themes and validation would put zod in every widget bundle.
import {
  type Appearance,
  cssVariableName,
  type Theme,
  type TokenName,
  themeToStyleObject,
} from '@estatekit/themes/variables';
import type { CSSProperties } from 'react';
import type { EstateKitSlot } from '../lib/slots';

/** Colour mode of the widgets: a fixed palette, or the visitor's OS setting. */
export type AppearanceMode = 'light' | 'dark' | 'system';

/** A built-in theme by name (`'estatekit'`, `'harbour'`, or a name whose CSS you load), or a theme object. */
export type ThemeReference = string | Theme;

/** Per-part overrides for one `data-slot`: extra classes and inline styles. */
export interface ElementAppearance {
  className?: string;
  style?: CSSProperties;
}

/**
 * How the widgets look, in the spirit of Clerk's `appearance` prop: a base `theme`, a colour
 * `mode`, token overrides (`variables`, emitted as `--ek-<token>` on the widget root, e.g.
 * `{ primary: '#0a7', 'radius-md': '2px' }`) and per-part overrides keyed by `data-slot`
 * (`elements: { 'property-grid-header': { className: 'my-header' } }`).
 */
export interface EstateKitAppearance {
  theme?: ThemeReference;
  mode?: AppearanceMode;
  variables?: Partial<Record<TokenName, string>>;
  elements?: Partial<Record<EstateKitSlot, ElementAppearance>>;
}

/** The appearance after defaults: what the widget root renders. */
export interface ResolvedAppearance {
  /** Value of `data-ek-theme`. */
  themeName: string;
  /** The theme object when one was passed (its variables go inline), else `null`. */
  theme: Theme | null;
  mode: AppearanceMode;
  variables: Partial<Record<TokenName, string>>;
  elements: Partial<Record<EstateKitSlot, ElementAppearance>>;
}

/**
 * The default theme's name: `estatekitTheme`, the first of `builtInThemes`, whose variables come
 * from the stylesheet. A literal, so the provider need not load the theme definitions.
 */
export const defaultThemeName = 'estatekit';

/**
 * Merges the provider's `theme` and `appearance` props. `appearance` may be a mode string
 * (`'dark'`) or an {@link EstateKitAppearance}; its `theme` wins over the `theme` prop.
 * Defaults: the `estatekit` theme in `light` mode (an embedded widget should match the host
 * page, not the OS, unless asked).
 */
export function resolveAppearance(
  theme: ThemeReference | undefined,
  appearance: AppearanceMode | EstateKitAppearance | undefined,
): ResolvedAppearance {
  const options: EstateKitAppearance =
    typeof appearance === 'string' ? { mode: appearance } : (appearance ?? {});
  const chosen = options.theme ?? theme ?? defaultThemeName;
  return {
    themeName: typeof chosen === 'string' ? chosen : chosen.name,
    theme: typeof chosen === 'string' ? null : chosen,
    mode: options.mode ?? 'light',
    variables: options.variables ?? {},
    elements: options.elements ?? {},
  };
}

/**
 * Inline CSS variables for the widget root: every token of a theme object (palette of the
 * effective mode; `system` uses `prefersDark`), then the `variables` overrides.
 * A built-in theme by name needs none: its variables come from the stylesheet.
 */
export function rootStyleVariables(
  resolved: ResolvedAppearance,
  prefersDark: boolean,
): Record<string, string> {
  const effective: Appearance =
    resolved.mode === 'system' ? (prefersDark ? 'dark' : 'light') : resolved.mode;
  const fromTheme = resolved.theme ? themeToStyleObject(resolved.theme, effective) : {};
  const overrides = Object.fromEntries(
    Object.entries(resolved.variables).flatMap(([token, value]) =>
      typeof value === 'string' && value.trim() !== ''
        ? [[cssVariableName(token as TokenName), value]]
        : [],
    ),
  );
  return { ...fromTheme, ...overrides };
}
