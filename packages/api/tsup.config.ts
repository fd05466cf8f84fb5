import { defineConfig } from 'tsup';

// Mirrors package.json#publishConfig.exports (".") plus the `estatekit` CLI (bin).
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/cli.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
