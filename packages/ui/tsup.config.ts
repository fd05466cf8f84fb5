import { defineConfig } from 'tsup';

// Mirrors package.json#publishConfig.exports: one entry per JS subpath (`.`, `./property-grid`,
// `./property-grid-dialog`, `./lead-kanban`, `./agent-workload`, `./ledger-view`,
// `./delinquency-report`, `./provider`); `./styles.css`
// is compiled by `build:css` (Tailwind CLI) after this.
//
// ESM with code splitting: a module shared by entries goes to a `chunk-*.js` they import, and
// each dynamic `import()` stays one. The grid's `import('../property-grid-dialog')` therefore
// loads the `property-grid-dialog.js` entry (Radix Dialog) on demand, and its virtualized body
// (`@tanstack/react-virtual`) is a chunk of its own; neither is imported by `property-grid.js`
// (`src/bundle-imports.test.ts` checks the built graph). The kanban does the same with its
// "Move to…" menu (Radix DropdownMenu), its dialogs (Radix Dialog) and its virtualized column,
// and the LedgerView with its record-payment and reverse dialogs (Radix Dialog).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'property-grid': 'src/property-grid/index.ts',
    'property-grid-dialog': 'src/property-grid-dialog/index.ts',
    'lead-kanban': 'src/lead-kanban/index.ts',
    'agent-workload': 'src/agent-workload/index.ts',
    'ledger-view': 'src/ledger-view/index.ts',
    'delinquency-report': 'src/delinquency-report/index.ts',
    provider: 'src/provider/index.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  // Widgets are client components for React Server Components frameworks (Next.js app router).
  banner: { js: '"use client";' },
  // Dependencies and peers stay imports; `@estatekit/api` is types only (AppRouter).
  external: ['react', 'react-dom', 'react/jsx-runtime', '@estatekit/api'],
});
