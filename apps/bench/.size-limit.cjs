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
 * With SIZE_COMPARE=1 (set by the size benchmark) the same run also bundles the grids we compare
 * against, whole (one bundle, no splitting: their entries import everything statically); those
 * checks carry no limit. Every JS check is built by esbuild in production mode
 * (`process.env.NODE_ENV` = "production"), minified, tree-shaken.
 */
const { allOnDemand, measureOnly, onDemandChunk } = require('./size/chunk-graph.cjs');

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
/** A check of the split PropertyGrid bundle that counts only the outputs `select` picks. */
const grid = (name, select, limit) => ({
  ...js(name, `${ui}/property-grid.js`, limit),
  modifyEsbuildConfig: (config) => ({
    ...production(config),
    splitting: true,
    format: 'esm',
    plugins: [...(config.plugins ?? []), measureOnly(select)],
  }),
});

const estatekit = [
  grid('EstateKit PropertyGrid first-load JS', (split) => split.firstLoad, '42 kB'),
  grid('EstateKit PropertyGrid on-demand JS', allOnDemand),
  grid('EstateKit PropertyGrid on-demand: detail dialog', (split) =>
    onDemandChunk(split, 'property-grid-dialog'),
  ),
  grid('EstateKit PropertyGrid on-demand: virtualizer', (split) =>
    onDemandChunk(split, 'property-grid-virtual-body'),
  ),
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
