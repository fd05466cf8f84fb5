/**
 * Bundle size of the PropertyGrid widget, next to the grids an agency would otherwise embed.
 *
 * Builds @estatekit/ui (`pnpm --filter @estatekit/ui build`), then runs size-limit once
 * (`.size-limit.cjs` with SIZE_COMPARE=1) over: the built PropertyGrid entry
 * (`packages/ui/dist/property-grid.js`, every export kept) bundled with all its dependencies
 * except react/react-dom, gzipped; the shipped `styles.css`, gzipped; and, bundled the same way
 * by the same esbuild in production mode, small entries in size/ that render a listings table
 * with AG Grid Community (`createGrid` + AllCommunityModule, and `AgGridReact`) and with MUI X
 * DataGrid (with @mui/material and Emotion, which it needs). React and react-dom are ignored
 * everywhere: the host page already has them.
 *
 * Fairness: AG Grid (Theming API) and MUI (Emotion) ship their styles inside their JS, so the
 * ratios compare EstateKit's JS + CSS with their JS; the JS-only ratio is listed too. A byte
 * breakdown of the PropertyGrid bundle by package (minified, before gzip) says where its size
 * comes from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { benchDir } from './child';
import { runIfMain } from './main';
import type { Section, Target } from './report';
import { fmt, kb, times } from './stats';

const uiDist = fileURLToPath(new URL('../../../packages/ui/dist/', import.meta.url));
const JS_LIMIT = 42_000;
const CSS_LIMIT = 12_000;

interface SizeResult {
  name: string;
  size: number;
  passed?: boolean;
}

function buildUi(): string | null {
  const result = spawnSync('pnpm', ['--filter', '@estatekit/ui', 'build'], {
    cwd: benchDir,
    encoding: 'utf8',
  });
  if (result.status === 0) return null;
  return `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
}

function runSizeLimit(skipUi: boolean): SizeResult[] {
  const result = spawnSync(join(benchDir, 'node_modules/.bin/size-limit'), ['--json'], {
    cwd: benchDir,
    encoding: 'utf8',
    env: { ...process.env, SIZE_COMPARE: '1', ...(skipUi ? { SIZE_SKIP_UI: '1' } : {}) },
  });
  const start = result.stdout.indexOf('[');
  if (start < 0) throw new Error(`size-limit failed: ${result.stderr || result.stdout}`);
  return JSON.parse(result.stdout.slice(start)) as SizeResult[];
}

/** Minified bytes of the PropertyGrid bundle per package (before gzip), largest first. */
async function breakdown(): Promise<[string, number][]> {
  const result = await build({
    entryPoints: [`${uiDist}property-grid.js`],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    treeShaking: true,
    external: ['react', 'react-dom'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: '/tmp/estatekit-size-breakdown',
    logLevel: 'silent',
  });
  const bytes = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path.split('.pnpm/').at(-1)!);
      const owner =
        match?.[1] ??
        (path.includes('packages/')
          ? `@estatekit/${path.split('packages/')[1]!.split('/')[0]}`
          : path);
      bytes.set(owner, (bytes.get(owner) ?? 0) + input.bytesInOutput);
    }
  }
  return [...bytes.entries()].sort((a, b) => b[1] - a[1]);
}

