/**
 * Bundle size of the PropertyGrid widget, next to the grids an agency would otherwise embed.
 *
 * Builds @estatekit/ui (`pnpm --filter @estatekit/ui build`), then runs size-limit once
 * (`.size-limit.cjs` with SIZE_COMPARE=1) over: the built PropertyGrid entry
 * (`packages/ui/dist/property-grid.js`, every export kept) bundled with all its dependencies
 * except react/react-dom by esbuild with code splitting, as a browser loads it: the first-load JS
 * (the entry's chunk and the chunks it imports statically; budgeted) and, reported next to it,
 * the chunks it loads on demand through `import()` (the detail dialog with Radix Dialog; the
 * virtualizer for pages over `virtualizeThreshold`), in all and each; the shipped `styles.css`;
 * and, bundled whole by the same esbuild in production mode, small entries in size/ that render
 * a listings table with AG Grid Community (`createGrid` + AllCommunityModule, and `AgGridReact`)
 * and with MUI X DataGrid (with @mui/material and Emotion, which it needs). All gzipped. React
 * and react-dom are ignored everywhere: the host page already has them.
 *
 * Fairness: AG Grid (Theming API) and MUI (Emotion) ship their styles inside their JS, so the
 * ratios compare EstateKit's first-load JS + CSS with their JS (what a page downloads before the
 * grid shows); the JS-only ratio and the ratio with the on-demand chunks added are listed too.
 * A byte breakdown of the PropertyGrid bundle by package (minified, before gzip), split into
 * first-load and on-demand, says where its size comes from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { splitOutputs } from '../size/chunk-graph.cjs';
import { benchDir } from './child';
import { runIfMain } from './main';
import type { Section, Target } from './report';
import { fmt, kb, times } from './stats';

const uiDist = fileURLToPath(new URL('../../../packages/ui/dist/', import.meta.url));
const JS_LIMIT = 42_000;
const CSS_LIMIT = 12_000;
/** LeadKanban first-load JS a page adds when it already loads PropertyGrid (the budget). */
const KANBAN_LIMIT = 40_000;
/** LedgerView and DelinquencyReport first-load JS, each entry alone (`.size-limit.cjs`). */
const LEDGER_LIMIT = 40_000;
const DELINQUENCY_LIMIT = 32_000;

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

/** A package's minified bytes (before gzip) in the PropertyGrid's first-load and on-demand chunks. */
interface PackageBytes {
  name: string;
  firstLoad: number;
  onDemand: number;
}

/** Minified bytes of the split PropertyGrid bundle per package, largest first. */
async function breakdown(): Promise<PackageBytes[]> {
  const entry = `${uiDist}property-grid.js`;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    metafile: true,
    minify: true,
    treeShaking: true,
    external: ['react', 'react-dom'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: '/tmp/estatekit-size-breakdown',
    logLevel: 'silent',
  });
  const firstLoad = new Set(splitOutputs(result.metafile, entry, process.cwd()).firstLoad);
  const bytes = new Map<string, PackageBytes>();
  for (const [outputPath, output] of Object.entries(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path.split('.pnpm/').at(-1)!);
      const owner =
        match?.[1] ??
        (path.includes('packages/')
          ? `@estatekit/${path.split('packages/')[1]!.split('/')[0]}`
          : path);
      const row = bytes.get(owner) ?? { name: owner, firstLoad: 0, onDemand: 0 };
      if (firstLoad.has(outputPath)) row.firstLoad += input.bytesInOutput;
      else row.onDemand += input.bytesInOutput;
      bytes.set(owner, row);
    }
  }
  const total = (row: PackageBytes) => row.firstLoad + row.onDemand;
  return [...bytes.values()].sort((a, b) => total(b) - total(a));
}

