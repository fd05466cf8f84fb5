// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tailwindThemeVariables } from '@estatekit/themes';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCss, styleSelectors } from '../test/css-rules';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
let compiled = '';

beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), 'ek-ui-css-')), 'styles.css');
  execFileSync(
    join(packageDir, 'node_modules/.bin/tailwindcss'),
    ['-i', 'src/styles/index.css', '-o', out, '--optimize'],
    {
      cwd: packageDir,
      stdio: 'pipe',
    },
  );
  compiled = readFileSync(out, 'utf8');
}, 30_000);

describe('given the compiled stylesheet', () => {
  it('puts every rule inside the estatekit cascade layer', () => {
    const top = parseCss(compiled);
    expect(top.length).toBeGreaterThan(1);
    for (const node of top) {
      expect(node.prelude).toMatch(/^@layer estatekit(\.[a-z]+)?(\s*,\s*estatekit\.[a-z]+)*$/);
    }
  });

  it('scopes every selector under a widget root or a theme root', () => {
    const selectors = styleSelectors(parseCss(compiled));
    expect(selectors.length).toBeGreaterThan(50);
    const unscoped = selectors.filter((s) => !/\[data-ek-root\]|\[data-ek-theme=/.test(s));
    expect(unscoped).toEqual([]);
  });

  it('emits no globals: no preflight, :root, @property or rem units', () => {
    expect(compiled).not.toMatch(/@property|:root|:host|(^|[\s,}])(html|body)\s*[{,]/m);
    expect(compiled).not.toMatch(/\d(\.\d+)?rem\b/);
  });

  it('includes the built-in theme variables and guards layout against host rules', () => {
    expect(compiled).toContain('[data-ek-theme="estatekit"]');
    expect(compiled).toContain('--ek-status-active:');
    expect(compiled).toMatch(/box-sizing: border-box !important/);
    expect(compiled).toMatch(/\.ek\\:cell \{[^}]*--ek-cell-height: var\(--ek-row-height\)/);
    expect(compiled).toMatch(
      /:is\(th, td\) \{[^}]*height: var\(--ek-cell-height, auto\) !important/,
    );
    expect(compiled).toMatch(
      /:focus-visible \{[^}]*outline: 2px solid var\(--ek-ring\) !important/,
    );
  });

  it('matches the committed src/styles.gen.css (run `pnpm build:css` after changing styles)', () => {
    const committed = readFileSync(join(packageDir, 'src/styles.gen.css'), 'utf8');
    expect(committed).toBe(compiled);
  });
});

describe('given the Tailwind theme mapping', () => {
  it('maps every colour token of @estatekit/themes to its --ek- variable', () => {
    const theme = readFileSync(join(packageDir, 'src/styles/theme.css'), 'utf8');
    const colours = Object.entries(tailwindThemeVariables).filter(([name]) =>
      name.startsWith('--color-'),
    );
    expect(colours.length).toBeGreaterThan(20);
    for (const [name, token] of colours) expect(theme).toContain(`${name}: var(${token});`);
    expect(theme).toContain(`--spacing: var(${tailwindThemeVariables['--spacing']});`);
  });
});
