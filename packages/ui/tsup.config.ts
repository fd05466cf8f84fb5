import { defineConfig } from 'tsup';

// Mirrors package.json#publishConfig.exports: one entry per JS subpath (`.`, `./property-grid`,
// `./provider`); `./styles.css` is compiled by `build:css` (Tailwind CLI) after this.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'property-grid': 'src/property-grid/index.ts',
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
