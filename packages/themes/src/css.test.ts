import { describe, expect, it } from 'vitest';
import { createTheme } from './create-theme';
import { builtInThemesCss, themeToCss, themeToStyleObject } from './css';
import { builtInThemes } from './themes/built-in-themes';
import { estatekitTheme } from './themes/estatekit.theme';
import { harbourTheme } from './themes/harbour.theme';
import { colorTokenNames, metricTokenNames, tokenNames } from './tokens';

/** The declarations of the first rule whose selector line is exactly `selector {`. */
function declarationsOf(css: string, selector: string): Map<string, string> {
  const start = css.split('\n').findIndex((line) => line.trim() === `${selector} {`);
  if (start === -1) throw new Error(`no rule for ${selector}`);
  const lines = css.split('\n').slice(start + 1);
  const body = lines.slice(
    0,
    lines.findIndex((line) => line.trim() === '}'),
  );
  return new Map(body.map((line) => line.trim().replace(/;$/, '').split(': ') as [string, string]));
}

describe('given a theme', () => {
  const css = themeToCss(harbourTheme);

  it('puts everything in the estatekit.theme cascade layer', () => {
    expect(css.startsWith('@layer estatekit.theme {')).toBe(true);
    expect(css.trimEnd().endsWith('}')).toBe(true);
  });

  it('sets every token on [data-ek-theme="<name>"] with the light colours', () => {
    const light = declarationsOf(css, '[data-ek-theme="harbour"]');
    for (const token of tokenNames) expect(light.has(`--ek-${token}`)).toBe(true);
    expect(light.get('--ek-primary')).toBe(harbourTheme.light.primary);
    expect(light.get('--ek-radius-md')).toBe('3px');
    expect(light.get('--ek-font-sans')).toBe(harbourTheme.typography.fontSans);
    expect(light.get('color-scheme')).toBe('light');
  });

  it('overrides every colour on [data-ek-appearance="dark"] with the dark palette', () => {
    const dark = declarationsOf(css, '[data-ek-theme="harbour"][data-ek-appearance="dark"]');
    for (const token of colorTokenNames) {
      expect(dark.get(`--ek-${token}`)).toBe(harbourTheme.dark[token]);
    }
    expect(dark.get('color-scheme')).toBe('dark');
  });

  it('follows the OS setting for data-ek-appearance="system"', () => {
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    const system = declarationsOf(css, '[data-ek-theme="harbour"][data-ek-appearance="system"]');
    expect(system.get('--ek-background')).toBe(harbourTheme.dark.background);
  });

  it('styles nothing outside the theme root', () => {
    const selectors = css.split('\n').filter((l) => l.trim().endsWith('{') && !l.includes('@'));
    expect(selectors.every((s) => s.trim().startsWith('[data-ek-theme="harbour"]'))).toBe(true);
  });
});

describe('given a density and a spacing unit', () => {
  it('derives row height and cell padding from them', () => {
    const comfortable = themeToStyleObject(estatekitTheme, 'light');
    expect(comfortable['--ek-row-height']).toBe('44px');
    expect(comfortable['--ek-cell-padding-x']).toBe('16px');
    const { theme } = createTheme({ density: 'compact', space: 5 });
    const compact = themeToStyleObject(theme, 'light');
    expect(compact['--ek-row-height']).toBe('40px');
    expect(compact['--ek-cell-padding-y']).toBe('7.5px');
    expect(compact['--ek-space']).toBe('5px');
  });
});

describe('given a custom scope', () => {
  it('uses it as the root selector', () => {
    const css = themeToCss(estatekitTheme, { scope: '.preview' });
    expect(declarationsOf(css, '.preview').get('--ek-background')).toBe('#ffffff');
    expect(declarationsOf(css, '.preview[data-ek-appearance="dark"]').size).toBeGreaterThan(0);
  });

  it('refuses a selector list or anything that could break out of the rule', () => {
    expect(() => themeToCss(estatekitTheme, { scope: '.a, .b' })).toThrow(TypeError);
    expect(() => themeToCss(estatekitTheme, { scope: '.a{}' })).toThrow(TypeError);
  });
});

describe('given a hand-made theme object', () => {
  it('refuses a hand-made theme whose values could break out of the stylesheet', () => {
    const forged = { ...estatekitTheme, light: { ...estatekitTheme.light, primary: 'red} *{x:y' } };
    expect(() => themeToCss(forged)).toThrow(/light\.primary/);
  });
});

describe('given an appearance', () => {
  it('returns the same variables as inline style, colours from that appearance', () => {
    const style = themeToStyleObject(estatekitTheme, 'dark');
    expect(Object.keys(style)).toHaveLength(colorTokenNames.length + metricTokenNames.length);
    expect(style['--ek-background']).toBe(estatekitTheme.dark.background);
    expect(style['--ek-status-active']).toBe(estatekitTheme.dark['status-active']);
    expect(style['--ek-font-size']).toBe('14px');
  });
});

describe('given the built-in themes', () => {
  it('emits one layer per theme with its scoped selectors', () => {
    const css = builtInThemesCss();
    for (const theme of builtInThemes) {
      expect(css).toContain(`[data-ek-theme="${theme.name}"] {`);
      expect(css).toContain(`[data-ek-theme="${theme.name}"][data-ek-appearance="dark"] {`);
    }
    expect(css.match(/@layer estatekit\.theme \{/g)).toHaveLength(builtInThemes.length);
  });

  it('matches the committed src/themes.gen.css (run `vitest -u` after changing a theme)', async () => {
    await expect(builtInThemesCss()).toMatchFileSnapshot('./themes.gen.css');
  });
});
