import { createTheme, fromDesignTokens } from '@estatekit/themes';
// The example DTCG document shipped with @estatekit/themes (read from source: the package does
// not export its examples).
import sunsetRealtyTokens from '../../../../packages/themes/src/examples/sunset-realty.tokens.json';

export { sunsetRealtyTokens };

/** The example DTCG document read into a partial theme, with what the reader could not use. */
export const sunsetRealtyImport = fromDesignTokens(sunsetRealtyTokens, { name: 'sunset-realty' });

/** "Sunset Realty": the DTCG partial completed from the EstateKit theme by `createTheme`. */
export const sunsetRealty = createTheme(sunsetRealtyImport.partial);

/**
 * A theme an author might write first: a pale brand blue behind white text and a light grey
 * for secondary text. `createTheme` builds it and reports each pair below WCAG 2.2 AA.
 */
export const paleBrand = createTheme({
  name: 'pale-brand',
  light: { primary: '#7dd3fc', 'primary-foreground': '#ffffff', 'muted-foreground': '#a3a3a3' },
});
