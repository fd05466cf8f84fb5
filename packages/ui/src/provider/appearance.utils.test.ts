import { builtInThemes, createTheme, estatekitTheme, harbourTheme } from '@estatekit/themes';
import { describe, expect, it } from 'vitest';
import { defaultThemeName, resolveAppearance, rootStyleVariables } from './appearance.utils';

describe('given no appearance', () => {
  it('uses the estatekit theme in light mode with no inline variables', () => {
    const resolved = resolveAppearance(undefined, undefined);
    expect(resolved).toMatchObject({ themeName: 'estatekit', theme: null, mode: 'light' });
    expect(rootStyleVariables(resolved, true)).toEqual({});
  });

  it('names the first built-in theme, whose variables themes.css carries', () => {
    expect(defaultThemeName).toBe(builtInThemes[0]?.name);
    expect(defaultThemeName).toBe(estatekitTheme.name);
  });
});

describe('given a mode string or an appearance object', () => {
  it('accepts both, the object theme winning over the theme prop', () => {
    expect(resolveAppearance('harbour', 'dark')).toMatchObject({
      themeName: 'harbour',
      mode: 'dark',
    });
    expect(resolveAppearance('harbour', { theme: 'estatekit', mode: 'system' })).toMatchObject({
      themeName: 'estatekit',
      mode: 'system',
    });
  });

  it('emits token overrides as --ek-* variables', () => {
    const resolved = resolveAppearance(undefined, {
      variables: { primary: '#0a7', 'radius-md': '2px' },
    });
    expect(rootStyleVariables(resolved, false)).toEqual({
      '--ek-primary': '#0a7',
      '--ek-radius-md': '2px',
    });
  });
});

describe('given a theme object', () => {
  it('inlines the palette of the effective mode, system following the OS', () => {
    const resolved = resolveAppearance(harbourTheme, 'system');
    expect(resolved.themeName).toBe(harbourTheme.name);
    expect(rootStyleVariables(resolved, true)['--ek-background']).toBe(
      harbourTheme.dark.background,
    );
    expect(rootStyleVariables(resolved, false)['--ek-background']).toBe(
      harbourTheme.light.background,
    );
  });

  it('lets variables override the theme', () => {
    const { theme } = createTheme(
      { name: 'sunset', light: { primary: '#c2410c' } },
      { base: estatekitTheme },
    );
    const resolved = resolveAppearance(theme, { variables: { primary: 'rebeccapurple' } });
    expect(rootStyleVariables(resolved, false)['--ek-primary']).toBe('rebeccapurple');
  });
});
