import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTheme } from './create-theme';
import { themeToStyleObject } from './css';
import { themeSchema } from './theme.schema';
import type { ThemeInput } from './theme.types';
import { colorTokenNames, cssVariableName, tokenNames } from './tokens';

const byte = fc.integer({ min: 0, max: 255 });
const hex = fc
  .tuple(byte, byte, byte)
  .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
const color = fc.oneof(
  hex,
  fc.tuple(byte, byte, byte).map(([r, g, b]) => `rgb(${r} ${g} ${b})`),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 0.37, noNaN: true }),
      fc.integer({ min: 0, max: 360 }),
    )
    .map(([l, c, h]) => `oklch(${l} ${c} ${h})`),
);
const palette = fc.dictionary(fc.constantFrom(...colorTokenNames), color, { maxKeys: 12 });
const themeInput: fc.Arbitrary<ThemeInput> = fc.record(
  {
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    light: palette,
    dark: palette,
    typography: fc.record(
      {
        fontSize: fc.integer({ min: 8, max: 32 }),
        lineHeight: fc.double({ min: 1, max: 3, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    radius: fc.record({ sm: fc.nat(64), md: fc.nat(64), lg: fc.nat(64) }, { requiredKeys: [] }),
    space: fc.integer({ min: 1, max: 16 }),
    density: fc.constantFrom('comfortable' as const, 'compact' as const),
  },
  { requiredKeys: [] },
);

describe('given any valid partial theme', () => {
  it('builds a theme that passes the full schema and carries every token', () => {
    fc.assert(
      fc.property(themeInput, (input) => {
        const { theme, warnings } = createTheme(input);
        expect(themeSchema.safeParse(theme).success).toBe(true);
        for (const appearance of ['light', 'dark'] as const) {
          const style = themeToStyleObject(theme, appearance);
          expect(Object.keys(style).sort()).toEqual(tokenNames.map(cssVariableName).sort());
          expect(Object.values(style).every((v) => v.length > 0)).toBe(true);
        }
        for (const [token, value] of Object.entries(input.light ?? {})) {
          expect(theme.light[token as keyof typeof theme.light]).toBe(value);
        }
        expect(warnings.every((w) => w.code === 'LOW_CONTRAST')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
