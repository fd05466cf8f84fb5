import { describe, expect, it } from 'vitest';
import { createTheme } from './create-theme';
import { ThemeValidationError } from './theme-error';
import { estatekitTheme } from './themes/estatekit.theme';
import { harbourTheme } from './themes/harbour.theme';

function validationError(run: () => unknown): ThemeValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ThemeValidationError) return error;
    throw error;
  }
  throw new Error('expected a ThemeValidationError');
}

describe('given an empty input', () => {
  it('returns the default theme, unchanged and without warnings', () => {
    const { theme, warnings } = createTheme();
    expect(theme).toEqual(estatekitTheme);
    expect(warnings).toEqual([]);
  });
});

describe('given a partial theme', () => {
  it('keeps what it sets and fills every other token from estatekitTheme', () => {
    const { theme } = createTheme({
      name: 'acme',
      light: { primary: '#0a6b4a' },
      radius: { md: 8 },
      density: 'compact',
    });
    expect(theme.name).toBe('acme');
    expect(theme.light.primary).toBe('#0a6b4a');
    expect(theme.light.background).toBe(estatekitTheme.light.background);
    expect(theme.dark.primary).toBe(estatekitTheme.dark.primary);
    expect(theme.radius).toEqual({ ...estatekitTheme.radius, md: 8 });
    expect(theme.density).toBe('compact');
    expect(theme.typography).toEqual(estatekitTheme.typography);
  });

  it('fills from another base when one is given', () => {
    const { theme } = createTheme({ light: { accent: '#e6f4f1' } }, { base: harbourTheme });
    expect(theme.name).toBe('harbour');
    expect(theme.typography.fontSans).toBe(harbourTheme.typography.fontSans);
    expect(theme.light.accent).toBe('#e6f4f1');
  });

  it('does not change the base theme', () => {
    createTheme({ light: { primary: '#000000' } });
    expect(estatekitTheme.light.primary).toBe('#1d4ed8');
    expect(Object.isFrozen(estatekitTheme.light)).toBe(true);
  });
});

describe('given a malformed colour', () => {
  it('throws a ThemeValidationError naming the token path and the bad value', () => {
    const error = validationError(() => createTheme({ dark: { primary: '#12345' } }));
    expect(error.code).toBe('INVALID_THEME');
    expect(error.issues).toEqual([
      { path: 'dark.primary', message: expect.stringContaining('got "#12345"') },
    ]);
    expect(error.message).toContain('dark.primary: Expected a CSS colour');
  });

  it('lists every bad token, not only the first', () => {
    const error = validationError(() =>
      createTheme({ light: { ring: 'blue', border: 'rgb(300 0 0)' }, radius: { sm: -1 } }),
    );
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      'light.border',
      'light.ring',
      'radius.sm',
    ]);
  });
});

describe('given an unknown token or a bad shared value', () => {
  it('names the unknown token under its appearance', () => {
    const input = JSON.parse('{"light":{"primry":"#000000"}}');
    const error = validationError(() => createTheme(input));
    expect(error.issues).toEqual([{ path: 'light', message: 'Unknown token(s): primry' }]);
  });

  it('refuses a theme name that cannot be a data attribute value', () => {
    const error = validationError(() => createTheme({ name: 'Acme Realty"]' }));
    expect(error.issues[0]?.path).toBe('name');
  });

  it('refuses a font stack that could end the CSS declaration', () => {
    const error = validationError(() =>
      createTheme({ typography: { fontSans: 'Inter; } body { color: red' } }),
    );
    expect(error.issues[0]?.path).toBe('typography.fontSans');
  });
});

describe('given a renamed token under its old name', () => {
  it('applies it under the new name and warns that it is deprecated', () => {
    const { theme, warnings } = createTheme({ light: { 'status-under-contract': '#92400e' } });
    expect(theme.light['status-active-under-contract']).toBe('#92400e');
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'DEPRECATED_TOKEN',
        path: 'light.status-under-contract',
        from: 'status-under-contract',
        to: 'status-active-under-contract',
      }),
    ]);
  });

  it('lets the new name win when both are given', () => {
    const { theme } = createTheme({
      light: { 'status-active-under-contract': '#7c2d12', 'status-under-contract': '#92400e' },
    });
    expect(theme.light['status-active-under-contract']).toBe('#7c2d12');
  });
});

describe('given a low-contrast colour', () => {
  it('returns the theme with a warning per failing pair', () => {
    const { theme, warnings } = createTheme({ light: { 'primary-foreground': '#93c5fd' } });
    expect(theme.light['primary-foreground']).toBe('#93c5fd');
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'LOW_CONTRAST',
        appearance: 'light',
        foreground: 'primary-foreground',
        background: 'primary',
      }),
    ]);
  });
});
