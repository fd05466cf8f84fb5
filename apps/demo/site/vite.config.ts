import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the demo agency website (a plain page + one React island) into apps/demo/dist. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: { outDir: resolve(import.meta.dirname, '../dist'), emptyOutDir: true, sourcemap: true },
  oxc: { jsx: { runtime: 'automatic' } },
});