/** Runs the size benchmark and returns its section. */
export async function runSizeBench(): Promise<Section> {
  const buildError = buildUi();
  const uiBuilt = existsSync(`${uiDist}property-grid.js`) && existsSync(`${uiDist}styles.css`);
  const results = runSizeLimit(!uiBuilt);
  const size = (name: string) => results.find((r) => r.name === name)?.size ?? null;
  const js = size('EstateKit PropertyGrid first-load JS');
  const onDemand = size('EstateKit PropertyGrid on-demand JS');
  const dialog = size('EstateKit PropertyGrid on-demand: detail dialog');
  const virtualizer = size('EstateKit PropertyGrid on-demand: virtualizer');
  const css = size('EstateKit styles.css');
  const kanbanBeyond = size('EstateKit LeadKanban first-load JS beyond PropertyGrid');
  const kanbanAlone = size('EstateKit LeadKanban first-load JS (alone)');
  const kanbanMenu = size('EstateKit LeadKanban on-demand: move menu');
  const kanbanDialogs = size('EstateKit LeadKanban on-demand: dialogs');
  const kanbanVirtual = size('EstateKit LeadKanban on-demand: virtualized column');
  const ledger = size('EstateKit LedgerView first-load JS');
  const ledgerDialogs = size('EstateKit LedgerView on-demand: payment and reverse dialogs');
  const delinquency = size('EstateKit DelinquencyReport first-load JS');
  const agVanilla = size('AG Grid Community (createGrid)')!;
  const agReact = size('AG Grid Community (AgGridReact)')!;
  const mui = size('MUI X DataGrid')!;
  // What a page downloads before the grid shows; the ratios are taken on this.
  const ours = js === null || css === null ? null : js + css;
  const everything = ours === null || onDemand === null ? null : ours + onDemand;
  const ratio = (a: number | null, b: number) => (a === null ? 'n/a' : times(a / b));
  const pct = (a: number | null, b: number) => (a === null ? 'n/a' : `${fmt((100 * a) / b, 1)}%`);
  const gz = (v: number | null) => (v === null ? 'n/a' : kb(v));
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
  const partsTotal = parts.reduce((sum, p) => sum + p.firstLoad + p.onDemand, 0);
  return {
    title: 'Bundle size (size-limit, gzip)',
    method: [
      'size-limit 12 with @size-limit/esbuild (production mode, minified, tree-shaken; react and react-dom ignored) and @size-limit/file for the CSS, one run over all entries, each output file gzipped on its own. EstateKit: the built `@estatekit/ui` PropertyGrid entry (`dist/property-grid.js`, all its exports, all its dependencies) bundled with code splitting (ESM), as a browser loads it. **First-load JS** is the entry chunk plus every chunk it imports statically: what the page downloads before the grid renders; this is what the 42 kB budget and the ratios measure. **On-demand JS** is every chunk reachable only through `import()`: the detail dialog (Radix Dialog, status history; prefetched on the first hover or focus in the grid body, or when the browser is idle after the first page) and the virtualizer (only for pages over `virtualizeThreshold` rows, default 100). It is reported, not budgeted. Plus `dist/styles.css`. Competitors: entries in `apps/bench/size/` that render a listings table with each grid, bundled whole. AG Grid and MUI ship their styles inside their JS, so the ratios use EstateKit first-load JS + CSS.',
    ],
    tables: [
      {
        title: 'Gzipped size',
        columns: ['entry', 'gzip', 'limit', 'EstateKit first-load JS + CSS as share'],
        rows: [
          ['EstateKit PropertyGrid first-load JS', gz(js), kb(JS_LIMIT), ''],
          ['EstateKit PropertyGrid on-demand JS (not budgeted)', gz(onDemand), '', ''],
          ['· detail dialog (Radix Dialog, history)', gz(dialog), '', ''],
          ['· virtualizer (pages over virtualizeThreshold)', gz(virtualizer), '', ''],
          [
            'EstateKit LeadKanban first-load JS beyond what PropertyGrid loads',
            gz(kanbanBeyond),
            kb(KANBAN_LIMIT),
            '',
          ],
          ['EstateKit LeadKanban first-load JS (alone)', gz(kanbanAlone), '', ''],
          ['· on demand: “Move to…” menu', gz(kanbanMenu), '', ''],
          ['· on demand: dialogs (detail, quick add, reason)', gz(kanbanDialogs), '', ''],
          ['· on demand: virtualized column', gz(kanbanVirtual), '', ''],
          ['EstateKit LedgerView first-load JS (alone)', gz(ledger), kb(LEDGER_LIMIT), ''],
          ['· on demand: record-payment and reverse dialogs', gz(ledgerDialogs), '', ''],
          [
            'EstateKit DelinquencyReport first-load JS (alone)',
            gz(delinquency),
            kb(DELINQUENCY_LIMIT),
            '',
          ],
          ['EstateKit styles.css', gz(css), kb(CSS_LIMIT), ''],
          ['EstateKit first-load JS + CSS', gz(ours), '', ''],
          ['EstateKit first-load + on-demand JS + CSS', gz(everything), '', ''],
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
              columns: ['package', 'first load', 'on demand', 'share'],
              rows: parts
                .slice(0, 10)
                .map((p) => [
                  p.name,
                  fmt(p.firstLoad),
                  fmt(p.onDemand),
                  `${fmt((100 * (p.firstLoad + p.onDemand)) / partsTotal, 1)}%`,
                ]),
            },
          ]
        : []),
    ],
    targets: [
      target('PropertyGrid first-load JS (gzip)', '≤ 42 kB', js, (v) => v <= JS_LIMIT, kb),
      target('styles.css (gzip)', '≤ 12 kB', css, (v) => v <= CSS_LIMIT, kb),
      target(
        'LeadKanban first-load JS beyond PropertyGrid (gzip)',
        '≤ 40 kB',
        kanbanBeyond,
        (v) => v <= KANBAN_LIMIT,
        (v) => `${kb(v)} (${gz(kanbanAlone)} for the LeadKanban entry alone)`,
      ),
      target(
        'LedgerView first-load JS (gzip, entry alone)',
        '≤ 40 kB',
        ledger,
        (v) => v <= LEDGER_LIMIT,
        (v) => `${kb(v)} (+ ${gz(ledgerDialogs)} on demand for its dialogs)`,
      ),
      target(
        'DelinquencyReport first-load JS (gzip, entry alone)',
        '≤ 32 kB',
        delinquency,
        (v) => v <= DELINQUENCY_LIMIT,
        kb,
      ),
      target(
        'EstateKit vs AG Grid Community',
        '≤ 20%',
        ours,
        (v) => v / agVanilla <= 0.2,
        (v) =>
          `${pct(v, agVanilla)} (first-load JS + CSS ${kb(v)} vs ${kb(agVanilla)}; first-load JS only ${pct(js, agVanilla)}; with on-demand chunks ${pct(everything, agVanilla)})`,
      ),
      target(
        'EstateKit vs MUI X DataGrid',
        '≤ 0.75×',
        ours,
        (v) => v / mui <= 0.75,
        (v) =>
          `${ratio(v, mui)} (first-load JS + CSS ${kb(v)} vs ${kb(mui)}; first-load JS only ${ratio(js, mui)}; with on-demand chunks ${ratio(everything, mui)})`,
      ),
    ],
    notes: [
      ...(buildError
        ? [`The @estatekit/ui build failed; its last lines:\n\n\`\`\`\n${buildError}\n\`\`\``]
        : []),
      '`pnpm --filter @estatekit/bench size` enforces the EstateKit budgets alone (first-load JS of each widget entry, and the CSS; size-limit exits non-zero when one is over) and prints the on-demand chunks next to them.',
      'Gzip is per file, as each chunk is its own download; the on-demand parts therefore add up to slightly more than the same code in one file would.',
    ],
  };
}

runIfMain(import.meta.url, runSizeBench);
