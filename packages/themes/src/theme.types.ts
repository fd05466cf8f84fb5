import type { DeprecatedColorToken } from './token-renames';
import type { ColorToken } from './tokens';

/** Light or dark: which palette of a theme is in use (`data-ek-appearance`). */
export type Appearance = 'light' | 'dark';

/** Every colour token mapped to a CSS colour string, for one appearance. */
export type Palette = Record<ColorToken, string>;

/** Some colour tokens, as a theme author writes them; deprecated names are still accepted. */
export type PaletteInput = Partial<Record<ColorToken | DeprecatedColorToken, string>>;

/** Type settings shared by both appearances. */
export interface Typography {
  /** CSS `font-family` list for UI text, e.g. `'Inter, system-ui, sans-serif'`. */
  fontSans: string;
  /** CSS `font-family` list for figures, codes and ids. */
  fontMono: string;
  /** Base font size in CSS px (8–32). */
  fontSize: number;
  /** Unitless line height (1–3), a multiple of the font size. */
  lineHeight: number;
}

/** Corner radii in CSS px (0–64). */
export interface Radius {
  sm: number;
  md: number;
  lg: number;
}

/**
 * Row height and cell padding of tables, lists and cards: `comfortable` (44px rows at the
 * default 4px spacing unit) or `compact` (32px rows). See `densityMetrics`.
 */
export type Density = 'comfortable' | 'compact';

/** A complete, validated theme: what the CSS emitters and the React provider consume. */
export interface Theme {
  /** Lowercase slug, unique per page: the value of `data-ek-theme`. */
  name: string;
  light: Palette;
  dark: Palette;
  typography: Typography;
  radius: Radius;
  /** Spacing unit in CSS px (1–16); paddings and gaps are multiples of it. */
  space: number;
  density: Density;
}

/** Any part of a theme: what `createTheme` fills in from a base theme. */
export interface ThemeInput {
  name?: string;
  light?: PaletteInput;
  dark?: PaletteInput;
  typography?: Partial<Typography>;
  radius?: Partial<Radius>;
  space?: number;
  density?: Density;
}
