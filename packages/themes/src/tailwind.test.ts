import { describe, expect, it } from 'vitest';
import { tailwindThemeInline, tailwindThemeVariables } from './tailwind';
import { colorTokenNames, tokenNames } from './tokens';

describe('given the token contract', () => {
  it('maps every colour token to a Tailwind --color-* variable', () => {
    for (const token of colorTokenNames) {
      expect(tailwindThemeVariables[`--color-${token}`]).toBe(`--ek-${token}`);
    }
  });

  it('points only at variables the themes emit', () => {
    const emitted = new Set<string>(tokenNames.map((t) => `--ek-${t}`));
    expect(Object.values(tailwindThemeVariables).every((v) => emitted.has(v))).toBe(true);
  });

  it('writes an @theme inline block of var() references', () => {
    const css = tailwindThemeInline();
    expect(css.startsWith('@theme inline {\n')).toBe(true);
    expect(css).toContain('  --color-status-active: var(--ek-status-active);');
    expect(css).toContain('  --radius-md: var(--ek-radius-md);');
    expect(css).toContain('  --spacing: var(--ek-space);');
  });
});
