import { defineConfig } from 'tsup';

// Mirrors package.json#publishConfig.exports: `.` and the zod-free `./format`. Code both use
// (money, errors, RESO codes) goes to a shared chunk, so `instanceof MoneyError` holds whichever
// subpath threw it, and the zod schemas stay in index.js.
export default defineConfig({
  entry: { index: 'src/index.ts', format: 'src/format.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
});
