import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

// Mirrors package.json#publishConfig.exports: `.` is the ESM bundle, `./variables` its zod-free
// run-time part (tokens and theme → CSS variables, for widget bundles), `./themes.css` is written
// after them from the bundle itself, so the shipped CSS is exactly what builtInThemesCss() returns.
// No code splitting: esbuild splits by file, and css.ts (themeToStyleObject) shares its file with
// themeToCss, which validates with zod, so a shared chunk would put zod behind `./variables`.
// Each entry is self-contained instead; they share no classes, only plain functions and data.
export default defineConfig({
  entry: { index: 'src/index.ts', variables: 'src/variables.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: false,
  async onSuccess() {
    const bundle = `${pathToFileURL(resolve('dist/index.js')).href}?build=${Date.now()}`;
    const themes: typeof import('./src/index') = await import(bundle);
    await writeFile('dist/themes.css', themes.builtInThemesCss());
  },
});
