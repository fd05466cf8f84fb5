import { type CssVariableName, colorTokenNames, cssVariableName } from './tokens';

/**
 * Tailwind CSS v4 theme variables mapped to EstateKit tokens: `--color-<token>` for every colour
 * (so `bg-primary`, `text-status-active` work), `--radius-sm|md|lg`, `--font-sans|mono`, and
 * `--spacing` (Tailwind multiplies it: `p-4` = 4 × `--ek-space`). Row height and cell padding
 * have no Tailwind namespace; use `h-(--ek-row-height)` and friends.
 */
export const tailwindThemeVariables: Readonly<Record<string, CssVariableName>> = Object.freeze({
  ...Object.fromEntries(colorTokenNames.map((t) => [`--color-${t}`, cssVariableName(t)])),
  '--radius-sm': '--ek-radius-sm',
  '--radius-md': '--ek-radius-md',
  '--radius-lg': '--ek-radius-lg',
  '--font-sans': '--ek-font-sans',
  '--font-mono': '--ek-font-mono',
  '--spacing': '--ek-space',
});

/**
 * The `@theme inline { … }` block for the UI package's Tailwind stylesheet, generated from
 * {@link tailwindThemeVariables}. `inline` makes utilities read `var(--ek-*)` at the element,
 * so a theme switch on the widget root restyles everything under it (Tailwind v4 docs, "Theme
 * variables" → "Referencing other variables").
 * @returns CSS text ending in a newline.
 */
export function tailwindThemeInline(): string {
  const lines = Object.entries(tailwindThemeVariables).map(
    ([name, token]) => `  ${name}: var(${token});`,
  );
  return `@theme inline {\n${lines.join('\n')}\n}\n`;
}
