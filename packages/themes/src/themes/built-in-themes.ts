import type { Theme } from '../theme.types';
import { estatekitTheme } from './estatekit.theme';
import { harbourTheme } from './harbour.theme';

/** Every theme shipped in `@estatekit/themes`, default first; `themes.css` contains all of them. */
export const builtInThemes: readonly Theme[] = Object.freeze([estatekitTheme, harbourTheme]);
