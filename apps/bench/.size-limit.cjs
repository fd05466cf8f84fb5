/**
 * Bundle-size budgets of @estatekit/ui, measured on its built output (run
 * `pnpm --filter @estatekit/ui build` first; the `size` and `bench` scripts do), gzipped, with
 * react/react-dom left out (the host page has them). `size-limit` exits non-zero when a check
 * with a limit is over it.
 *
 * The PropertyGrid entry loads its detail dialog (Radix Dialog) and its virtualizer with dynamic
 * `import()`, so it is bundled as a browser gets it: esbuild with `splitting: true` and ESM, the
 * entry's every export kept. @size-limit/esbuild sums every output in the build's metafile (its
 * `entry` option only picks outputs by file name, and shared chunks have hashed names), so the
 * `measureOnly` plugin (size/chunk-graph.cjs) trims the metafile to the outputs a check counts:
 *
 * - first-load JS (budget 42 kB): the entry's chunk and every chunk it imports statically,
 *   transitively: what `import '@estatekit/ui/property-grid'` downloads before the grid renders;
 * - on-demand JS (reported, no budget): every chunk reachable only through `import()`, in all
 *   and per dynamic import (the dialog; the virtualizer), so nothing is hidden by the split.
 *
 * The LeadKanban entry loads its "Move to…" menu (Radix DropdownMenu), its dialogs (Radix Dialog)
 * and its virtualized column the same way. Its budget (40 kB) is what a page that already shows
 * a PropertyGrid adds when it also imports `@estatekit/ui/lead-kanban`: both entries are bundled
 * in one split build, so what they share (React Query, the tRPC client, the provider, the
 * formatters) lands in shared chunks, and the check counts the kanban's first-load outputs that
 * are not also first-load outputs of the grid (`beyondGrid`). Its total first load and its
 * on-demand chunks are reported next to it.
 *
 * The LedgerView entry loads its record-payment and reverse dialogs (Radix Dialog) on demand; its
 * first load has a budget of 40 kB, the dialogs are reported. The DelinquencyReport (a sortable
 * table with CSV export) loads everything at once: budget 32 kB. Both are measured alone, as an
 * accountant's page that embeds only the ledger gets them.
 *
 * With SIZE_COMPARE=1 (set by the size benchmark) the same run also bundles the grids we compare
 * against, whole (one bundle, no splitting: their entries import everything statically); those
 * checks carry no limit. Every JS check is built by esbuild in production mode
 * (`process.env.NODE_ENV` = "production"), minified, tree-shaken.
 */
const { allOnDemand, measureOnly, onDemandChunk, splitOutputs } = require('./size/chunk-graph.cjs');

const ui = '../../packages/ui/dist';
const ignore = ['react', 'react-dom'];
const production = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
});
const js = (name, path, limit) => ({
  name,
  path,
  ignore,
  gzip: true,
  modifyEsbuildConfig: production,
  ...(limit ? { limit } : {}),
});
/** A check of one entry's split bundle (`entry` is its dist file) counting the outputs `select` picks. */
const split = (entry) => (name, select, limit) => ({
  ...js(name, `${ui}/${entry}`, limit),
  modifyEsbuildConfig: (config) => ({
    ...production(config),
    splitting: true,
    format: 'esm',
    plugins: [...(config.plugins ?? []), measureOnly(select)],
  }),
});
const grid = split('property-grid.js');

/**
 * Like `measureOnly`, for a build of the kanban entry and the grid entry together: keeps the
 * outputs `select` picks from the kanban's split, minus every output the grid loads at once.
 * @param {(split: import('./size/chunk-graph.cjs').SplitOutputs) => string[]} select
 * @returns {import('esbuild').Plugin}
 */
const beyondGrid = (select) => ({
  name: 'estatekit-measure-beyond-grid',
  setup(build) {
    const [kanbanEntry, gridEntry] = /** @type {string[]} */ (build.initialOptions.entryPoints);
    const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
    build.onEnd((result) => {
      if (!result.metafile || !kanbanEntry || !gridEntry) return;
      const grid = new Set(splitOutputs(result.metafile, gridEntry, cwd).firstLoad);
      const keep = new Set(
        select(splitOutputs(result.metafile, kanbanEntry, cwd)).filter((path) => !grid.has(path)),
      );
      for (const path of Object.keys(result.metafile.outputs)) {
        if (!keep.has(path)) delete result.metafile.outputs[path];
      }
    });
  },
});
/** A check of the split LeadKanban bundle (built with the grid) counting what `select` picks. */
const kanban = (name, select, limit) => ({
  ...js(name, [`${ui}/lead-kanban.js`, `${ui}/property-grid.js`], limit),
  modifyEsbuildConfig: (config) => ({
    ...production(config),
    splitting: true,
    format: 'esm',
    plugins: [...(config.plugins ?? []), beyondGrid(select)],
  }),
});
/** Checks of the LeadKanban, LedgerView and DelinquencyReport entries alone, like `grid`. */
const kanbanAlone = split('lead-kanban.js');
const ledger = split('ledger-view.js');
const delinquency = split('delinquency-report.js');

const estatekit = [
  grid('EstateKit PropertyGrid first-load JS', (split) => split.firstLoad, '42 kB'),
  grid('EstateKit PropertyGrid on-demand JS', allOnDemand),
  grid('EstateKit PropertyGrid on-demand: detail dialog', (split) =>
    onDemandChunk(split, 'property-grid-dialog'),
  ),
  grid('EstateKit PropertyGrid on-demand: virtualizer', (split) =>
    onDemandChunk(split, 'property-grid-virtual-body'),
  ),
  kanban(
    'EstateKit LeadKanban first-load JS beyond PropertyGrid',
    (split) => split.firstLoad,
    '40 kB',
  ),
  kanbanAlone('EstateKit LeadKanban first-load JS (alone)', (split) => split.firstLoad),
  kanbanAlone('EstateKit LeadKanban on-demand: move menu', (split) =>
    onDemandChunk(split, 'lead-kanban-menu'),
  ),
  kanbanAlone('EstateKit LeadKanban on-demand: dialogs', (split) =>
    onDemandChunk(split, 'lead-kanban-dialogs'),
  ),
  kanbanAlone('EstateKit LeadKanban on-demand: virtualized column', (split) =>
    onDemandChunk(split, 'lead-kanban-virtual-list'),
  ),
  ledger('EstateKit LedgerView first-load JS', (split) => split.firstLoad, '40 kB'),
  ledger('EstateKit LedgerView on-demand: payment and reverse dialogs', (split) =>
    onDemandChunk(split, 'ledger-view-dialogs'),
  ),
  delinquency('EstateKit DelinquencyReport first-load JS', (split) => split.firstLoad, '32 kB'),
  {
    name: 'EstateKit styles.css',
    path: `${ui}/styles.css`,
    gzip: true,
    limit: '12 kB',
    disablePlugins: ['@size-limit/esbuild'],
  },
];

module.exports = [
  // SIZE_SKIP_UI=1: the size benchmark measures only the competitors when the UI did not build.
  ...(process.env.SIZE_SKIP_UI === '1' ? [] : estatekit),
  ...(process.env.SIZE_COMPARE === '1'
    ? [
        js('AG Grid Community (createGrid)', 'size/ag-grid-community.ts'),
        js('AG Grid Community (AgGridReact)', 'size/ag-grid-react.ts'),
        js('MUI X DataGrid', 'size/mui-x-data-grid.ts'),
      ]
    : []),
];
