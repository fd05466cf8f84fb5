import { type DeprecatedTokenWarning, themeWarningCodes } from './theme-warning';
import type { ColorToken } from './tokens';

/**
 * Renamed tokens: old name → current name. An old name keeps working in `createTheme` palettes
 * and in `fromDesignTokens` files, with a `DEPRECATED_TOKEN` warning, so a reseller's theme
 * does not break when we rename a token. Never remove an entry before the next major version.
 *
 * The one entry is the documented example: `status-under-contract` (the label most MLS
 * front ends show) is spelled after the RESO StandardStatus, `status-active-under-contract`.
 */
export const tokenRenames = {
  'status-under-contract': 'status-active-under-contract',
} as const satisfies Record<string, ColorToken>;

/** A colour token name that still works but was renamed (see {@link tokenRenames}). */
export type DeprecatedColorToken = keyof typeof tokenRenames;

/**
 * The current name of a token if it was renamed.
 * @param name a token name as written by the theme author.
 * @returns the new name, or `undefined` when `name` is not a deprecated name.
 */
export function renamedToken(name: string): ColorToken | undefined {
  return Object.hasOwn(tokenRenames, name) ? tokenRenames[name as DeprecatedColorToken] : undefined;
}

/**
 * The warning for a deprecated token name.
 * @param path where it was found, e.g. `light.status-under-contract` or a DTCG path.
 */
export function deprecatedTokenWarning(
  path: string,
  from: string,
  to: DeprecatedTokenWarning['to'],
): DeprecatedTokenWarning {
  return {
    code: themeWarningCodes.deprecatedToken,
    path,
    from,
    to,
    message: `${path}: token "${from}" was renamed to "${to}"; the old name will be removed in the next major version`,
  };
}
