import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tsupConfig from '../tsup.config';

/*
 * The published `@estatekit/domain` and `@estatekit/themes` roots are single bundles whose zod
 * schemas (and, in themes, the validated built-in themes) run at import time, so a bundler cannot
 * drop them: one value import from either root puts zod (~100 kB gzipped) in every page with a
 * widget. The size benchmark reads the workspace sources, where that does not show, so this
 * walks the widgets' run-time imports instead.
 *
 * The grid loads its detail dialog (Radix Dialog) and its virtualizer with `import()`, so a page
 * with a grid downloads them only when needed; that holds only as long as no static import
 * reaches them and the build keeps dynamic imports as separate chunks, so the second part builds
 * the package with its own tsup config and walks the output's import graph.
 */

const entries = [
  './index.ts',
  './property-grid/index.ts',
  './property-grid-dialog/index.ts',
  './lead-kanban/index.ts',
  './agent-workload/index.ts',
  './ledger-view/index.ts',
  './delinquency-report/index.ts',
  './provider/index.ts',
].map((entry) => fileURLToPath(new URL(entry, import.meta.url)));

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

/** The part of esbuild's metafile read here (tsup writes it with `metafile: true`). */
interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}

const loadedOnDemand = ['@radix-ui/react-dialog', '@tanstack/react-virtual'];
/** The kanban also loads its "Move to…" menu on demand. */
const kanbanOnDemand = [...loadedOnDemand, '@radix-ui/react-dropdown-menu'];

describe('given the source of the grid entry', () => {
  it('reaches the dialog and the virtualizer through no static import', () => {
    const grid = importedPackages(
      entries.filter((entry) => entry.endsWith('property-grid/index.ts')),
    );
    expect(grid.has('@tanstack/react-table')).toBe(true);
    for (const name of loadedOnDemand) expect(grid.has(name)).toBe(false);
  });
});

describe('given the source of the kanban and workload entries', () => {
  it('reach the menu, the dialogs and the virtualizer through no static import', () => {
    const kanban = importedPackages(
      entries.filter((entry) => entry.endsWith('lead-kanban/index.ts')),
    );
    expect(kanban.has('@dnd-kit/core')).toBe(true);
    for (const name of kanbanOnDemand) expect(kanban.has(name)).toBe(false);
    const workload = importedPackages(
      entries.filter((entry) => entry.endsWith('agent-workload/index.ts')),
    );
    for (const name of [...kanbanOnDemand, '@dnd-kit/core']) expect(workload.has(name)).toBe(false);
  });
});

describe('given the source of the ledger entries', () => {
  it('reach the ledger’s dialogs through no static import', () => {
    const ledger = importedPackages(
      entries.filter((entry) => entry.endsWith('ledger-view/index.ts')),
    );
    expect(ledger.has('@tanstack/react-table')).toBe(true);
    expect(ledger.has('@radix-ui/react-dialog')).toBe(false);
    const report = importedPackages(
      entries.filter((entry) => entry.endsWith('delinquency-report/index.ts')),
    );
    for (const name of [...kanbanOnDemand, '@dnd-kit/core']) expect(report.has(name)).toBe(false);
  });
});

describe('given the package built with its tsup config', () => {
  let out = '';
  let outputs: Metafile['outputs'] = {};
  const output = (file: string) =>
    Object.keys(outputs).find((path) => resolve(path) === join(out, file)) ?? file;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'estatekit-ui-build-'));
    const options = tsupConfig as Options;
    // The config's entries are relative to this package; the test may run from the repository root.
    const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
    const entry = Object.fromEntries(
      Object.entries(options.entry as Record<string, string>).map(([name, path]) => [
        name,
        resolve(packageDir, path),
      ]),
    );
    // tsup keeps the dependencies of the package.json in its working directory external; name ours.
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const external = [
      ...(options.external ?? []),
      ...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).map(
        (name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}(/|$)`),
      ),
    ];
    {
      await build({
        ...options,
        entry,
        external,
        outDir: out,
        dts: false,
        sourcemap: false,
        metafile: true,
        silent: true,
        config: false,
      });
      const relative = (
        JSON.parse(readFileSync(join(out, 'metafile-esm.json'), 'utf8')) as Metafile
      ).outputs;
      // Metafile paths are relative to the working directory: make them absolute.
      outputs = Object.fromEntries(
        Object.entries(relative).map(([path, meta]) => [
          resolve(path),
          {
            ...meta,
            imports: meta.imports.map((edge) =>
              edge.external ? edge : { ...edge, path: resolve(edge.path) },
            ),
          },
        ]),
      );
    }
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** Packages imported by `file` and the chunks it imports, statically or with `import()` too. */
  function reached(file: string, dynamic: boolean) {
    const packages = new Set<string>();
    const chunks = new Set<string>();
    for (const queue = [output(file)]; queue.length > 0; ) {
      const path = queue.pop()!;
      if (chunks.has(path)) continue;
      chunks.add(path);
      for (const edge of outputs[path]?.imports ?? []) {
        if (edge.kind !== 'import-statement' && !(dynamic && edge.kind === 'dynamic-import')) {
          continue;
        }
        if (edge.external) packages.add(edge.path);
        else queue.push(edge.path);
      }
    }
    return { packages, chunks };
  }

  it.each(['property-grid.js', 'index.js'])(
    'keeps Radix Dialog and the virtualizer out of what %s loads at once',
    (file) => {
      const { packages } = reached(file, false);
      expect(packages.has('@tanstack/react-table')).toBe(true);
      for (const name of loadedOnDemand) expect(packages.has(name)).toBe(false);
    },
  );

  it.each(['lead-kanban.js', 'index.js'])(
    'keeps the Radix menu and dialogs and the virtualizer out of what %s loads at once',
    (file) => {
      const { packages } = reached(file, false);
      expect(packages.has('@dnd-kit/core')).toBe(true);
      for (const name of kanbanOnDemand) expect(packages.has(name)).toBe(false);
    },
  );

  it('loads the kanban’s menu, dialogs and virtualizer on demand', () => {
    const { packages } = reached('lead-kanban.js', true);
    for (const name of kanbanOnDemand) expect(packages.has(name)).toBe(true);
  });

  it.each(['ledger-view.js', 'index.js'])(
    'keeps the ledger’s dialogs (Radix Dialog) out of what %s loads at once',
    (file) => {
      const { packages } = reached(file, false);
      expect(packages.has('@radix-ui/react-dialog')).toBe(false);
    },
  );

  it('loads the ledger’s record-payment and reverse dialogs on demand', () => {
    expect(reached('ledger-view.js', true).packages.has('@radix-ui/react-dialog')).toBe(true);
  });

  it('loads them on demand, the dialog through the property-grid-dialog entry itself', () => {
    const { packages, chunks } = reached('property-grid.js', true);
    for (const name of loadedOnDemand) expect(packages.has(name)).toBe(true);
    expect(chunks.has(output('property-grid-dialog.js'))).toBe(true);
    expect(reached('property-grid-dialog.js', false).packages.has('@radix-ui/react-dialog')).toBe(
      true,
    );
  });
});
