import { defineConfig } from 'tsup';

// Mirrors package.json#publishConfig.exports.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
