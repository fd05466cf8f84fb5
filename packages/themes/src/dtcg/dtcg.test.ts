import { describe, expect, it } from 'vitest';
import { createTheme } from '../create-theme';
import sunsetRealty from '../examples/sunset-realty.tokens.json';
import { estatekitTheme } from '../themes/estatekit.theme';
import { fromDesignTokens } from './dtcg';

describe('given the example DTCG file', () => {
  const { partial, warnings } = fromDesignTokens(sunsetRealty, { name: 'sunset-realty' });

  it('reads it without warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('follows aliases, through chains, to the primitive values', () => {
    expect(partial.light?.background).toBe('#fffbf5');
    expect(partial.light?.['card-foreground']).toBe('#1c1917');
    expect(partial.dark?.primary).toBe('#fdba74');
  });

  it('turns DTCG colour objects into CSS colours', () => {
    expect(partial.light?.primary).toBe('#9a3412');
    expect(partial.light?.muted).toBe('oklch(0.96 0.02 75)');
  });

  it('reads dimensions in px or rem, font stacks, numbers and density', () => {
    expect(partial.typography).toEqual({
      fontSans: '"Work Sans", system-ui, sans-serif',
      fontSize: 16,
      lineHeight: 1.55,
    });
    expect(partial.radius).toEqual({ sm: 6, md: 10, lg: 16 });
    expect(partial.space).toBe(4);
    expect(partial.density).toBe('comfortable');
  });

  it('gives createTheme a theme that passes WCAG AA, the rest filled from the base', () => {
    const { theme, warnings: themeWarnings } = createTheme(partial);
    expect(theme.name).toBe('sunset-realty');
    expect(theme.light['status-active']).toBe(estatekitTheme.light['status-active']);
    expect(themeWarnings).toEqual([]);
  });
});

describe('given tokens EstateKit has no place for', () => {
  it('warns about each by path and still reads the rest', () => {
    const { partial, warnings } = fromDesignTokens({
      color: {
        light: { primary: { $type: 'color', $value: '#0f766e' }, sidebar: { $value: '#fff' } },
      },
      shadow: { card: { $type: 'shadow', $value: { offsetX: '0px' } } },
      constructor: { $value: 1 },
    });
    expect(partial).toEqual({ light: { primary: '#0f766e' } });
    expect(warnings.map((w) => [w.code, 'path' in w && w.path])).toEqual([
      ['UNKNOWN_TOKEN', 'color.light.sidebar'],
      ['UNKNOWN_TOKEN', 'shadow.card'],
      ['UNKNOWN_TOKEN', 'constructor'],
    ]);
  });
});

describe('given broken tokens', () => {
  it('skips a dangling alias, a circular alias, a wrong $type and a bad value, with a reason each', () => {
    const { partial, warnings } = fromDesignTokens({
      color: {
        light: {
          primary: { $value: '{palette.missing}' },
          accent: { $value: '{color.light.ring}' },
          ring: { $value: '{color.light.accent}' },
          border: { $type: 'dimension', $value: '4px' },
          input: { $value: 'not-a-colour' },
        },
      },
      radius: { md: { $type: 'dimension', $value: { value: 2, unit: 'em' } } },
      oops: 3,
    });
    expect(partial).toEqual({});
    const byPath = Object.fromEntries(warnings.map((w) => ['path' in w ? w.path : '', w.message]));
    expect(byPath.oops).toMatch(/neither a token/);
    expect(byPath['color.light.primary']).toMatch(/\{palette\.missing\} points to no token/);
    expect(byPath['color.light.accent']).toMatch(/circular alias/);
    expect(byPath['color.light.border']).toMatch(/expected \$type "color", got "dimension"/);
    expect(byPath['color.light.input']).toMatch(/Expected a CSS colour/);
    expect(byPath['radius.md']).toBeDefined();
    expect(warnings.every((w) => w.code === 'UNREADABLE_TOKEN')).toBe(true);
  });

  it('throws a TypeError when the document is not an object', () => {
    expect(() => fromDesignTokens('{"color":{}}')).toThrow(TypeError);
    expect(() => fromDesignTokens([])).toThrow(TypeError);
  });
});

describe('given a token under its old, renamed name', () => {
  it('maps it to the new token and warns that it is deprecated', () => {
    const { partial, warnings } = fromDesignTokens({
      color: { $type: 'color', dark: { 'status-under-contract': { $value: '#fbbf24' } } },
    });
    expect(partial.dark).toEqual({ 'status-active-under-contract': '#fbbf24' });
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'DEPRECATED_TOKEN',
        path: 'color.dark.status-under-contract',
        to: 'status-active-under-contract',
      }),
    ]);
  });
});
