import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

// Mirrors package.json#publishConfig.exports: `.` is the ESM bundle, `./themes.css` is written
// after it from the bundle itself, so the shipped CSS is exactly what builtInThemesCss() returns.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  async onSuccess() {
    const bundle = `${pathToFileURL(resolve('dist/index.js')).href}?build=${Date.now()}`;
    const themes: typeof import('./src/index') = await import(bundle);
    await writeFile('dist/themes.css', themes.builtInThemesCss());
  },
});
