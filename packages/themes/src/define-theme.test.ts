import { describe, expect, it } from 'vitest';
import { defineTheme, themeDefaults } from './define-theme';
import type { Palette } from './theme.types';
import { ThemeValidationError } from './theme-error';
import { builtInThemes } from './themes/built-in-themes';
import { estatekitTheme } from './themes/estatekit.theme';

describe('given a brand definition with both palettes', () => {
  it('fills typography, radii, spacing and density from themeDefaults', () => {
    const theme = defineTheme({
      name: 'plain',
      light: estatekitTheme.light,
      dark: estatekitTheme.dark,
    });
    expect(theme.typography).toEqual(themeDefaults.typography);
    expect(theme.density).toBe('comfortable');
    expect(Object.isFrozen(theme.typography)).toBe(true);
  });

  it('refuses a palette that misses a token, naming it', () => {
    const { 'aging-90': _left, ...light } = estatekitTheme.light;
    const attempt = () =>
      defineTheme({ name: 'gappy', light: light as Palette, dark: estatekitTheme.dark });
    expect(attempt).toThrow(ThemeValidationError);
    expect(attempt).toThrow(/light\.aging-90: Missing colour token/);
  });
});

describe('given the built-in themes', () => {
  it('have unique names, estatekit first', () => {
    const names = builtInThemes.map((t) => t.name);
    expect(names[0]).toBe('estatekit');
    expect(new Set(names).size).toBe(names.length);
  });

  it('differ in type, corners and density, so a theme switch is visible', () => {
    const [first, second] = builtInThemes;
    expect(second?.typography.fontSans).not.toBe(first?.typography.fontSans);
    expect(second?.radius.md).not.toBe(first?.radius.md);
    expect(second?.density).not.toBe(first?.density);
  });
});
