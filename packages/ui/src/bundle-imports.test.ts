import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The published `@estatekit/domain` and `@estatekit/themes` roots are single bundles whose zod
 * schemas (and, in themes, the validated built-in themes) run at import time, so a bundler cannot
 * drop them: one value import from either root puts zod (~100 kB gzipped) in every page with a
 * widget. The size benchmark reads the workspace sources, where that does not show, so this
 * walks the widgets' run-time imports instead.
 */

const entries = ['./index.ts', './property-grid/index.ts', './provider/index.ts'].map((entry) =>
  fileURLToPath(new URL(entry, import.meta.url)),
);

// Value imports and re-exports; `import type` and `export type` are erased from the build.
const IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;

/** Every package a run-time import of ours names, from `roots` through our own relative imports. */
function importedPackages(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [...roots];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const next = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(existsSync);
      if (next) queue.push(next);
    }
  }
  return packages;
}

describe('given the modules the widgets load at run time', () => {
  const packages = importedPackages(entries);

  it('take domain and theme values only from their zod-free subpaths', () => {
    const ours = [...packages].filter((name) => name.startsWith('@estatekit/')).sort();
    expect(ours).toEqual(['@estatekit/domain/format', '@estatekit/themes/variables']);
  });

  it('import no zod themselves', () => {
    expect(packages.has('zod')).toBe(false);
  });
});
