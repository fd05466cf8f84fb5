/**
 * Bundle-size budgets of @estatekit/ui, measured on its built output (run
 * `pnpm --filter @estatekit/ui build` first; the `size` and `bench` scripts do): the
 * PropertyGrid entry bundled with all its dependencies except react/react-dom, gzipped, and the
 * shipped stylesheet, gzipped. `size-limit` exits non-zero when either is over its limit.
 *
 * With SIZE_COMPARE=1 (set by the size benchmark) the same run also bundles the same way the
 * grids we compare against; those checks carry no limit. Every JS check is built by esbuild in
 * production mode (`process.env.NODE_ENV` = "production"), minified, tree-shaken.
 */
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

const estatekit = [
  js('EstateKit PropertyGrid JS', `${ui}/property-grid.js`, '42 kB'),
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
