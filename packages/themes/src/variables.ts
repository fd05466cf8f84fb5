/**
 * `@estatekit/themes/variables`: the token contract and a theme's CSS custom properties, for
 * widgets at run time. It imports no validation code (no zod, no built-in theme definitions),
 * so a widget bundle that only reads tokens stays small; `defineTheme`, `createTheme`,
 * `themeToCss` and the built-in themes live in `@estatekit/themes`.
 */
export { themeToStyleObject } from './css';
export { type DensityMetrics, densityMetrics } from './density';
export type { Appearance, Density, Palette, Radius, Theme, Typography } from './theme.types';
export {
  type ColorToken,
  type CssVariableName,
  colorTokenNames,
  cssVariableName,
  domainColorTokenNames,
  type MetricToken,
  metricTokenNames,
  type StandardStatus,
  semanticColorTokenNames,
  statusColorTokenNames,
  statusTokenByStandardStatus,
  type TokenName,
  tokenNames,
} from './tokens';
