import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the demo agency website into apps/demo/dist: the public page (`index.html`, the
 * PropertyGrid) and the staff back office: `crm.html` (LeadKanban and AgentWorkload) and
 * `rentals.html` (DelinquencyReport and LedgerView).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../dist'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // Libraries' "use client" banners mean nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        crm: resolve(import.meta.dirname, 'crm.html'),
        rentals: resolve(import.meta.dirname, 'rentals.html'),
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
