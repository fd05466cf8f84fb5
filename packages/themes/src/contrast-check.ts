import { contrastRatio } from './contrast';
import type { Appearance, Theme } from './theme.types';
import { type LowContrastWarning, themeWarningCodes } from './theme-warning';
import { type ColorToken, domainColorTokenNames, statusColorTokenNames } from './tokens';

/** A foreground token drawn on a background token, and the ratio it must reach. */
export interface ContrastPair {
  foreground: ColorToken;
  background: ColorToken;
  minimum: number;
  rule: string;
}

const text = (foreground: ColorToken, background: ColorToken): ContrastPair => ({
  foreground,
  background,
  minimum: 4.5,
  rule: 'WCAG 2.2 SC 1.4.3',
});

/**
 * The pairs every theme is checked on, in both appearances. Text pairs need 4.5:1 (WCAG 2.2
 * SC 1.4.3, normal-size text); the focus ring needs 3:1 against the background (SC 1.4.11
 * Non-text Contrast). Status, stage, ledger and aging colours are text colours used on
 * `background` and on `card`.
 */
export const contrastPairs: readonly ContrastPair[] = [
  text('foreground', 'background'),
  text('card-foreground', 'card'),
  text('popover-foreground', 'popover'),
  text('primary-foreground', 'primary'),
  text('secondary-foreground', 'secondary'),
  text('muted-foreground', 'background'),
  text('muted-foreground', 'muted'),
  text('muted-foreground', 'card'),
  text('accent-foreground', 'accent'),
  text('destructive-foreground', 'destructive'),
  text('destructive', 'background'),
  ...[...statusColorTokenNames, ...domainColorTokenNames].flatMap((token) => [
    text(token, 'background'),
    text(token, 'card'),
  ]),
  { foreground: 'ring', background: 'background', minimum: 3, rule: 'WCAG 2.2 SC 1.4.11' },
];

/**
 * Checks a theme's text/background pairs ({@link contrastPairs}) in light and dark.
 * Translucent backgrounds are composited over the appearance's `background` token.
 * @returns one warning per pair below its minimum; empty when the theme passes WCAG AA.
 */
export function checkContrast(theme: Theme): LowContrastWarning[] {
  return (['light', 'dark'] as const satisfies Appearance[]).flatMap((appearance) => {
    const palette = theme[appearance];
    return contrastPairs.flatMap((pair): LowContrastWarning[] => {
      const backdrop = pair.background === 'background' ? undefined : palette.background;
      const exact = contrastRatio(palette[pair.foreground], palette[pair.background], backdrop);
      if (exact >= pair.minimum) return [];
      const ratio = Math.floor(exact * 100) / 100;
      return [
        {
          code: themeWarningCodes.lowContrast,
          appearance,
          foreground: pair.foreground,
          background: pair.background,
          ratio,
          minimum: pair.minimum,
          rule: pair.rule,
          message: `${appearance}: ${pair.foreground} on ${pair.background} has contrast ${ratio}:1, below the ${pair.minimum}:1 of ${pair.rule}`,
        },
      ];
    });
  });
}
