import type { Appearance } from './theme.types';
import type { ColorToken } from './tokens';

/** Codes of the non-fatal findings `createTheme` and `fromDesignTokens` report. */
export const themeWarningCodes = {
  /** A text/background pair is below its WCAG 2.2 minimum contrast ratio. */
  lowContrast: 'LOW_CONTRAST',
  /** A renamed token was used under its old name; it was applied under the new one. */
  deprecatedToken: 'DEPRECATED_TOKEN',
  /** A design token has no EstateKit token to go to; it was ignored. */
  unknownToken: 'UNKNOWN_TOKEN',
  /** A design token's value could not be read (bad alias, unsupported type); it was ignored. */
  unreadableToken: 'UNREADABLE_TOKEN',
} as const;

/** A contrast finding: `ratio` is rounded down to 2 decimals, so 4.499 shows as 4.49. */
export interface LowContrastWarning {
  code: typeof themeWarningCodes.lowContrast;
  appearance: Appearance;
  foreground: ColorToken;
  background: ColorToken;
  ratio: number;
  /** The minimum ratio for this pair: 4.5 for text, 3 for focus indicators. */
  minimum: number;
  /** The WCAG success criterion the minimum comes from, e.g. `'WCAG 2.2 SC 1.4.3'`. */
  rule: string;
  message: string;
}

/** An old token name was used; `path` is where it was found (e.g. `light.status-under-contract`). */
export interface DeprecatedTokenWarning {
  code: typeof themeWarningCodes.deprecatedToken;
  path: string;
  from: string;
  to: ColorToken;
  message: string;
}

/** A design token that was ignored; `path` is its dotted DTCG path. */
export interface IgnoredTokenWarning {
  code: typeof themeWarningCodes.unknownToken | typeof themeWarningCodes.unreadableToken;
  path: string;
  message: string;
}

/** Anything worth telling a theme author that does not stop the theme from being built. */
export type ThemeWarning = LowContrastWarning | DeprecatedTokenWarning | IgnoredTokenWarning;
