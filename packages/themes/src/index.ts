export { parseColor, type Rgba, supportedColorSyntax } from './color/parse-color';
export { contrastRatio, relativeLuminance } from './contrast';
export { type ContrastPair, checkContrast, contrastPairs } from './contrast-check';
export { type CreateThemeOptions, type CreateThemeResult, createTheme } from './create-theme';
export {
  builtInThemesCss,
  type ThemeToCssOptions,
  themeLayer,
  themeToCss,
  themeToStyleObject,
} from './css';
export { defineTheme, type ThemeDefinition, themeDefaults } from './define-theme';
export { type DensityMetrics, densityMetrics } from './density';
export { type DesignTokensImport, fromDesignTokens } from './dtcg/dtcg';
export { tailwindThemeInline, tailwindThemeVariables } from './tailwind';
export { colorValueSchema, paletteSchema, themeInputSchema, themeSchema } from './theme.schema';
export type {
  Appearance,
  Density,
  Palette,
  PaletteInput,
  Radius,
  Theme,
  ThemeInput,
  Typography,
} from './theme.types';
export { type ThemeIssue, ThemeValidationError } from './theme-error';
export {
  type DeprecatedTokenWarning,
  type IgnoredTokenWarning,
  type LowContrastWarning,
  type ThemeWarning,
  themeWarningCodes,
} from './theme-warning';
export { builtInThemes } from './themes/built-in-themes';
export { estatekitTheme } from './themes/estatekit.theme';
export { harbourTheme } from './themes/harbour.theme';
export { type DeprecatedColorToken, renamedToken, tokenRenames } from './token-renames';
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
