import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { checkContrast, contrastPairs } from './contrast-check';
import { createTheme } from './create-theme';
import { builtInThemes } from './themes/built-in-themes';

describe('given two colours', () => {
  it('computes the WCAG 2.2 contrast ratio: black on white is 21, equal colours 1', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#336699', '#336699')).toBe(1);
  });

  it('puts #767676 on white just above 4.5:1 and #777777 just below', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('composites a translucent foreground over the background first', () => {
    expect(contrastRatio('#00000080', '#ffffff')).toBeCloseTo(contrastRatio('#7f7f7f', '#fff'), 2);
  });

  it('throws a TypeError naming a colour it cannot read', () => {
    expect(() => contrastRatio('tomato', '#fff')).toThrow(/"tomato"/);
  });
});

describe('given the built-in themes', () => {
  it.each(builtInThemes.map((t) => [t.name, t] as const))(
    'finds no pair of %s below WCAG AA in light or dark',
    (_name, theme) => {
      expect(checkContrast(theme)).toEqual([]);
    },
  );
});

describe('given a theme with a low-contrast pair', () => {
  it('reports the pair, the appearance, the ratio rounded down and the WCAG rule', () => {
    const { theme } = createTheme({ dark: { 'muted-foreground': '#475569' } });
    const warnings = checkContrast(theme);
    const onMuted = warnings.find((w) => w.background === 'muted');
    expect(onMuted).toMatchObject({
      code: 'LOW_CONTRAST',
      appearance: 'dark',
      foreground: 'muted-foreground',
      minimum: 4.5,
      rule: 'WCAG 2.2 SC 1.4.3',
    });
    expect(onMuted?.ratio).toBeLessThan(4.5);
    expect(onMuted?.message).toContain(`${onMuted?.ratio}:1`);
    expect(warnings.every((w) => w.appearance === 'dark')).toBe(true);
  });

  it('holds the focus ring to 3:1 (SC 1.4.11), not 4.5:1', () => {
    const ring = contrastPairs.find((p) => p.foreground === 'ring');
    expect(ring).toMatchObject({ minimum: 3, rule: 'WCAG 2.2 SC 1.4.11' });
    const { warnings } = createTheme({ light: { ring: '#949494' } });
    expect(warnings).toEqual([]);
    const faint = createTheme({ light: { ring: '#e2e8f0' } }).warnings;
    expect(faint).toMatchObject([{ foreground: 'ring', background: 'background' }]);
  });
});