/** Runs the size benchmark and returns its section. */
export async function runSizeBench(): Promise<Section> {
  const buildError = buildUi();
  const uiBuilt = existsSync(`${uiDist}property-grid.js`) && existsSync(`${uiDist}styles.css`);
  const results = runSizeLimit(!uiBuilt);
  const size = (name: string) => results.find((r) => r.name === name)?.size ?? null;
  const js = size('EstateKit PropertyGrid JS');
  const css = size('EstateKit styles.css');
  const agVanilla = size('AG Grid Community (createGrid)')!;
  const agReact = size('AG Grid Community (AgGridReact)')!;
  const mui = size('MUI X DataGrid')!;
  const ours = js === null || css === null ? null : js + css;
  const ratio = (a: number | null, b: number) => (a === null ? 'n/a' : times(a / b));
  const pct = (a: number | null, b: number) => (a === null ? 'n/a' : `${fmt((100 * a) / b, 1)}%`);
  const notMeasured = `not measured: the @estatekit/ui build ${buildError ? 'failed' : 'produced no dist/property-grid.js + dist/styles.css'}`;
  const target = (
    name: string,
    goal: string,
    value: number | null,
    ok: (v: number) => boolean,
    shown: (v: number) => string,
  ): Target =>
    value === null
      ? { name, target: goal, measured: notMeasured, met: null }
      : { name, target: goal, measured: shown(value), met: ok(value) };
  const parts = uiBuilt ? await breakdown() : [];
  const partsTotal = parts.reduce((sum, [, b]) => sum + b, 0);
  return {
    title: 'Bundle size (size-limit, gzip)',
    method: [
      'size-limit 12 with @size-limit/esbuild (production mode, minified, tree-shaken; react and react-dom ignored) and @size-limit/file for the CSS, one run over all entries. EstateKit: the built `@estatekit/ui` PropertyGrid entry (`dist/property-grid.js`, all its exports, all its dependencies) and `dist/styles.css`. Competitors: entries in `apps/bench/size/` that render a listings table with each grid. AG Grid and MUI ship their styles inside their JS, so the comparison uses EstateKit JS + CSS.',
    ],
    tables: [
      {
        title: 'Gzipped size',
        columns: ['entry', 'gzip', 'limit', 'EstateKit JS + CSS as share'],
        rows: [
          ['EstateKit PropertyGrid JS', js === null ? 'n/a' : kb(js), kb(JS_LIMIT), ''],
          ['EstateKit styles.css', css === null ? 'n/a' : kb(css), kb(CSS_LIMIT), ''],
          ['EstateKit JS + CSS', ours === null ? 'n/a' : kb(ours), '', ''],
          [
            'AG Grid Community (createGrid + AllCommunityModule)',
            kb(agVanilla),
            '',
            pct(ours, agVanilla),
          ],
          [
            'AG Grid Community (AgGridReact + AllCommunityModule)',
            kb(agReact),
            '',
            pct(ours, agReact),
          ],
          ['MUI X DataGrid (+ @mui/material, Emotion)', kb(mui), '', ratio(ours, mui)],
        ],
      },
      ...(parts.length
        ? [
            {
              title: 'PropertyGrid bundle by package (minified bytes before gzip)',
              columns: ['package', 'bytes', 'share'],
              rows: parts
                .slice(0, 10)
                .map(([name, bytes]) => [
                  name,
                  fmt(bytes),
                  `${fmt((100 * bytes) / partsTotal, 1)}%`,
                ]),
            },
          ]
        : []),
    ],
    targets: [
      target('PropertyGrid JS (gzip)', '≤ 42 kB', js, (v) => v <= JS_LIMIT, kb),
      target('styles.css (gzip)', '≤ 12 kB', css, (v) => v <= CSS_LIMIT, kb),
      target(
        'EstateKit vs AG Grid Community',
        '≤ 20%',
        ours,
        (v) => v / agVanilla <= 0.2,
        (v) =>
          `${pct(v, agVanilla)} (JS + CSS ${kb(v)} vs ${kb(agVanilla)}; JS only ${pct(js, agVanilla)})`,
      ),
      target(
        'EstateKit vs MUI X DataGrid',
        '≤ 0.75×',
        ours,
        (v) => v / mui <= 0.75,
        (v) => `${ratio(v, mui)} (JS + CSS ${kb(v)} vs ${kb(mui)}; JS only ${ratio(js, mui)})`,
      ),
    ],
    notes: [
      ...(buildError
        ? [`The @estatekit/ui build failed; its last lines:\n\n\`\`\`\n${buildError}\n\`\`\``]
        : []),
      '`pnpm --filter @estatekit/bench size` enforces the two EstateKit budgets alone (size-limit exits non-zero when either is over).',
    ],
  };
}

runIfMain(import.meta.url, runSizeBench);
