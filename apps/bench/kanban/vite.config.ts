import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the LeadKanban benchmark page into apps/bench/kanban/dist: production React, minified,
 * code-split as an app bundles `@estatekit/ui` (the menu, dialogs and virtualizer load on
 * demand). `src/kanban.bench.ts` runs this build, then serves the folder to Chromium.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    rolldownOptions: {
      // Libraries' "use client" banners mean nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
